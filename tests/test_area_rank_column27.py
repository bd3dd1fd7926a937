"""A prefecture's table of its counties with a rank column (round 27), composed here in the
style of a statistics bureau's 各县市主要经济指标 page (the figures are this file's own): the area
column headed 县市 and a 位次 column between the growth and the next indicator. Neither was an
area table's header cell, so the whole table went unread; a rank is a fact in 位 (GOLD_SPEC).
"""

from __future__ import annotations

from planwatch.extract.table_area_rows import find_area_tables
from planwatch.pipeline import analyse_text

_PAGE = (
    "首页 > 数据发布 > 县市数据\n"
    "2025年黔东南州各县市主要经济指标\n"
    "发布时间：2026-02-20\n"
    "\n"
    "表：2025年各县市地区生产总值及城镇居民人均可支配收入\n"
    "县市 | 地区生产总值（亿元） | 增速（%） | 位次 | 城镇居民人均可支配收入（元） | 增速（%）\n"
    "全州 | 318.6 | 5.7 | — | 38410 | 5.1\n"
    "凯里市 | 81.24 | 6.2 | 1 | 40120 | 5.3\n"
    "黄平县 | 45.07 | 5.1 | 3 | 37260 | 4.9\n"
    "施秉县 | 52.93 | 5.9 | 2 | 36880 | 5.0\n"
    "\n"
    "注：位次按增速排列。\n"
)


def test_a_rank_column_and_a_county_area_column_make_an_area_table():
    tables = find_area_tables(_PAGE)
    assert len(tables) == 1
    assert len(tables[0].rows) == 4


def test_the_counties_figures_and_ranks_are_read():
    facts = {
        (_PAGE[f.start : f.end], f.jurisdiction): f
        for f in analyse_text("page.txt", _PAGE).facts
        if _PAGE.index("县市 |") < f.start
    }
    gdp = facts[("81.24", "凯里市")]
    assert (gdp.indicator, gdp.unit, gdp.year, gdp.kind.value) == (
        "地区生产总值",
        "亿元",
        2025,
        "actual",
    )
    rank = facts[("3", "黄平县")]
    assert "位次" in rank.indicator and rank.unit == "位"
    income = facts[("36880", "施秉县")]
    assert "城镇居民人均可支配收入" in income.indicator and income.unit == "元"
