"""Facts of news pages: two-sessions round-ups of several areas' aims and statistics releases
quoting other areas for comparison (extract/naming_roundup.py, the paraphrase cues of
data/prose_cues.csv). A growth written with only its area, or the verb a reporter retells
an aim with (提出, 锚定, 瞄准, 设定), is the area's 地区生产总值 growth and an aim; a figure of
the province or the nation quoted after a figure is of the indicator named before it. Text
composed for these tests in the style such pages are published in."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from prosefacts import analysed_facts, prose_facts

_NEWS_2025 = DocumentMeta(
    doc_type=DocType.NEWS, reference_year=2025, year=2025, reference_date="2025-01-20"
)
_STATS_NEWS_2025 = DocumentMeta(
    doc_type=DocType.STATISTICAL_NEWS, reference_year=2025, year=2025, reference_date="2025-10-24"
)
_EVALUATION_2013 = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2013,
    year=2013,
    reference_date="2013-09-10",
    period_start=2011,
    period_end=2015,
)

_ROUNDUP = (
    "近日，抚州市所属县（区）人代会相继召开。\n"
    "东乡区提出增长7%左右，固定资产投资增长10%。\n"
    "南丰县和黎川县的目标分别为增长6%和5.5%。\n"
    "金溪县锚定增长6.5%的目标，社会消费品零售总额增长8%以上。\n"
    "从全省看，江西省今年经济增长预期目标为5%左右。\n"
)


def _named(fact: object) -> tuple[str, Kind, int | None]:
    return fact.indicator, fact.kind, fact.year  # type: ignore[attr-defined]


def test_an_areas_bare_growth_in_a_roundup_is_its_economys_aim():
    facts = prose_facts(_ROUNDUP, _NEWS_2025)
    assert _named(facts["7%左右"]) == ("地区生产总值", Kind.TARGET, 2025)
    assert _named(facts["10%"]) == ("固定资产投资", Kind.TARGET, 2025)
    assert _named(facts["6%"]) == ("地区生产总值", Kind.TARGET, 2025)
    assert _named(facts["5.5%"]) == ("地区生产总值", Kind.TARGET, 2025)
    assert _named(facts["6.5%"]) == ("地区生产总值", Kind.TARGET, 2025)
    assert facts["6.5%"].measure == Measure.GROWTH


def test_an_aim_word_after_a_figure_leaves_the_sentences_lead_cue_in_force():
    # 锚定 leads the sentence; 目标 names only the first figure an aim: the next is one too.
    facts = prose_facts(_ROUNDUP, _NEWS_2025)
    assert _named(facts["8%以上"]) == ("社会消费品零售总额", Kind.TARGET, 2025)


def test_the_economys_growth_in_news_is_that_of_its_product():
    facts = prose_facts(_ROUNDUP, _NEWS_2025)
    assert _named(facts["5%左右"]) == ("地区生产总值", Kind.TARGET, 2025)


def test_a_provinces_or_the_nations_figure_quoted_for_comparison_is_the_same_indicator():
    text = (
        "前三季度，全市社会消费品零售总额612.8亿元，同比增长4.5%。全省同期增长4.1%，"
        "全国增长4.3%。\n"
        "全市规模以上工业增加值同比增长7.2%，全省增长6.1%。\n"
    )
    facts = prose_facts(text, _STATS_NEWS_2025)
    for value in ("4.1%", "4.3%"):
        name, kind, year = _named(facts[value])
        assert name.endswith("社会消费品零售总额") and kind == Kind.ACTUAL and year == 2025
    assert _named(facts["6.1%"])[0].endswith("规模以上工业增加值")


def test_what_delegates_put_forward_is_no_aim():
    text = "大会期间，代表们共提出建议312件，全部交由有关部门办理。\n"
    facts = prose_facts(text, _NEWS_2025)
    assert facts["312件"].kind == Kind.ACTUAL


def test_outside_news_the_economys_own_word_and_a_generic_growth_stay():
    # (An evaluation keeps its word for the economy's growth; 增速 alone is completed by the
    # naming stage from the figure before, never made the product's.)
    text = "纲要提出了8%的经济增速预期目标。从实际情况看，2011年增速为8.1%，2012年为7.7%。\n"
    facts = prose_facts(text, _EVALUATION_2013)
    assert facts["8%"].indicator == "经济增速"
    assert facts["8.1%"].indicator != "地区生产总值"


def test_a_roundup_of_provinces_names_the_economys_aims():
    text = (
        "记者梳理发现，湖北、安徽等省份目标为增长5.5%以上，江苏、浙江均为5%以上。\n"
        "西藏增长目标最高，为7%以上；天津目标最低，为4.5%左右。\n"
    )
    facts = prose_facts(text, _NEWS_2025)
    for value in ("5.5%以上", "7%以上", "4.5%左右"):
        assert _named(facts[value]) == ("地区生产总值", Kind.TARGET, 2025)
        assert facts[value].measure == Measure.GROWTH


def test_a_headlines_last_part_names_the_figure():
    # (A headline's parts stand apart by a space: the figure's words are the last part's.)
    page = (
        "多省份2025年经济增长目标出炉 多数定在5%以上\n"
        "2025-02-10 来源：经济日报\n"
        "截至2月10日，各省份政府工作报告均已公布，湖北、安徽等省份目标为增长5.5%以上。\n"
    )
    headline = analysed_facts("news.txt", page)["5%以上"]
    assert headline.indicator == "地区生产总值" and headline.measure == Measure.GROWTH
    assert headline.kind == Kind.TARGET and headline.year == 2025


def test_a_county_breakdown_names_each_countys_growth_by_the_indicator_before():
    text = (
        "2024年，全市地区生产总值增长6.6%。从县（区）看，东乡区实现地区生产总值121.45亿元，"
        "增长7.4%；南丰县增速最快，增长9.2%；黎川县增长5.8%。\n"
    )
    facts = prose_facts(text, _STATS_NEWS_2025)
    for value in ("9.2%", "5.8%"):
        assert _named(facts[value]) == ("地区生产总值", Kind.ACTUAL, 2024)


def test_a_figure_named_only_by_its_base_is_the_one_named_before():
    text = (
        "根据预算草案，2025年区级一般公共预算收入安排88.6亿元，比2024年执行数增长4.5%。\n"
        "“去年我们村集体经营性收入达到92万元，比前年增长了18%。”代表说。\n"
    )
    facts = prose_facts(text, _NEWS_2025)
    assert facts["4.5%"].indicator.startswith("区级一般公共预算收入")
    assert _named(facts["18%"]) == ("村集体经营性收入", Kind.ACTUAL, 2024)


def test_the_aims_of_the_level_above_and_a_delegates_own_area_are_the_economys():
    text = (
        "今年全市地区生产总值增长目标为5.5%左右。对比来看，全省今年增长目标为5%以上，"
        "全国为5%左右。\n"
        "市人大代表表示，今年我们区的目标是增长6.5%，力争新引进项目50个。\n"
    )
    facts = prose_facts(text, _NEWS_2025)
    assert _named(facts["6.5%"]) == ("地区生产总值", Kind.TARGET, 2025)
    for value in ("5%以上", "5%左右"):
        assert _named(facts[value]) == ("地区生产总值", Kind.TARGET, 2025)
        assert facts[value].measure == Measure.GROWTH
    assert facts["50个"].indicator == "新引进项目"


def test_a_harvests_change_in_percent_is_a_growth():
    text = "全年粮食总产量286.4万吨，比上年增产2.1%。其中，夏粮产量41.7万吨，减产1.6%。\n"
    facts = prose_facts(text, _STATS_NEWS_2025)
    assert facts["2.1%"].measure == Measure.GROWTH and facts["2.1%"].value == 2.1
    assert facts["1.6%"].measure == Measure.GROWTH and facts["1.6%"].value == -1.6
    assert facts["1.6%"].indicator == "夏粮产量"


def test_a_parts_share_after_its_whole_is_its_share_of_that_whole():
    text = (
        "去年全区一般公共预算收入96.4亿元，增长5.2%，其中税收占比达到70.6%。\n"
        "全年新增城镇就业1.2万人，其中高校毕业生占比38.5%。\n"
    )
    facts = prose_facts(text, _NEWS_2025)
    assert _named(facts["70.6%"]) == ("税收占一般公共预算收入比重", Kind.ACTUAL, 2024)
    assert facts["70.6%"].measure == Measure.LEVEL
    assert facts["38.5%"].indicator == "高校毕业生占新增城镇就业比重"


def test_a_share_of_a_described_group_keeps_its_own_name():
    # (A whole that is a description, not an indicator: the part's share stays as written.)
    text = "全年引入省内外重点高校和科研院所优秀毕业生320人，其中博士研究生占比达到25%。\n"
    facts = prose_facts(text, _NEWS_2025)
    assert facts["25%"].indicator == "博士研究生占比"
