"""A city's page of its districts' figures for part of a year (round 27), composed here in
the style of a statistics bureau's 分区数据 page (the figures are this file's own): the page's
title names the part of the year (2026年一季度), a caption names the one indicator of the table
under it (指标：地区生产总值), and the columns only the measures (绝对额（亿元） | 同比增长（%））.
The table's figures were named 绝对额 and dated the year before (the page's genre reports on a
past year); they are the caption's indicator's, of the part-year the title names.
"""

from __future__ import annotations

from planwatch.extract.table_area_rows import captioned_indicator, part_year_above
from planwatch.pipeline import analyse_text

_PAGE = (
    "成都市统计局 > 数据发布 > 区域数据\n"
    "2026年一季度各区主要经济指标\n"
    "\n"
    "指标：地区生产总值\n"
    "地区 | 绝对额（亿元） | 同比增长（%）\n"
    "全市 | 5210.37 | 5.6\n"
    "锦江区 | 402.15 | 5.1\n"
    "青羊区 | 498.62 | 4.7\n"
    "金牛区 | 451.08 | 5.9\n"
    "\n"
    "注：各区数据为初步核算数。\n"
    "发布时间：2026-04-28\n"
)


def test_a_caption_names_the_tables_indicator():
    assert captioned_indicator("指标：地区生产总值") == "地区生产总值"
    assert captioned_indicator("表1 各区地区生产总值") == ""


def test_the_part_year_named_above_dates_the_table():
    assert part_year_above(_PAGE, _PAGE.index("指标：")) == 2026
    assert part_year_above("2025年全市各区主要经济指标\n指标：", 20) is None


def test_the_districts_figures_are_the_part_years_results_of_the_indicator():
    facts = {
        (_PAGE[f.start : f.end], f.jurisdiction): f
        for f in analyse_text("page.txt", _PAGE).facts
        if f.start > _PAGE.index("地区 |")
    }
    got = facts[("402.15", "锦江区")]
    assert (got.indicator, got.unit, got.kind.value, got.year) == (
        "地区生产总值",
        "亿元",
        "actual",
        2026,
    )
    growth = facts[("4.7", "青羊区")]
    assert "地区生产总值" in growth.indicator
    assert (growth.measure.value, growth.year) == ("growth", 2026)
