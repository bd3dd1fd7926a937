"""A communiqué's table glued onto one line row by row (round 33), composed here in the style
of a county statistics bureau's page (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_GLUED = (
    "某县2011年国民经济和社会发展统计公报\n"
    "发布时间：2012-03-20\n"
    "全年实现生产总值36.42亿元，增长12.6%。\n"
    "表1  2011年主要经济指标\n"
    "指标名称单位绝对数比上年增长%生产总值亿元36.42 12.6第一产业亿元7.15 4.8"
    "第二产业亿元16.03 16.2全社会固定资产投资亿元24.7 31.5农民人均纯收入元6218 15.1城镇居民人均可支\n"
)


def test_a_table_glued_row_by_row_with_its_units_is_read_cell_by_cell():
    a = analyse_text("某县统计公报.txt", _GLUED)
    got = {(_GLUED[f.start : f.end], f.start > _GLUED.index("指标名称")): f for f in a.facts}
    first = got[("7.15", True)]
    assert (first.indicator, first.unit, first.value, first.year) == (
        "第一产业",
        "亿元",
        7.15,
        2011,
    )
    growth = got[("16.2", True)]
    assert (growth.indicator, growth.measure.value, growth.unit) == ("第二产业", "growth", "%")
    income = got[("6218", True)]
    assert (income.indicator, income.unit) == ("农民人均纯收入", "元")
    # (The row the line's end cut short is no row.)
    assert not any(f.indicator.startswith("城镇居民") for f in a.facts)


def test_a_glued_line_of_prose_is_no_table():
    text = "指标名称单位显示，全县生产总值增长12.6%，财政收入增长15.4%。\n"
    assert all(f.unit == "%" for f in analyse_text("某县.txt", text).facts)
