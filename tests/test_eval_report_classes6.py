"""A sixth set of classes of writing of plan evaluations and annual plan reports, in text
composed for these tests in the style such reports are published in: a count of
indicators whose status is 进展滞后 (the lagging ones named in a bracket or not) — a
result of the evaluation's year; a result compared with the plan's aim, the aim's figure
after it (低于规划预期的6.5%) — the aim, for the plan's last year; a level recovered to a
share of an earlier year's (恢复到2019年的85%) — that year is a base, not the figure's;
and a change of a rate written with its "per" words (由每人每月90元提高到160元) — the
first value is the plan's start, as for any change naming no year; and a time named inside
one enumerated item (一是…2021—2023年年均增长…；二是…) — that item's, not the later items'.
Each in two wordings."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from prosefacts import analysed_facts as _facts


def _kind_year(fact: object) -> tuple[Kind, int | None]:
    return fact.kind, fact.year  # type: ignore[attr-defined]


_MIDTERM_HEAD = (
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "——2023年10月18日在某市人民代表大会常务委员会会议上\n\n"
    "一、规划实施总体情况\n"
)
_MIDTERM_13_HEAD = (
    "某县国民经济和社会发展第十三个五年规划纲要实施情况中期评估报告\n"
    "某县发展和改革局\n"
    "2018年8月\n\n"
    "一、总体评价\n"
)
_FINAL_HEAD = (
    "某市国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
    "某市发展和改革委员会\n"
    "2021年3月\n\n"
    "一、主要目标完成情况\n"
)
_REPORT_HEAD = (
    "关于某省2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "——2024年1月22日在某省第十四届人民代表大会第二次会议上\n\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
)


# -- a count of indicators whose progress lags ----------------------------------------------


def test_a_lagging_count_after_counts_of_indicators_on_track_is_a_result():
    text = _MIDTERM_HEAD + (
        "截至2022年底，全市水利建设累计投资512亿元，为规划投资目标（850亿元）的60.2%，"
        "超过时序进度0.2个百分点。对照《纲要》所列24项主要指标，17项达到或快于预期，"
        "5项基本符合预期，2项进展滞后。\n"
    )
    facts = _facts("s1.txt", text)
    for count in ("17项", "5项", "2项"):
        assert facts[count].kind == Kind.ACTUAL, count  # type: ignore[attr-defined]
    assert facts["2项"].year == facts["17项"].year  # type: ignore[attr-defined]
    # (why: the count's status, not the as-of date before it — the evidence a user sees)
    kind_ev = next(e for e in facts["2项"].evidence if e.field == "kind")  # type: ignore[attr-defined]
    assert (kind_ev.basis, kind_ev.text) == ("status_count", "进展滞后")


def test_a_lagging_count_naming_its_indicators_in_a_bracket_is_a_result():
    text = _MIDTERM_13_HEAD + (
        "从28项主要指标看，21项指标总体达到或超过预期进度，"
        "有7项指标进展滞后（实际利用外资、人均公园绿地面积等），后半程压力较大。\n"
    )
    fact = _facts("s2.txt", text)["7项"]
    assert fact.kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert fact.year in (2017, 2018)  # type: ignore[attr-defined]
    assert "（" not in fact.indicator  # type: ignore[attr-defined]


# -- the plan's aim a result is compared with ----------------------------------------------


def test_the_plans_aim_after_a_result_compared_in_an_annual_report_is_the_plans_end():
    text = _REPORT_HEAD + (
        "全省服务贸易进出口额年均增长9.2%，高于规划预期的8%；"
        "居民人均可支配收入两年年均增长4.8%，略低于规划预期的6%。\n"
    )
    facts = _facts("a1.txt", text)
    for aim in ("8%", "6%"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2025), aim
    assert facts["4.8%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_the_plans_aim_after_a_result_compared_in_a_midterm_evaluation():
    text = _MIDTERM_HEAD + (
        "2021—2022年全市农业总产值年均增长6.1%，略高于规划预期的5.5%；"
        "常住人口城镇化率达到58.3%，快于纲要预期的年均提高1个百分点。\n"
    )
    facts = _facts("a2.txt", text)
    assert _kind_year(facts["5.5%"]) == (Kind.TARGET, 2025)
    assert facts["6.1%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert facts["58.3%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_a_count_better_than_expected_is_no_aim():
    text = _MIDTERM_HEAD + "主要指标中，好于预期的3项，符合预期的15项。\n"
    facts = _facts("a3.txt", text)
    assert facts["3项"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- a level recovered to a share of an earlier year's -------------------------------------


def test_a_share_of_an_earlier_years_level_recovered_is_dated_by_its_own_year():
    text = _MIDTERM_HEAD + (
        "2022年全市过夜游客人数、住宿业营业额分别恢复到2019年的81%和76%。"
        "2023年上半年，港口集装箱吞吐量已恢复至2019年同期的93%。\n"
    )
    facts = _facts("r1.txt", text)
    assert _kind_year(facts["81%"]) == (Kind.ACTUAL, 2022)
    assert _kind_year(facts["76%"]) == (Kind.ACTUAL, 2022)
    assert facts["93%"].year == 2023  # type: ignore[attr-defined]


def test_a_share_of_an_earlier_years_level_aimed_at_is_next_years_aim():
    text = _REPORT_HEAD.replace("一、2023年国民经济和社会发展计划执行情况\n", "") + (
        "三、2024年经济社会发展的主要任务\n"
        "（一）推动会展业回暖。力争全年举办展会场次恢复到2019年水平的90%以上。\n"
    )
    fact = _facts("r2.txt", text)["90%以上"]
    assert _kind_year(fact) == (Kind.TARGET, 2024)


def test_a_horizon_after_recovery_words_stays_a_horizon():
    text = _MIDTERM_HEAD + "力争旅游收入恢复增长，到2025年达到420亿元。\n"
    assert _facts("r3.txt", text)["420亿元"].year == 2025  # type: ignore[attr-defined]


# -- a change of a rate written with its per words ------------------------------------------


def test_the_first_value_of_a_rate_per_person_and_month_is_the_plans_start():
    text = _FINAL_HEAD + (
        "“十三五”时期，社会救助更加有力，特困人员基本生活标准"
        "由每人每月80元提高到150元，城市低保标准由每人每月480元提高到690元。\n"
    )
    facts = _facts("p1.txt", text)
    for first in ("80元", "480元"):
        assert facts[first].year == 2015, first  # type: ignore[attr-defined]
    for second in ("150元", "690元"):
        assert facts[second].year == 2020, second  # type: ignore[attr-defined]


def test_the_first_value_of_a_rate_per_person_and_year_after_a_span():
    text = _FINAL_HEAD + ("五年来，农村低保标准由每人每年3600元提高到5200元，水平居全省第三。\n")
    facts = _facts("p2.txt", text)
    assert facts["3600元"].year == 2015  # type: ignore[attr-defined]
    assert facts["5200元"].year == 2020  # type: ignore[attr-defined]


# -- a time named inside one enumerated item -------------------------------------------------

_AIMS_HEAD = (
    "关于某省2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "——2024年1月22日在某省第十四届人民代表大会第二次会议上\n\n"
    "二、2024年经济社会发展的主要预期目标\n"
    "地区生产总值增长5.5%左右。\n"
)


def test_a_look_back_inside_the_first_item_dates_no_later_item():
    text = _AIMS_HEAD + (
        "提出以上目标的依据是：一是三年来经济运行总体平稳，"
        "2021—2023年年均增长5.7%；二是研发经费支出占比2.9%，按规划进度倒排；"
        "三是城镇新增就业80万人，与近年实际相当；四是居民消费价格涨幅3%左右。\n"
    )
    facts = _facts("i1.txt", text)
    assert _kind_year(facts["5.7%"]) == (Kind.ACTUAL, 2023)
    for aim in ("2.9%", "80万人", "3%左右"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2024), aim


def test_a_look_back_inside_an_item_dates_no_sentence_after_the_items():
    text = _AIMS_HEAD + (
        "地区生产总值增长目标的考虑：一是2022—2023年两年平均增长6.3%，仍需追赶；二是基础"
        "仍需巩固，目标要留有余地。城镇新增就业60万人以上，与上年目标持平。\n"
    )
    facts = _facts("i2.txt", text)
    assert facts["6.3%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert _kind_year(facts["60万人以上"]) == (Kind.TARGET, 2024)


def test_a_year_in_the_lead_before_the_first_item_dates_every_item():
    text = _FINAL_HEAD + (
        "2020年，全市主要问题在于：一是地区生产总值占全省比重降至4.1%；"
        "二是研发经费投入强度仅为1.3%；三是城镇化率为56.2%。\n"
    )
    facts = _facts("i3.txt", text)
    for figure in ("4.1%", "1.3%", "56.2%"):
        assert _kind_year(facts[figure]) == (Kind.ACTUAL, 2020), figure


# -- the plan named inside an aim whose share was done, or as the setter of its items -------


def test_a_plan_named_inside_the_aim_done_dates_no_figure_after_it():
    text = _MIDTERM_HEAD + (
        "（四）绿色低碳。2021—2022年单位地区生产总值用水量累计下降9.1%，"
        "完成“十四五”下降16%目标的57%；工业固体废物综合利用率达到92.5%，基本符合序时进度。"
        "2022年城市污水处理率98.2%，已超过规划确定的97%目标；湿地保护率52.6%。\n"
    )
    facts = _facts("n1.txt", text)
    assert _kind_year(facts["16%"]) == (Kind.TARGET, 2025)
    assert _kind_year(facts["57%"]) == (Kind.ACTUAL, 2022)
    for result in ("92.5%", "52.6%"):
        assert _kind_year(facts[result]) == (Kind.ACTUAL, 2022), result


def test_a_plan_named_with_its_amount_in_brackets_before_the_share_done():
    text = _MIDTERM_HEAD + (
        "截至2022年底，全市累计完成水利投资305亿元，完成“十四五”规划投资目标（520亿元）的"
        "58.7%，超过时序进度0.7个百分点。\n"
    )
    facts = _facts("n2.txt", text)
    assert _kind_year(facts["520亿元"]) == (Kind.TARGET, 2025)
    assert facts["58.7%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert _kind_year(facts["0.7个百分点"]) == (Kind.ACTUAL, 2022)


def test_the_plan_as_the_setter_of_its_projects_is_no_time():
    text = _MIDTERM_13_HEAD + (
        "2017年，全县重点工程加快推进，“十三五”规划确定的重大项目已开工86个，"
        "开工率达到61.2%，累计完成投资312亿元。\n"
    )
    facts = _facts("n3.txt", text)
    for figure in ("86个", "61.2%", "312亿元"):
        assert _kind_year(facts[figure]) == (Kind.ACTUAL, 2017), figure


# -- a bracketed aside giving an earlier year's figure --------------------------------------


def test_a_year_in_a_bracketed_aside_dates_only_the_aside():
    text = _MIDTERM_13_HEAD + (
        "（三）生态环境持续改善。2017年城区空气质量优良天数达到301天（2016年为287天），"
        "细颗粒物年均浓度41微克/立方米。两年累计完成植树造林12万亩，森林覆盖率达到38.6%。\n"
    )
    facts = _facts("b1.txt", text)
    assert facts["287天"].year == 2016  # type: ignore[attr-defined]
    for figure in ("301天", "41微克/立方米", "38.6%"):
        assert facts[figure].year == 2017, figure  # type: ignore[attr-defined]
    assert (facts["12万亩"].year, facts["12万亩"].period_start) == (2017, 2016)  # type: ignore[attr-defined]


def test_an_aside_with_a_colon_dates_only_the_aside():
    text = _FINAL_HEAD + (
        "2020年全市研发经费投入强度为2.1%（2015年：1.6%），高新技术企业达到420家。\n"
    )
    facts = _facts("b2.txt", text)
    assert facts["1.6%"].year == 2015  # type: ignore[attr-defined]
    assert facts["420家"].year == 2020  # type: ignore[attr-defined]


# -- the plan's aim in brackets a mid-way result is measured against -----------------------


def test_a_plans_aim_in_brackets_after_a_midway_result_is_for_the_plans_end():
    text = _MIDTERM_HEAD + (
        "2022年全市绿色建筑占新建建筑比例达到61%，较规划目标（70%）仍有差距；"
        "常住人口城镇化率2022年达到57.4%，完成规划目标（60%）增量的41%。\n"
    )
    facts = _facts("m1.txt", text)
    for aim in ("70%", "60%"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2025), aim
    assert _kind_year(facts["61%"]) == (Kind.ACTUAL, 2022)


def test_a_final_evaluations_aim_in_brackets_stays_the_plans_end():
    text = _FINAL_HEAD + ("2020年全市森林覆盖率达到44.8%，超过规划目标（44%）0.8个百分点。\n")
    facts = _facts("m2.txt", text)
    assert _kind_year(facts["44%"]) == (Kind.TARGET, 2020)


# -- an aim reached ahead, its figure after the change before it ---------------------------


def test_an_aim_reached_ahead_after_a_change_is_the_aims_level():
    text = _MIDTERM_HEAD + (
        "2022年全市高速公路通车里程达到412公里，比2020年底增加57公里，提前完成400公里的规划目标。"
        "全市高新技术企业达到736家，比2020年末增加251家，已提前实现700家的五年目标。\n"
    )
    facts = _facts("d1.txt", text)
    for aim in ("400公里", "700家"):
        fact = facts[aim]
        assert (fact.kind, fact.measure, fact.year) == (Kind.TARGET, Measure.LEVEL, 2025), aim  # type: ignore[attr-defined]
        assert fact.period_start is None, aim  # type: ignore[attr-defined]
    assert facts["57公里"].measure == Measure.CHANGE  # type: ignore[attr-defined]


# -- an aim named before its figure, the gap to it after ------------------------------------


def test_an_aim_named_before_its_figure_with_the_gap_after_is_the_aim():
    text = _FINAL_HEAD + (
        "二、存在的主要问题\n"
        "一是经济总量偏小。2020年全市地区生产总值与规划目标3200亿元差距较大。"
        "二是开放水平不高，外贸依存度较规划目标25%仍有差距。\n"
    )
    facts = _facts("g1.txt", text)
    for aim in ("3200亿元", "25%"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2020), aim


def test_an_aim_before_its_gap_in_a_midterm_evaluation_is_for_the_plans_end():
    text = _MIDTERM_HEAD + "2022年全市研发经费投入强度为2.1%，距目标2.6%尚差0.5个百分点。\n"
    facts = _facts("g2.txt", text)
    assert _kind_year(facts["2.6%"]) == (Kind.TARGET, 2025)
    assert _kind_year(facts["2.1%"]) == (Kind.ACTUAL, 2022)


def test_a_later_item_of_problems_takes_no_aim_from_the_item_before():
    text = _MIDTERM_13_HEAD + (
        "二、存在的主要问题\n"
        "一是节能降耗压力较大，单位地区生产总值能耗两年累计下降6.2%，后三年须年均下降3.5%以上"
        "方能完成任务。二是财政收入结构有待优化，非税收入占一般公共预算收入比重为31.5%。\n"
    )
    facts = _facts("i4.txt", text)
    assert facts["3.5%以上"].kind == Kind.TARGET  # type: ignore[attr-defined]
    assert _kind_year(facts["31.5%"]) == (Kind.ACTUAL, 2017)
