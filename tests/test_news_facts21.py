"""Facts of news pages by the forms Chinese news is written in (round 21): a statistics release
following a growth with its change of pace and its months, a congress-opening story counting
its delegates, a story on a plan's evaluation weighing results against the plan, round-ups
quoting areas with a time word, headlines, and aims quoted with the year of writing. Every
text is composed for these tests in the style such pages are published in; the figures are
invented."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from prosefacts import analysed_facts, prose_facts

_RELEASE_2024 = DocumentMeta(
    doc_type=DocType.STATISTICAL_NEWS, reference_year=2024, year=2024, reference_date="2024-10-25"
)
_RELEASE_2021 = DocumentMeta(
    doc_type=DocType.STATISTICAL_NEWS, reference_year=2021, year=2021, reference_date="2021-07-26"
)
_NEWS_2025 = DocumentMeta(
    doc_type=DocType.NEWS, reference_year=2025, year=2025, reference_date="2025-01-20"
)


def _fact(facts: dict, key: str) -> tuple:
    f = facts[key]
    return f.indicator, f.kind, f.measure, f.year, f.period_start


# -- statistics releases ------------------------------------------------------------------

_QUARTERS = (
    "前三季度，全县实现地区生产总值356.3亿元，同比增长5.6%，比上半年加快0.3个百分点。\n"
    "1—9月，全县规模以上工业增加值同比增长7.4%，增速比1—8月回落0.2个百分点，"
    "其中9月当月增长8.2%。\n"
    "全县固定资产投资同比下降4.5%，降幅比上半年收窄0.6个百分点。\n"
    "11月份，全县规模以上工业增加值增长6.1%。\n"
)


def test_a_change_of_pace_against_an_earlier_part_of_the_year_is_the_growths():
    facts = prose_facts(_QUARTERS, _RELEASE_2024)
    name, kind, measure, year, _ = _fact(facts, "0.3个百分点")
    assert (kind, measure, year) == (Kind.ACTUAL, Measure.CHANGE, 2024)
    assert name.startswith("地区生产总值增速")
    assert facts["0.2个百分点"].indicator.startswith("规模以上工业增加值增速")
    assert facts["0.6个百分点"].indicator.startswith("固定资产投资降幅")


def test_a_month_alone_after_the_months_so_far_is_the_same_indicator():
    facts = prose_facts(_QUARTERS, _RELEASE_2024)
    assert _fact(facts, "8.2%") == (
        "规模以上工业增加值",
        Kind.ACTUAL,
        Measure.GROWTH,
        2024,
        None,
    )
    assert facts["6.1%"].indicator.endswith("规模以上工业增加值")


def test_an_average_over_two_years_after_a_year_on_year_growth_keeps_its_span():
    text = "上半年，全市实现地区生产总值182.4亿元，同比增长8.6%，两年平均增长6.9%。\n"
    facts = prose_facts(text, _RELEASE_2021)
    assert facts["8.6%"].period_start is None
    assert (facts["6.9%"].year, facts["6.9%"].period_start) == (2021, 2020)


def test_the_years_aim_quoted_in_a_release_of_that_year_is_an_aim():
    text = (
        "1—11月，全省规模以上工业增加值同比增长7.2%。\n"
        "据了解，今年全省规模以上工业增加值增长目标为7.5%。\n"
        "省长表示：“今年我们要确保地区生产总值增长6%以上。”\n"
    )
    facts = prose_facts(text, _RELEASE_2024)
    assert facts["7.2%"].kind == Kind.ACTUAL
    assert (facts["7.5%"].kind, facts["7.5%"].year) == (Kind.TARGET, 2024)
    assert (facts["6%以上"].kind, facts["6%以上"].year) == (Kind.TARGET, 2024)


# -- congress-opening stories -------------------------------------------------------------

_OPENING = (
    "宁陵县十七届人大三次会议开幕\n"
    "来源：商丘日报　发布时间：2024-01-15 09:12\n\n"
    "1月14日上午，宁陵县第十七届人民代表大会第三次会议开幕。大会应到代表186名，实到172名，"
    "符合法定人数。\n"
    "报告指出，过去一年，全县地区生产总值增长5.8%，实际利用外资增长12%。\n"
)


def test_the_meetings_head_count_is_at_the_pages_date_not_the_year_reviewed():
    facts = analysed_facts("opening.txt", _OPENING)
    assert (facts["186名"].kind, facts["186名"].year) == (Kind.ACTUAL, 2024)
    assert facts["172名"].year == 2024
    assert facts["5.8%"].year == 2023  # (the report's review keeps its year)
    assert facts["12%"].year == 2023


# -- stories on a plan's evaluation ---------------------------------------------------------

_EVALUATION_STORY = (
    "我市“十四五”规划实施中期评估报告提请审议\n"
    "2023-10-27 来源：滁州日报\n\n"
    "报告显示，常住人口城镇化率达到60.8%，已接近规划目标62%。"
    "全社会研发经费投入强度由2020年的1.32%提高到1.71%，已接近规划确定的1.8%。\n"
)


def test_an_aim_a_result_came_near_is_the_plans_aim_of_the_results_indicator():
    facts = analysed_facts("midterm.txt", _EVALUATION_STORY)
    assert facts["60.8%"].kind == Kind.ACTUAL
    assert (facts["62%"].indicator, facts["62%"].kind) == ("常住人口城镇化率", Kind.TARGET)
    assert (facts["1.8%"].indicator, facts["1.8%"].kind, facts["1.8%"].year) == (
        "全社会研发经费投入强度",
        Kind.TARGET,
        2025,
    )


def test_the_aim_set_at_the_years_start_is_named_after_the_result():
    text = "广元市今年的目标为增长5%左右，去年实际增长4.6%，低于6%以上的年初目标。\n"
    facts = prose_facts(text, _NEWS_2025)
    assert (facts["6%以上"].indicator, facts["6%以上"].kind) == ("地区生产总值", Kind.TARGET)
    assert facts["6%以上"].year == 2024


# -- round-ups, interviews and headlines ----------------------------------------------------

_ROUNDUP = (
    "吉安市去年增长5.6%，今年目标为6%左右；抚州市上年增长5.1%。\n"
    "全省今年的预期目标为增长5.5%左右，全国去年增长5.0%。\n"
    "从去年完成情况看，南昌、九江地区生产总值分别增长4.2%和4.9%。\n"
)


def test_a_time_word_between_an_area_and_its_growth_names_nothing():
    facts = prose_facts(_ROUNDUP, _NEWS_2025)
    assert _fact(facts, "5.6%")[:4] == ("地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2024)
    assert _fact(facts, "5.1%")[:4] == ("地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2024)
    assert _fact(facts, "5.0%")[:4] == ("地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2024)


def test_what_a_story_looks_at_from_last_year_is_last_years_result():
    # (under a headline of this year's aims: 从去年 is no start point of a change)
    text = "多地公布今年经济增长目标\n2025-01-25　来源：江西日报\n\n" + _ROUNDUP
    facts = analysed_facts("roundup.txt", text)
    assert (facts["4.2%"].kind, facts["4.2%"].year) == (Kind.ACTUAL, 2024)
    assert (facts["4.9%"].kind, facts["4.9%"].year) == (Kind.ACTUAL, 2024)


def test_an_aim_set_by_把_is_the_aim_of_the_figure_before():
    text = "去年全市地区生产总值增长5.3%，完成了年初确定的目标。今年我们把目标定在5.5%左右。\n"
    facts = prose_facts(text, _NEWS_2025)
    assert _fact(facts, "5.5%左右")[:4] == (
        "地区生产总值",
        Kind.TARGET,
        Measure.GROWTH,
        2025,
    )


def test_a_headlines_last_part_names_its_figure_whatever_its_unit():
    text = (
        "浙江11市成绩单出炉 宁波GDP首破1.8万亿元\n"
        "2025-01-30　来源：浙江日报\n\n"
        "两会聚焦丨今年我市GDP预期增长5.5%左右\n"
        "宁波地区生产总值达到18147.7亿元。\n"
    )
    facts = analysed_facts("headline.txt", text)
    assert facts["1.8万亿元"].indicator == "宁波GDP"
    assert facts["1.8万亿元"].comparator.value == "ge"
    assert facts["5.5%左右"].indicator == "今年我市GDP"


def test_month_on_month_growth_is_the_indicators_and_traditional_two_tenths_is_read():
    text = (
        "晉江兩會丨代表熱議報告\n2024-01-09　來源：泉州晚報\n\n"
        "1—2月，全市规模以上工业增加值同比增长9.6%，环比增长0.8%。\n"
        "代表說：“去年我們企業的外貿訂單增長了兩成。”\n"
    )
    facts = analysed_facts("mirror.txt", text)
    assert facts["0.8%"].indicator == "规模以上工业增加值"
    assert (facts["兩成"].value, facts["兩成"].measure) == (20.0, Measure.GROWTH)


def test_a_speakers_quoted_statement_keeps_its_figures():
    text = (
        "两会聚焦丨代表热议政府工作报告\n2024-01-09　来源：泉州晚报\n\n"
        "代表说：“去年全镇外贸订单增长了20%，今年要再增长10%。”\n"
        "“去年我们企业研发投入增长了15%。”另一位代表说。\n"
        "全镇坚持“两业融合”发展，“十四五”以来累计新增企业120家。\n"
    )
    facts = analysed_facts("speech.txt", text)
    assert (facts["20%"].indicator, facts["20%"].kind, facts["20%"].year) == (
        "外贸订单",
        Kind.ACTUAL,
        2023,
    )
    assert (facts["10%"].indicator, facts["10%"].kind, facts["10%"].year) == (
        "外贸订单",
        Kind.TARGET,
        2024,
    )
    assert facts["15%"].kind == Kind.ACTUAL
    assert "120家" in facts  # (a name in quotes holds no figure: “两业融合”, “十四五”)
