"""A power station named after its county (某县抽水蓄能电站, 某某水电站) is a project: its
figures keep the document's area, and so do the clauses after it. Sentences composed for
these tests in the style of city reports; areas real, figures invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

HUANGGANG = area_by_code("421100")


def juris(text: str, values: list[str]) -> list[str | None]:
    facts = [
        shared_fact_at(text, v, 0, indicator="完成投资", kind=Kind.ACTUAL, measure=Measure.LEVEL)
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, HUANGGANG)]


def test_a_pumped_storage_station_named_after_a_county_is_a_project():
    # (the county's full name written elsewhere: its short name alone could be a subject)
    text = "罗田县、英山县纳入全省试点。黄黄高铁年度完成投资28.6亿元，罗田抽水蓄能电站累计完成投资39.2亿元，货运量增长1.8倍。"
    assert juris(text, ["28.6亿元", "39.2亿元", "1.8倍"]) == [HUANGGANG.name] * 3


def test_the_county_itself_is_still_a_subject():
    text = "罗田县地区生产总值增长6.3%。"
    assert juris(text, ["6.3%"]) == ["罗田县"]
