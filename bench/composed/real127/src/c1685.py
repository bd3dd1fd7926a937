def T(disp, base, act, tgt, u="%", extra=""):
    label = disp.split("（")[0] if disp.count("（") == 1 else disp.rsplit("（", 1)[0]
    return (f"{disp}	⟦{base}¦{label}¦y=2020 b=b u={u} {extra} qf={label}⟧	⟦{act}¦{label}¦b=b u={u} {extra} qf={label}⟧	"
            f"⟦{tgt}¦{label}¦k=t y=2025 b=b u={u} {extra} qf={label}⟧	约束性")
META = dict(genre="sector_plan", published="2023-10-09", area_code="222424", jurisdiction="汪清县",
            what={"p1": "evaluation text from the title to the end of table 1 and the closing paragraph; site header, date/source line and footer excluded"})
TEXT = r"""
汪清县人民政府　>　政务公开　>　生态环境
发布时间：2023-10-09　来源：延边州生态环境局汪清分局　访问量：
⟪p1⟫汪清县“十四五”生态环境保护规划实施中期评估情况
⟨k=a y=2022 ps=- m=l core=1⟩
“十四五”以来，全县生态环境质量持续改善。《规划》确定的12项约束性指标中，⟦10项¦达到或快于序时进度的约束性指标¦core=0 y=2023¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧达到或快于序时进度。
与2020年相比，2022年县城空气质量优良天数比率上升⟦1.2个百分点¦县城空气质量优良天数比率¦m=c ps=2021¦binding status stated only in table 1, prose figures left null⟧，达到⟦97.8%¦县城空气质量优良天数比率⟧；细颗粒物（PM2.5）平均浓度为⟦21微克/立方米¦细颗粒物（PM2.5）平均浓度⟧，下降⟦12.5%¦细颗粒物（PM2.5）平均浓度¦m=g ps=2021⟧。地表水国省控断面水质优良比例保持⟦100%¦地表水国省控断面水质优良比例⟧，森林覆盖率达到⟦82.6%¦森林覆盖率⟧。单位地区生产总值二氧化碳排放累计降低⟦7.4%¦单位地区生产总值二氧化碳排放¦m=g ps=2021⟧，受污染耕地安全利用率保持在⟦98%以上¦受污染耕地安全利用率⟧。化学需氧量、氨氮重点工程减排量分别为⟦412吨¦化学需氧量重点工程减排量¦ps=2021 u=吨⟧、⟦38吨¦氨氮重点工程减排量¦ps=2021 u=吨⟧。
表1　约束性指标中期进展
指标	2020年	2022年	2025年目标	属性
""" + "\n".join([
T("县城空气质量优良天数比率（%）", "96.6", "97.8", "96.8"),
T("细颗粒物（PM2.5）平均浓度（微克/立方米）", "24", "21", "23", u="ug/m3"),
T("城市生活污水集中收集率（%）", "52.4", "61.3", "70"),
T("森林覆盖率（%）", "82.1", "82.6", "82.5"),
]) + r"""
除城市生活污水集中收集率外，其余约束性指标均达到序时进度。针对这一滞后指标，县里加快管网建设，今年1至8月，新建改造污水管网⟦23.6公里¦新建改造污水管网¦y=2023 core=0⟧；同期县城优良天数比率为⟦98.4%¦县城空气质量优良天数比率¦y=2023¦今年 1至8月 resolved against the 2023 date line⟧，同比上升⟦0.9个百分点¦县城空气质量优良天数比率¦m=c y=2023⟧。⟪/p1⟫
主办：汪清县人民政府办公室
"""
