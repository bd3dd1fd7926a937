"""Forms of real pages (round 15, outlines, sector plans, communiqués, releases, news).
Every text is composed for these tests in the style of official documents.

- A communiqué's table of its counties prints its unit on a line of its own above the
  header (单位:亿元, right-aligned as the page lays it out) and the header names the
  indicator without a unit (县(市、区)  地区生产总值  比上年增长(%)): each county's row gives
  that indicator in the unit line's unit, and the growth column its growth.
- A mass in 万公斤/亿公斤 (seed and tea output of county communiqués) is a scaled
  kilogram, as 万吨 is a scaled ton.
"""

from __future__ import annotations

from planwatch.core.units import normalise_unit
from planwatch.pipeline import analyse_text

_HEAD = "丙市2024年国民经济和社会发展统计公报\n\n丙市统计局\n2025年3月18日\n\n"


def _facts_between(text: str, a: str, b: str):
    lo, hi = text.index(a), text.index(b)
    return [f for f in analyse_text("t.txt", text).facts if lo <= f.start < hi]


def test_a_county_table_under_a_unit_line_gives_each_county_its_figures() -> None:
    text = _HEAD + (
        "全年全市地区生产总值1480.6亿元，比上年增长5.1%。\n\n"
        "表3  2024年分县(市、区)地区生产总值\n"
        "                                   单位:亿元\n"
        "县(市、区)      地区生产总值      比上年增长(%)\n"
        "东湖区          402.7             5.4\n"
        "西山县          211.3             4.6\n"
        "南岭县          187.9             6.2\n\n"
        "全年城镇新增就业3.1万人。\n"
    )
    facts = _facts_between(text, "表3", "全年城镇")
    levels = sorted((f.value, f.unit) for f in facts if f.measure.value == "level")
    growths = sorted(f.value for f in facts if f.measure.value == "growth")
    assert levels == [(187.9, "亿元"), (211.3, "亿元"), (402.7, "亿元")]
    assert growths == [4.6, 5.4, 6.2]
    assert all(f.year == 2024 and f.kind.value == "actual" for f in facts)
    assert all("地区生产总值" in f.indicator for f in facts)


def test_a_header_without_units_and_no_unit_line_is_no_county_table() -> None:
    text = _HEAD + (
        "表3  2024年分县(市、区)主要指标\n"
        "县(市、区)      地区生产总值      比上年增长(%)\n"
        "东湖区          402.7             5.4\n"
        "西山县          211.3             4.6\n\n"
        "全年城镇新增就业3.1万人。\n"
    )
    facts = _facts_between(text, "表3", "全年城镇")
    assert not [f for f in facts if f.unit == "亿元"]


def test_a_mass_in_hundred_millions_of_kilograms_is_scaled() -> None:
    assert normalise_unit("亿公斤") == normalise_unit("亿千克")
    text = _HEAD + "全年茶叶种植面积12.4万亩，茶叶产量1.35万公斤，比上年增长3.2%。\n"
    (fact,) = [f for f in analyse_text("t.txt", text).facts if f.value == 1.35]
    assert fact.unit == normalise_unit("万公斤")
    assert "公斤" not in fact.indicator
