"""A result's share of the aim it has reached (round 30), composed here in the style of a city's
mid-term evaluation (the figures are this file's own): 总量达到规划目标900亿元的82.6% — the 82.6%
is how far the aim is done (a result as of the evaluation's year), the 900亿元 the plan's aim.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_TEXT = (
    "某市“十四五”规划纲要实施中期评估报告\n"
    "2021—2022年，全市地区生产总值年均增长6.1%，总量达到规划目标900亿元的82.6%。\n"
)


def test_the_share_of_the_aim_reached_is_a_result():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("某市评估.txt", _TEXT).facts}
    share, aim = facts["82.6%"], facts["900亿元"]
    assert (share.kind, share.measure, share.year) == (Kind.ACTUAL, Measure.LEVEL, 2022)
    assert (aim.kind, aim.year) == (Kind.TARGET, 2025)
