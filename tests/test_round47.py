"""Forms of round 47, composed here in the style of speeches, work reports, communiqués and
statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def test_a_year_end_speech_planning_next_year_speaks_in_the_year_it_sums_up():
    # (The page plans 2025's work at the end of 2024: its 今年 is 2024.)
    text = (
        "在某县商会年度会员大会上的讲话\n在新年即将到来之际，我们召开年度会员大会，总结本年度的工作，"
        "研究部署2025年的工作安排。\n今年以来，全县实现地区生产总值215.6亿元，同比增长6.2%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2024
    assert got["215.6亿元"].year == 2024


def test_a_plan_for_next_year_without_year_end_words_speaks_in_that_year():
    # (Guard: a work report setting 2025's work, read early in 2025, reviews 2024.)
    text = (
        "某县人民政府工作报告\n各位代表：现在我就2025年的工作安排作简要报告。\n"
        "去年，全县实现地区生产总值215.6亿元，同比增长6.2%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2025
    assert got["215.6亿元"].year == 2024
