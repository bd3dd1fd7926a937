META = dict(genre="plan_midterm_evaluation", published="2018-11-05", area_code="511600", jurisdiction="广安市",
            what={"p1": "text layer of the 广安市发展和改革委员会 mid-term evaluation of the 十三五 plan outline: the 主要指标 paragraph and the indicator table with space-aligned columns, and its note; running header, 文号 line and page mark excluded"})
ROWS = [
 ("地区生产总值（亿元）", "1005.6", "1500", "1200.8", "8.1%", "39.5%", "基本符合", "地区生产总值", "亿元"),
 ("一般公共预算收入（亿元）", "60.2", "90", "69.5", "7.4%", "31.2%", "滞后", "一般公共预算收入", "亿元"),
 ("社会消费品零售总额（亿元）", "431.5", "700", "531.4", "11.0%", "37.2%", "基本符合", "社会消费品零售总额", "亿元"),
 ("常住人口城镇化率（%）", "40.6", "48", "43.9", "—", "44.6%", "符合", "常住人口城镇化率", "%"),
 ("研发经费投入强度（%）", "0.52", "1.2", "0.61", "—", "13.2%", "滞后", "研发经费投入强度", "%"),
 ("城镇居民人均可支配收入（元）", "25480", "38000", "29860", "8.3%", "35.0%", "基本符合", "城镇居民人均可支配收入", "元"),
 ("农村居民人均可支配收入（元）", "10860", "17500", "12980", "9.3%", "31.9%", "基本符合", "农村居民人均可支配收入", "元"),
 ("森林覆盖率（%）", "38.2", "41", "39.6", "—", "50.0%", "符合", "森林覆盖率", "%"),
 ("PM2.5年均浓度（微克/立方米）", "46", "41", "38", "—", "—", "提前完成", "PM2.5年均浓度", "ug/m3"),
 ("单位GDP能耗降低（%）", "—", "[16]", "[8.9]", "—", "55.6%", "符合", "单位GDP能耗降低", "%"),
]
def w(s, n):
    # pad by display width (CJK = 2)
    d = sum(2 if ord(c) > 0x2e80 else 1 for c in s)
    return s + " " * max(1, n - d)
def table():
    lines = [w("指标", 30) + w("2015年", 9) + w("规划目标", 10) + w("2017年", 9) + w("年均增长", 10) + w("完成进度", 10) + "评估结论"]
    for lab, b, t, a, g, p, concl, ind, u in ROWS:
        cum = t.startswith("[")
        cells = []
        cells.append(w(b if b == "—" else f"⟦{b}¦{ind}¦k=a m=l y=2015 ps=- u={u}⟧", 9 + (len(f"⟦¦{ind}¦k=a m=l y=2015 ps=- u={u}⟧") if b != "—" else 0)))
        if cum:
            tt = f"⟦{t}¦{ind}¦k=t m=c y=2020 ps=2016 u={u} pos¦bracketed five-year cumulative target⟧"
            aa = f"⟦{a}¦{ind}¦k=a m=c y=2017 ps=2016 u={u} pos¦bracketed cumulative 2016-2017⟧"
        else:
            tt = f"⟦{t}¦{ind}¦k=t m=l y=2020 ps=- u={u}⟧"
            aa = f"⟦{a}¦{ind}¦k=a m=l y=2017 ps=- u={u}⟧"
        gg = g if g == "—" else f"⟦{g}¦{ind}¦k=a m=g y=2017 ps=2016 u=%¦average annual growth 2016-2017⟧"
        pp = p if p == "—" else f"⟦{p}¦{ind}完成进度¦k=a m=l y=2017 ps=2016 u=%¦completion column: share of the five-year change achieved in 2016-2017⟧"
        def pad(markup, vt, n):
            return markup + " " * max(1, n - len(vt))
        line = w(lab, 30)
        line += pad(cells[0].rstrip(), b, 9)
        line += pad(tt, t, 10) + pad(aa, a, 9) + pad(gg, g if g != "—" else "—", 10) + pad(pp, p if p != "—" else "—", 10) + concl
        lines.append(line)
    return "\n".join(lines)
TEXT = r"""
广安市发展和改革委员会文件
广安发改〔2018〕276号
⟪p1⟫（一）主要指标完成情况
⟨k=a y=2017 ps=- m=l core=1 b=-⟩
《纲要》确定的主要指标总体进展良好。截至2017年底，纳入评估的28项指标中，⟦17项¦符合或基本符合进度要求的指标¦core=0¦count by evaluation status⟧符合或基本符合进度要求，⟦4项¦提前完成规划目标的指标¦core=0⟧提前完成规划目标，⟦7项¦进度滞后的指标¦core=0⟧进度滞后。部分主要指标完成情况如下表。
表1　广安市“十三五”规划纲要部分主要指标中期评估表
""" + table() + r"""
说明：1.地区生产总值、收入等年均增长按可比价计算；2.完成进度=（2017年值-2015年值）/（规划目标-2015年值）；3.[ ]内为五年累计数。⟪/p1⟫
— 5 —
"""
