"""The resolve stage: catalog ids for extracted names, and values in canonical units."""

from __future__ import annotations

import pytest

from planwatch.catalog.apply import CONTAINED_CONFIDENCE, resolve_facts, to_unit
from planwatch.core.data import Fact, Kind, Measure


def fact(indicator: str, value: float, unit: str | None, measure=Measure.LEVEL) -> Fact:
    return Fact(
        doc="d.txt",
        start=0,
        end=1,
        quote_start=0,
        quote_end=1,
        indicator=indicator,
        kind=Kind.ACTUAL,
        measure=measure,
        value=value,
        unit=unit,
        year=2020,
    )


def one(f: Fact) -> Fact:
    (out,) = resolve_facts([f])
    return out


@pytest.mark.parametrize(
    ("name", "unit", "expected"),
    [
        ("研究和试验发展(R&D)经费投入强度", "%", "rd_intensity"),  # 000's table row
        ("城市细粒颗物(PM2.5)浓度", "ug/m3", "pm25"),  # a typo, saved by its acronym
        ("基本社会保险参保率", "%", "social_insurance_coverage"),
        ("第一产业比重", "%", "primary_industry_share"),
        ("地区生产总值", "亿元", "gdp"),
    ],
)
def test_names_of_the_sample_tables_resolve(name, unit, expected):
    assert one(fact(name, 1.0, unit)).indicator_id == expected


def test_a_wording_at_the_head_of_a_long_name_needs_agreeing_units():
    # 004: 全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元
    long_name = "全市地区生产总值在全省排名实现争先进位"
    hit = one(fact(long_name, 3201, "亿元"))
    assert hit.indicator_id == "gdp" and hit.indicator_confidence == CONTAINED_CONFIDENCE
    # a growth rate's % says nothing about what grew: no guess from a long name
    assert one(fact(long_name, 5.9, "%", Measure.GROWTH)).indicator_id is None
    assert one(fact(long_name, 3, "位")).indicator_id is None  # a rank is not GDP
    # a part is not the whole: 五大新兴产业规上工业总产值 is no 规上工业总产值
    assert one(fact("五大新兴产业规上工业总产值", 2100, "亿元")).indicator_id is None


def test_canonical_values_keep_the_printed_ones():
    f = one(fact("地区生产总值", 4585100, "万元"))
    assert f.value == 4585100 and f.unit == "万元"
    assert f.canonical_value == pytest.approx(458.51) and f.canonical_unit == "亿元"
    g = one(fact("地区生产总值", 2.8, "%", Measure.GROWTH))
    assert (g.canonical_value, g.canonical_unit) == (2.8, "%")
    assert to_unit(4000, "亩", "公顷") == pytest.approx(266.6667, rel=1e-4)
    assert to_unit(1, "亿元", "公顷") is None
