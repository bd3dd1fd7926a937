"""The prose extractor on real sentences of the sample documents."""

from planwatch.core.data import (
    Comparator,
    DocType,
    DocumentMeta,
    ExtractContext,
    Kind,
    Measure,
    Outline,
)
from planwatch.extract.prose import ProseExtractor

NEWS_2023 = DocumentMeta(doc_type=DocType.NEWS, year=2023)
REPORT_2021 = DocumentMeta(doc_type=DocType.WORK_REPORT, year=2021)
PLAN_14 = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2021, period_end=2025)


def run(text, meta=NEWS_2023):
    facts = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    for f in facts:  # every fact shows its number and sits in its quote
        assert any(
            ch.isdigit() or ch in "零一二三四五六七八九十百千" for ch in text[f.start : f.end]
        )
        assert f.quote_start <= f.start and f.end <= f.quote_end
        assert f.origin == "prose" and f.jurisdiction is None
    return facts


def row(f, text):
    return (
        text[f.start : f.end],
        f.indicator,
        f.kind,
        f.measure,
        f.year,
        f.period_start,
        f.value,
        f.unit,
        f.comparator,
    )


def test_level_and_growth_in_one_clause():
    text = "2022亮点回顾\n\n●全年地区生产总值458.51亿元,增长2.8%\n"
    facts = run(text)
    assert [row(f, text) for f in facts] == [
        (
            "458.51亿元",
            "地区生产总值",
            Kind.ACTUAL,
            Measure.LEVEL,
            2022,
            None,
            458.51,
            "亿元",
            Comparator.EQ,
        ),
        ("2.8%", "地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2022, None, 2.8, "%", Comparator.EQ),
    ]


def test_target_and_stretch_target():
    text = "2023年工作安排\n\n经济社会发展主要预期目标:\n\n地区生产总值增长8%,力争实现8.5%\n"
    facts = run(text)
    assert [(row(f, text)) for f in facts] == [
        ("8%", "地区生产总值", Kind.TARGET, Measure.GROWTH, 2023, None, 8, "%", Comparator.EQ),
        ("8.5%", "地区生产总值", Kind.TARGET, Measure.GROWTH, 2023, None, 8.5, "%", Comparator.EQ),
    ]


def test_distributes_over_a_list_and_declines_are_negative():
    text = (
        "五年来,我们大力保障和改善民生。刑事治安警情数、刑事立案数分别比“十二五”下降29.1%、29.6%。"
    )
    facts = run(text, REPORT_2021)
    assert [(f.indicator, f.value, f.measure, f.kind) for f in facts] == [
        ("刑事治安警情数", -29.1, Measure.GROWTH, Kind.ACTUAL),
        ("刑事立案数", -29.6, Measure.GROWTH, Kind.ACTUAL),
    ]
    assert facts[0].period_start == 2016 and facts[0].year == 2020


def test_base_year_change_and_average_growth():
    text = "全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元,比2015年增加961亿元,五年年均增长5.9%。"
    facts = run(text, REPORT_2021)
    got = [(text[f.start : f.end], f.measure, f.year, f.period_start, f.kind) for f in facts]
    assert got == [
        ("3201亿元", Measure.LEVEL, 2020, None, Kind.ACTUAL),
        ("961亿元", Measure.CHANGE, 2020, 2016, Kind.ACTUAL),
        ("5.9%", Measure.GROWTH, 2020, 2016, Kind.ACTUAL),
    ]


def test_plan_target_with_period_and_approx():
    text = "经济发展更加高质量。地区生产总值年均增长6%左右,经济在高质量发展的基础上自然稳健运行。"
    (f,) = run(text, PLAN_14)
    assert row(f, text) == (
        "6%左右",
        "地区生产总值",
        Kind.TARGET,
        Measure.GROWTH,
        2025,
        2021,
        6,
        "%",
        Comparator.APPROX,
    )


def test_to_year_target_and_bare_wan_unit():
    text = "到2025年底,建设成为一个人口达65万、人均GDP居全省前列的中等规模城市。"
    (f,) = run(text, PLAN_14)
    assert (text[f.start : f.end], f.kind, f.year, f.value, f.unit) == (
        "65万",
        Kind.TARGET,
        2025,
        65,
        "万人",
    )
    assert "人口" in f.indicator


def test_comparators_and_thresholds():
    text = (
        "2023年工作安排\n7.力争引进亿元以上项目不少于55个、计划投资额不少于300亿元,"
        "10亿元以上项目不少于8个。\n3.推动“倍增计划”在库企业实现主营业务收入倍增,"
        "70家以上工业企业实现“小升规”。\n"
    )
    facts = run(text)
    got = [(text[f.start : f.end], f.value, f.unit, f.comparator) for f in facts]
    assert got == [
        ("55个", 55, "个", Comparator.GE),
        ("300亿元", 300, "亿元", Comparator.GE),
        ("8个", 8, "个", Comparator.GE),  # 10亿元以上 defines the projects: no fact
        ("70家以上", 70, "家", Comparator.GE),
    ]
    assert facts[3].indicator == "工业企业"


def test_value_first_then_noun_and_two_units():
    text = "2023年工作安排\n1.建设240公顷(3600亩)高标准农田,完成1公顷(15亩)以下撂荒耕地整治。\n"
    facts = run(text)
    assert [(text[f.start : f.end], f.indicator, f.kind, f.year) for f in facts] == [
        ("240公顷", "建设高标准农田", Kind.TARGET, 2023),
        ("3600亩", "建设高标准农田", Kind.TARGET, 2023),
    ]


def test_not_facts_dates_names_list_numbers():
    text = (
        "2023 年 2 月 25 日 星期六\n全面推进“百县千镇万村高质量发展工程”,推动“数字政府”2.0建设。"
        "鹤山市十六届人大三次会议期间,建成5G基站。落实“1+10+139”保护网络,连续五年获评优秀,"
        "打造双合千亩茶园,实施“十百千万”三年行动。\n"
    )
    assert run(text) == []


def test_ranks_zero_and_doubling():
    text = "2022亮点回顾\n●以省内县(市)排名第一的成绩跻身“中国最具吸引力县城”\n"
    (f,) = run(text)
    assert (text[f.start : f.end], f.value, f.unit) == ("第一", 1, "位")
    text = "2023年工作安排\n5.建成生活垃圾资源化处理提质改造项目,实现原生生活垃圾“零填埋”。\n"
    (f,) = run(text)
    assert (text[f.start : f.end], f.value, f.indicator, f.kind) == (
        "零",
        0,
        "原生生活垃圾填埋",
        Kind.TARGET,
    )
    text = "到2025年,全市地区生产总值较2020年翻一番。"
    (f,) = run(text, PLAN_14)
    assert (f.value, f.unit, f.measure, f.year, f.period_start) == (
        100,
        "%",
        Measure.GROWTH,
        2025,
        2021,
    )


def test_percentage_points_and_unit_borrowing():
    text = "2020年,高技术产业、先进制造业增速分别比工业整体水平高9.3、0.6个百分点。"
    facts = run(text, REPORT_2021)
    assert [(f.indicator, f.value, f.unit, f.measure) for f in facts] == [
        ("高技术产业", 9.3, "个百分点", Measure.CHANGE),
        ("先进制造业增速", 0.6, "个百分点", Measure.CHANGE),
    ]


def test_range_is_a_floor_and_a_ceiling():
    # (The gold's convention, devcorpus and composed sets alike: 6.5%—7% is 6.5 ge and 7 le.)
    text = "2021年主要预期目标\n地区生产总值增长6%-7%。\n"
    lo, hi = run(text, REPORT_2021)
    assert (text[lo.start : lo.end], lo.value, lo.comparator, lo.kind, lo.year) == (
        "6%",
        6,
        Comparator.GE,
        Kind.TARGET,
        2021,
    )
    assert (text[hi.start : hi.end], hi.value, hi.comparator, hi.kind, hi.year) == (
        "7%",
        7,
        Comparator.LE,
        Kind.TARGET,
        2021,
    )


def test_fullwidth_and_spaced_numbers():
    text = "2022亮点回顾\n新增就业 2.82 万人,城镇登记失业率２ . ５％。\n"
    facts = run(text)
    assert [(f.value, f.unit) for f in facts] == [(2.82, "万人"), (2.5, "%")]
    assert text[facts[1].start : facts[1].end] == "２ . ５％"


def test_corpus_document_grounding():
    # Speed is measured by bench/score_gold.py and bench/ingest_bench.py, not here.
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "000_78da752c5f85d6f1.txt"
    text = open(path, encoding="utf-8", newline="").read()
    facts = ProseExtractor().extract(text, ExtractContext(path.name, PLAN_14, Outline()))
    assert len(facts) > 50
    for f in facts:
        assert f.quote_start <= f.start < f.end <= f.quote_end <= len(text)


# -- classes of wording fixed against the held-out dev set (bench/devgold) ------------------

REVIEW = "第一节 “十三五”时期主要成就\n"  # a plan's review section: 2016-2020


def test_industry_ratio_gives_one_share_per_sector_and_both_years():
    text = (
        REVIEW
        + "经济结构更加优化,三次产业比重从“十二五”期末 2.4:58.9:38.7 调整为2.1:52.9:45.0 。\n"
    )
    facts = run(text, PLAN_14)
    assert [(text[f.start : f.end], f.indicator, f.year, f.value, f.unit) for f in facts] == [
        ("2.4", "第一产业比重", 2015, 2.4, "%"),
        ("58.9", "第二产业比重", 2015, 58.9, "%"),
        ("38.7", "第三产业比重", 2015, 38.7, "%"),
        ("2.1", "第一产业比重", 2020, 2.1, "%"),
        ("52.9", "第二产业比重", 2020, 52.9, "%"),
        ("45.0", "第三产业比重", 2020, 45.0, "%"),
    ]
    assert {f.measure for f in facts} == {Measure.LEVEL}


def test_multiples_and_from_to_keep_the_subject_and_the_years():
    text = (
        REVIEW + "新型研发机构、工程中心等创新平台增至 329 家,是 “ 十二五 ” 期末的 6 倍。"
        "研发经费支出占 GDP 比重从 2015年的 2.83% 增长到 2019 年的 4.23% ,超全国全省全市平均水平。"
        "科技支行由 3 家增至 7家,总量全市第一。\n"
    )
    facts = run(text, PLAN_14)
    assert [row(f, text) for f in facts] == [
        (
            "329 家",
            "新型研发机构、工程中心等创新平台",
            Kind.ACTUAL,
            Measure.LEVEL,
            2020,
            None,
            329,
            "家",
            Comparator.EQ,
        ),
        (
            "6 倍",
            "新型研发机构、工程中心等创新平台",
            Kind.ACTUAL,
            Measure.GROWTH,
            2020,
            2016,
            6,
            "倍",
            Comparator.EQ,
        ),
        (
            "2.83%",
            "研发经费支出占 GDP 比重",
            Kind.ACTUAL,
            Measure.LEVEL,
            2015,
            None,
            2.83,
            "%",
            Comparator.EQ,
        ),
        (
            "4.23%",
            "研发经费支出占 GDP 比重",
            Kind.ACTUAL,
            Measure.LEVEL,
            2019,
            None,
            4.23,
            "%",
            Comparator.EQ,
        ),
        # 由 3 家 in a 十三五 review: the implied start, the year before the period.
        ("3 家", "科技支行", Kind.ACTUAL, Measure.LEVEL, 2015, None, 3, "家", Comparator.EQ),
        ("7家", "科技支行", Kind.ACTUAL, Measure.LEVEL, 2020, None, 7, "家", Comparator.EQ),
        (
            "第一",
            "科技支行总量全市排名",
            Kind.ACTUAL,
            Measure.LEVEL,
            2020,
            None,
            1,
            "位",
            Comparator.EQ,
        ),
    ]


def test_ranks_name_what_is_ranked():
    text = (
        REVIEW + "高新区综合排名从 2015 年的全国第 77 位大幅跃升至第 59 位,实现争先进位。\n"
        "五年来,我们坚持创新驱动。高新技术企业存量超1800家,是“十二五”期末的9倍,年均增速排全省第1。"
        "省级工程技术研究中心397家,是“十二五”期末的4倍,数量排全省第5。\n"
    )
    facts = [f for f in run(text, PLAN_14) if f.unit == "位"]
    assert [
        (text[f.start : f.end], f.indicator, f.year, f.period_start, f.value) for f in facts
    ] == [
        ("第 77 位", "高新区综合全国排名", 2015, None, 77),
        ("第 59 位", "高新区综合全国排名", 2020, None, 59),
        # the rank of an average growth holds over the period
        ("第1", "高新技术企业存量年均增速全省排名", 2020, 2016, 1),
        ("第5", "省级工程技术研究中心数量全省排名", 2020, None, 5),
    ]


def test_value_first_nouns_lists_and_shared_distribution():
    text = (
        "2020年,我们奋力夺取双胜利。广泛发动全市1.17万个党组织、2万多名机关党员干部和志愿者、"
        "企业员工参与防控。派出医疗队3批48人。引进投资超亿元项目211个,投资总额1247亿元,"
        "分别增长7.1%和4.2%。省、市重点项目分别完成年度投资计划的131%、123%。\n"
    )
    facts = run(text, REPORT_2021)
    assert [
        (text[f.start : f.end], f.indicator, f.measure, f.value, f.unit, f.comparator)
        for f in facts
    ] == [
        ("1.17万个", "全市党组织", Measure.LEVEL, 1.17, "万个", Comparator.EQ),
        ("2万多名", "机关党员干部和志愿者", Measure.LEVEL, 2, "万人", Comparator.GE),
        ("3批", "派出医疗队", Measure.LEVEL, 3, "批", Comparator.EQ),
        ("48人", "派出医疗队", Measure.LEVEL, 48, "人", Comparator.EQ),
        ("211个", "引进投资超亿元项目", Measure.LEVEL, 211, "个", Comparator.EQ),
        ("1247亿元", "引进投资超亿元项目投资总额", Measure.LEVEL, 1247, "亿元", Comparator.EQ),
        ("7.1%", "引进投资超亿元项目", Measure.GROWTH, 7.1, "%", Comparator.EQ),
        ("4.2%", "引进投资超亿元项目投资总额", Measure.GROWTH, 4.2, "%", Comparator.EQ),
        ("131%", "省重点项目", Measure.LEVEL, 131, "%", Comparator.EQ),
        ("123%", "市重点项目", Measure.LEVEL, 123, "%", Comparator.EQ),
    ]
    assert {f.year for f in facts} == {2020}


def test_spaced_and_slash_rate_units():
    text = (
        REVIEW
        + "工业项目投资规模平均超 4 亿元、投资强度平均达 800万元 / 亩、年创税平均达 50 万元 / 亩,"
        "均创历史新高。\n"
    )
    facts = run(text, PLAN_14)
    assert [
        (text[f.start : f.end], f.indicator, f.value, f.unit, f.period_start) for f in facts
    ] == [
        ("4 亿元", "工业项目投资规模", 4, "亿元", 2016),
        ("800万元 / 亩", "投资强度", 800, "万元/亩", 2016),
        ("50 万元 / 亩", "年创税", 50, "万元/亩", 2016),
    ]


def test_fractions_halves_and_round_chinese_numerals():
    text = (
        REVIEW + "大冶摩托等 9家企业被认定为省级企业技术中心,占全市四分之一,认定数排名全市第一。"
        "集约发展水平不断提高,累计盘活低效用地近千亩、低效厂房约 32 万平方米。\n"
        "五年来,我们坚持制造业立市。五大新兴产业规上工业总产值超2100亿元,约占规上工业总产值的一半。"
        "投资超百亿元的亚太纸业等一批重大增资扩产项目落地。打造一批超五百亿乃至超千亿的产业集群。\n"
    )
    facts = run(text, PLAN_14)
    got = {text[f.start : f.end]: (f.value, f.unit, f.comparator) for f in facts}
    assert got == {
        "9家": (9, "家", Comparator.EQ),
        "四分之一": (25, "%", Comparator.EQ),
        "第一": (1, "位", Comparator.EQ),
        "千亩": (1000, "亩", Comparator.APPROX),
        "32 万平方米": (32, "万平方米", Comparator.APPROX),
        "2100亿元": (2100, "亿元", Comparator.GE),
        "一半": (50, "%", Comparator.APPROX),
        "百亿元": (100, "亿元", Comparator.GE),
        # 超五百亿乃至超千亿的产业集群 is a size class: no fact
    }
    half = next(f for f in facts if text[f.start : f.end] == "一半")
    assert half.indicator == "五大新兴产业规上工业总产值占规上工业总产值比重"


def test_period_start_of_flows_and_stocks_in_a_review():
    text = (
        "五年来,我们加快基础设施建设。累计引进投资超亿元项目748个,投资总额达4592亿元。"
        "新增高速公路通车里程207公里,总里程达591公里。市场主体累计达57.57万户。\n"
    )
    facts = run(text, REPORT_2021)
    assert [(text[f.start : f.end], f.year, f.period_start) for f in facts] == [
        ("748个", 2020, 2016),  # flows over the period: its first year
        ("4592亿元", 2020, 2016),
        ("207公里", 2020, 2016),
        ("591公里", 2020, None),  # a total that "reaches" a length: a stock at the end
        ("57.57万户", 2020, None),  # 累计达: a stock
    ]


def test_relative_year_and_price_rise_is_growth():
    report_2023 = DocumentMeta(doc_type=DocType.WORK_REPORT, year=2023)
    text = "过去一年,全市地区生产总值增长5%,一般公共预算收入120亿元。\n"
    assert [(f.value, f.year, f.kind) for f in run(text, report_2023)] == [
        (5, 2022, Kind.ACTUAL),
        (120, 2022, Kind.ACTUAL),
    ]
    text = "2021年经济社会发展主要预期目标是:地区生产总值增长7%,居民消费价格涨幅3%左右。\n"
    facts = run(text, REPORT_2021)
    assert [row(f, text) for f in facts][1] == (
        "3%左右",
        "居民消费价格",
        Kind.TARGET,
        Measure.GROWTH,
        2021,
        None,
        3,
        "%",
        Comparator.APPROX,
    )


# -- indicator names (round 3): asides, borrowed subjects, generic words, verbs ----------------


def names(text, meta=REPORT_2021):
    return [(text[f.start : f.end], f.indicator) for f in run(text, meta)]


def test_bracketed_aside_neither_becomes_nor_breaks_the_name():
    # 003: the comma inside (2016-2020 年,下同) does not end the clause; 全市实现 is no name.
    text = (
        "2020 年,全市实现地区生产总值161.21 亿元,年均(2016-2020 年,下同)增长4.9%;"
        "人均地区生产总值40720 元,年均增长4.4%;\n"
    )
    facts = run(text, REPORT_2021)
    assert [(text[f.start : f.end], f.indicator, f.measure) for f in facts] == [
        ("161.21 亿元", "地区生产总值", Measure.LEVEL),
        ("4.9%", "地区生产总值", Measure.GROWTH),
        ("40720 元", "人均地区生产总值", Measure.LEVEL),
        ("4.4%", "人均地区生产总值", Measure.GROWTH),
    ]


def test_bracket_that_is_part_of_a_name_stays():
    # 000: (助理) and (R&D) are part of the indicator's established name.
    text = "2019年全社会研究与发展(R&D)经费投入10.58亿元,R&D占GDP比重提升至2.92%。"
    assert names(text) == [
        ("10.58亿元", "全社会研究与发展(R&D)经费投入"),
        ("2.92%", "R&D占GDP比重"),
    ]


def test_subject_of_an_earlier_clause_without_its_predicate():
    # 004: 在全省排名实现争先进位 is what the GDP did, not part of its name.
    text = "全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元,比2015年增加961亿元,五年年均增长5.9%。"
    assert names(text) == [
        ("3201亿元", "地区生产总值"),
        ("961亿元", "地区生产总值"),
        ("5.9%", "地区生产总值"),
    ]
    # 001: 不断增加 is the predicate of 民生投入.
    text = "民生投入不断增加,五年年均增长12.4% 。"
    assert names(text) == [("12.4%", "民生投入")]


def test_generic_words_take_the_indicator_named_before():
    # 001 / 004: 总量, 总投资, 投资总额, 累计 name nothing by themselves.
    text = "固定资产投资年均增长 16.4%,总量较 2015 年翻一番。"
    assert names(text) == [("16.4%", "固定资产投资"), ("翻一番", "固定资产投资总量")]
    text = "工业立区成效显著。累计引进优质项目超 100 个,总投资近800 亿元。"
    assert names(text) == [("100 个", "累计引进优质项目"), ("800 亿元", "累计引进优质项目总投资")]
    text = "全年新增技改项目532个,总投资149亿元。"
    assert names(text) == [("532个", "新增技改项目"), ("149亿元", "新增技改项目总投资")]
    text = "固定资产投资年均增长11.4%,五年累计完成8852亿元,与改革开放以来至“十二五”期末的总额基本相当。"
    assert names(text) == [("11.4%", "固定资产投资"), ("8852亿元", "固定资产投资累计")]


def test_generic_word_before_a_value_that_describes_a_noun():
    # 004: 投资超百亿元的亚太纸业…项目: the investment of the projects named after 的.
    text = "投资超百亿元的亚太纸业等一批重大增资扩产项目落地。"
    assert names(text) == [("百亿元", "亚太纸业等一批重大增资扩产项目投资")]


def test_generic_measure_noun_replaces_the_subjects_own():
    # 003: the output of the grain sown on the area, not of the area.
    text = (
        "“十四五”全市粮食种植面积保持在30万亩左右,总产量10 万吨以上;优质蔬菜发展到45 万亩;"
        "水果面积稳定在16 万亩,总产量达13 万吨以上。"
    )
    got = names(text, PLAN_14)
    assert ("10 万吨以上", "粮食总产量") in got and ("13 万吨以上", "水果总产量") in got


def test_generic_word_in_a_list_with_each_is_not_completed_wrongly():
    # 003: the 分别 growths belong to the two incomes, not to 城乡收入比.
    text = (
        "2020 年我市城镇、农村常住居民人均可支配收入分别达到31558 元和15736 元,"
        "城乡收入比缩小为2.01,“十三五”期间年均增速分别为8.5%和9.4%。"
    )
    got = dict(names(text))
    assert "城乡收入比" not in got["8.5%"] and "城乡收入比" not in got["9.4%"]


def test_names_do_not_begin_with_framing_verbs():
    # 000: 建设成为一个 frames the target; the indicator is 人口 (a bare 万 of people).
    text = "到2025年底,建设成为一个人口达65万、人均GDP居全省前列的中等规模城市。"
    (f,) = run(text, PLAN_14)
    assert (text[f.start : f.end], f.indicator, f.unit) == ("65万", "人口", "万人")
    # 004: 新建 stays where it is part of what is counted.
    assert names("新建中小学校29所,新增学位5.26万个。") == [
        ("29所", "新建中小学校"),
        ("5.26万个", "新增学位"),
    ]


def test_trailing_all_is_no_part_of_the_name():
    # 004: 满意率均达100% (均 = "both"); 人均 keeps its 均.
    text = "自觉接受人大和政协的监督,办理人大代表建议和政协提案满意率均达100%。"
    assert names(text) == [("100%", "办理人大代表建议和政协提案满意率")]


def test_streaks_and_places_are_no_part_of_a_name():
    # 000 / 003: 连续五年在江门地区 and 在清远市 say how long and where, not what is ranked.
    text = (
        "2020年全市地区生产总值374.76亿元,“十三五”期间年均增长7%,"
        "地区生产总值增速连续五年在江门地区排名第2位。"
    )
    assert names(text)[-1] == ("第2位", "地区生产总值增速排名")
    text = "2020 年连州市营商环境创优综合评比在清远市名列第一。"
    assert names(text) == [("第一", "连州市营商环境创优综合评比排名")]
    text = "县域内住院率连续6 年保持90%以上,全省排名前三,实现“大病不出县”的目标。"
    assert names(text) == [("90%以上", "县域内住院率"), ("前三", "县域内住院率排名")]


def test_ratios_written_with_the_ratio_sign():
    # 000: 三次产业比重从“十二五”期末的7.1∶54.6∶38.4调整为2020年的8.3∶46.8∶44.9 (U+2236)
    from planwatch.pipeline import analyse_text

    text = "三次产业比重从“十二五”期末的7.1∶54.6∶38.4调整为2020年的8.3∶46.8∶44.9。\n"
    got = [(f.indicator, f.value, f.unit, f.year) for f in analyse_text("x.txt", text).facts]
    assert got == [
        ("第一产业比重", 7.1, "%", 2015),
        ("第二产业比重", 54.6, "%", 2015),
        ("第三产业比重", 38.4, "%", 2015),
        ("第一产业比重", 8.3, "%", 2020),
        ("第二产业比重", 46.8, "%", 2020),
        ("第三产业比重", 44.9, "%", 2020),
    ]


def test_zero_in_a_programme_name_is_no_fact():
    from planwatch.pipeline import analyse_text

    programme = "2021年,全市实施化肥农药使用零增长行动。\n"
    assert analyse_text("x.txt", programme).facts == ()
    result = "2020年,全市化肥农药使用量实现零增长。\n"
    (f,) = analyse_text("x.txt", result).facts
    assert f.value == 0 and f.year == 2020


# -- round 4 classes (sentences of bench/devgold 001, 003, 004 and examples/000, 002) ---------

_REVIEW_003 = (
    "第一节 发展基础\n"
    "“十三五”时期,我市坚持以习近平新时代中国特色社会主义思想为指导,基本实现了规划目标。\n"
)


def _rows(facts, text):
    return [
        (text[f.start : f.end], f.indicator, f.kind, f.measure, f.year, f.period_start)
        for f in facts
    ]


def test_plan_review_section_looks_back_on_the_previous_plan_period():
    # 003: a run-in heading, then a flow figure that says 规划 (planned) but reports 2016-2020.
    text = _REVIEW_003 + (
        "产业 结构 不断优化。 三次产业结构由2015 年的26.3:30.9:42.8 调整为2020 年的"
        "29.6:25.9:44.5。累计规划建设高标准农田18.4 万亩,超上级下达目标1.31 万亩。"
        "共培育省级农业龙头企业5 家,市级农业龙头企业7 家。\n"
    )
    got = [r for r in _rows(run(text, PLAN_14), text) if "亩" in r[0] or "家" in r[0]]
    assert got == [
        ("18.4 万亩", "累计规划建设高标准农田", Kind.ACTUAL, Measure.LEVEL, 2020, 2016),
        ("1.31 万亩", "规划建设高标准农田超上级下达目标", Kind.ACTUAL, Measure.CHANGE, 2020, 2016),
        ("5 家", "培育省级农业龙头企业", Kind.ACTUAL, Measure.LEVEL, 2020, 2016),
        ("7 家", "市级农业龙头企业", Kind.ACTUAL, Measure.LEVEL, 2020, 2016),
    ]


def test_run_in_heading_then_a_lead_year_sets_the_paragraph_time():
    # 003: 创新能力有效提升 。2020 年,… : the figures after it are 2020 stocks, not 2016-2020 flows.
    text = _REVIEW_003 + (
        "经济 实力显著增强 。“十三五”期间,我市经济运行稳中有进。2020 年,全市实现地区生产总值"
        "161.21 亿元;人均地区生产总值40720 元,年均增长4.4%。\n"
        "创新能力有效提升 。2020 年,全市高新技术产品产值占工业总产值的比例达到61%。到2020 年末,"
        "全市高新技术企业达到15 家,其中规上高新企业12 家。15 家高新企业中己获认证的广东省工程技术"
        "研究中心5 家。全市工业高新技术产品(服务)数(项)66 项,完成专利申请232 件,增长155%。\n"
    )
    got = _rows(run(text, PLAN_14), text)
    assert ("4.4%", "人均地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2020, 2016) in got
    assert ("40720 元", "人均地区生产总值", Kind.ACTUAL, Measure.LEVEL, 2020, None) in got
    assert ("15 家", "高新企业", Kind.ACTUAL, Measure.LEVEL, 2020, None) in got
    assert (
        "5 家",
        "己获认证的广东省工程技术研究中心",
        Kind.ACTUAL,
        Measure.LEVEL,
        2020,
        None,
    ) in got
    assert ("232 件", "专利申请", Kind.ACTUAL, Measure.LEVEL, 2020, None) in got


def test_a_plans_flow_target_covers_the_plan_period():
    text = "到2025 年,全市增加公办幼儿园学位3000 个以上,公办幼儿园和普惠性民办幼儿园在园幼儿占比达到80%以上。"
    got = [(f.indicator, f.year, f.period_start, f.comparator) for f in run(text, PLAN_14)]
    assert got == [
        ("增加公办幼儿园学位", 2025, 2021, Comparator.GE),
        ("公办幼儿园和普惠性民办幼儿园在园幼儿占比", 2025, None, Comparator.GE),
    ]


def test_comparator_signs_and_ji_yixia():
    # 003: ≥ and ≤ before a value, 及以下 after it; a per-capita base shared by a 分别 list.
    text = (
        "全市居民人均期望寿命≥77 岁,婴儿死亡率控制在5‰及以下,孕产妇死亡率下降到12/10万及以下。"
        "每千常住人口执业(助理)医师数和注册护士数分别≥2.6 人和≥3.8 人。"
    )
    got = [(text[f.start : f.end], f.indicator, f.value, f.comparator) for f in run(text, PLAN_14)]
    assert ("77 岁", "居民人均期望寿命", 77, Comparator.GE) in got
    assert ("5‰及以下", "婴儿死亡率", 5, Comparator.LE) in got
    assert got[-2:] == [
        ("2.6 人", "每千常住人口执业(助理)医师数", 2.6, Comparator.GE),
        ("3.8 人", "每千常住人口注册护士数", 3.8, Comparator.GE),
    ]
    assert any(c == Comparator.LE and "孕产妇死亡率" in n for _, n, _, c in got)


def test_share_and_rank_of_a_flow_keep_its_period():
    # 001 (十三五 review): the share and the rank of the 9 certifications cover 2016-2020;
    # 004: 数量居全省第1 ranks the stock of products, at a date.
    text = (
        "第一节 “十三五”时期主要成就\n大冶摩托等 9家企业被认定为省级企业技术中心,占全市四分之一,"
        "认定数排名全市第一。\n"
    )
    got = [(text[f.start : f.end], f.year, f.period_start) for f in run(text, PLAN_14)]
    assert got == [("9家", 2020, 2016), ("四分之一", 2020, 2016), ("第一", 2020, 2016)]
    stock = "2020年,培育15个国家地理标志农产品,数量居全省第1。"
    ranks = [f for f in run(stock, REPORT_2021) if f.unit == "位"]
    assert [(f.indicator, f.period_start) for f in ranks] == [
        ("培育国家地理标志农产品数量全省排名", None)
    ]


def test_zero_deaths_and_infections_count_people():
    text = "2020年,收治病人“零死亡”、医务人员、各类专班工作人员“零感染”。"
    got = [(f.indicator, f.value, f.unit) for f in run(text, REPORT_2021)]
    assert got == [("收治病人死亡", 0, "人"), ("医务人员、各类专班工作人员感染", 0, "人")]


def test_names_keep_closing_quotes_and_brackets():
    # 000, 002: the closing ” and ) belong to the name when it opened them.
    text = "严格执行坚决做到“两个维护”十二项制度机制,严明政治纪律和政治规矩。"
    assert [f.indicator for f in run(text, REPORT_2021)] == ["严格执行坚决做到“两个维护”制度机制"]
    text = "●以省内县(市)排名第一的成绩跻身“中国最具吸引力县城”\n"
    assert [f.indicator for f in run(text, REPORT_2021)] == ["以省内县(市)排名"]
    text = (
        "在工业城、珠西物流中心、江门(鹤山)精细化工产业园、雅瑶新兴产业园等区域实施连片不少于"
        "3万亩的征地。"
    )
    (f,) = run(text, REPORT_2021)
    # A name cut to its last 24 characters does not start inside a bracket (鹤山)….
    assert (f.indicator, f.value, f.unit) == (
        "精细化工产业园、雅瑶新兴产业园等区域实施连片",
        3,
        "万亩",
    )


def test_a_ratios_other_part_stays_out_of_its_name():
    text = "每万常住人口全科医生3 名以上。医护比达到1:1.25。"
    got = [(text[f.start : f.end], f.indicator, f.value, f.unit) for f in run(text, PLAN_14)]
    assert got[-1] == ("1:1.25", "医护比", 1.25, None)


def test_among_ends_a_noun_after_the_value():
    text = "2020年,15 家高新企业中己获认证的广东省工程技术研究中心5 家。"
    got = [(f.indicator, f.value) for f in run(text, REPORT_2021)]
    assert got[0] == ("高新企业", 15)
