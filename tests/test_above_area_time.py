"""An area above the document's, named before its figure with the figure's time between
(某省全年地区生产总值增长…, 全省2025年地区生产总值预期增长…), states that area's figure; a
clause going on from it that compares with that area (高于全省1.2个百分点) is the
document's again. Sentences composed for these tests in the style of city reports;
areas real, figures invented."""

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
