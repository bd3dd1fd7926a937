"""Ranges of values, on sentences written for these tests: 增长6%—6.5%, 达到70%—75%, 新增
2—3万人 are two facts, the lower bound a floor (ge) and the upper a ceiling (le), of the
same indicator, kind and measure; a bare lower bound takes the upper's unit. A range that
classes people or things (0-14岁人口) is no figure."""

from planwatch.core.data import Comparator, DocType, DocumentMeta, Kind, Measure
from prosefacts import prose_facts

OUTLINE = DocumentMeta(
    doc_type=DocType("plan_outline"),
    reference_year=2021,
    reference_date="2021-02-03",
    period_start=2021,
    period_end=2025,
)


def _bounds(text: str, lo: str, hi: str):
    facts = prose_facts(text, OUTLINE)
    return facts[lo], facts[hi]


def test_a_growth_range_is_a_floor_and_a_ceiling():
    lo, hi = _bounds("到2025年，全市地区生产总值年均增长6%—6.5%。", "6%", "6.5%")
    assert (lo.value, lo.comparator) == (6.0, Comparator.GE)
    assert (hi.value, hi.comparator) == (6.5, Comparator.LE)
    for f in (lo, hi):
        assert (f.kind, f.measure, f.unit) == (Kind.TARGET, Measure.GROWTH, "%")
    assert lo.indicator == hi.indicator


def test_a_level_range_in_several_wordings():
    for text, a, b, unit in (
        ("高中阶段毛入学率达到92%-95%。", "92%", "95%", "%"),
        ("每年新增城镇就业2—3万人。", "2", "3万人", "万人"),
        ("森林覆盖率稳定在46.5~47%。", "46.5", "47%", "%"),
    ):
        lo, hi = _bounds(text, a, b)
        assert (lo.comparator, hi.comparator) == (Comparator.GE, Comparator.LE), text
        assert lo.unit == hi.unit == unit, text
        assert lo.value < hi.value, text


def test_an_aim_named_after_a_range_covers_both_bounds():
    text = "全省居民收入增长7.5%左右，较上一年的8%-8.5%目标有所下调。"
    lo, hi = _bounds(text, "8%", "8.5%")
    assert lo.kind == hi.kind == Kind.TARGET


def test_an_age_range_that_classes_people_is_no_figure():
    facts = prose_facts("全市0-14岁人口占18.2%，15-59岁人口占63.5%。", OUTLINE)
    assert set(facts) == {"18.2%", "63.5%"}


def test_a_count_written_compactly_with_a_hyphen_is_one_floor():
    # (The sample plans' gold: 建成3-4所 is one figure, 3 with ge, spanning the range.)
    facts = prose_facts("到2025年，建成省级特色学校3-4所，培育名师工作室10-12个。", OUTLINE)
    assert (facts["3-4所"].value, facts["3-4所"].comparator) == (3.0, Comparator.GE)
    assert (facts["10-12个"].value, facts["10-12个"].comparator) == (10.0, Comparator.GE)
    assert len(facts) == 2


def test_the_upper_bound_keeps_the_lower_bounds_time():
    lo, hi = _bounds("预计全省经济总量位次由2020年的第12位提升2~3位。", "2", "3位")
    assert (lo.kind, lo.year, lo.period_start) == (hi.kind, hi.year, hi.period_start)
    assert (lo.comparator, hi.comparator) == (Comparator.GE, Comparator.LE)
