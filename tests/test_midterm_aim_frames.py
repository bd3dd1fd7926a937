"""A mid-term evaluation weighs a result against the plan's aim and quotes the aim framed only
by the words that set it (控制在规划确定的5.5%以内, 与原定年均增长8%的目标相差较大) or compares
it with a wider area's level in brackets (好于全省平均水平（33微克/立方米）). The aim is a target
of the indicator the result before it named; the area's level is that indicator's too. Text
composed for these tests in the style such reports are published in."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from prosefacts import analysed_facts

_HEAD = "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n一、主要指标进展情况\n"


def test_an_aim_framed_by_the_plan_that_set_it_is_the_results_indicators_target() -> None:
    text = _HEAD + "2022年，全市城镇调查失业率为5.2%，控制在规划确定的5.5%以内。\n"
    facts = analysed_facts("中期评估报告.txt", text)
    aim = facts["5.5%以内"]
    assert aim.kind is Kind.TARGET and aim.year == 2025
    assert aim.indicator.endswith("城镇调查失业率")


def test_an_aim_set_originally_is_named_by_the_result_before_it() -> None:
    text = _HEAD + "两年来规模以上工业增加值年均增长5.3%，与原定年均增长8%的目标相差较大。\n"
    facts = analysed_facts("中期评估报告.txt", text)
    assert facts["8%"].kind is Kind.TARGET
    assert facts["8%"].indicator == facts["5.3%"].indicator == "规模以上工业增加值"


def test_a_wider_areas_level_compared_with_is_of_the_indicator_named_before() -> None:
    text = _HEAD + (
        "2022年细颗粒物平均浓度31微克/立方米，好于全省平均水平（33微克/立方米）。"
        "全市生产总值增长7.9%，比全国（3.0%）和全省（4.5%）分别高4.9个和3.4个百分点。\n"
    )
    facts = analysed_facts("中期评估报告.txt", text)
    assert facts["33微克/立方米"].indicator == "细颗粒物平均浓度"
    assert facts["4.5%"].indicator == facts["3.0%"].indicator


def test_progress_words_keep_their_own_name() -> None:
    text = (
        _HEAD
        + "一般公共预算收入17.3亿元，对照《纲要》到2025年达到25亿元的目标，完成进度为69.2%。\n"
    )
    facts = analysed_facts("中期评估报告.txt", text)
    assert "进度" in facts["69.2%"].indicator


def test_what_is_left_to_an_aim_in_its_own_unit_is_a_change() -> None:
    text = _HEAD + "汽车产量2022年达到203.6万辆，距300万辆的规划目标还有近100万辆的差距。\n"
    gap = analysed_facts("中期评估报告.txt", text)["100万辆"]
    assert gap.indicator == "汽车产量距规划目标差距"
    assert (gap.measure, gap.value) == (Measure.CHANGE, 100)
