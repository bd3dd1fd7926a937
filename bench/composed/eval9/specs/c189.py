import os
JURISDICTION = "唐山市"; GENRE = "plan_final_evaluation"; PUBLISHED = "2021-08-20"; AREA_CODE = "130200"
PASSAGES = [("p1", "　　按照《唐山市", None, "body of the Tangshan 十三五 outline final evaluation (dated 2021-08-20): status counts, indicator table with a header split over lines (2015 / 2020 target / 2020 actual / 属性 / status), achievements 2016-2020, problems, 十四五 suggestions, 2021 H1 figures, notes; title and issuer lines left out")]
_text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "c189.txt"), encoding="utf-8", newline="").read()
def _line(label):
    for ln in _text.split("\n"):
        if ln.strip().startswith(label):
            return ln.strip()
    raise KeyError(label)
def row(label, ind, unit, cells, bind, meas=("level", "level", "level"), ps=(None, None, None), cmps=("eq", "eq", "eq"), notes=("", "", "")):
    """cells: (vt2015, v2015, vtT, vT, vtA, vA); vt None = no cell"""
    q = _line(label)
    out = []; pos = len(label)
    spec = [(cells[0], cells[1], "actual", 2015, "table: 2015 base"), (cells[2], cells[3], "target", 2020, "table: 2020 规划目标"), (cells[4], cells[5], "actual", 2020, "table: 2020 实际完成")]
    for i, (vt, v, kind, yr, nt) in enumerate(spec):
        if vt is None: continue
        j = q.index(vt, pos); pos = j + len(vt)
        out.append(F(vt, q[:pos], ind, kind, meas[i], yr, ps[i], v, unit, cmps[i], bind, notes=nt + notes[i]))
    return out
