"""An evaluation's indicators gone through one by one as dash items (round 30), composed here in the
style of a county's mid-term evaluation (the figures are this file's own): ——森林覆盖率。达到31.6%，
符合预期。 — the item's run-in heading, an indicator the catalog knows, names the figures after it;
a dash item's slogan (——生态环境持续改善。) names nothing.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

_TEXT = (
    "某县“十四五”规划纲要实施中期评估报告\n"
    "二、约束性指标完成情况\n"
    "——单位地区生产总值能耗。2021—2022年累计下降6.9%，完成“十四五”下降14%目标的49.3%，符合预期。\n"
    "——地表水达到或好于Ⅲ类水体比例。保持100%，符合预期。\n"
    "——森林覆盖率。达到31.6%，符合预期。\n"
    "——生态环境持续改善。全县空气质量优良天数比率为91.2%。\n"
)


def _facts() -> dict[str, object]:
    return {_TEXT[f.start : f.end]: f for f in analyse_text("某县评估.txt", _TEXT).facts}


def test_a_dash_items_indicator_heading_names_its_figures():
    facts = _facts()
    assert facts["6.9%"].indicator == "单位地区生产总值能耗"
    assert facts["100%"].indicator == "地表水达到或好于Ⅲ类水体比例"
    assert (facts["31.6%"].indicator, facts["31.6%"].kind) == ("森林覆盖率", Kind.ACTUAL)


def test_a_dash_items_slogan_names_nothing():
    assert _facts()["91.2%"].indicator.endswith("空气质量优良天数比率")
