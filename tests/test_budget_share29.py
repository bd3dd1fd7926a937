"""A result's share of the year's budget (round 29), composed here in the style of a county's
plan-implementation report (the figures are this file's own): 一般公共预算收入完成28.4亿元，同口径
增长4.6%，完成预算的101.2% — the share is the revenue's, named with the budget it weighs against.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "关于某县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
    "一、2025年计划执行情况\n"
    "——一般公共预算收入完成31.7亿元，同口径增长4.2%，完成预算的102.6%。\n"
)


def test_a_share_of_the_budget_is_the_revenues():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("某县报告.txt", _TEXT).facts}
    share = facts["102.6%"]
    assert share.indicator == "一般公共预算收入完成预算比例"
    assert share.year == 2025
