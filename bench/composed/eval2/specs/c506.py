META = dict(jurisdiction="山西省", genre="plan_midterm_evaluation", published="2023-11", area_code="140000",
            passages=[("p1", None, None, "whole excerpt: title and sections 一–三 of a composed Shanxi report on the mid-term evaluation of the 十四五 outline (autumn 2023); indicator table flattened one cell per line")])
ROWS = [
    ("地区生产总值年均增长（%）", "3.6", "6左右", "6.7", "预期性", "符合预期"),
    ("全员劳动生产率（万元/人）", "13.2", "17", "15.9", "预期性", "符合预期"),
    ("研究与试验发展经费投入强度（%）", "1.12", "1.6", "1.33", "预期性", "滞后"),
    ("煤炭先进产能占比（%）", "68", "80", "79.5", "预期性", "好于预期"),
    ("常住人口城镇化率（%）", "62.5", "66", "63.96", "预期性", "符合预期"),
    ("城镇调查失业率（%）", "6.1", "<5.5", "5.6", "预期性", "基本符合预期"),
    ("居民人均可支配收入增长（%）", "4.3", "6.5", "7.0", "预期性", "好于预期"),
    ("每千人口拥有3岁以下婴幼儿托位数（个）", "1.2", "4.5", "2.7", "预期性", "符合预期"),
    ("单位地区生产总值能源消耗降低（%）", "—", "[14.5]", "[4.9]", "约束性", "滞后"),
    ("单位地区生产总值二氧化碳排放降低（%）", "—", "完成国家下达任务", "[5.3]", "约束性", "符合预期"),
    ("森林覆盖率（%）", "23.18", "26", "24.3", "约束性", "符合预期"),
]
TABLE = "\n".join("\n".join(r) for r in ROWS)
TEXT = """
山西省人民政府关于《山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》实施情况中期评估的报告

一、规划实施总体情况
两年多来，面对百年变局和世纪疫情相互叠加的复杂局面，全省上下完整、准确、全面贯彻新发展理念，深入推进资源型经济转型，规划纲要确定的主要目标任务总体进展顺利。规划纲要确定的23项主要指标中，14项进展符合或好于预期，6项基本符合预期，3项进展滞后。
2021—2022年，全省地区生产总值年均增长6.7%，2022年突破2.5万亿元，达到25642.6亿元，比2020年增加7990.1亿元。能源保供作用凸显，2022年原煤产量达到13.07亿吨，占全国的28.5%，两年累计外调电量3040亿千瓦时。今年前三季度，全省地区生产总值增长4.9%，规模以上工业增加值增长4.3%，经济运行总体平稳。同期，社会消费品零售总额增长4.6%，城乡居民人均可支配收入分别增长4.8%和7.2%。
转型发展取得积极进展。截至2022年底，全省新能源和清洁能源装机容量达到4450万千瓦，占全部装机的36.5%；战略性新兴产业增加值两年年均增长14.1%，高于规模以上工业平均增速6.2个百分点。民生福祉持续改善，两年累计城镇新增就业96.2万人，新增普惠性幼儿园学位8.4万个，基本养老保险参保人数达到2480万人。生态环境质量明显改善，2022年全省地级城市空气质量优良天数比例达到73.4%，黄河干流山西段水质稳定保持Ⅱ类。
二、主要指标进展情况
表1　山西省“十四五”规划纲要主要指标中期进展
指标名称
2020年基期值
2025年目标值
2022年实际值
指标属性
进展情况
""" + TABLE + """
三、存在的问题和下一步工作
从评估情况看，规划实施仍面临一些突出问题。一是转型任务依然艰巨，煤炭工业增加值占规模以上工业的比重仍高达51.2%；二是创新能力短板明显，研发经费投入强度比全国平均水平低1.21个百分点；三是节能降碳压力较大，单位地区生产总值能耗两年累计仅下降4.9%，只完成五年目标的33.8%。
四是公共服务供给仍有短板，每千人口拥有婴幼儿托位数距规划目标尚差1.8个，优质医疗、教育资源向县域下沉不够，城乡区域发展不平衡问题仍较明显。
下一步，全省将坚持目标导向，加快补齐短板弱项，力争到2025年研发经费投入强度达到1.6%，非常规天然气产量达到200亿立方米以上，新能源和清洁能源装机占比达到50%左右，确保规划主要目标任务如期完成。
"""
FACTS = []
def row(name, cells):
    r = [x for x in ROWS if x[0] == name][0]
    q = "\n".join(r)
    b = "binding" if r[4] == "约束性" else "expected"
    for vt, kind, measure, year, ps, kw in cells:
        FACTS.append(F(q, vt, kw.pop("ind", name.split("（")[0]), kind, measure, year, ps, binding=b, **kw))
