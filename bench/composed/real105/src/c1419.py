META = dict(genre="plan_midterm_evaluation", published="2023-10-30", area_code="440281", jurisdiction="乐昌市",
            what={"p1": "report text from the title to the end of section 三 (target adjustment proposals); portal header, 发布时间/来源 line and footer excluded"})
TEXT = r"""
乐昌市人民政府门户网站
首页 > 政务公开 > 规划计划
发布时间：2023-10-30 15:02:11  来源：乐昌市发展和改革局
⟪p1⟫乐昌市国民经济和社会发展第十四个五年规划纲要实施中期评估报告（节选）
⟨k=a y=2022 ps=- m=l core=1⟩
一、总体评价
纳入评估的26项主要指标中，⟦6项¦好于预期的指标¦core=0⟧好于预期，⟦15项¦符合预期的指标¦core=0⟧符合预期，⟦5项¦明显滞后的指标¦core=0⟧明显滞后，滞后指标主要集中在经济领域。
二、主要指标进展
2022年全市地区生产总值⟦196.8亿元¦地区生产总值⟧，比2020年增加⟦14.3亿元¦地区生产总值¦m=c ps=2021⟧，年均增长⟦3.6%¦地区生产总值¦m=g ps=2021⟧；规上工业增加值年均增长⟦4.2%¦规上工业增加值¦m=g ps=2021⟧；一般公共预算收入⟦9.6亿元¦一般公共预算收入⟧，年均下降⟦2.1%¦一般公共预算收入¦m=g ps=2021⟧；研发经费投入强度⟦0.82%¦研发经费投入强度⟧；常住人口城镇化率⟦55.3%¦常住人口城镇化率⟧；森林覆盖率⟦75.8%¦森林覆盖率⟧。受疫情冲击和外部环境变化影响，部分指标与原定目标偏差较大。
三、规划指标调整建议
根据实施情况和发展条件变化，建议对以下⟦5项¦建议调整的指标¦core=0¦count of indicators proposed for adjustment, treated like a status count⟧指标作适当调整：
（一）地区生产总值年均增长。原目标⟦7%¦地区生产总值¦k=t m=g y=2025 ps=2021¦original target, superseded by the proposal⟧，建议调整为⟦5%左右¦地区生产总值¦k=t m=g y=2025 ps=2021¦adjusted target proposed by the evaluation⟧；相应地，2025年地区生产总值由原目标⟦255亿元¦地区生产总值¦k=t y=2025¦original target⟧调整为⟦235亿元¦地区生产总值¦k=t y=2025¦adjusted target⟧。
（二）规上工业增加值年均增长。原目标⟦10%¦规上工业增加值¦k=t m=g y=2025 ps=2021¦original target⟧，建议调整为⟦7%¦规上工业增加值¦k=t m=g y=2025 ps=2021¦adjusted target⟧。
（三）固定资产投资年均增长。原目标⟦10%¦固定资产投资¦k=t m=g y=2025 ps=2021¦original target⟧，建议调整为⟦8%¦固定资产投资¦k=t m=g y=2025 ps=2021¦adjusted target⟧。
（四）研发经费投入强度。原目标⟦1.5%¦研发经费投入强度¦k=t y=2025¦original target⟧，建议调整为⟦1.1%¦研发经费投入强度¦k=t y=2025¦adjusted target⟧，后三年需每年提高约⟦0.1个百分点¦研发经费投入强度年均需提高¦k=t m=c y=2025 ps=2023 core=0⟧。
（五）常住人口城镇化率。原目标⟦62%¦常住人口城镇化率¦k=t y=2025¦original target⟧，建议调整为⟦58%¦常住人口城镇化率¦k=t y=2025¦adjusted target⟧。
其余指标保持不变，其中森林覆盖率目标仍为⟦76%¦森林覆盖率¦k=t y=2025⟧，城镇调查失业率控制在⟦5.5%以内¦城镇调查失业率¦k=t y=2025⟧。⟪/p1⟫
主办：乐昌市人民政府办公室
"""
