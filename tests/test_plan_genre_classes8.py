"""Classes of writing in plans, sector plans, work reports and news, round 13. Every text is
composed for these tests in the style of official documents.

- A figure between a whole area above the document's and 的水平 or its target (与全国2.44%
  的水平差距较大, 高于全国5%左右的预期目标, 与全国6.5%左右的增长目标相衔接) is that area's
  own, quoted for comparison; 全区 in a city's or county's report of an autonomous region
  is the region (高于全区85%的平均水平), in a district's own report the district.
"""

from __future__ import annotations

from factat import fact_at
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions

ZHENJIANG = area_by_code("321100")  # 镇江市, a city of 江苏省
BAISE = area_by_code("451000")  # 百色市, a city of 广西壮族自治区
QINGXIU = area_by_code("450103")  # 青秀区, a district of 南宁市 (广西)


def juris(text: str, values: list[str], area) -> list[str | None]:
    facts = [fact_at(text, v) for v in values]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, area)]


# -- a whole area's level or target written around its figure ---------------------------------


def test_a_figure_before_the_whole_areas_level_or_target_is_that_areas():
    text = "全市研发经费投入强度为1.7%，与全国2.5%的水平相比差距仍然较大。"
    assert juris(text, ["1.7%", "2.5%"], ZHENJIANG) == ["镇江市", "全国"]
    text = "一是地区生产总值增长6%左右，高于全国5%左右的预期目标，体现了勇挑大梁的担当。"
    assert juris(text, ["6%左右", "5%左右"], ZHENJIANG) == ["镇江市", "全国"]
    text = "这一目标与全省6.5%左右的增长目标相衔接。"
    assert juris(text, ["6.5%左右"], ZHENJIANG) == ["江苏省"]


def test_a_gap_or_the_documents_own_target_stays_the_documents():
    text = "地区生产总值增长7.2%，高于全国1.2个百分点，完成了7%的预期目标。"
    assert juris(text, ["7.2%", "1.2个百分点", "7%"], ZHENJIANG) == ["镇江市"] * 3


def test_the_whole_region_in_a_city_of_an_autonomous_region_is_the_region():
    text = "农村自来水普及率达到88%，高于全区86%的平均水平。"
    assert juris(text, ["88%", "86%"], BAISE) == ["百色市", "广西壮族自治区"]
    # In a district's own report 全区 is the district itself.
    assert juris(text, ["88%", "86%"], QINGXIU) == ["青秀区", "青秀区"]
