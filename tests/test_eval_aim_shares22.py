"""The figure of a plan's aim quoted in a share done of it, in the forms a mid-term review
writes besides 完成…目标X的Y%: the result put as what it only amounts to (仅为…目标X的Y%),
the plan's investment without 总 (占五年规划投资X的Y%), and a PDF's text layer spacing the
figure off from 目标 (完成五年累计 X 亿元 目标的 Y%). The aim's figure is a target for the
plan's last year; the share is a result, a level. Sentences composed for these tests."""

from __future__ import annotations

import pytest

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_HEAD = "某市“十四五”规划纲要实施中期评估报告\n发布时间：2023-10-20\n一、主要指标进展情况\n"


def _facts(sentence: str) -> dict[float, tuple[Kind, Measure, int | None, str]]:
    a = analyse_text("s.txt", _HEAD + sentence + "\n")
    return {f.value: (f.kind, f.measure, f.year, f.indicator) for f in a.facts}


@pytest.mark.parametrize(
    ("sentence", "aim", "share"),
    [
        ("全市固定资产投资两年累计完成1830亿元，仅为五年累计目标5200亿元的35.2%。", 5200.0, 35.2),
        ("全市进出口总额两年累计12.6亿元，只为规划目标45亿元的28%。", 45.0, 28.0),
        ("两年全市交通固定资产投资累计完成136.5亿元，占五年规划投资380亿元的35.9%。", 380.0, 35.9),
        (
            "两年累计完成全社会固定资产投资2860 亿元，完成五年累计 8000 亿元 目标的 35.8%。",
            8000.0,
            35.8,
        ),
    ],
)
def test_an_aims_figure_quoted_in_a_share_of_it_is_the_plans_target(sentence, aim, share):
    got = _facts(sentence)
    assert got[aim][:3] == (Kind.TARGET, Measure.LEVEL, 2025), sentence
    assert got[share][:2] == (Kind.ACTUAL, Measure.LEVEL), sentence


def test_the_share_after_only_amounts_to_names_the_indicator_not_the_lead():
    got = _facts("全市固定资产投资两年累计完成1830亿元，仅为五年累计目标5200亿元的35.2%。")
    assert got[5200.0][3].startswith("固定资产投资")
    assert "仅为" not in got[35.2][3]


def test_a_spaced_figure_before_a_new_clause_naming_this_years_aim_stays_a_result():
    got = _facts("全市2022年地区生产总值预计增长 5.6% 今年目标定在6%左右。")
    assert got[5.6][0] is Kind.ACTUAL
