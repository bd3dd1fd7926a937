META = dict(genre="plan_table", published="2021-04-26", area_code="450681", jurisdiction="东兴市",
            what={"p1": "table caption and the indicator table pressed onto one line, up to the byte cut; portal header, breadcrumb, document title and 发布日期/来源 line excluded"})
# rows: (category or "", no, label, unit, base2020, target2025, growth/cumulative, attribute)
ROWS = [
 ("经济发展", 1, "地区生产总值", "亿元", "118.6", "175", "8.1", "预期性"),
 ("", 2, "人均地区生产总值", "万元", "5.82", "≥8.2", "7.1", "预期性"),
 ("", 3, "一般公共预算收入", "亿元", "8.3", "11.5", "6.7", "预期性"),
 ("", 4, "全社会固定资产投资", "亿元", "—", "—", "≥8", "预期性"),
 ("", 5, "社会消费品零售总额", "亿元", "36.2", "53", "8", "预期性"),
 ("", 6, "外贸进出口总额", "亿元", "310", "≥500", "10", "预期性"),
 ("", 7, "常住人口城镇化率", "%", "62.4", "68", "[5.6]", "预期性"),
 ("创新驱动", 8, "研发经费投入强度", "%", "0.35", "≥1.0", "—", "预期性"),
 ("", 9, "数字经济核心产业增加值占GDP比重", "%", "3.1", "6", "[2.9]", "预期性"),
 ("民生福祉", 10, "城镇居民人均可支配收入", "元", "38650", "—", "≥7", "预期性"),
 ("", 11, "农村居民人均可支配收入", "元", "18930", "—", "≥8", "预期性"),
 ("", 12, "城镇调查失业率", "%", "—", "<5.5", "—", "预期性"),
 ("", 13, "每千人口拥有执业（助理）医师数", "人", "2.4", "3.0", "—", "预期性"),
 ("绿色生态", 14, "单位GDP能源消耗降低", "%", "—", "—", "[完成上级下达任务]", "约束性"),
 ("", 15, "森林覆盖率", "%", "56.8", "≥57", "—", "约束性"),
 ("", 16, "空气质量优良天数比率", "%", "97.3", "≥97", "—", "约束性"),
]
def cell(v, label, unit, b, kind):
    if v == "—" or not any(c.isdigit() for c in v): return v
    c = " c=ge" if v.startswith("≥") else (" c=le" if v.startswith("<") else "")
    ql = "qf=" + label.replace(" ", "~")
    if kind == "base": fl = f"k=a y=2020 m=l u={unit}"
    elif kind == "tgt": fl = f"k=t y=2025 m=l u={unit}"
    elif v.startswith("["): fl = "k=t y=2025 ps=2021 m=c u=" + ("个百分点" if unit == "%" else unit)
    else: fl = "k=t y=2025 ps=2021 m=g u=%"
    return f"⟦{v}¦{label}¦{fl} b={b}{c} core=1 {ql}⟧"
parts = ["附表1 东兴市“十四五”时期经济社会发展主要指标 类别 指标 单位 2020年 2025年 年均增长（累计） 属性"]
for cat, no, label, unit, a, t, g, attr in ROWS:
    b = "e" if attr == "预期性" else "b"
    parts.append(" ".join(x for x in [cat, str(no), label, unit, cell(a, label, unit, b, "base"), cell(t, label, unit, b, "tgt"), cell(g, label, unit, b, "g"), attr] if x))
TEXT = ("\n东兴市人民政府门户网站 首页 > 政务公开 > 规划计划\n东兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（附表）\n发布日期：2021-04-26 10:15 来源：东兴市发展和改革局\n⟪p1⟫"
        + " ".join(parts) + " 17 地表水达到或好于Ⅲ类水体比例 % 1⟪/p1⟫\n")
