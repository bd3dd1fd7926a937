"""Names of figures in a plan's look back: the circumstance a figure came about in (在…压力下,
在…背景下) names no indicator; the figure is of the indicator named before it. Every sentence
is composed for these tests in the style of 规划纲要."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, Measure
from prosefacts import prose_facts

PLAN_2021 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


def test_a_circumstance_before_a_figure_names_nothing() -> None:
    text = (
        "一、发展基础\n"
        "“十三五”时期，全市一般公共预算收入由86.2亿元增加到112.4亿元，年均增长5.4%，"
        "其中2020年在疫情冲击和减税降费的双重压力下仍增长0.6%；"
        "在经济下行压力加大的背景下，规模以上工业增加值年均增长6.1%。\n"
    )
    facts = prose_facts(text, PLAN_2021)
    held = facts["0.6%"]
    assert held.indicator.endswith("一般公共预算收入")
    assert (held.measure, held.year) == (Measure.GROWTH, 2020)
    assert facts["6.1%"].indicator.endswith("规模以上工业增加值")


def test_an_average_given_in_brackets_is_its_own_level() -> None:
    text = (
        "一、发展基础\n"
        "2020年全县每百平方公里公路里程为31.4公里，远低于全国平均水平（54.2公里）；"
        "人均预期寿命78.6岁，比全国平均水平（77.9岁）略高。\n"
    )
    facts = prose_facts(text, PLAN_2021)
    for figure, value in (("54.2公里", 54.2), ("77.9岁", 77.9)):
        fact = facts[figure]
        assert (fact.measure, fact.value) == (Measure.LEVEL, value), figure


def test_the_aim_reached_after_a_fall_is_that_falls_aim() -> None:
    text = (
        "一、“十三五”时期发展成就\n"
        "单位地区生产总值能耗五年累计下降17.8%，超额完成省下达的16%的目标任务；"
        "规模以上工业增加值年均增长8.2%，完成年度计划的103%。\n"
    )
    facts = prose_facts(text, PLAN_2021)
    aim = facts["16%"]
    assert (aim.measure, aim.value) == (Measure.GROWTH, -16)
    assert facts["103%"].value == 103
