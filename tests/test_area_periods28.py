"""A statistics bureau's page of its districts' growths over periods (round 28), composed
here in the style of a 分区数据 page (the figures are this file's own): a caption names the
indicator and its measure joined by an underscore (指标：规模以上工业增加值_同比增长（%）),
the header names an area column then only periods (地区 | 2026年1-6月 | 2025年1-6月), and each
row is an area's figures. Nothing of such a table was read: its header cells hold years, which
no area table's indicator cell does. Each figure is the caption's growth for its column's
period, a result of that column's year, in its row's area.
"""

from __future__ import annotations

from planwatch.extract.table_area_rows import captioned_indicator, find_area_tables
from planwatch.pipeline import analyse_text

_PAGE = (
    "武汉市统计局 > 统计数据 > 区域数据\n"
    "2026年上半年各区主要经济指标\n"
    "\n"
    "指标：规模以上工业增加值_同比增长（%）\n"
    "地区 | 2026年1-6月 | 2025年1-6月\n"
    "全市 | 6.2 | 5.8\n"
    "江岸区 | 3.4 | -0.6\n"
    "江汉区 | -2.1 | 1.9\n"
    "硚口区 | 4.8 | 3.3\n"
    "\n"
    "指标：社会消费品零售总额_同比增长（%）\n"
    "地区 | 2026年1-6月\n"
    "全市 | 5.1\n"
    "江岸区 | 4.6\n"
    "江汉区 | 3.9\n"
    "\n"
    "发布时间：2026-07-21\n"
)


def test_a_caption_may_add_the_measure_after_the_indicator():
    assert captioned_indicator("指标：规模以上工业增加值_同比增长（%）", measure=True) == (
        "规模以上工业增加值同比增长（%）"
    )
    # (The caption of one indicator's measures' columns stays as it was: the name alone.)
    assert captioned_indicator("指标：规模以上工业增加值_同比增长（%）") == ""
    assert captioned_indicator("指标：地区生产总值", measure=True) == "地区生产总值"


def test_both_captioned_tables_of_periods_are_found():
    tables = find_area_tables(_PAGE)
    assert [t.years for t in tables] == [(2026, 2025), (2026,)]


def _facts() -> dict[tuple[str, str | None, int | None], object]:
    return {
        (_PAGE[f.start : f.end], f.jurisdiction, f.year): f
        for f in analyse_text("page.txt", _PAGE).facts
        if f.start > _PAGE.index("指标：")
    }


def test_each_period_column_holds_that_years_growths_of_each_area():
    facts = _facts()
    this_year = facts[("3.4", "江岸区", 2026)]
    assert this_year.indicator == "规模以上工业增加值"
    assert (this_year.kind.value, this_year.measure.value, this_year.unit) == (
        "actual",
        "growth",
        "%",
    )
    last_year = facts[("-0.6", "江岸区", 2025)]
    assert (last_year.value, last_year.kind.value, last_year.measure.value) == (
        -0.6,
        "actual",
        "growth",
    )
    assert facts[("-2.1", "江汉区", 2026)].indicator == "规模以上工业增加值"


def test_a_one_period_table_is_read_too():
    facts = _facts()
    got = facts[("3.9", "江汉区", 2026)]
    assert (got.indicator, got.measure.value) == ("社会消费品零售总额", "growth")
