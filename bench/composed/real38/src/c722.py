META = dict(genre="plan_midterm_evaluation", published="2023-10-25", area_code="361128", jurisdiction="鄱阳县",
            what={"p1": "the indicator table from its title to the note lines (注); portal header, 发布时间 line and 附件下载 footer excluded"})
U = {"亿元": "亿元", "%": "%", "元": "元", "万人": "万人", "亿斤": "亿斤", "天": "天", "张": "张", "件": "件", "年": "年", "万吨标准煤": "万吨标准煤"}
# name, unit, base, target, done, growth, status, attr(e/b), core, target-comparator suffix
ROWS = [
 ("地区生产总值", "亿元", "312.5", "450", "356.8", "5.9", "滞后", "e", 1),
 ("规模以上工业增加值增速", "%", "3.8", "9左右", "7.6", "", "符合预期", "e", 1),
 ("固定资产投资增速", "%", "8.9", "10", "-4.2", "", "滞后", "e", 1),
 ("社会消费品零售总额", "亿元", "118.7", "165", "131.5", "5.3", "滞后", "e", 1),
 ("一般公共预算收入", "亿元", "19.6", "27", "21.9", "5.7", "符合预期", "e", 1),
 ("研发经费投入强度", "%", "0.86", "1.5", "1.08", "", "滞后", "e", 1),
 ("城镇新增就业", "万人", "—", "〔3.5〕", "〔1.52〕", "", "符合预期", "e", 1),
 ("常住人口城镇化率", "%", "41.3", "48", "43.9", "", "符合预期", "e", 1),
 ("居民人均可支配收入", "元", "17860", "25000", "20655", "7.5", "符合预期", "e", 1),
 ("城镇调查失业率", "%", "5.3", "5.5以内", "5.1", "", "符合预期", "e", 1),
 ("每千人口拥有执业（助理）医师数", "人", "1.62", "2.3", "1.95", "", "符合预期", "e", 1),
 ("粮食综合生产能力", "亿斤", "18.2", "18以上", "18.9", "", "提前完成", "b", 1),
 ("单位GDP能耗降低", "%", "—", "〔14〕", "〔6.5〕", "", "符合预期", "b", 1),
 ("空气质量优良天数比率", "%", "93.1", "94", "95.2", "", "提前完成", "b", 1),
 ("森林覆盖率", "%", "43.6", "44", "44.1", "", "提前完成", "b", 1),
]
def cell(v, ind, unit, kind, year, attr, growthrow, ps=None):
    if v in ("—", ""): return v or "—"
    flags = [f"k={kind}", f"y={year}", f"b={attr}", f"u={unit}", f"qf={ind}"]
    if v.startswith("〔"): flags.append("m=c ps=2021 pos")
    elif growthrow: flags.append("m=g")
    if ps and not v.startswith("〔"): flags.append(f"ps={ps}")
    if v.startswith("-"): flags.append("neg")
    note = ""
    if v.startswith("-"): note = "¦printed with minus sign; negative growth"
    return f"⟦{v}¦{ind.replace('增速','')}¦{' '.join(flags)}{note}⟧"
lines = []
for i, (n, u, b, t, d, g, st, at, core) in enumerate(ROWS, 1):
    gr = n.endswith("增速")
    uu = u
    cells = [str(i), n, u,
             cell(b, n, uu, "a", 2020, at, gr),
             cell(t, n, uu, "t", 2025, at, gr, ps=2021 if gr else None),
             cell(d, n, uu, "a", 2022, at, gr),
             (f"⟦{g}¦{n}¦k=a y=2022 m=g ps=2021 b={at} u=% qf={n}⟧" if g else "—"),
             st, {"e": "预期性", "b": "约束性"}[at]]
    lines.append("\t".join(cells))
TEXT = "\n" + """鄱阳县人民政府门户网站 > 信息公开 > 规划计划
发布时间：2023-10-25  来源：县发展和改革委员会  浏览量：
⟪p1⟫附件
鄱阳县“十四五”规划纲要主要指标中期评估情况表
⟨k=a y=2022 ps=- m=l core=1⟩
序号	指标名称	单位	2020年基期值	2025年目标值	2022年完成值	2021—2022年年均增长（%）	进展情况	指标属性
""" + "\n".join(lines) + """
注：1.地区生产总值、规模以上工业增加值增速按可比价计算；2.〔 〕内为五年累计数；3.进展情况按2022年完成情况及2023年预计情况综合判断。⟪/p1⟫
附件下载：鄱阳县十四五规划中期评估指标表.xls
"""
