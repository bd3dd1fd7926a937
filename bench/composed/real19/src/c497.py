META = dict(genre="plan_midterm_evaluation", published="2013-09-12", area_code="340400", jurisdiction="淮南市",
            what={"p1": "淮南市发展和改革委员会 page: short text on the 十二五 mid-term evaluation of the main indicators and the attached indicator table flattened one cell a line; site header, 发布时间/点击 line, 附件下载 and footer excluded"})
# rows: label, unit, 2010, target, 2012, avg growth 2011-12, attribute, conclusion
ROWS = [
 ("地区生产总值", "亿元", "709.4", "1250", "870.2", "11.4", "预期性", "基本符合进度"),
 ("人均地区生产总值", "元", "30410", "52000", "37280", "10.9", "预期性", "符合进度"),
 ("财政收入", "亿元", "118.6", "220", "141.3", "9.2", "预期性", "滞后"),
 ("全社会固定资产投资（五年累计）", "亿元", "—", "〔3500〕", "〔1296.4〕", "—", "预期性", "符合进度"),
 ("服务业增加值比重", "%", "31.2", "36", "32.5", "—", "预期性", "滞后"),
 ("城镇化率", "%", "59.1", "65", "61.6", "—", "预期性", "符合进度"),
 ("研究与试验发展经费支出占地区生产总值比重", "%", "1.1", "1.8", "1.35", "—", "预期性", "符合进度"),
 ("单位生产总值能耗降低", "%", "—", "〔16〕", "〔7.1〕", "—", "约束性", "符合进度"),
 ("化学需氧量排放量减少", "%", "—", "〔5.6〕", "〔3.9〕", "—", "约束性", "符合进度"),
 ("森林覆盖率", "%", "16.8", "20", "18.2", "—", "约束性", "符合进度"),
 ("城镇居民人均可支配收入", "元", "16930", "29800", "21560", "12.8", "预期性", "符合进度"),
 ("农民人均纯收入", "元", "6410", "11300", "8190", "13.0", "预期性", "符合进度"),
 ("城镇登记失业率", "%", "4.0", "<4.5", "3.9", "—", "预期性", "符合进度"),
]
def table():
    out = ["序号", "指标名称", "单位", "2010年", "2015年目标", "2012年", "2011—2012年年均增长（%）", "属性", "评估结论"]
    for i, (lab, u, b, t, a, g, attr, concl) in enumerate(ROWS, 1):
        bd = "e" if attr == "预期性" else "b"
        q = lab.replace(" ", "~")
        cum = t.startswith("〔")
        out += [str(i), lab, u]
        out.append(b if b == "—" else f"⟦{b}¦{lab}¦k=a m=l y=2010 ps=- u={u} b={bd} core=1 qf={q}⟧")
        if cum:
            out.append(f"⟦{t}¦{lab}¦k=t m=c y=2015 ps=2011 u={u} b={bd} core=1 qf={q} pos¦bracketed five-year cumulative target; bracket -> change (GOLD_SPEC)⟧")
            out.append(f"⟦{a}¦{lab}¦k=a m=c y=2012 ps=2011 u={u} b={bd} core=1 qf={q} pos¦bracketed cumulative 2011-2012⟧")
        else:
            c = " c=le" if t.startswith("<") else ""
            note = "¦printed <4.5: ceiling -> le" if c else ""
            out.append(f"⟦{t}¦{lab}¦k=t m=l y=2015 ps=- u={u} b={bd} core=1 qf={q}{c}{note}⟧")
            out.append(f"⟦{a}¦{lab}¦k=a m=l y=2012 ps=- u={u} b={bd} core=1 qf={q}⟧")
        out.append(g if g == "—" else f"⟦{g}¦{lab}¦k=a m=g y=2012 ps=2011 u=% b={bd} core=1 qf={q}¦average annual growth 2011-2012 (column header gives the unit)⟧")
        out += [attr, concl]
    return "\n".join(out)
TEXT = r"""
淮南市发展和改革委员会　　网站首页　机构概况　政务公开　发展规划　办事服务
您现在的位置：首页 > 发展规划 > 规划实施
发布时间：2013-09-12　　点击：
⟪p1⟫我市“十二五”规划纲要主要指标中期评估情况
⟨k=a y=2012 ps=- m=l core=0⟩
按照省发展改革委统一部署，我委对《淮南市国民经济和社会发展第十二个五年规划纲要》确定的主要指标进行了中期评估。评估显示，纲要提出的13项主要指标中，⟦11项¦符合或基本符合进度要求的主要指标¦¦count by evaluation status, data through 2012⟧符合或基本符合进度要求，财政收入、服务业增加值比重⟦2项¦进度滞后的主要指标⟧指标进度滞后。⟦3项¦符合进度要求的约束性指标¦¦status count: all three binding rows of the table are on track⟧约束性指标全部符合进度要求。各项指标具体情况见下表。
附表：淮南市“十二五”规划纲要主要指标中期评估表
""" + table() + r"""
注：地区生产总值、人均地区生产总值年均增长按可比价计算；〔〕内为五年累计数。⟪/p1⟫
附件下载：淮南市“十二五”规划纲要主要指标中期评估表.doc
主办单位：淮南市发展和改革委员会　　皖ICP备05001234号
"""
