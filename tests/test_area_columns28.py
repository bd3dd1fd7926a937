"""A table whose columns are areas (round 28), composed here in the style of a prefecture's
statistical yearbook page (the figures are this file's own): 指标名称 | 计量单位 | 全市 |
then one column per county, its rows indicators, printed one cell a line as a PDF's text
layer gives it. The header ended at 全市 (a county's name is no header word), so every row
was misread; each county's column holds that county's figures of the table's year.
"""

from __future__ import annotations

from planwatch.core.data import Span
from planwatch.extract.table_area_columns import area_columns, area_name_cell, extends_area_header
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import Column, ColumnRole
from planwatch.pipeline import analyse_text

_PAGE = (
    "2025年黄山市各区县主要经济指标.pdf\n"
    "3-1  各区县主要经济指标（2025年）\n"
    "\n"
    "指标名称\n计量单位\n全市\n屯溪区\n歙县\n休宁县\n黟县\n"
    "地区生产总值\n亿元\n1120.5\n236.8\n268.1\n151.4\n62.9\n"
    "地区生产总值增长\n%\n5.6\n5.1\n6.2\n4.8\n3.9\n"
    "城镇居民人均可支配收入\n元\n46120\n51230\n44870\n43960\n42780\n"
    "注：全市数据含黄山区、徽州区、祁门县，与所列区县合计不等。\n"
    "黄山市统计局　编\n"
)


def test_an_areas_full_name_is_a_column_only_after_the_wholes():
    assert area_name_cell("歙县") == "歙县"
    assert area_name_cell("地区生产总值") is None
    whole = [TextCell("全市", Span(0, 2))]
    assert extends_area_header("屯溪区", whole)
    assert not extends_area_header("屯溪区", [TextCell("计量单位", Span(0, 4))])


def test_an_area_column_reads_as_the_wholes_column_of_its_own_area():
    whole = Column("全市", ColumnRole.VALUE, (), None, None, 2025)
    got = area_columns([Column("指标", ColumnRole.NAME), whole, Column("歙县", ColumnRole.OTHER)])
    assert (got[2].role, got[2].year, got[2].area, got[2].label) == (
        ColumnRole.VALUE,
        2025,
        "歙县",
        "歙县",
    )
    assert got[1].area is None


def test_each_countys_column_holds_its_figures():
    facts = {
        (_PAGE[f.start : f.end], f.jurisdiction): f for f in analyse_text("page.txt", _PAGE).facts
    }
    got = facts[("268.1", "歙县")]
    assert (got.indicator, got.unit, got.kind.value, got.year) == (
        "地区生产总值",
        "亿元",
        "actual",
        2025,
    )
    assert got.jurisdiction_code == "341021"
    assert any(e.field == "jurisdiction" and e.basis == "table_column" for e in got.evidence)
    assert facts[("3.9", "黟县")].measure.value == "growth"
    assert ("43960", "休宁县") in facts
    assert facts[("1120.5", "黄山市")].indicator == "地区生产总值"


def test_a_delimited_header_of_areas_is_a_header():
    # (Three of six cells no header word: the finder took the line for a row of something else.)
    page = (
        "各区县主要经济指标（2025年）\n"
        "指标名称 | 计量单位 | 全市 | 屯溪区 | 歙县 | 休宁县\n"
        "地区生产总值 | 亿元 | 1120.5 | 236.8 | 268.1 | 151.4\n"
        "一般公共预算收入 | 亿元 | 96.2 | 21.7 | 18.3 | 9.6\n"
    )
    got = {(page[f.start : f.end], f.jurisdiction) for f in analyse_text("p.txt", page).facts}
    assert {("236.8", "屯溪区"), ("18.3", "歙县"), ("9.6", "休宁县")} <= got
