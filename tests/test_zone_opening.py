"""A clause opening with a zone or region that is no area (某某新区, 某某示范区 …) is not about
the area named before it in the sentence: its figures are the document's. Sentences
composed for these tests in the style of provincial plans; areas real, figures
invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

JIANGXI = area_by_code("360000")


def juris(text: str, values: list[str]) -> list[str | None]:
    facts = [
        shared_fact_at(
            text, v, 0, indicator="地区生产总值", kind=Kind.TARGET, measure=Measure.LEVEL
        )
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, JIANGXI)]


def test_a_new_district_that_is_no_area_ends_the_cities_run():
    text = "到2030年，南昌市地区生产总值力争突破1.2万亿元，九江市突破6000亿元，赣江新区地区生产总值达到1800亿元。"
    assert juris(text, ["1.2万亿元", "6000亿元", "1800亿元"]) == ["南昌市", "九江市", "江西省"]


def test_a_zone_named_after_a_city_is_left_to_the_names_rules():
    text = "到2030年，九江市突破6000亿元，南昌经济技术开发区规模以上工业营业收入达到3000亿元。"
    assert juris(text, ["6000亿元", "3000亿元"]) == ["九江市", "江西省"]
