"""A province's whole written with its 简称 (全疆, 全川 …) is that province as 全省 is: its
average quoted in a city's report is the province's figure, also where a line wraps
inside 平均水平. Sentences composed for these tests in the style of city plans; areas
real, figures invented."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

TURPAN = area_by_code("650400")
LESHAN = area_by_code("511100")


def juris(text: str, values: list[str], area) -> list[str | None]:
    facts = [
        shared_fact_at(text, v, 0, indicator="公路密度", kind=Kind.ACTUAL, measure=Measure.LEVEL)
        for v in values
    ]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, area)]


def test_the_average_of_the_region_by_its_short_name():
    text = "全市每百平方公里公路里程仅8.6公里，不到全疆平均水平（10.4公里）的85%。"
    assert juris(text, ["8.6公里", "10.4公里"], TURPAN) == ["吐鲁番市", "新疆维吾尔自治区"]


def test_a_line_wrapped_inside_the_average():
    text = "全市研发经费投入强度为1.2%，低于全川平均\n水平（2.1%）。"
    assert juris(text, ["1.2%", "2.1%"], LESHAN) == ["乐山市", "四川省"]
