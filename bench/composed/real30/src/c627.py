META = dict(genre="work_report", published="2025-01-10", area_code="370102", jurisdiction="历下区",
            what={"p1": "report text of the 济南市历下区 2025 government work report excerpt (十四五 last year): 2024 review, progress of the 十四五 plan (提前完成 / 预计), 2025 main expected targets; site header, 来源 line and footer excluded"})
TEXT = r"""
济南市历下区人民政府　>　政务公开　>　政府工作报告
2025年历下区政府工作报告
2025-01-10　来源：历下区人民政府办公室

⟪p1⟫各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

一、2024年工作回顾
⟨k=a y=2024 ps=- m=l core=1⟩
过去的一年，全区经济运行稳中有进。全年实现地区生产总值⟦2436.2亿元¦地区生产总值⟧，增长⟦6.1%¦地区生产总值¦m=g⟧，提前一年突破“十四五”规划确定的⟦2400亿元¦地区生产总值¦k=t y=2025¦the 十四五 plan's 2025 target quoted in the review: one number, read as the target (the crossing is stated by 2436.2亿元)⟧目标；一般公共预算收入⟦162.4亿元¦一般公共预算收入⟧，增长⟦3.2%¦一般公共预算收入¦m=g⟧，其中税收占比达到⟦88.6%¦税收占一般公共预算收入比重¦core=0⟧；社会消费品零售总额⟦1108亿元¦社会消费品零售总额⟧，增长⟦4.9%¦社会消费品零售总额¦m=g⟧；城镇居民人均可支配收入⟦78360元¦城镇居民人均可支配收入⟧，增长⟦4.8%¦城镇居民人均可支配收入¦m=g⟧。⟨core=0⟩金融业增加值⟦612.7亿元¦金融业增加值⟧，占地区生产总值比重达到⟦25.1%¦金融业增加值占地区生产总值比重⟧；税收过亿元楼宇⟦38座¦税收过亿元楼宇¦u=座¦过亿元 defines the class; the count is the fact⟧。新增城镇就业⟦2.3万人¦新增城镇就业¦core=1⟧，PM2.5平均浓度⟦37微克/立方米¦PM2.5平均浓度¦core=1⟧，同比改善⟦5.1%¦PM2.5平均浓度改善¦m=g core=1¦改善 (a fall in concentration) printed as a positive improvement: kept positive, direction word in the indicator⟧。

四年来，“十四五”规划实施总体顺利。规划确定的25项主要指标中，⟦9项¦已提前完成的十四五规划指标¦core=0¦counts of indicators by status are facts; 25项主要指标 is the plan's composition: no fact⟧已提前完成，⟦13项¦符合序时进度的十四五规划指标¦core=0⟧符合序时进度，预计到2025年底⟦24项¦预计完成的十四五规划指标¦core=0 y=2025¦预计 + the current year (2025) -> actual, dated 2025⟧能够完成。四年累计完成固定资产投资⟦1386亿元¦累计完成固定资产投资¦ps=2021 core=1⟧，年均增长⟦5.7%¦固定资产投资¦m=g ps=2021 core=1⟧。

二、2025年主要预期目标
⟨k=t y=2025 ps=- m=g core=1⟩
2025年是“十四五”规划收官之年。全区经济社会发展的主要预期目标是：地区生产总值增长⟦6%左右¦地区生产总值⟧；一般公共预算收入增长⟦3%¦一般公共预算收入⟧；社会消费品零售总额增长⟦5.5%¦社会消费品零售总额⟧；固定资产投资增长⟦4%¦固定资产投资⟧；居民人均可支配收入增长与经济增长同步；新增城镇就业⟦2.2万人以上¦新增城镇就业¦m=l⟧；PM2.5平均浓度控制在⟦36微克/立方米¦PM2.5平均浓度¦m=l⟧，确保高质量完成“十四五”规划各项目标任务。⟪/p1⟫

主办单位：济南市历下区人民政府办公室　网站标识码：3701020001
"""
