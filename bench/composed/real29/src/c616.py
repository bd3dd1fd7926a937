META = dict(genre="plan_outline", published="2026-02-27", area_code="350583", jurisdiction="南安市",
            what={"p1": "outline chapter 第十章 扩大有效投资 from its heading to the end of 专栏10 (investment targets, 十四五 base, project list with 总投资 / 十五五投资 / 2026年计划投资); the PDF running header, page numbers and the 附表 caption line after the box excluded"})

def proj(name, content, total, p5, y26):
    lab = name[:5]
    return (f"{name}：{content}总投资⟦{total}¦{name}总投资¦k=t y=- ps=- qf={name}¦project total investment: planned amount, no year⟧，"
            f"“十五五”期间投资⟦{p5}¦{name}“十五五”期间投资¦k=t y=2030 ps=2026⟧，"
            f"2026年计划投资⟦{y26}¦{name}2026年计划投资¦k=t y=2026 ps=-⟧。")

TEXT = r"""
南安市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要　　　　　　　　— 63 —
⟪p1⟫第十章　扩大有效投资　增强发展后劲
⟨k=a y=2025 ps=- m=l core=1⟩
“十四五”期间，全市固定资产投资累计完成⟦2186亿元¦固定资产投资¦ps=2021⟧，年均增长⟦4.8%¦固定资产投资¦m=g ps=2021⟧，其中工业投资占比达到⟦43.5%¦工业投资占固定资产投资比重¦core=0⟧；累计实施省市重点项目⟦412个¦实施省市重点项目¦ps=2021 core=0⟧，完成投资⟦1105亿元¦省市重点项目完成投资¦ps=2021 core=0⟧。
⟨k=t y=2030 ps=- m=l⟩
“十五五”期间，坚持项目为王，固定资产投资年均增长⟦6%左右¦固定资产投资¦m=g ps=2026⟧，五年累计完成投资⟦2900亿元以上¦固定资产投资¦ps=2026⟧；滚动策划生成重大项目⟦500个以上¦策划生成重大项目¦ps=2026 core=0⟧、总投资超⟦3000亿元¦策划生成重大项目总投资¦ps=2026 core=0⟧，其中超50亿元项目不少于⟦10个¦超50亿元项目¦ps=2026 core=0¦超50亿元 is a threshold defining the group (not a fact); only the count 10 is annotated⟧；每年新开工亿元以上项目⟦80个以上¦年新开工亿元以上项目¦core=0 y=-¦每年 = a recurring annual target for every year 2026-2030; no single year, year null; 亿元以上 defines the group⟧。到2030年，工业投资占固定资产投资比重稳定在⟦45%左右¦工业投资占固定资产投资比重¦core=0⟧，民间投资占比达到⟦60%¦民间投资占固定资产投资比重¦core=0⟧。
第一节　聚焦产业项目
围绕水暖厨卫、石材、机械装备等主导产业和光电信息、新材料等新兴产业，推动一批强链延链补链项目落地。到2030年，建成投产亿元以上工业项目⟦200个¦建成投产亿元以上工业项目¦ps=2026 core=0⟧，新增产值⟦800亿元以上¦亿元以上工业项目新增产值¦ps=2026 core=0⟧。
专栏10　“十五五”重大项目（部分）
⟨k=t m=l core=0⟩
""" + "\n".join([
 proj("泉州芯谷南安园区光电产业基地", "建设化合物半导体芯片及封装测试生产线，", "186亿元", "120亿元", "18亿元"),
 proj("南安高端水暖厨卫智造产业园", "建设智能卫浴生产基地及检测中心，", "68亿元", "55亿元", "12.5亿元"),
 proj("兴泉铁路南安段配套物流园", "建设铁路专用线及仓储设施，", "42.6亿元", "42.6亿元", "6亿元"),
 proj("东溪流域综合治理工程", "整治河道⟦38公里¦东溪流域综合治理工程整治河道¦k=t y=2030 ps=2026⟧，", "23.8亿元", "20亿元", "4.2亿元"),
]) + r"""⟪/p1⟫
注：以上项目总投资、投资计划均为估算数，以实际批复为准。
— 64 —
"""
