META = dict(genre="plan_midterm_evaluation", published="2024-01-18", area_code="350800", jurisdiction="龙岩市",
            what={"p1": "summary body from the title to the last paragraph; site header, 发布时间/来源 line and footer excluded"})
TEXT = r"""
龙岩市发展和改革委员会　首页 > 发展规划 > 规划评估
发布时间：2024-01-18 16:40　来源：规划科　【字体：大 中 小】
⟪p1⟫龙岩市“十四五”规划纲要实施中期评估报告（摘要）
⟨k=a y=2022 ps=- m=l core=1⟩
评估认为，《纲要》实施实现了“时间过半、任务过半”。《纲要》提出的27项主要指标中，⟦21项¦基本符合或快于预期的指标¦core=0 y=2024¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence; report published 2024-01⟧基本符合或快于预期，其中常住人口城镇化率、森林覆盖率等⟦5项¦提前实现的指标¦core=0 y=2024¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence; report published 2024-01⟧指标提前实现；⟦6项¦滞后于预期的指标¦core=0 y=2024¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence; report published 2024-01⟧指标滞后于预期。
2022年全市地区生产总值达到⟦3323.7亿元¦地区生产总值⟧，2021—2022年年均增长⟦5.4%¦地区生产总值¦m=g ps=2021⟧；预计2023年达到⟦3450亿元左右¦地区生产总值¦y=2023¦预计 for a past year is actual (GOLD_SPEC)⟧。常住人口城镇化率达到⟦64.2%¦常住人口城镇化率⟧，提前实现⟦64%¦常住人口城镇化率¦k=t y=2025¦original plan target⟧的目标；全社会研发经费投入强度为⟦1.38%¦全社会研发经费投入强度⟧，两年累计实际利用外资⟦5.6亿美元¦实际利用外资¦ps=2021 u=亿美元⟧。
结合发展环境变化，建议对部分指标目标值作如下调整：
1．地区生产总值年均增长：原目标⟦7%¦地区生产总值¦k=t m=g y=2025 ps=2021 qf=地区生产总值年均增长¦original plan target⟧，建议调整为⟦5.5%左右¦地区生产总值¦k=t m=g y=2025 ps=2021 qf=地区生产总值年均增长¦proposed revised target⟧。
2．全社会研发经费投入强度：原目标⟦2.0%¦全社会研发经费投入强度¦k=t y=2025 qf=全社会研发经费投入强度¦original plan target⟧，建议调整为⟦1.6%¦全社会研发经费投入强度¦k=t y=2025 qf=全社会研发经费投入强度¦proposed revised target⟧。
3．实际利用外资：原目标五年累计⟦30亿美元¦实际利用外资¦k=t y=2025 ps=2021 u=亿美元 qf=实际利用外资¦original plan target⟧，建议调整为⟦18亿美元¦实际利用外资¦k=t y=2025 ps=2021 u=亿美元 qf=实际利用外资¦proposed revised target⟧。
4．常住人口城镇化率：原目标⟦64%¦常住人口城镇化率¦k=t y=2025 qf=常住人口城镇化率¦original plan target⟧，已提前实现，建议调高为⟦66%¦常住人口城镇化率¦k=t y=2025 qf=常住人口城镇化率¦proposed revised target⟧。
5．单位地区生产总值二氧化碳排放降低：维持国家和省下达的累计⟦19.5%¦单位地区生产总值二氧化碳排放降低¦k=t m=g y=2025 ps=2021 pos qf=单位地区生产总值二氧化碳排放降低¦direction word is part of the indicator name; sign kept as printed⟧目标不变，目前已累计降低⟦8.2%¦单位地区生产总值二氧化碳排放¦m=g ps=2021⟧。
评估建议，后半程聚焦滞后指标，力争2024年地区生产总值增长⟦5.5%¦地区生产总值¦k=t m=g y=2024⟧，固定资产投资增长⟦4%¦固定资产投资¦k=t m=g y=2024⟧，一般公共预算收入增长⟦3.5%¦一般公共预算收入¦k=t m=g y=2024⟧。⟪/p1⟫
扫一扫在手机打开当前页　【打印】【关闭】
"""
