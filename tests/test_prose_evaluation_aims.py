"""How evaluations write the aims they measure results against, and the counts of
indicators by status: sentences composed for these tests."""

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from prosefacts import prose_facts as facts_of

FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    reference_year=2026,
    reference_date="2026-03-15",
    period_start=2021,
    period_end=2025,
)


def test_a_value_framed_only_as_an_aim_is_the_aim_of_the_figure_before():
    facts = facts_of(
        "全社会研发经费投入强度为2.1%，距2.5%的规划目标仍有差距。"
        "城镇登记失业率3.2%，控制在4%的目标以内。"
        "地区生产总值年均增长5.1%，低于年均增长6%的规划目标0.9个百分点。"
        "单位地区生产总值能耗五年累计下降15.2%，超过上级下达的14%的目标任务。",
        FINAL,
    )
    assert facts["2.5%"].indicator == "全社会研发经费投入强度"
    assert facts["4%"].indicator == "城镇登记失业率"
    assert facts["6%"].indicator == "地区生产总值"
    assert (facts["6%"].kind, facts["6%"].measure) == (Kind.TARGET, Measure.GROWTH)
    assert facts["14%"].indicator == "单位地区生产总值能耗"
    # The aim of a fall is a growth of its size (the fall's sign stays with the result).
    assert (facts["14%"].measure, facts["14%"].value) == (Measure.GROWTH, 14)
    assert facts["15.2%"].value == -15.2
    assert facts["2.5%"].kind == facts["4%"].kind == Kind.TARGET


def test_an_aim_named_by_its_own_noun_after_de_keeps_that_noun():
    text = "全市生产总值年均增长5.1%，纲要提出了6%的经济增速预期目标。"
    assert facts_of(text, FINAL)["6%"].indicator.startswith("经济增速")


def test_counts_of_indicators_by_a_status_ending_the_clause_are_results():
    facts = facts_of(
        "经评估，25项指标完成或超额完成规划目标，4项基本完成，3项指标进度滞后。", FINAL
    )
    for key in ("25项", "4项", "3项"):
        assert facts[key].kind == Kind.ACTUAL, key


def test_an_aim_named_after_a_value_through_junk_inside_its_words():
    # A mirror's pinyin inside 规划 (规(guī)划) stretches the words after the value.
    text = (
        "两年城乡居民收入分别增长9.1%、8.7%，均达到年均增长8%以上的規(guī)劃(huà)目標(biāo)要求。"
    )
    facts = facts_of(text, FINAL)
    assert facts["8%以上"].kind == Kind.TARGET
    assert facts["9.1%"].kind == Kind.ACTUAL


def test_a_count_of_indicators_is_named_by_its_status():
    text = "评估显示，30项主要指标中，24项指标达到或快于序时进度，其中5项已提前完成规划目标；3项基本完成，1项未完成。"
    facts = facts_of(text, FINAL)
    assert facts["24项"].indicator == "指标达到或快于序时进度"
    assert facts["5项"].indicator == "提前完成规划目标"
    assert facts["3项"].indicator == "基本完成"
    assert facts["1项"].indicator == "未完成"
