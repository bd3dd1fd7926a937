"""Figures an evaluation sets against an aim or a rank (round 28), in sentences composed here in
the style of county mid-term evaluations (the figures are this file's own). The words that
weigh a figure (对照…的目标, 按规划, 还差, 与规划目标相比还差, 稳居全市各区县第一) were read as its
name; they name no indicator, the figure is of the indicator named before it. A gap told in a
clause of its own after the aim (对照…的目标，还差X) is that indicator's gap to its aim.
"""

from __future__ import annotations

import pytest

from planwatch.extract.naming_compared import compare_frame_only, compared_head
from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县“十四五”规划纲要实施情况中期评估报告\n"
    "（2023年10月）\n"
    "一、主要指标进展情况\n"
    "　　2022年全县地区生产总值达到412.6亿元。对照2025年560亿元的目标，还差147.4亿元，"
    "后三年需年均增长10.2%左右。\n"
    "　　全县一般公共预算收入继续稳居全市各县区第一，2021—2022年年均增长6.3%。\n"
    "　　规模以上工业增加值两年年均增长5.1%，年均增速与规划目标相比还差1.9个百分点。\n"
)


def test_comparison_words_name_nothing():
    assert compare_frame_only("对照")
    assert compare_frame_only("按规划")
    assert compare_frame_only("稳居全市各区县")
    assert compare_frame_only("与《规划》提出的目标相比仍差")
    assert not compare_frame_only("地区生产总值")
    assert compared_head("年均增速与规划目标相比还差") == "年均增速"


@pytest.fixture(scope="module")
def facts() -> dict[str, object]:
    return {_PAGE[f.start : f.end]: f for f in analyse_text("e.txt", _PAGE).facts}


def test_the_aim_and_the_pace_needed_are_the_indicators(facts):
    assert facts["560亿元"].indicator.endswith("地区生产总值")
    assert facts["10.2%左右"].indicator.endswith("地区生产总值")


def test_a_gap_in_its_own_clause_is_the_indicators_gap(facts):
    gap = facts["147.4亿元"]
    assert "地区生产总值距" in gap.indicator
    assert gap.measure.value == "change"


def test_a_rank_held_is_the_indicators_and_so_is_its_pace(facts):
    assert "一般公共预算收入" in facts["第一"].indicator
    assert "稳居" not in facts["第一"].indicator
    assert facts["6.3%"].indicator.endswith("一般公共预算收入")


def test_the_compared_pace_is_named_by_what_is_compared(facts):
    assert "与规划目标相比" not in facts["1.9个百分点"].indicator
