"""Ratios stated without a unit, from a start point to the value reached, on sentences
written for these tests (城乡居民收入比由上年的2.31缩小至2.26): both numbers are values of
the ratio, unit none (GOLD_SPEC: 城乡收入比 2.01:1 is one fact, no unit)."""

from planwatch.core.data import DocType, DocumentMeta
from prosefacts import prose_facts

COMMUNIQUE = DocumentMeta(
    doc_type=DocType("communique"), reference_year=2024, reference_date="2024-03-15"
)


def test_a_ratio_from_a_start_point_to_its_value():
    for text, a, b, name in (
        ("城乡居民收入比由上年的2.31缩小至2.26。", "2.31", "2.26", "城乡居民收入比"),
        ("城乡居民收入倍差从1.87缩小到1.84。", "1.87", "1.84", "城乡居民收入倍差"),
        ("全县城乡收入比由2022年末的2.12下降到2.09。", "2.12", "2.09", "城乡收入比"),
    ):
        facts = prose_facts(text, COMMUNIQUE)
        assert facts[a].value == float(a) and facts[b].value == float(b), text
        assert facts[a].unit is None and facts[b].unit is None, text
        assert facts[a].indicator == facts[b].indicator == name, text


def test_a_bare_number_after_other_words_is_no_value():
    # The words before the numbers name no index or ratio: bare numbers state nothing here.
    facts = prose_facts("全县营商环境评价得分由上年的86.5提高到88.2。", COMMUNIQUE)
    assert facts == {}


def test_an_amount_added_against_a_base_is_a_change():
    text = "全县家庭农场达到2460家，比上年新增318家。个体工商户较2022年末净增0.8万户。"
    facts = prose_facts(text, COMMUNIQUE)
    assert (facts["318家"].measure.value, facts["318家"].value) == ("change", 318)
    assert facts["318家"].indicator == facts["2460家"].indicator
    assert facts["0.8万户"].measure.value == "change"
    assert facts["0.8万户"].indicator == "个体工商户"
    assert facts["2460家"].measure.value == "level"
