META = dict(jurisdiction="辽宁省", genre="plan_outline", published="2026-01-24", area_code="210000",
            pstart="第一章", pend="基本实现社会主义现代化。",
            what="十五五 outline excerpt: 十四五 base paragraph, 主要目标 prose, 专栏1 indicator table flattened one cell per line, 2035 outlook")
PP = "个百分点"
F = [
 ("3万亿元", "先后跨越3万亿元、3.3万亿元两个台阶", "地区生产总值", "actual", "level", 2025, None, 3, "万亿元", "ge", True, {"n": "threshold crossed during 十四五 -> ge, level reached by 2025; 两个台阶 only counts them"}),
 ("3.3万亿元", "先后跨越3万亿元、3.3万亿元两个台阶", "地区生产总值", "actual", "level", 2025, None, 3.3, "万亿元", "ge", True),
 ("3.45万亿元左右", "2025年达到3.45万亿元左右", "地区生产总值", "actual", "level", 2025, None, 3.45, "万亿元", "approx", True),
 ("5.0%", "五年年均增长5.0%", "地区生产总值", "actual", "growth", 2025, 2021, 5.0, "%", "eq", True),
 ("2655亿元", "一般公共预算收入由2020年的2655亿元", "一般公共预算收入", "actual", "level", 2020, None, 2655, "亿元", "eq", True),
 ("2980亿元左右", "增加到2025年的2980亿元左右", "一般公共预算收入", "actual", "level", 2025, None, 2980, "亿元", "approx", True),
 ("500亿斤以上", "粮食产量连续五年稳定在500亿斤以上", "粮食产量", "actual", "level", 2025, 2021, 500, "亿斤", "ge", True, {"n": "level held in each year of 2021-2025 (连续五年 is a streak, no fact) -> period 2021-2025"}),
 ("510.6亿斤", "2025年达到510.6亿斤", "粮食产量", "actual", "level", 2025, None, 510.6, "亿斤", "eq", True),
 ("232万人", "城镇新增就业累计232万人", "城镇新增就业", "actual", "level", 2025, 2021, 232, "万人", "eq", True),
 ("1.4个百分点", "全省森林覆盖率提高1.4个百分点", "森林覆盖率", "actual", "change", 2025, 2021, 1.4, PP, "eq", True),
 ("9.3个百分点", "人口老龄化程度高于全国平均水平9.3个百分点", "人口老龄化程度高于全国平均水平", "actual", "change", 2025, None, 9.3, PP, "eq", False, {"n": "gap to the national level at the time of writing (2025), not a change over time"}),
 ("5%左右", "地区生产总值年均增长5%左右", "地区生产总值", "target", "growth", 2030, 2026, 5, "%", "approx", True),
 ("4.3万亿元", "到2030年突破4.3万亿元", "地区生产总值", "target", "level", 2030, None, 4.3, "万亿元", "ge", True),
 ("5.5%以上", "全员劳动生产率年均增长5.5%以上", "全员劳动生产率", "target", "growth", 2030, 2026, 5.5, "%", "ge", True),
 ("4%左右", "货物进出口总额年均增长4%左右", "货物进出口总额", "target", "growth", 2030, 2026, 4, "%", "approx", True),
 ("8%以上", "全社会研发经费投入年均增长8%以上", "全社会研发经费投入", "target", "growth", 2030, 2026, 8, "%", "ge", True),
 ("2.7%以上", "研发经费投入强度达到2.7%以上", "研发经费投入强度", "target", "level", 2030, None, 2.7, "%", "ge", True),
 ("9.6件", "由2025年的9.6件", "每万人口高价值发明专利拥有量", "actual", "level", 2025, None, 9.6, "件", "eq", False),
 ("15件", "提高到15件", "每万人口高价值发明专利拥有量", "target", "level", 2030, None, 15, "件", "eq", False),
 ("30%左右", "制造业增加值占地区生产总值比重稳定在30%左右", "制造业增加值占地区生产总值比重", "target", "level", 2030, None, 30, "%", "approx", True),
 ("11%", "数字经济核心产业增加值占地区生产总值比重达到11%", "数字经济核心产业增加值占地区生产总值比重", "target", "level", 2030, None, 11, "%", "eq", False),
 ("5.5%以内", "城镇调查失业率控制在5.5%以内", "城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le", True),
 ("80岁左右", "人均预期寿命提高到80岁左右", "人均预期寿命", "target", "level", 2030, None, 80, "岁", "approx", False),
 ("28微克/立方米", "平均浓度降至28微克/立方米", "设区城市细颗粒物（PM2.5）平均浓度", "target", "level", 2030, None, 28, "ug/m3", "eq", True),
 ("42.5%", "森林覆盖率达到42.5%", "森林覆盖率", "target", "level", 2030, None, 42.5, "%", "eq", True),
]
def row(name, cells, ind):
    """cells: list of (value_text, kind, measure, year, ps, value, unit, comp)"""
    out = []
    for c in cells:
        vt, kind, meas, year, ps, value, unit, comp = c
        out.append([vt, None, ind, kind, meas, year, ps, value, unit, comp, True, {"b": B[ind]}])
    return name, out