U = "%"
row("地区生产总值年均增长（%）", [("3.6", "actual", "growth", 2020, None, dict(unit=U, ind="地区生产总值增长", notes="one cell per line; base cell of a 年均增长 row = 2020's own growth")), ("6左右", "target", "growth", 2025, 2021, dict(unit=U, cmp="approx")), ("6.7", "actual", "growth", 2022, 2021, dict(unit=U))])
row("全员劳动生产率（万元/人）", [("13.2", "actual", "level", 2020, None, dict(unit="万元/人")), ("17", "target", "level", 2025, None, dict(unit="万元/人")), ("15.9", "actual", "level", 2022, None, dict(unit="万元/人"))])
row("研究与试验发展经费投入强度（%）", [("1.12", "actual", "level", 2020, None, dict(unit=U)), ("1.6", "target", "level", 2025, None, dict(unit=U)), ("1.33", "actual", "level", 2022, None, dict(unit=U))])
row("煤炭先进产能占比（%）", [("68", "actual", "level", 2020, None, dict(unit=U)), ("80", "target", "level", 2025, None, dict(unit=U)), ("79.5", "actual", "level", 2022, None, dict(unit=U))])
row("常住人口城镇化率（%）", [("62.5", "actual", "level", 2020, None, dict(unit=U)), ("66", "target", "level", 2025, None, dict(unit=U)), ("63.96", "actual", "level", 2022, None, dict(unit=U))])
row("城镇调查失业率（%）", [("6.1", "actual", "level", 2020, None, dict(unit=U)), ("5.5", "target", "level", 2025, None, dict(unit=U, cmp="le", notes="'<5.5' -> le")), ("5.6", "actual", "level", 2022, None, dict(unit=U))])
row("居民人均可支配收入增长（%）", [("4.3", "actual", "growth", 2020, None, dict(unit=U)), ("6.5", "target", "growth", 2025, 2021, dict(unit=U, notes="growth row without 年均 in the name read as the plan-period average")), ("7.0", "actual", "growth", 2022, 2021, dict(unit=U))])
row("每千人口拥有3岁以下婴幼儿托位数（个）", [("1.2", "actual", "level", 2020, None, dict(unit="个", notes="3岁以下 defines the group, not a fact")), ("4.5", "target", "level", 2025, None, dict(unit="个")), ("2.7", "actual", "level", 2022, None, dict(unit="个"))])
row("单位地区生产总值能源消耗降低（%）", [("[14.5]", "target", "change", 2025, 2021, dict(unit=U)), ("[4.9]", "actual", "change", 2022, 2021, dict(unit=U))])
row("单位地区生产总值二氧化碳排放降低（%）", [("[5.3]", "actual", "change", 2022, 2021, dict(unit=U))])
row("森林覆盖率（%）", [("23.18", "actual", "level", 2020, None, dict(unit=U)), ("26", "target", "level", 2025, None, dict(unit=U)), ("24.3", "actual", "level", 2022, None, dict(unit=U))])
FACTS += [
    F("14项进展符合或好于预期", "14项", "进展符合或好于预期的主要指标", "actual", "level", 2022, core=False, notes="status count; as-of = last full data year 2022; 23项 is plan composition"),
    F("6项基本符合预期", "6项", "基本符合预期的主要指标", "actual", "level", 2022, core=False),
    F("3项进展滞后", "3项", "进展滞后的主要指标", "actual", "level", 2022, core=False),
    F("全省地区生产总值年均增长6.7%", "6.7%", "地区生产总值", "actual", "growth", 2022, 2021),
    F("2022年突破2.5万亿元", "2.5万亿元", "地区生产总值", "actual", "level", 2022, cmp="ge", notes="threshold crossed -> ge"),
    F("达到25642.6亿元", "25642.6亿元", "地区生产总值", "actual", "level", 2022),
    F("比2020年增加7990.1亿元", "7990.1亿元", "地区生产总值", "actual", "change", 2022, 2021),
    F("2022年原煤产量达到13.07亿吨", "13.07亿吨", "原煤产量", "actual", "level", 2022),
    F("占全国的28.5%", "28.5%", "原煤产量占全国比重", "actual", "level", 2022, core=False),
    F("两年累计外调电量3040亿千瓦时", "3040亿千瓦时", "外调电量", "actual", "level", 2022, 2021),
    F("全省地区生产总值增长4.9%", "4.9%", "地区生产总值", "actual", "growth", 2023, notes="今年前三季度 -> evaluation year 2023"),
    F("规模以上工业增加值增长4.3%", "4.3%", "规模以上工业增加值", "actual", "growth", 2023),
    F("煤炭工业增加值占规模以上工业的比重仍高达51.2%", "51.2%", "煤炭工业增加值占规模以上工业比重", "actual", "level", 2022, core=False),
    F("比全国平均水平低1.21个百分点", "1.21个百分点", "研发经费投入强度与全国平均水平差距", "actual", "change", 2022, value=-1.21, core=False, notes="gap to the national average, negative; unsure"),
    F("单位地区生产总值能耗两年累计仅下降4.9%", "4.9%", "单位地区生产总值能耗", "actual", "growth", 2022, 2021, neg=True, notes="prose decline -> negative growth (the table's bracketed [4.9] is change)"),
    F("只完成五年目标的33.8%", "33.8%", "能耗下降完成五年目标比例", "actual", "level", 2022, core=False),
    F("力争到2025年研发经费投入强度达到1.6%", "1.6%", "研发经费投入强度", "target", "level", 2025),
    F("非常规天然气产量达到200亿立方米以上", "200亿立方米以上", "非常规天然气产量", "target", "level", 2025, cmp="ge"),
    F("新能源和清洁能源装机占比达到50%左右", "50%左右", "新能源和清洁能源装机占比", "target", "level", 2025, cmp="approx"),
    F("全省新能源和清洁能源装机容量达到4450万千瓦", "4450万千瓦", "新能源和清洁能源装机容量", "actual", "level", 2022),
    F("占全部装机的36.5%", "36.5%", "新能源和清洁能源装机占比", "actual", "level", 2022),
    F("战略性新兴产业增加值两年年均增长14.1%", "14.1%", "战略性新兴产业增加值", "actual", "growth", 2022, 2021, core=False),
    F("高于规模以上工业平均增速6.2个百分点", "6.2个百分点", "战略性新兴产业增加值增速高于规模以上工业", "actual", "change", 2022, 2021, core=False),
    F("两年累计城镇新增就业96.2万人", "96.2万人", "城镇新增就业", "actual", "level", 2022, 2021),
    F("新增普惠性幼儿园学位8.4万个", "8.4万个", "新增普惠性幼儿园学位", "actual", "level", 2022, 2021, core=False),
    F("基本养老保险参保人数达到2480万人", "2480万人", "基本养老保险参保人数", "actual", "level", 2022, core=False),
    F("2022年全省地级城市空气质量优良天数比例达到73.4%", "73.4%", "地级城市空气质量优良天数比例", "actual", "level", 2022),
    F("社会消费品零售总额增长4.6%", "4.6%", "社会消费品零售总额", "actual", "growth", 2023),
    F("城乡居民人均可支配收入分别增长4.8%和7.2%", "4.8%", "城镇居民人均可支配收入", "actual", "growth", 2023),
    F("城乡居民人均可支配收入分别增长4.8%和7.2%", "7.2%", "农村居民人均可支配收入", "actual", "growth", 2023),
    F("每千人口拥有婴幼儿托位数距规划目标尚差1.8个", "1.8个", "每千人口拥有婴幼儿托位数距规划目标差距", "actual", "change", 2022, value=-1.8, core=False),
]
