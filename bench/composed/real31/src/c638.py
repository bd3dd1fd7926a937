META = dict(genre="statistical_news", published="2026-11-20", area_code="420115", jurisdiction="江夏区",
            what={"p1": "2026 monthly statistics table page (统计月报, October 2026) of a district statistics bureau: table flattened with pipes (本月 / 1—本月 / 本月同比 / 累计同比) and the month-end deposit/loan lines; site chrome, title and 注 excluded except the table's own rows"})
TEXT = r"""
江夏区人民政府 > 统计信息 > 统计月报
江夏区统计月报（2026年10月）
发布时间：2026-11-20 来源：区统计局
⟪p1⟫2026年1—10月江夏区主要经济指标
⟨k=a y=2026 ps=- m=l core=0⟩指标名称 | 单位 | 本月 | 1—本月 | 本月同比增长（%） | 累计同比增长（%） |
规模以上工业总产值 | 亿元 | ⟦58.62¦10月规模以上工业总产值¦u=亿元 core=0 qf=规模以上工业总产值¦monthly (本月 = October 2026) cell⟧ | ⟦562.37¦规模以上工业总产值¦u=亿元 core=0 qf=规模以上工业总产值¦1—10月 cumulative cell⟧ | ⟦7.4¦10月规模以上工业总产值¦m=g u=% core=0 qf=规模以上工业总产值⟧ | ⟦6.8¦规模以上工业总产值¦m=g u=% core=0 qf=规模以上工业总产值⟧ |
规模以上工业增加值 |  | — | — | ⟦8.1¦10月规模以上工业增加值¦m=g u=% core=1 qf=规模以上工业增加值⟧ | ⟦7.2¦规模以上工业增加值¦m=g u=% core=1 qf=规模以上工业增加值⟧ |
固定资产投资 |  | — | — | — | ⟦4.6¦固定资产投资¦m=g u=% core=1 qf=固定资产投资⟧ |
　其中：工业投资 |  | — | — | — | ⟦11.3¦工业投资¦m=g u=% core=0 qf=其中：工业投资⟧ |
　　　　房地产开发投资 |  | — | — | — | ⟦-12.5¦房地产开发投资¦m=g u=% core=0 qf=房地产开发投资⟧ |
社会消费品零售总额 | 亿元 | ⟦32.18¦10月社会消费品零售总额¦u=亿元 core=1 qf=社会消费品零售总额¦monthly (本月 = October 2026) cell⟧ | ⟦309.54¦社会消费品零售总额¦u=亿元 core=1 qf=社会消费品零售总额¦1—10月 cumulative cell⟧ | ⟦4.9¦10月社会消费品零售总额¦m=g u=% core=1 qf=社会消费品零售总额⟧ | ⟦5.3¦社会消费品零售总额¦m=g u=% core=1 qf=社会消费品零售总额⟧ |
一般公共预算收入 | 亿元 | ⟦4.26¦10月一般公共预算收入¦u=亿元 core=1 qf=一般公共预算收入¦monthly (本月 = October 2026) cell⟧ | ⟦61.85¦一般公共预算收入¦u=亿元 core=1 qf=一般公共预算收入¦1—10月 cumulative cell⟧ | ⟦-3.2¦10月一般公共预算收入¦m=g u=% core=1 qf=一般公共预算收入⟧ | ⟦2.1¦一般公共预算收入¦m=g u=% core=1 qf=一般公共预算收入⟧ |
　其中：税收收入 | 亿元 | ⟦3.37¦10月税收收入¦u=亿元 core=0 qf=其中：税收收入¦monthly (本月 = October 2026) cell⟧ | ⟦48.92¦税收收入¦u=亿元 core=0 qf=其中：税收收入¦1—10月 cumulative cell⟧ | ⟦1.4¦10月税收收入¦m=g u=% core=0 qf=其中：税收收入⟧ | ⟦3.6¦税收收入¦m=g u=% core=0 qf=其中：税收收入⟧ |
进出口总额 | 亿元 | ⟦12.45¦10月进出口总额¦u=亿元 core=1 qf=进出口总额¦monthly (本月 = October 2026) cell⟧ | ⟦118.73¦进出口总额¦u=亿元 core=1 qf=进出口总额¦1—10月 cumulative cell⟧ | ⟦15.6¦10月进出口总额¦m=g u=% core=1 qf=进出口总额⟧ | ⟦9.4¦进出口总额¦m=g u=% core=1 qf=进出口总额⟧ |
　其中：出口 | 亿元 | ⟦9.86¦10月出口¦u=亿元 core=1 qf=其中：出口¦monthly (本月 = October 2026) cell⟧ | ⟦93.40¦出口¦u=亿元 core=1 qf=其中：出口¦1—10月 cumulative cell⟧ | ⟦18.2¦10月出口¦m=g u=% core=1 qf=其中：出口⟧ | ⟦11.7¦出口¦m=g u=% core=1 qf=其中：出口⟧ |
全社会用电量 | 亿千瓦时 | ⟦4.52¦10月全社会用电量¦u=亿千瓦时 core=0 qf=全社会用电量¦monthly (本月 = October 2026) cell⟧ | ⟦46.18¦全社会用电量¦u=亿千瓦时 core=0 qf=全社会用电量¦1—10月 cumulative cell⟧ | ⟦6.3¦10月全社会用电量¦m=g u=% core=0 qf=全社会用电量⟧ | ⟦5.7¦全社会用电量¦m=g u=% core=0 qf=全社会用电量⟧ |
　其中：工业用电量 | 亿千瓦时 | ⟦2.71¦10月工业用电量¦u=亿千瓦时 core=0 qf=其中：工业用电量¦monthly (本月 = October 2026) cell⟧ | ⟦27.64¦工业用电量¦u=亿千瓦时 core=0 qf=其中：工业用电量¦1—10月 cumulative cell⟧ | ⟦8.9¦10月工业用电量¦m=g u=% core=0 qf=其中：工业用电量⟧ | ⟦7.0¦工业用电量¦m=g u=% core=0 qf=其中：工业用电量⟧ |
金融机构各项存款余额（月末） | 亿元 | ⟦1362.4¦金融机构各项存款余额¦u=亿元 qf=金融机构各项存款余额¦month-end balance, October 2026⟧ | — | ⟦8.7¦金融机构各项存款余额¦m=g u=% qf=金融机构各项存款余额⟧ | — |
金融机构各项贷款余额（月末） | 亿元 | ⟦1187.9¦金融机构各项贷款余额¦u=亿元 qf=金融机构各项贷款余额⟧ | — | ⟦11.2¦金融机构各项贷款余额¦m=g u=% qf=金融机构各项贷款余额⟧ | — |⟪/p1⟫
注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；2.固定资产投资不含农户；3.“—”表示无该项数据。
附件下载：2026年10月统计月报.xls
"""