B = {}
T = [
 ("地区生产总值增长（%）\n5.1\n—\n5左右", "地区生产总值增长", "expected", [("5.1","actual","growth",2025,None,5.1,"%","eq"),("5左右","target","growth",2030,2026,5,"%","approx")]),
 ("全员劳动生产率增长（%）\n5.3\n—\n＞5.5", "全员劳动生产率增长", "expected", [("5.3","actual","growth",2025,None,5.3,"%","eq"),("＞5.5","target","growth",2030,2026,5.5,"%","ge")]),
 ("常住人口城镇化率（%）\n74.2\n77\n〔2.8〕", "常住人口城镇化率", "expected", [("74.2","actual","level",2025,None,74.2,"%","eq"),("77","target","level",2030,None,77,"%","eq"),("〔2.8〕","target","change",2030,2026,2.8,PP,"eq")]),
 ("全社会研发经费投入增长（%）\n9.1\n—\n＞8", "全社会研发经费投入增长", "expected", [("9.1","actual","growth",2025,None,9.1,"%","eq"),("＞8","target","growth",2030,2026,8,"%","ge")]),
 ("每万人口高价值发明专利拥有量（件）\n9.6\n15\n〔5.4〕", "每万人口高价值发明专利拥有量", "expected", [("9.6","actual","level",2025,None,9.6,"件","eq"),("15","target","level",2030,None,15,"件","eq"),("〔5.4〕","target","change",2030,2026,5.4,"件","eq")]),
 ("数字经济核心产业增加值占地区生产总值比重（%）\n8.3\n11\n〔2.7〕", "数字经济核心产业增加值占地区生产总值比重", "expected", [("8.3","actual","level",2025,None,8.3,"%","eq"),("11","target","level",2030,None,11,"%","eq"),("〔2.7〕","target","change",2030,2026,2.7,PP,"eq")]),
 ("居民人均可支配收入增长（%）\n5.2", "居民人均可支配收入增长", "expected", [("5.2","actual","growth",2025,None,5.2,"%","eq")]),
 ("城镇调查失业率（%）\n5.3\n—\n＜5.5", "城镇调查失业率", "expected", [("5.3","actual","level",2025,None,5.3,"%","eq"),("＜5.5","target","level",2030,None,5.5,"%","le")]),
 ("每千人口拥有执业（助理）医师数（人）\n3.5\n3.9\n〔0.4〕", "每千人口拥有执业（助理）医师数", "expected", [("3.5","actual","level",2025,None,3.5,"人","eq"),("3.9","target","level",2030,None,3.9,"人","eq"),("〔0.4〕","target","change",2030,2026,0.4,"人","eq")]),
 ("养老机构护理型床位占比（%）\n62\n72\n〔10〕", "养老机构护理型床位占比", "binding", [("62","actual","level",2025,None,62,"%","eq"),("72","target","level",2030,None,72,"%","eq"),("〔10〕","target","change",2030,2026,10,PP,"eq")]),
 ("单位地区生产总值能源消耗降低（%）\n〔13.8〕", "单位地区生产总值能源消耗降低", "binding", [("〔13.8〕","actual","growth",2025,2021,13.8,"%","eq")]),
 ("设区城市空气质量优良天数比率（%）\n86.9\n88.5\n〔1.6〕", "设区城市空气质量优良天数比率", "binding", [("86.9","actual","level",2025,None,86.9,"%","eq"),("88.5","target","level",2030,None,88.5,"%","eq"),("〔1.6〕","target","change",2030,2026,1.6,PP,"eq")]),
 ("森林覆盖率（%）\n41.9\n42.5\n〔0.6〕", "森林覆盖率", "binding", [("41.9","actual","level",2025,None,41.9,"%","eq"),("42.5","target","level",2030,None,42.5,"%","eq"),("〔0.6〕","target","change",2030,2026,0.6,PP,"eq")]),
 ("粮食综合生产能力（亿斤）\n＞500\n＞520", "粮食综合生产能力", "binding", [("＞500","actual","level",2025,None,500,"亿斤","ge"),("＞520","target","level",2030,None,520,"亿斤","ge")]),
 ("能源综合生产能力（万吨标准煤）\n6200\n6800", "能源综合生产能力", "binding", [("6200","actual","level",2025,None,6200,"万吨标准煤","eq"),("6800","target","level",2030,None,6800,"万吨标准煤","eq")]),
]
for quote, ind, b, cells in T:
    for i, (vt, kind, meas, year, ps, value, unit, comp) in enumerate(cells):
        ex = {"b": b}
        # locate the i-th cell: value_text position after the name line
        lines = quote.split("\n"); off = len(lines[0]) + 1
        for ln in lines[1:]:
            if ln == vt: break
            off += len(ln) + 1
        ex["vt_at"] = off
        if vt == "〔13.8〕": ex["n"] = "2025 column holds the 十四五 cumulative (〔〕); a relative fall of energy intensity -> growth, sign kept (降低 in the name)"
        if vt.startswith("〔") and vt != "〔13.8〕": ex["n"] = "〔〕 five-year cumulative 2026-2030 -> change"
        F.append((vt, quote, ind, kind, meas, year, ps, value, unit, comp, True, ex))
F.append(("翻一番以上", "人均地区生产总值比2020年翻一番以上", "人均地区生产总值", "target", "growth", 2035, 2021, 100, "%", "ge", True))
