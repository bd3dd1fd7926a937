"""Forms of round 54, composed here in the style of plan evaluations, statistics news and
work reports (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Measure
from readhelp import analysed as _analysed


def test_a_gap_to_the_plan_s_pace_keeps_its_printed_sign_and_names_it():
    # (低于序时进度: the share of the plan's years gone by is what the rate is weighed against.)
    text = (
        "某县“十四五”规划纲要实施中期评估报告\n"
        "2023年，全县常住人口城镇化率为47.6%，低于序时进度1.4个百分点。"
        "累计完成投资进度比时间进度低2.3个百分点。\n"
    )
    _, got = _analysed("a.txt", text)
    gap = got["1.4个百分点"]
    assert gap.measure is Measure.CHANGE and gap.value == 1.4
    assert "序时进度" in gap.indicator
    assert got["2.3个百分点"].value == 2.3 and "时间进度" in got["2.3个百分点"].indicator
