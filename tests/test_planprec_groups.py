"""Figures of sector plans and outlines that bound or size a group rather than state the
area's own quantity (GOLD_SPEC: thresholds that define a group, counts of a plan's own
composition are no facts): a magnitude passed without a number before the group it defines,
a bound stayed under (低于/不足), the area's county-level parts counted right after it, and
the size of a group the area is one of. Every sentence is composed for these tests in the
style of 专项规划 and 规划纲要."""

from __future__ import annotations

from planwatch.core.data import Comparator, DocType, DocumentMeta
from prosefacts import prose_facts

SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


def test_a_magnitude_passed_before_the_group_it_defines_is_no_fact() -> None:
    text = (
        "到2025年，培育年营业收入超过亿元的文化企业20家以上，突破百亿元的产业园区达到3个。"
        "全县一般公共预算收入突破亿元。"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert "亿元" not in {k for k, f in facts.items() if f.start < text.index("全县")}
    assert "百亿元" not in facts
    assert facts["20家以上"].value == 20
    assert facts["3个"].value == 3
    # The area itself crossing the magnitude is a fact, a floor (GOLD_SPEC).
    crossed = [f for k, f in facts.items() if k == "亿元" and f.start > text.index("全县")]
    assert crossed and crossed[0].comparator == Comparator.GE and crossed[0].value == 1


def test_a_bound_stayed_under_before_the_group_it_defines_is_no_fact() -> None:
    text = (
        "2020年，全市旅游总收入低于20亿元的县有4个，人均可支配收入不足1.5万元的村减少到"
        "12个；全市接待游客2310万人次。"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert "20亿元" not in facts and "1.5万元" not in facts
    assert facts["4个"].value == 4 and facts["12个"].value == 12
    assert facts["2310万人次"].value == 2310


def test_the_areas_own_county_level_parts_are_its_composition() -> None:
    text = (
        "全州14个县（市）文化旅游发展不平衡。全市9个县（市、区）全部建成公共图书馆。"
        "全市有6个县（区）旅游收入增速高于全市平均水平。4个县（区）建成智慧景区。"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert "14个" not in facts
    assert facts["9个"].value == 9  # all the parts did something: a result
    assert facts["6个"].value == 6  # parts that did something, counted with 有
    assert facts["4个"].value == 4


def test_the_size_of_a_group_the_area_is_one_of_is_no_fact() -> None:
    text = (
        "我市被列为全国首批12个文化和旅游消费示范城市之一，是全省6个旅游强市之一。"
        "全市建成国家级旅游度假区2个，新增A级景区15个。"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert "12个" not in facts and "6个" not in facts
    assert facts["2个"].value == 2 and facts["15个"].value == 15
