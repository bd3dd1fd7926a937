META = dict(wrap=True, genre="plan_midterm_evaluation", published="2023-11-20", area_code="320281", jurisdiction="江阴市",
            what={"p1": "PDF page 2 body (after the running header, before the page mark): overall progress prose",
                  "p2": "PDF page 3 body (after the running header, before the page mark): indicator table flattened one row a line, wrapped rows"})
TEXT = r"""
Page 2 - 江阴市“十四五”规划纲要实施中期评估报告
P. 2
⟪p1⟫⟨k=a y=2022 ps=- m=l core=1⟩一、《纲要》主要指标实施进展
（一）总体进展。截至 2022 年底，《纲要》确定的 25 项主要
指标中，⟦18 项¦进度符合预期的主要指标¦core=0¦count by evaluation status (data through 2022); 25 项主要指标 is plan composition⟧进度符合预期，⟦3 项¦提前完成五年目标的主要指标¦core=0⟧提前完成五年目标，⟦4 项¦进度滞后的主要指标¦core=0⟧
进度滞后（详见表 1）。2022 年全市实现地区生产总值
⟦4716.8 亿元¦地区生产总值⟧，继续位居全国百强县（市）第 ⟦1¦地区生产总值全国百强县（市）位次¦u=位 core=0¦rank; the streak 连续 20 年 is not a fact⟧ 位，连续 20 年保持首位；一般公共预
算收入 ⟦271.2 亿元¦一般公共预算收入⟧，比 2020 年增长 ⟦9.6%¦一般公共预算收入¦m=g ps=2021⟧。2023 年 1—9
月，地区生产总值增长 ⟦5.6%¦地区生产总值¦m=g y=2023¦January-September 2023⟧，高于全省 ⟦0.3 个百
分点¦地区生产总值增速高于全省¦m=c y=2023 c=eq¦unit split by a PDF line wrap: value_text spans the newline⟧，预计全年增长 ⟦6% 左右¦地区生产总值¦m=g y=2023¦预计 full-year 2023 figure in a Nov-2023 report -> actual⟧，两年半平均增速仍低于规划目标。
（二）存在差距的指标。受外部需求收缩和重点行业周期
下行影响，规模以上工业增加值两年年均增长 ⟦5.2%¦规模以上工业增加值¦m=g ps=2021⟧，
低于 ⟦7%¦规模以上工业增加值年均增长¦k=t m=g y=2025 ps=2021 c=eq¦低于 compares the result with the target; the target itself is a plain 7% (eq)⟧ 的规划目标；单位地区生产总值能耗两年累计
下降 ⟦4.6%¦单位地区生产总值能耗¦m=g ps=2021⟧，仅完成五年目标的 ⟦32.
9%¦单位地区生产总值能耗降低完成五年目标的比例¦ps=2021 core=0¦number split by a PDF line wrap: value_text spans the newline, value 32.9⟧，后三年需年均下降 ⟦3.4% 以上¦单位地区生产总值能耗后三年需年均下降¦k=t m=g y=2025 ps=2023¦required pace; 下降…以上 -> negative with ge⟧。⟪/p1⟫
— 2 —
Page 3 - 江阴市“十四五”规划纲要实施中期评估报告
P. 3
⟪p2⟫表 1 江阴市“十四五”规划纲要主要指标实施进展情况（部分）
序号 指 标 单位 2020 年 2025 年 2022 年 进展 属性
基数 目标 实际 评价
⟨k=a y=2020 ps=- core=1⟩1 地区生产总值年均增长 % ⟦2.6¦地区生产总值年均增长¦m=g b=e u=% qf=1~地区生产总值¦base cell of a growth row: 2020 growth⟧ ⟦6 左右¦地区生产总值年均增长¦k=t m=g y=2025 ps=2021 b=e u=% qf=1~地区生产总值⟧ ⟦4.3¦地区生产总值年均增长¦m=g y=2022 ps=2021 b=e u=% qf=1~地区生产总值¦2021-2022 average⟧ 滞后 预期性
2 人均地区生产总值 万元 ⟦23.6¦人均地区生产总值¦b=e u=万元 qf=2~人均⟧ ⟦30¦人均地区生产总值¦k=t y=2025 b=e u=万元 qf=2~人均⟧ ⟦27.1¦人均地区生产总值¦y=2022 b=e u=万元 qf=2~人均⟧ 符合预期 预期性
3 规模以上工业增加值年均增 % ⟦3.1¦规模以上工业增加值年均增长¦m=g b=e u=% qf=3~规模以上¦row label wrapped by the PDF layer (…年均增⏎长)⟧ ⟦7¦规模以上工业增加值年均增长¦k=t m=g y=2025 ps=2021 b=e u=% qf=3~规模以上⟧ ⟦5.2¦规模以上工业增加值年均增长¦m=g y=2022 ps=2021 b=e u=% qf=3~规模以上⟧ 滞后 预期性
长
4 全社会研发经费支出占地区 % ⟦2.90¦全社会研发经费支出占地区生产总值比重¦b=e u=% qf=4~全社会⟧ ⟦3.5¦全社会研发经费支出占地区生产总值比重¦k=t y=2025 b=e u=% qf=4~全社会⟧ ⟦3.28¦全社会研发经费支出占地区生产总值比重¦y=2022 b=e u=% qf=4~全社会⟧ 符合预期 预期性
生产总值比重
5 数字经济核心产业增加值占 % ⟦6.2¦数字经济核心产业增加值占地区生产总值比重¦b=e u=% qf=5~数字⟧ ⟦10¦数字经济核心产业增加值占地区生产总值比重¦k=t y=2025 b=e u=% qf=5~数字⟧ ⟦7.5¦数字经济核心产业增加值占地区生产总值比重¦y=2022 b=e u=% qf=5~数字⟧ 滞后 预期性
GDP 比重
6 常住人口城镇化率 % ⟦73.2¦常住人口城镇化率¦b=e u=% qf=6~常住⟧ ⟦76¦常住人口城镇化率¦k=t y=2025 b=e u=% qf=6~常住⟧ ⟦74.4¦常住人口城镇化率¦y=2022 b=e u=% qf=6~常住⟧ 符合预期 预期性
7 居民人均可支配收入增长 % ⟦4.8¦居民人均可支配收入增长¦m=g b=e u=% qf=7~居民⟧ ⟦6.5¦居民人均可支配收入增长¦k=t m=g y=2025 ps=2021 b=e u=% qf=7~居民⟧ ⟦5.9¦居民人均可支配收入增长¦m=g y=2022 ps=2021 b=e u=% qf=7~居民⟧ 符合预期 预期性
8 城镇调查失业率 % — ⟦＜5.0¦城镇调查失业率¦k=t y=2025 b=e u=% c=le qf=8~城镇¦＜ -> le⟧ ⟦4.1¦城镇调查失业率¦y=2022 b=e u=% qf=8~城镇⟧ 符合预期 预期性
9 单位地区生产总值能耗降低 % — ⟦〔14〕¦单位地区生产总值能耗降低¦k=t m=c y=2025 ps=2021 b=b u=% qf=9~单位 pos¦cumulative bracket: five-year reduction target; positive, direction word in the row name⟧ ⟦〔4.6〕¦单位地区生产总值能耗降低¦m=c y=2022 ps=2021 b=b u=% qf=9~单位 pos¦cumulative 2021-2022 reduction⟧ 滞后 约束性
10 细颗粒物（PM2.5）平均浓度 微克/ ⟦36¦细颗粒物（PM2.5）平均浓度¦b=b u=ug/m3 qf=10~细颗粒物¦unit cell wrapped (微克/⏎立方米)⟧ ⟦33¦细颗粒物（PM2.5）平均浓度¦k=t y=2025 b=b u=ug/m3 qf=10~细颗粒物⟧ ⟦31¦细颗粒物（PM2.5）平均浓度¦y=2022 b=b u=ug/m3 qf=10~细颗粒物⟧ 提前完成 约束性
立方米
11 森林覆盖率 % ⟦23.2¦森林覆盖率¦b=b u=% qf=11~森林⟧ ⟦23.5¦森林覆盖率¦k=t y=2025 b=b u=% qf=11~森林⟧ ⟦23.6¦森林覆盖率¦y=2022 b=b u=% qf=11~森林⟧ 提前完成 约束性
注：〔 〕内为五年累计数；2022 年实际栏中增长类指标为 2021—2022 年年均增速。⟪/p2⟫
— 3 —
"""
