META = dict(genre="statistical_news", published="2025-12-18", area_code="321324", jurisdiction="泗洪县",
            what={"p1": "title, lead paragraph, table (header repeated on the second page) and 注; navigation, date/source line, attachment and footer excluded"})
# 指标名称, 单位, 年度目标, 1—11月完成, 同比增长%, 完成目标%
R = [
 ("规模以上工业增加值", "%", "增长8", "—", "8.6", "—"),
 ("规模以上工业总产值", "亿元", "780", "716.4", "9.2", "91.8"),
 ("固定资产投资", "%", "增长6", "—", "4.3", "—"),
 ("  其中：工业投资", "亿元", "150", "139.7", "7.5", "93.1"),
 ("社会消费品零售总额", "亿元", "236", "211.58", "5.4", "89.7"),
 ("一般公共预算收入", "亿元", "25.6", "24.02", "3.1", "93.8"),
 ("  其中：税收收入", "亿元", "19.2", "17.35", "2.2", "90.4"),
 ("外贸进出口总额", "亿元", "52", "47.9", "-3.6", "92.1"),
 ("实际使用外资", "万美元", "6500", "5872", "…", "90.3"),
]
HDR = "指标名称\t单位\t年度目标\t1—11月完成\t同比增长%\t完成目标%\n"
def rows(sub):
    out = []
    for name, unit, tg, done, gr, pct in sub:
        ind = name.strip().replace("其中：", "")
        key = name.strip()
        cells = [name, unit]
        if tg.startswith("增长"):
            cells.append(f"增长⟦{tg[2:]}¦{ind}¦k=t m=g u=% qf={key}¦年度目标栏“增长8”：增速目标⟧")
        else:
            cells.append(f"⟦{tg}¦{ind}¦k=t u={unit} qf={key}¦年度目标栏⟧")
        cells.append(done if done == "—" else f"⟦{done}¦{ind}¦u={unit} qf={key}¦1—11月累计⟧")
        if gr in ("—", "…"): cells.append(gr)
        else:
            cells.append(f"⟦{gr}¦{ind}¦m=g u=% qf={key}{' neg' if gr.startswith('-') else ''}¦1—11月累计⟧")
        cells.append(pct if pct == "—" else f"⟦{pct}¦{ind}完成年度目标¦u=% qf={key}¦完成目标%栏：1—11月完成÷年度目标⟧")
        out.append("\t".join(cells) + "\n")
    return "".join(out)
TEXT = r"""
泗洪县人民政府
首页 > 政务公开 > 统计信息 > 数据发布
2025年1—11月全县主要经济指标完成情况
发布日期：2025-12-18　　信息来源：县统计局　　【打印】【关闭】

⟪p1⟫2025年1—11月全县主要经济指标完成情况

⟨k=a y=2025 ps=- m=l core=1⟩1—11月，全县规模以上工业增加值同比增长⟦8.6%¦规模以上工业增加值¦m=g⟧，高于年度目标⟦0.6个百分点¦规模以上工业增加值增速高于年度目标¦m=c¦gap to the 增长8% target: actual change⟧，增速列全市第⟦2¦规模以上工业增加值增速全市位次¦u=位⟧位；一般公共预算收入完成年度目标的⟦93.8%¦一般公共预算收入完成年度目标⟧，外贸进出口总额同比下降⟦3.6%¦外贸进出口总额¦m=g⟧，是主要指标中唯一负增长的指标。

表1　主要经济指标完成情况（一）
""" + HDR + rows(R[:5]) + r"""
表1　主要经济指标完成情况（二）
""" + HDR + rows(R[5:]) + r"""
注：1.规模以上工业增加值、固定资产投资按省统计局口径只考核增速，年度目标为增速目标。
2.实际使用外资同比增速暂不公布，以“…”表示。
3.完成目标%=1—11月完成数÷年度目标×100%。
⟪/p1⟫
附件：2025年1—11月主要经济指标完成情况.xls
主办单位：泗洪县人民政府办公室　　苏ICP备05000000号
"""