E, B = "expected", "binding"
FACTS = [
 F("27项", "已完成或超额完成的指标27项", "已完成或超额完成的主要指标", "actual", "level", 2020, None, 27, "项", core=False, notes="count by status; 主要指标30项, 约束性12项, 预期性18项 are plan composition"),
 F("90%", "占90%", "已完成或超额完成的主要指标占比", "actual", "level", 2020, None, 90, "%", core=False),
 F("3项", "未完成的指标3项", "未完成的主要指标", "actual", "level", 2020, None, 3, "项", core=False),
 F("12项", "12项约束性指标全部完成", "完成省下达目标任务的约束性指标", "actual", "level", 2020, None, 12, "项", core=False, notes="count by status (all binding indicators met); the earlier 约束性指标12项 is composition"),
 F("6500份", "评估共发放调查问卷6500份", "发放调查问卷", "actual", "level", 2020, None, 6500, "份", core=False, notes="survey of the evaluation; year read as the evaluation's reference year 2020 (unsure: carried out in 2021)"),
 F("6132份", "回收有效问卷6132份", "回收有效问卷", "actual", "level", 2020, None, 6132, "份", core=False, notes="as above"),
 F("91.4%", "总体满意度为91.4%", "公众对十三五时期经济社会发展总体满意度", "actual", "level", 2020, None, 91.4, "%", core=False),
 F("88.7%", "达到88.7%", "公众对生态环境改善的满意度", "actual", "level", 2020, None, 88.7, "%", core=False),
 F("12.3个百分点", "较2018年中期评估时提高12.3个百分点", "公众对生态环境改善的满意度", "actual", "change", 2020, 2019, 12.3, "个百分点", core=False, notes="change since the 2018 mid-term survey -> period_start 2019"),
]
FACTS += row("地区生产总值（亿元）", "地区生产总值", "亿元", ("6103.1", 6103.1, "9000", 9000, "7210.9", 7210.9), E)
FACTS += row("地区生产总值年均增长（%）", "地区生产总值年均增长", "%", ("5.6", 5.6, "7左右", 7, "5.2", 5.2), E, meas=("growth",) * 3, ps=(None, 2016, 2016), cmps=("eq", "approx", "eq"), notes=("; the 2015 cell is that year's growth", "", ""))
FACTS += row("人均地区生产总值（元）", "人均地区生产总值", "元", ("78398", 78398, "115000", 115000, "93135", 93135), E)
FACTS += row("一般公共预算收入（亿元）", "一般公共预算收入", "亿元", ("361.7", 361.7, "520", 520, "476.3", 476.3), E)
FACTS += row("全社会固定资产投资年均增长（%）", "全社会固定资产投资年均增长", "%", (None, None, "10", 10, "7.6", 7.6), E, meas=("growth",) * 3, ps=(None, 2016, 2016))
FACTS += row("服务业增加值比重（%）", "服务业增加值比重", "%", ("36.7", 36.7, "42", 42, "41.8", 41.8), E)
FACTS += row("常住人口城镇化率（%）", "常住人口城镇化率", "%", ("57.1", 57.1, "63", 63, "64.2", 64.2), E)
FACTS += row("研究与试验发展经费支出占比（%）", "研究与试验发展经费支出占比", "%", ("1.05", 1.05, "2", 2, "1.48", 1.48), E)
FACTS += row("城镇居民人均可支配收入（元）", "城镇居民人均可支配收入", "元", ("29953", 29953, "44000", 44000, "43560", 43560), E)
FACTS += row("农村居民人均可支配收入（元）", "农村居民人均可支配收入", "元", ("13735", 13735, "20200", 20200, "20310", 20310), E)
FACTS += row("城镇新增就业（万人）", "城镇新增就业", "万人", (None, None, "[40]", 40, "[43.6]", 43.6), E, ps=(None, 2016, 2016), notes=("", "; brackets = five-year cumulative (注), a summed flow -> level", "; brackets = five-year cumulative"))
FACTS += row("单位GDP能耗降低（%）", "单位GDP能耗降低", "%", (None, None, "[20]", 20, "[21.3]", 21.3), B, meas=("change",) * 3, ps=(None, 2016, 2016), notes=("", "; bracketed five-year cumulative, sign kept (降低 in the name)", "; bracketed five-year cumulative"))
FACTS += row("PM2.5年均浓度（微克/立方米）", "PM2.5年均浓度", "ug/m3", ("85", 85, "64", 64, "48", 48), B)
FACTS += row("森林覆盖率（%）", "森林覆盖率", "%", ("30.4", 30.4, "35", 35, "36.7", 36.7), B)
FACTS += [
 # (一)
 F("6103.1亿元", "由2015年的6103.1亿元", "地区生产总值", "actual", "level", 2015, None, 6103.1, "亿元"),
 F("7210.9亿元", "增加到2020年的7210.9亿元", "地区生产总值", "actual", "level", 2020, None, 7210.9, "亿元"),
 F("5.2%", "按可比价格计算年均增长5.2%", "地区生产总值", "actual", "growth", 2020, 2016, 5.2, "%"),
 F("7%左右", "低于7%左右的规划目标", "地区生产总值年均增长", "target", "growth", 2020, 2016, 7, "%", "approx", notes="plan target quoted"),
 F("1.8个百分点", "低于7%左右的规划目标1.8个百分点", "地区生产总值年均增速低于规划目标", "actual", "change", 2020, 2016, 1.8, "个百分点", core=False, notes="gap between result and target"),
 F("第一", "总量连续多年保持全省第一", "地区生产总值全省位次", "actual", "level", 2020, None, 1, "位", core=False),
 F("20.4%", "占全省的比重由2015年的20.4%", "地区生产总值占全省的比重", "actual", "level", 2015, None, 20.4, "%", core=False),
 F("19.9%", "调整为2020年的19.9%", "地区生产总值占全省的比重", "actual", "level", 2020, None, 19.9, "%", core=False),
 F("6.6%", "2017年、2018年增速分别为6.6%、7.2%", "地区生产总值", "actual", "growth", 2017, None, 6.6, "%"),
 F("7.2%", "2017年、2018年增速分别为6.6%、7.2%", "地区生产总值", "actual", "growth", 2018, None, 7.2, "%"),
 F("6.8%", "2019年受经济普查修订影响增速为6.8%", "地区生产总值", "actual", "growth", 2019, None, 6.8, "%"),
 F("3.9%", "2020年受新冠肺炎疫情冲击仅增长3.9%", "地区生产总值", "actual", "growth", 2020, None, 3.9, "%"),
 F("476.3亿元", "一般公共预算收入2020年达到476.3亿元", "一般公共预算收入", "actual", "level", 2020, None, 476.3, "亿元"),
 F("5.7%", "五年年均增长5.7%", "一般公共预算收入", "actual", "growth", 2020, 2016, 5.7, "%"),
 F("8%", "低于8%的规划目标", "一般公共预算收入年均增长", "target", "growth", 2020, 2016, 8, "%", notes="plan target quoted"),
 F("800亿元", "全部财政收入突破800亿元", "全部财政收入", "actual", "level", 2020, None, 800, "亿元", "ge"),
 F("2.86万亿元", "全社会固定资产投资五年累计完成2.86万亿元", "全社会固定资产投资", "actual", "level", 2020, 2016, 2.86, "万亿元"),
 F("7.6%", "2.86万亿元，年均增长7.6%", "全社会固定资产投资", "actual", "growth", 2020, 2016, 7.6, "%"),
 F("2485.3亿元", "社会消费品零售总额2020年为2485.3亿元", "社会消费品零售总额", "actual", "level", 2020, None, 2485.3, "亿元"),
 F("5.9%", "2485.3亿元，年均增长5.9%", "社会消费品零售总额", "actual", "growth", 2020, 2016, 5.9, "%"),
 # (二)
 F("4051万吨", "五年累计压减炼钢产能4051万吨", "压减炼钢产能", "actual", "level", 2020, 2016, 4051, "万吨", core=False),
 F("3126万吨", "炼铁产能3126万吨", "压减炼铁产能", "actual", "level", 2020, 2016, 3126, "万吨", core=False),
 F("40家", "钢铁企业由40家整合到30家以内", "钢铁企业", "actual", "level", 2015, None, 40, "家", core=False, notes="start of the period (2015) implied"),
 F("30家以内", "钢铁企业由40家整合到30家以内", "钢铁企业", "actual", "level", 2020, None, 30, "家", "le", core=False),
 F("12.8%", "由2015年的12.8%", "高新技术产业增加值占规模以上工业增加值的比重", "actual", "level", 2015, None, 12.8, "%", core=False),
 F("19.6%", "提高到2020年的19.6%", "高新技术产业增加值占规模以上工业增加值的比重", "actual", "level", 2020, None, 19.6, "%", core=False),
 F("9.3", "2015年的9.3∶55.1∶35.6", "第一产业比重", "actual", "level", 2015, None, 9.3, "%", core=False),
 F("55.1", "9.3∶55.1∶35.6", "第二产业比重", "actual", "level", 2015, None, 55.1, "%", core=False),
 F("35.6", "9.3∶55.1∶35.6", "第三产业比重", "actual", "level", 2015, None, 35.6, "%", core=False),
 F("7.7", "2020年的7.7∶50.5∶41.8", "第一产业比重", "actual", "level", 2020, None, 7.7, "%", core=False),
 F("50.5", "7.7∶50.5∶41.8", "第二产业比重", "actual", "level", 2020, None, 50.5, "%", core=False),
 F("41.8", "7.7∶50.5∶41.8", "第三产业比重", "actual", "level", 2020, None, 41.8, "%", core=False),
 F("6.2个百分点", "服务业增加值比重提高6.2个百分点", "服务业增加值比重", "actual", "change", 2020, 2016, 6.2, "个百分点", core=False, notes="from 35.6 (2015) to 41.8 (2020); the table's 36.7 base differs (pre-census revision)"),
 F("7.03亿吨", "唐山港货物吞吐量2020年达到7.03亿吨", "唐山港货物吞吐量", "actual", "level", 2020, None, 7.03, "亿吨", core=False),
 F("42%", "比2015年增长42%", "唐山港货物吞吐量", "actual", "growth", 2020, 2016, 42, "%", core=False),
 F("第二位", "跃居全国沿海港口第二位", "唐山港货物吞吐量全国沿海港口位次", "actual", "level", 2020, None, 2, "位", core=False),
 # (三)
 F("63.9亿元", "研究与试验发展经费支出由2015年的63.9亿元", "研究与试验发展经费支出", "actual", "level", 2015, None, 63.9, "亿元"),
 F("106.8亿元", "增加到2020年的106.8亿元", "研究与试验发展经费支出", "actual", "level", 2020, None, 106.8, "亿元"),
 F("10.8%", "106.8亿元，年均增长10.8%", "研究与试验发展经费支出", "actual", "growth", 2020, 2016, 10.8, "%"),
 F("1.48%", "占地区生产总值的比重提高到1.48%", "研究与试验发展经费支出占地区生产总值的比重", "actual", "level", 2020, None, 1.48, "%"),
 F("0.43个百分点", "较2015年提高0.43个百分点", "研究与试验发展经费支出占地区生产总值的比重", "actual", "change", 2020, 2016, 0.43, "个百分点"),
 F("2%", "但与2%的规划目标仍有差距", "研究与试验发展经费支出占地区生产总值的比重", "target", "level", 2020, None, 2, "%", notes="plan target quoted"),
 F("0.27个百分点", "也低于全省平均水平0.27个百分点", "研发经费支出占比低于全省平均水平", "actual", "change", 2020, None, 0.27, "个百分点", core=False, notes="gap against the provincial average"),
 F("136家", "高新技术企业由2015年的136家", "高新技术企业", "actual", "level", 2015, None, 136, "家", core=False),
 F("1064家", "增加到2020年的1064家", "高新技术企业", "actual", "level", 2020, None, 1064, "家", core=False),
 F("6.8倍", "增长6.8倍", "高新技术企业", "actual", "growth", 2020, 2016, 6.8, "倍", core=False, notes="multiple stated as 增长 N 倍"),
 F("3.5件", "每万人口发明专利拥有量达到3.5件", "每万人口发明专利拥有量", "actual", "level", 2020, None, 3.5, "件", core=False),
 F("2.9倍", "是2015年的2.9倍", "每万人口发明专利拥有量", "actual", "growth", 2020, 2016, 2.9, "倍", core=False),
 F("45.3亿元", "技术合同成交额2020年达到45.3亿元", "技术合同成交额", "actual", "level", 2020, None, 45.3, "亿元", core=False),
 F("26.4%", "45.3亿元，年均增长26.4%", "技术合同成交额", "actual", "growth", 2020, 2016, 26.4, "%", core=False),
 F("398家", "省级以上研发平台达到398家", "省级以上研发平台", "actual", "level", 2020, None, 398, "家", core=False),
 F("231家", "比2015年增加231家", "省级以上研发平台", "actual", "change", 2020, 2016, 231, "家", core=False),
 # (四)
 F("64.2%", "常住人口城镇化率2020年达到64.2%", "常住人口城镇化率", "actual", "level", 2020, None, 64.2, "%"),
 F("7.1个百分点", "比2015年提高7.1个百分点", "常住人口城镇化率", "actual", "change", 2020, 2016, 7.1, "个百分点"),
 F("63%", "超额完成63%的规划目标", "常住人口城镇化率", "target", "level", 2020, None, 63, "%", notes="plan target quoted"),
 F("8.3%", "曹妃甸区地区生产总值五年年均增长8.3%", "地区生产总值", "actual", "growth", 2020, 2016, 8.3, "%", jur="曹妃甸区"),
 F("前30位", "位居全国综合实力百强县前30位", "全国综合实力百强县排名", "actual", "level", 2020, None, 30, "位", "le", core=False, jur="迁安市", notes="前30位 -> 30 le; 连续五年 is a streak"),
 F("7.3万", "全市7.3万建档立卡贫困人口全部脱贫", "脱贫建档立卡贫困人口", "actual", "level", 2020, 2016, 7.3, "万人", core=False, notes="unit 人 follows the category word"),
 F("1.67%", "贫困发生率由2015年的1.67%降至0", "贫困发生率", "actual", "level", 2015, None, 1.67, "%", core=False),
 F("0", "贫困发生率由2015年的1.67%降至0", "贫困发生率", "actual", "level", 2020, None, 0, "%", core=False, notes="零 as a measured result"),
 # (五)
 F("85微克/立方米", "由2015年的85微克/立方米", "PM2.5年均浓度", "actual", "level", 2015, None, 85, "ug/m3"),
 F("48微克/立方米", "下降到2020年的48微克/立方米", "PM2.5年均浓度", "actual", "level", 2020, None, 48, "ug/m3"),
 F("43.5%", "累计下降43.5%", "PM2.5年均浓度", "actual", "growth", 2020, 2016, -43.5, "%"),
 F("64微克/立方米", "优于64微克/立方米的规划目标", "PM2.5年均浓度", "target", "level", 2020, None, 64, "ug/m3", notes="plan target quoted"),
 F("162天", "空气质量优良天数由2015年的162天", "空气质量优良天数", "actual", "level", 2015, None, 162, "天"),
 F("237天", "增加到2020年的237天", "空气质量优良天数", "actual", "level", 2020, None, 237, "天"),
 F("39天", "重污染天数由39天减少到10天", "重污染天数", "actual", "level", 2015, None, 39, "天", notes="year 2015 carried from the preceding clause"),
 F("10天", "重污染天数由39天减少到10天", "重污染天数", "actual", "level", 2020, None, 10, "天"),
 F("167.6万亩", "五年累计完成造林绿化167.6万亩", "造林绿化", "actual", "level", 2020, 2016, 167.6, "万亩"),
 F("36.7%", "森林覆盖率达到36.7%", "森林覆盖率", "actual", "level", 2020, None, 36.7, "%"),
 F("21.3%", "单位GDP能耗五年累计降低21.3%", "单位GDP能耗", "actual", "growth", 2020, 2016, -21.3, "%"),
 F("20%", "“十三五”下降20%的约束性目标", "单位GDP能耗", "target", "growth", 2020, 2016, -20, "%", bind="binding", notes="plan target quoted; labelled 约束性 in the sentence"),
 F("18.4%", "分别累计削减18.4%、19.7%、41.2%和35.8%", "化学需氧量排放量", "actual", "growth", 2020, 2016, -18.4, "%"),
 F("19.7%", "分别累计削减18.4%、19.7%、41.2%和35.8%", "氨氮排放量", "actual", "growth", 2020, 2016, -19.7, "%"),
 F("41.2%", "分别累计削减18.4%、19.7%、41.2%和35.8%", "二氧化硫排放量", "actual", "growth", 2020, 2016, -41.2, "%"),
 F("35.8%", "分别累计削减18.4%、19.7%、41.2%和35.8%", "氮氧化物排放量", "actual", "growth", 2020, 2016, -35.8, "%"),
 F("35.3%", "由2015年的35.3%", "地表水国省考断面水质优良比例", "actual", "level", 2015, None, 35.3, "%"),
 F("68.8%", "提高到2020年的68.8%", "地表水国省考断面水质优良比例", "actual", "level", 2020, None, 68.8, "%"),
 F("100%", "近岸海域优良水质比例保持在100%", "近岸海域优良水质比例", "actual", "level", 2020, None, 100, "%"),
 # (六)
 F("7.8%", "城乡居民人均可支配收入年均分别增长7.8%和8.1%", "城镇居民人均可支配收入", "actual", "growth", 2020, 2016, 7.8, "%"),
 F("8.1%", "城乡居民人均可支配收入年均分别增长7.8%和8.1%", "农村居民人均可支配收入", "actual", "growth", 2020, 2016, 8.1, "%"),
 F("2.14", "城乡居民收入比缩小至2.14∶1", "城乡居民收入比", "actual", "level", 2020, None, 2.14, ""),
 F("43.6万人", "五年累计城镇新增就业43.6万人", "城镇新增就业", "actual", "level", 2020, 2016, 43.6, "万人"),
 F("4%以内", "城镇登记失业率始终控制在4%以内", "城镇登记失业率", "actual", "level", 2020, 2016, 4, "%", "le", notes="held every year 2016-2020"),
 F("426所", "新建改扩建中小学和幼儿园426所", "新建改扩建中小学和幼儿园", "actual", "level", 2020, 2016, 426, "所", core=False),
 F("15.8万个", "新增学位15.8万个", "新增学位", "actual", "level", 2020, 2016, 15.8, "万个", core=False),
 F("3.2人", "每千人口执业（助理）医师数达到3.2人", "每千人口执业（助理）医师数", "actual", "level", 2020, None, 3.2, "人", core=False),
 F("587万人", "基本养老保险参保人数达到587万人", "基本养老保险参保人数", "actual", "level", 2020, None, 587, "万人", core=False),
 F("95%以上", "基本医疗保险参保率稳定在95%以上", "基本医疗保险参保率", "actual", "level", 2020, None, 95, "%", "ge", core=False),
 F("6.1万套", "完成棚户区改造6.1万套", "棚户区改造", "actual", "level", 2020, 2016, 6.1, "万套", core=False),
 F("1270万平方米", "老旧小区改造1270万平方米", "老旧小区改造", "actual", "level", 2020, 2016, 1270, "万平方米", core=False),
 F("76.9岁", "人均预期寿命由2015年的76.9岁", "人均预期寿命", "actual", "level", 2015, None, 76.9, "岁", core=False),
 F("78.2岁", "提高到2020年的78.2岁", "人均预期寿命", "actual", "level", 2020, None, 78.2, "岁", core=False),
 F("2.6‰", "婴儿死亡率下降到2.6‰", "婴儿死亡率", "actual", "level", 2020, None, 2.6, "‰", core=False),
 F("128个", "全市建成城市书房128个", "城市书房", "actual", "level", 2020, None, 128, "个", core=False),
 F("0.22平方米", "人均公共文化设施面积达到0.22平方米", "人均公共文化设施面积", "actual", "level", 2020, None, 0.22, "平方米", core=False),
 # (七)
 F("20个工作日以上", "企业开办时间由2015年的20个工作日以上", "企业开办时间", "actual", "level", 2015, None, 20, "个工作日", "ge", core=False),
 F("1个工作日以内", "压缩到2020年的1个工作日以内", "企业开办时间", "actual", "level", 2020, None, 1, "个工作日", "le", core=False),
 F("33.6万户", "市场主体总量由2015年的33.6万户", "市场主体总量", "actual", "level", 2015, None, 33.6, "万户", core=False),
 F("68.2万户", "增加到2020年的68.2万户", "市场主体总量", "actual", "level", 2020, None, 68.2, "万户", core=False),
 F("翻了一番多", "五年翻了一番多", "市场主体总量", "actual", "growth", 2020, 2016, 100, "%", "ge", core=False, notes="翻一番多 = growth over 100% (ge)"),
 F("1085.6亿元", "外贸进出口总额2020年达到1085.6亿元", "外贸进出口总额", "actual", "level", 2020, None, 1085.6, "亿元"),
 F("58.3%", "比2015年增长58.3%", "外贸进出口总额", "actual", "growth", 2020, 2016, 58.3, "%"),
 F("9.6%", "58.3%，年均增长9.6%", "外贸进出口总额", "actual", "growth", 2020, 2016, 9.6, "%"),
 F("57.8亿美元", "五年累计实际利用外资57.8亿美元", "实际利用外资", "actual", "level", 2020, 2016, 57.8, "亿美元"),
 F("6.1%", "57.8亿美元，年均增长6.1%", "实际利用外资", "actual", "growth", 2020, 2016, 6.1, "%"),
 F("2140家", "2020年片区新设企业2140家", "曹妃甸片区新设企业", "actual", "level", 2020, None, 2140, "家", core=False, notes="FTZ area inside the city keeps the city's jurisdiction"),
 F("1536个", "五年累计承接京津转移项目1536个", "承接京津转移项目", "actual", "level", 2020, 2016, 1536, "个", core=False),
 F("4700亿元", "总投资超过4700亿元", "承接京津转移项目总投资", "actual", "level", 2020, 2016, 4700, "亿元", "ge", core=False),
 # (八)
 F("1256亿元", "交通基础设施累计完成投资1256亿元", "交通基础设施投资", "actual", "level", 2020, 2016, 1256, "亿元", core=False),
 F("1.6倍", "是“十二五”时期的1.6倍", "交通基础设施投资", "actual", "growth", 2020, 2016, 1.6, "倍", core=False, notes="multiple of the 十二五 total"),
 F("789公里", "高速公路通车里程达到789公里", "高速公路通车里程", "actual", "level", 2020, None, 789, "公里", core=False),
 F("142公里", "比2015年增加142公里", "高速公路通车里程", "actual", "change", 2020, 2016, 142, "公里", core=False),
 F("1121公里", "铁路营业里程达到1121公里", "铁路营业里程", "actual", "level", 2020, None, 1121, "公里", core=False),
 F("63条", "唐山港开通集装箱航线63条", "唐山港集装箱航线", "actual", "level", 2020, None, 63, "条", core=False),
 F("313万标箱", "集装箱吞吐量达到313万标箱", "唐山港集装箱吞吐量", "actual", "level", 2020, None, 313, "万标箱", core=False),
 F("18.7%", "五年年均增长18.7%", "唐山港集装箱吞吐量", "actual", "growth", 2020, 2016, 18.7, "%", core=False),
 F("326万千瓦", "新能源装机容量达到326万千瓦", "新能源装机容量", "actual", "level", 2020, None, 326, "万千瓦", core=False),
 F("7.1%", "由2015年的7.1%", "新能源装机占全部电力装机的比重", "actual", "level", 2015, None, 7.1, "%", core=False),
 F("18.4%", "提高到2020年的18.4%", "新能源装机占全部电力装机的比重", "actual", "level", 2020, None, 18.4, "%", core=False),
 # (九)
 F("142项", "已建成投产142项", "已建成投产重大工程项目", "actual", "level", 2020, None, 142, "项", core=False, notes="186项重大工程项目 is plan composition"),
 F("39项", "在建39项", "在建重大工程项目", "actual", "level", 2020, None, 39, "项", core=False),
 F("76.3%", "完成率达到76.3%", "重大工程项目完成率", "actual", "level", 2020, None, 76.3, "%", core=False),
 F("8930亿元", "累计完成投资8930亿元", "重大工程项目累计完成投资", "actual", "level", 2020, 2016, 8930, "亿元", core=False),
 F("82%", "占计划总投资的82%", "重大工程项目完成投资占计划总投资比重", "actual", "level", 2020, 2016, 82, "%", core=False),
 F("三成", "对全市工业增长的贡献率超过三成", "重大项目对工业增长的贡献率", "actual", "level", 2020, None, 30, "%", "ge", core=False, notes="三成 = 30%"),
 # 三
 F("0.9个百分点", "年均增速低于全省0.9个百分点", "地区生产总值年均增速低于全省", "actual", "change", 2020, 2016, 0.9, "个百分点", core=False),
 F("9000亿元", "距9000亿元的规划目标", "地区生产总值", "target", "level", 2020, None, 9000, "亿元", notes="plan target quoted"),
 F("1789亿元", "相差约1789亿元", "地区生产总值距规划目标差额", "actual", "change", 2020, None, 1789, "亿元", "approx", core=False),
 F("50%左右", "比重仍在50%左右", "钢铁工业增加值占规模以上工业增加值的比重", "actual", "level", 2020, None, 50, "%", "approx", core=False),
 F("11家", "国家级创新平台仅为11家", "国家级创新平台", "actual", "level", 2020, None, 11, "家", core=False),
 F("35微克/立方米", "远高于35微克/立方米的国家二级标准", "PM2.5国家二级标准", "target", "level", None, None, 35, "ug/m3", core=False, notes="a national standard quoted for comparison, not a dated target (unsure whether it is a fact)"),
 F("后20位", "空气质量排名仍处于后20位", "空气质量全国168个重点城市排名（倒数）", "actual", "level", 2020, None, 20, "位", "le", core=False, notes="后20位 = within the bottom 20 (rank counted from the bottom), le; 168个重点城市 defines the group"),
 F("1.1个", "托位数仅为1.1个", "每千人口拥有3岁以下婴幼儿托位数", "actual", "level", 2020, None, 1.1, "个", core=False),
 F("20.9%", "60岁以上人口占比达到20.9%", "60岁以上人口占比", "actual", "level", 2020, None, 20.9, "%", core=False, notes="60岁以上 defines the group"),
 # 四
 F("6%左右", "建议“十四五”时期全市地区生产总值年均增长6%左右", "地区生产总值", "target", "growth", 2025, 2021, 6, "%", "approx"),
 F("1万亿元左右", "到2025年地区生产总值达到1万亿元左右", "地区生产总值", "target", "level", 2025, None, 1, "万亿元", "approx"),
 F("2.5%", "研究与试验发展经费投入强度达到2.5%", "研究与试验发展经费投入强度", "target", "level", 2025, None, 2.5, "%"),
 F("68%", "常住人口城镇化率达到68%", "常住人口城镇化率", "target", "level", 2025, None, 68, "%"),
 F("40微克/立方米以下", "PM2.5年均浓度降至40微克/立方米以下", "PM2.5年均浓度", "target", "level", 2025, None, 40, "ug/m3", "le"),
 F("后20位", "退出全国168个重点城市后20位", "空气质量全国168个重点城市排名（倒数）", "target", "level", 2025, None, 20, "位", core=False, notes="target to leave the bottom 20 (unsure comparator; eq kept)"),
 F("40万人以上", "城镇新增就业五年累计40万人以上", "城镇新增就业", "target", "level", 2025, 2021, 40, "万人", "ge"),
 F("38%", "森林覆盖率达到38%", "森林覆盖率", "target", "level", 2025, None, 38, "%"),
 # 五 2021 H1
 F("3946.2亿元", "全市地区生产总值完成3946.2亿元", "地区生产总值", "actual", "level", 2021, None, 3946.2, "亿元", notes="今年上半年 = 2021 H1"),
 F("9.8%", "同比增长9.8%，两年平均", "地区生产总值", "actual", "growth", 2021, None, 9.8, "%", notes="2021 H1"),
 F("5.1%", "两年平均增长5.1%", "地区生产总值", "actual", "growth", 2021, 2020, 5.1, "%", notes="two-year average 2020-2021 H1"),
 F("7.3%", "规模以上工业增加值同比增长7.3%", "规模以上工业增加值", "actual", "growth", 2021, None, 7.3, "%", notes="2021 H1"),
 F("21.6%", "高新技术产业增加值增长21.6%", "高新技术产业增加值", "actual", "growth", 2021, None, 21.6, "%", core=False, notes="2021 H1"),
 F("6.9%", "固定资产投资增长6.9%", "固定资产投资", "actual", "growth", 2021, None, 6.9, "%", notes="2021 H1"),
 F("17.4%", "社会消费品零售总额增长17.4%", "社会消费品零售总额", "actual", "growth", 2021, None, 17.4, "%", notes="2021 H1"),
 F("266.8亿元", "一般公共预算收入完成266.8亿元", "一般公共预算收入", "actual", "level", 2021, None, 266.8, "亿元", notes="2021 H1"),
 F("14.2%", "266.8亿元，增长14.2%", "一般公共预算收入", "actual", "growth", 2021, None, 14.2, "%", notes="2021 H1"),
 F("56.3%", "完成年度预算的56.3%", "一般公共预算收入完成年度预算比例", "actual", "level", 2021, None, 56.3, "%", core=False),
 F("10.3%", "分别增长10.3%和11.6%", "城镇居民人均可支配收入", "actual", "growth", 2021, None, 10.3, "%", notes="2021 H1"),
 F("11.6%", "分别增长10.3%和11.6%", "农村居民人均可支配收入", "actual", "growth", 2021, None, 11.6, "%", notes="2021 H1"),
 F("47微克/立方米", "上半年PM2.5平均浓度为47微克/立方米", "PM2.5平均浓度", "actual", "level", 2021, None, 47, "ug/m3", notes="2021 H1"),
 F("16.1%", "同比下降16.1%", "PM2.5平均浓度", "actual", "growth", 2021, None, -16.1, "%", notes="2021 H1"),
 F("126天", "优良天数126天", "优良天数", "actual", "level", 2021, None, 126, "天", notes="2021 H1"),
 F("21天", "同比增加21天", "优良天数", "actual", "change", 2021, None, 21, "天", notes="2021 H1"),
 F("6%左右", "保持经济年均增长6%左右", "地区生产总值年均增长", "target", "growth", 2025, 2021, 6, "%", "approx", notes="十四五 outline target"),
 F("7%左右", "全年地区生产总值增长7%左右的年度目标", "地区生产总值", "target", "growth", 2021, None, 7, "%", "approx"),
 F("3.2%", "单位GDP能耗下降3.2%的年度目标", "单位GDP能耗", "target", "growth", 2021, None, -3.2, "%"),
 # notes
 F("771.8万人", "2020年常住人口为771.8万人", "常住人口", "actual", "level", 2020, None, 771.8, "万人"),
]
