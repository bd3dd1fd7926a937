"""An area above the document's, named before its figure with the figure's time between
(某省全年地区生产总值增长…, 全省2025年地区生产总值预期增长…), states that area's figure; a
clause going on from it that compares with that area (高于全省1.2个百分点) is the
document's again; the parent opening a bracket with its own figure after a comparison
with it (（某市年均增长7.2%）) is the parent's figure. Sentences composed for these tests
in the style of city reports; areas real, figures invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

ZHUZHOU = area_by_code("430200")


def juris(text: str, values: list[str]) -> list[str | None]:
    facts = [
        shared_fact_at(
            text, v, 0, indicator="地区生产总值", kind=Kind.ACTUAL, measure=Measure.GROWTH
        )
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, ZHUZHOU)]


def test_the_provinces_name_then_the_year_of_its_figure():
    text = "二是与全省目标衔接。湖南省2025年地区生产总值预期增长5.5%左右，我市目标高于全省0.3个百分点。"
    assert juris(text, ["5.5%", "0.3个百分点"]) == ["湖南省", "株洲市"]


def test_the_provinces_name_then_a_time_word_before_its_indicator():
    text = "与全省比较，全市地区生产总值增长6.1%，湖南省全年地区生产总值增长5.7%。"
    assert juris(text, ["6.1%", "5.7%"]) == ["株洲市", "湖南省"]


def test_a_clause_comparing_with_the_province_after_its_figure_is_the_citys():
    text = "湖南省全年地区生产总值增长5.7%；规模以上工业增加值增速高于全省1.2个百分点。"
    assert juris(text, ["5.7%", "1.2个百分点"]) == ["湖南省", "株洲市"]


def test_the_whole_province_then_a_period_word_before_its_indicator():
    text = "今年以来经济持续回升，全省上半年规模以上工业增加值增长6.4%，全市增长7.0%。"
    assert juris(text, ["6.4%", "7.0%"]) == ["湖南省", "株洲市"]


LIUYANG = area_by_code("430181")


def test_the_parent_opening_a_bracket_with_its_figure_after_a_comparison():
    text = "全市地区生产总值年均增长8.1%，高于长沙市平均水平0.9个百分点（长沙市年均增长7.2%）。"
    facts = [
        shared_fact_at(
            text, v, 0, indicator="地区生产总值", kind=Kind.ACTUAL, measure=Measure.GROWTH
        )
        for v in ("8.1%", "0.9个百分点", "7.2%")
    ]
    got = [f.jurisdiction for f in assign_jurisdictions(text, facts, LIUYANG)]
    assert got == ["浏阳市", "浏阳市", "长沙市"]


def test_a_bracket_opening_with_another_area_is_not_read_as_the_parent():
    text = "全市地区生产总值年均增长8.1%，高于湘潭市0.9个百分点（湘潭市年均增长7.2%）。"
    facts = [
        shared_fact_at(
            text, "7.2%", 0, indicator="地区生产总值", kind=Kind.ACTUAL, measure=Measure.GROWTH
        )
    ]
    (f,) = assign_jurisdictions(text, facts, LIUYANG)
    assert f.jurisdiction != "长沙市"
