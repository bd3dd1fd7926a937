"""该县, 该市 …: news speaking of the area just named in its paragraph; its figures are
that area's, in a sentence after the one naming it. Sentences composed for these tests in
the style of a city's round-up of its counties' work reports; areas real, figures
invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

CHENGDE = area_by_code("130800")


def juris(text: str, values: list[str]) -> list[str | None]:
    facts = [
        shared_fact_at(text, v, 0, indicator="接待游客", kind=Kind.ACTUAL, measure=Measure.LEVEL)
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, CHENGDE)]


def test_this_county_in_the_next_sentence_is_the_county_just_named():
    text = "围场满族蒙古族自治县提出今年接待游客增长10%。该县去年接待游客达到960万人次。"
    assert juris(text, ["10%", "960万人次"]) == ["围场满族蒙古族自治县"] * 2


def test_this_city_is_the_city_level_area_just_named_not_a_county_after_it():
    text = "平泉市代表团审议报告，丰宁满族自治县代表发言。该市去年接待游客310万人次。"
    assert juris(text, ["310万人次"]) == ["平泉市"]


def test_this_market_is_no_area():
    text = "滦平县提出新建物流园。该市场去年交易额达到12亿元。"
    assert juris(text, ["12亿元"]) == [CHENGDE.name]


def test_this_county_in_a_new_paragraph_names_no_area():
    text = "隆化县提出今年增长7%。\n该县去年接待游客达到510万人次。"
    assert juris(text, ["510万人次"]) == [CHENGDE.name]
