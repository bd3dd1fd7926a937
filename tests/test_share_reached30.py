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


def test_a_gap_left_after_a_span_ahead_is_as_of_now():
    text = (
        "某区“十四五”规划纲要实施中期评估报告（摘要）\n"
        "发布时间：2024-03-12\n"
        "评估认为，后两年地区生产总值需年均增长8.2%以上才能实现规划目标；"
        "研发投入强度距规划目标还差0.5个百分点。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("某区评估.txt", text).facts}
    assert (facts["8.2%以上"].kind, facts["8.2%以上"].year) == (Kind.TARGET, 2025)
    gap = facts["0.5个百分点"]
    assert (gap.kind, gap.year, gap.period_start) == (Kind.ACTUAL, 2023, None)
