META = dict(genre="plan_outline", published="2022-09-28", area_code="140181", jurisdiction="古交市",
            what={"p1": "修订说明 body and the revised-indicator excerpt table; site header, breadcrumb, 发布时间/来源 line and footer excluded"})
TEXT = r"""
古交市人民政府门户网站
首页 > 政务公开 > 规划信息
古交市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（2022年修订）
发布时间：2022-09-28 15:40　来源：市发展和改革局　浏览量：
⟪p1⟫修订说明
2022年8月30日，古交市第十六届人民代表大会常务委员会第五次会议审议批准了《纲要》修订方案。
《纲要》实施以来，受新冠肺炎疫情、煤炭产能调控等多重因素影响，部分指标与实际发展出现偏差。2021年全市地区生产总值完成⟦186.4亿元¦地区生产总值¦y=2021⟧，增长⟦5.2%¦地区生产总值¦m=g y=2021⟧；规模以上工业增加值增长⟦3.8%¦规模以上工业增加值¦m=g y=2021⟧；一般公共预算收入完成⟦14.6亿元¦一般公共预算收入¦y=2021⟧，增长⟦9.1%¦一般公共预算收入¦m=g y=2021⟧。据此对部分指标作如下调整：
⟨k=t y=2025⟩（一）地区生产总值年均增长由⟦7.5%¦地区生产总值¦m=g ps=2021¦original (pre-revision) target, superseded; still a stated target⟧调整为⟦6%左右¦地区生产总值¦m=g ps=2021¦revised target⟧，2025年目标由⟦275亿元¦地区生产总值¦¦original target⟧调整为⟦240亿元¦地区生产总值¦¦revised target⟧。
（二）规模以上工业增加值年均增长由⟦8%¦规模以上工业增加值¦m=g ps=2021¦original target⟧调整为⟦5.5%¦规模以上工业增加值¦m=g ps=2021¦revised target⟧。
（三）全社会固定资产投资年均增长由⟦10%¦全社会固定资产投资¦m=g ps=2021¦original target⟧调整为⟦7%¦全社会固定资产投资¦m=g ps=2021¦revised target⟧，五年累计完成由⟦620亿元¦全社会固定资产投资¦ps=2021¦original target⟧调整为⟦520亿元¦全社会固定资产投资¦ps=2021¦revised target⟧。
（四）非煤产业增加值占地区生产总值比重由⟦35%¦非煤产业增加值占地区生产总值比重¦¦original target⟧提高到⟦38%¦非煤产业增加值占地区生产总值比重¦¦revised target⟧。
（五）新能源装机容量由⟦60万千瓦¦新能源装机容量¦u=万千瓦¦original target⟧提高到⟦120万千瓦¦新能源装机容量¦u=万千瓦¦revised target⟧。
其余指标保持不变：单位地区生产总值能耗降低、二氧化碳排放降低完成省市下达任务，森林覆盖率提高到⟦33.5%¦森林覆盖率⟧，城镇居民人均可支配收入年均增长⟦7%¦城镇居民人均可支配收入¦m=g ps=2021⟧，常住人口城镇化率达到⟦82%¦常住人口城镇化率⟧。
修订后主要指标对照表（节选）
指标	单位	2020年	2025年原目标	2025年修订目标	属性
地区生产总值	亿元	⟦176.8¦地区生产总值¦k=a y=2020 b=e u=亿元 qf=地区生产总值⟧	⟦275¦地区生产总值¦b=e u=亿元 qf=地区生产总值¦original target⟧	⟦240¦地区生产总值¦b=e u=亿元 qf=地区生产总值¦revised target⟧	预期性
规上工业增加值增速	%	—	⟦8¦规模以上工业增加值¦m=g ps=2021 b=e u=% qf=规上工业增加值增速¦original target (annual average)⟧	⟦5.5¦规模以上工业增加值¦m=g ps=2021 b=e u=% qf=规上工业增加值增速¦revised target (annual average)⟧	预期性
非煤产业增加值占比	%	⟦30.6¦非煤产业增加值占地区生产总值比重¦k=a y=2020 b=e u=% core=1 qf=非煤产业增加值占比⟧	⟦35¦非煤产业增加值占地区生产总值比重¦b=e u=% core=1 qf=非煤产业增加值占比¦original target⟧	⟦38¦非煤产业增加值占地区生产总值比重¦b=e u=% core=1 qf=非煤产业增加值占比¦revised target⟧	预期性⟪/p1⟫
扫一扫在手机打开当前页　【关闭】
"""
