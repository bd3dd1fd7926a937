META = dict(genre="plan_final_evaluation", published="2025-11-28", area_code="522300", jurisdiction="黔西南布依族苗族自治州", wrap=False,
            what={"p1": "annex table, page 8: caption, header and rows 1-13 (text layer of the PDF, wrapped name tails on the next line)",
                  "p2": "annex table, page 9: repeated header and rows 14-26; running header, page marks and the 注 line's source note excluded"})
# rows: (no, name_first_line, name_tail, unit_printed, unit, measure, c2020, target, c2025, status)
ROWS = [
 ("一、经济发展",),
 ("1", "地区生产总值", "", "亿元", "亿元", "l", "1353.6", "2000", "1720", "未完成"),
 ("2", "地区生产总值年均增", "长", "%", "%", "g", "4.5", "7.5", "5.2", "未完成"),
 ("3", "一般公共预算收入", "", "亿元", "亿元", "l", "100.3", "130", "118.6", "未完成"),
 ("4", "全社会固定资产投资", "年均增长", "%", "%", "g", "-5.2", "8", "3.6", "未完成"),
 ("5", "社会消费品零售总额", "年均增长", "%", "%", "g", "-2.1", "9", "6.8", "未完成"),
 ("6", "常住人口城镇化率", "", "%", "%", "l", "50.2", "56", "55.4", "基本完成"),
 ("7", "数字经济增加值占", "GDP 比重", "%", "%", "l", "—", "30", "31.2", "完成"),
 ("二、创新驱动",),
 ("8", "研究与试验发展经", "费投入强度", "%", "%", "l", "0.41", "0.8", "0.6", "未完成"),
 ("9", "每万人口高价值发", "明专利拥有量", "件", "件", "l", "—", "0.8", "0.85", "完成"),
 ("三、民生福祉",),
 ("10", "城镇居民人均可支", "配收入", "元", "元", "l", "35720", "49000", "48260", "基本完成"),
 ("11", "农村居民人均可支", "配收入", "元", "元", "l", "11930", "17500", "18150", "完成"),
 ("12", "城镇调查失业率", "", "%", "%", "l", "—", "<5.5", "4.9", "完成"),
 ("13", "劳动年龄人口平均", "受教育年限", "年", "年", "l", "9.3", "10", "10.1", "完成"),
 ("PAGE",),
 ("14", "每千人口拥有执业", "（助理）医师数", "人", "人", "l", "2.35", "2.8", "2.92", "完成"),
 ("15", "基本养老保险参保", "率", "%", "%", "l", "90.5", "95", "95.6", "完成"),
 ("16", "每千人口拥有 3 岁", "以下婴幼儿托位数", "个", "个", "l", "—", "4.5", "4.6", "完成"),
 ("17", "人均预期寿命", "", "岁", "岁", "l", "75.2", "77", "77.1", "完成"),
 ("四、绿色生态",),
 ("18", "单位地区生产总值", "能源消耗降低", "%", "%", "l", "—", "完成省下达任务", "完成", "完成"),
 ("19", "单位地区生产总值二", "氧化碳排放降低", "%", "%", "l", "—", "完成省下达任务", "完成", "完成"),
 ("20", "主要污染物重点工", "程减排量", "万吨", "万吨", "l", "—", "完成省下达任务", "完成", "完成"),
 ("21", "中心城市空气质量", "优良天数比例", "%", "%", "l", "98.9", "完成省下达任务", "99.2", "完成"),
 ("22", "地表水达到或好于", "Ⅲ类水体比例", "%", "%", "l", "95.8", "完成省下达任务", "100", "完成"),
 ("23", "森林覆盖率", "", "%", "%", "l", "60.1", "63", "63.2", "完成"),
 ("五、安全保障",),
 ("24", "粮食综合生产能力", "", "万吨", "万吨", "l", "108.5", "完成省下达任务", "111.2", "完成"),
 ("25", "能源综合生产能力", "", "万吨标", "万吨标准煤", "l", "3850", "5000", "4680", "基本完成"),
 ("26", "耕地保有量", "", "万亩", "万亩", "l", "—", "不低于省下达任务", "完成", "完成"),
]
def cell(v, ind, unit, measure, col):
    if not any(ch.isdigit() for ch in v): return v
    fl = f"u={unit} m={measure}"
    note = ""
    if col == "base": fl += " k=a y=2020 ps=-"
    elif col == "target":
        fl += " k=t y=2025" + (" ps=2021" if measure == "g" else " ps=-")
        if v.startswith("<"): fl += " c=le"; note = "＜ cell -> le"
    else:
        fl += " k=a y=2025" + (" ps=2021" if measure == "g" else " ps=-"); note = "2025年预计 column: 预计 for the plan's final year -> actual"
    if v.startswith("-"): fl += f" v={v}"; note = (note + "; " if note else "") + "negative base-year growth printed with a minus sign"
    if measure == "g" and col == "base": note = (note + "; " if note else "") + "base cell of a growth row: growth of 2020 itself"
    return f"⟦{v}¦{ind}¦{fl}¦{note}⟧" if note else f"⟦{v}¦{ind}¦{fl}⟧"
HEAD = "序号 指标 单位 2020 年 规划目标 2025 年预计 完成情况\n"
out = ["⟪p1⟫附件\n“十四五”规划纲要主要指标完成情况表\n", HEAD]
for r in ROWS:
    if r[0] == "PAGE":
        out.append("⟪/p1⟫\n— 8 —\n\n黔西南州“十四五”规划纲要实施情况总结评估报告\n⟪p2⟫" + HEAD); continue
    if len(r) == 1: out.append(r[0] + "\n"); continue
    no, n1, n2, up, u, m, a, t, b, st = r
    ind = (n1 + n2).replace(" ", "").replace("年均增长", "").replace("年均增长", "")
    if ind.endswith("年均增长"): ind = ind[:-4]
    ind = ind.replace("GDP比重", "GDP比重")
    line = f"{no} {n1} {up} {cell(a, ind, u, m, 'base')} {cell(t, ind, u, m, 'target')} {cell(b, ind, u, m, 'actual')} {st}\n"
    if up == "万吨标": line = line.rstrip("\n") + "\n准煤\n"  # unit column wraps
    out.append(line)
    if n2: out.append(n2 + "\n")
out.append("注：2025 年预计数据为 1-10 月统计数据推算。⟪/p2⟫\n数据来源：州统计局、州直有关部门。\n— 9 —\n")
TEXT = "\n黔西南州“十四五”规划纲要实施情况总结评估报告\n\n" + "".join(out)
