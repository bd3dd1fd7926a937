"""A year's aim a result is weighed against, and a plan's aim done, told right after the result
(round 29; composed here in the style of a county's mid-year implementation report and a final
evaluation; the figures are this file's own): 增长5.3%，低于全年目标6% — the 6% is the year's aim
of the same indicator; 达到53.4%，完成规划目标53% — the 53% the plan's aim of the figure before.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_the_years_aim_after_a_result_is_an_aim_of_its_indicator():
    text = (
        "关于某县2025年上半年国民经济和社会发展计划执行情况的报告\n"
        "一、上半年计划执行情况\n"
        "上半年，全县地区生产总值同比增长5.1%，低于全年目标6.5%；固定资产投资增长2.4%，低于全年目标8%。\n"
    )
    facts = _facts("某县计划执行情况.txt", text)
    assert (facts["6.5%"].kind, facts["6.5%"].year) == (Kind.TARGET, 2025)
    assert facts["6.5%"].indicator.endswith("地区生产总值")
    assert facts["8%"].indicator == "固定资产投资" and facts["2.4%"].kind is Kind.ACTUAL


def test_a_plans_aim_done_is_named_by_the_figure_before():
    text = (
        "某县“十三五”规划实施情况总结评估报告\n"
        "二、主要指标完成情况\n"
        "森林覆盖率达到54.2%，完成规划目标54%。\n"
    )
    facts = _facts("某县总结评估.txt", text)
    aim = facts["54%"]
    assert (aim.kind, aim.indicator, aim.year) == (Kind.TARGET, "森林覆盖率", 2020)
