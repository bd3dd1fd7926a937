"""The pace a mid-term review says the years left of a plan need (只要后三年年均增长X%,
固定资产投资今后三年年均增长X%): the years ahead and the lead words before them are no part of
the indicator's name; the name is the figure's subject. Sentences composed for these tests."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_HEAD = "某市“十四五”规划纲要实施中期评估报告\n发布时间：2023-10-20\n一、主要指标进展情况\n"


def _facts(sentence: str) -> dict[float, tuple[Kind, Measure, int | None, str]]:
    a = analyse_text("p.txt", _HEAD + sentence + "\n")
    return {f.value: (f.kind, f.measure, f.year, f.indicator) for f in a.facts}


def test_a_required_pace_after_only_as_long_as_keeps_the_subjects_name():
    got = _facts("全市地区生产总值两年年均增长5.2%，只要后三年年均增长6.3%左右即可实现规划目标。")
    assert got[6.3] == (Kind.TARGET, Measure.GROWTH, 2025, "地区生产总值")


def test_the_years_ahead_after_a_name_are_no_part_of_it():
    got = _facts("要确保全市固定资产投资今后三年年均增长9%以上。")
    assert got[9.0][3].endswith("固定资产投资")
    got = _facts("全市城镇新增就业未来两年累计需达到4.8万人。")
    assert got[4.8][3].endswith("城镇新增就业")
