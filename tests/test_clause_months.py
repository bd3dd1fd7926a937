"""A clause opening with the months or the part of the year its figures cover and then
the document's whole area (，1—8月全州接待游客…, ，上半年全市…) gives its figures back to
the document's area after a county was named in the sentence. Sentences composed for
these tests in the style of prefecture reports; areas real, figures invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

ENSHI = area_by_code("422800")


def juris(text: str, values: list[str]) -> list[str | None]:
    facts = [
        shared_fact_at(text, v, 0, indicator="接待游客", kind=Kind.ACTUAL, measure=Measure.LEVEL)
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, ENSHI)]


def test_the_months_then_the_whole_area_after_a_county_was_named():
    text = "今年以来，利川市避暑旅游持续升温，1—8月全州接待游客5210万人次，同比增长18.4%。"
    assert juris(text, ["5210万人次", "18.4%"]) == [ENSHI.name, ENSHI.name]


def test_the_part_of_the_year_then_the_whole_area():
    text = "利川市旅游收入增长12.5%，上半年全州旅游综合收入达到236.7亿元。"
    assert juris(text, ["12.5%", "236.7亿元"]) == ["利川市", ENSHI.name]
