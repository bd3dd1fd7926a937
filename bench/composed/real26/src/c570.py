META = dict(genre="plan_table", published="2021-03-05", area_code="330212", jurisdiction="鄞州区",
            what={"p1": "indicator table (PDF text layer) from the table title to the end of the 注 lines, the running page header and page number inside it included as they fall; file name/download line above and next chapter heading below excluded"})
# rows: (category or None, no, name lines, unit, base, target, growth/sum cell, attr)
ROWS = [
 ("经济\n发展", "1", ["地区生产总值"], "亿元", "2780", "3800", "6.5", "预期性"),
 (None, "2", ["人均地区生产", "总值"], "万元", "17.2", "22.5", "5.5", "预期性"),
 (None, "3", ["全员劳动生产率"], "万元/人", "28.6", "37", "5.3", "预期性"),
 (None, "4", ["数字经济核心产业增加", "值占GDP比重"], "%", "12.4", "16", "—", "预期性"),
 (None, "5", ["服务业增加值占GDP", "比重"], "%", "52.3", "56", "—", "预期性"),
 (None, "6", ["常住人口城镇化率"], "%", "86.1", "88", "—", "预期性"),
 (None, "7", ["社会消费品零售", "总额"], "亿元", "1120", "1500", "6", "预期性"),
 (None, "8", ["外贸进出口总额"], "亿元", "2150", "2600", "4", "预期性"),
 ("创新\n驱动", "9", ["研究与试验发展经费", "投入强度"], "%", "3.05", "3.6", "—", "预期性"),
 (None, "10", ["每万人口高价值发明", "专利拥有量"], "件", "21.5", "32", "—", "预期性"),
 (None, "11", ["高新技术产业增加值占", "规上工业增加值比重"], "%", "58.2", "65", "—", "预期性"),
 ("PAGE", None, None, None, None, None, None, None),
 ("民生\n福祉", "12", ["居民人均可支配收入"], "元", "72350", "97000", "6", "预期性"),
 (None, "13", ["城镇调查失业率"], "%", "—", "＜5", "—", "预期性"),
 (None, "14", ["城镇新增就业人数"], "万人", "—", "—", "〔15〕", "预期性"),
 (None, "15", ["劳动年龄人口平均受", "教育年限"], "年", "11.6", "12.2", "—", "约束性"),
 (None, "16", ["每千人口拥有执业", "（助理）医师数"], "人", "3.4", "4", "—", "预期性"),
 (None, "17", ["基本养老保险参保率"], "%", "97", "98", "—", "预期性"),
 (None, "18", ["每千人口拥有3岁以下", "婴幼儿托位数"], "个", "2.1", "4.5", "—", "预期性"),
 (None, "19", ["人均预期寿命"], "岁", "82.6", "83.5", "—", "预期性"),
 ("绿色\n生态", "20", ["单位GDP能源消耗", "降低"], "%", "—", "—", "完成市下达\n任务", "约束性"),
 (None, "21", ["单位GDP二氧化碳排", "放降低"], "%", "—", "—", "〔18〕", "约束性"),
 (None, "22", ["细颗粒物（PM2.5）", "平均浓度"], "微克/立方米", "24", "22", "—", "约束性"),
 (None, "23", ["空气质量优良天数", "比率"], "%", "93.4", "95", "—", "约束性"),
 (None, "24", ["地表水达到或好于Ⅲ类", "水体比例"], "%", "90", "95", "—", "约束性"),
 (None, "25", ["森林覆盖率"], "%", "45.2", "45.5", "—", "约束性"),
 (None, "26", ["城市人均公园绿地", "面积"], "平方米", "14.6", "15", "—", "预期性"),
 ("安全\n保障", "27", ["粮食综合生产能力"], "万吨", "7.8", "7.8", "—", "约束性"),
 (None, "28", ["亿元GDP生产安全事故", "死亡人数"], "人", "0.012", "0.010", "—", "约束性"),
]
UN = {"万元/人": "万元", "微克/立方米": "ug/m3", "平方米": "平方米", "万吨": "万吨"}
out = []
for cat, no, names, unit, base, tgt, gr, attr in ROWS:
    if cat == "PAGE":
        out.append("鄞州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n— 11 —"); continue
    if cat: out.append(cat)
    ind = "".join(names)
    b = {"预期性": "e", "约束性": "b"}[attr]
    u = UN.get(unit, unit)
    uf = f" u={u}"
    out.append(no); out.extend(names); out.append(unit)
    qf = "qf=" + names[0].replace(" ", "~")
    def cell(v, flags):
        if v in ("—",) or not any(ch.isdigit() for ch in v): return v
        if v.startswith("〔"):
            return f"〔⟦{v[1:-1]}¦{ind}¦{flags}{uf} {qf}¦〔〕 five-year cumulative cell: measure change per GOLD_SPEC, year 2025, period 2021⟧〕"
        if v.startswith("＜"):
            return f"＜⟦{v[1:]}¦{ind}¦{flags}{uf} {qf} c=le¦＜ printed before the cell value: le⟧"
        return f"⟦{v}¦{ind}¦{flags}{' u=%' if 'm=g' in flags else uf} {qf}⟧"
    out.append(cell(base, f"k=a y=2020 m=l b={b}"))
    out.append(cell(tgt, f"k=t y=2025 m=l b={b}"))
    if gr.startswith("〔"):
        out.append(cell(gr, f"k=t y=2025 ps=2021 m=c b={b} pos"))
    else:
        out.append(cell(gr, f"k=t y=2025 ps=2021 m=g b={b}"))
    out.append(attr)
TABLE = "\n".join(out)
TEXT = r"""
附件下载：鄞州区十四五规划纲要（全文）.pdf
鄞州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
— 10 —
⟪p1⟫表1　鄞州区“十四五”经济社会发展主要指标
类别
序号
指标
单位
2020年
2025年
年均增长
〔累计〕
属性
""" + TABLE + r"""
注：1.地区生产总值、人均地区生产总值、全员劳动生产率绝对数按当年价格计算，增长速度按可比价格计算。
2.〔 〕内为五年累计数。
3.城镇调查失业率2020年数据由市统计局统一发布，本表不列。⟪/p1⟫
第三章　坚持创新驱动，打造创新活力之区
"""
