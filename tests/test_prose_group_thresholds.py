"""Figures that define a group rather than state a quantity, on sentences written for these
tests: a size class glued to the noun it classes and counted after it (超百亿元企业11家), and
a figure passed by a group counted before it (12县区财政收入超10亿元). The count is the fact;
the threshold is not (GOLD_SPEC: thresholds that define a group). An area's own figure that
passes a mark stays a fact."""

from planwatch.core.data import Comparator, DocType, DocumentMeta
from prosefacts import prose_facts

REPORT = DocumentMeta(
    doc_type=DocType("work_report"), reference_year=2024, reference_date="2024-01-22"
)


def test_a_size_class_glued_to_its_noun_is_no_fact():
    text = "全市高新技术企业达到1820家，其中营收超五十亿元企业9家，过亿元项目开工48个。"
    facts = prose_facts(text, REPORT)
    assert "五十亿元" not in facts
    assert facts["9家"].value == 9
    assert facts["1820家"].value == 1820


def test_a_threshold_passed_by_a_counted_group_is_no_fact():
    for text in ("12县区财政收入超10亿元。", "全省有6个市地区生产总值突破3000亿元。"):
        facts = prose_facts(text, REPORT)
        assert not any(f.unit == "亿元" for f in facts.values()), text


def test_the_areas_own_figure_passing_a_mark_is_a_fact():
    facts = prose_facts("全县地区生产总值突破420亿元，一般公共预算收入超过30亿元。", REPORT)
    assert facts["420亿元"].comparator == Comparator.GE
    assert facts["30亿元"].comparator == Comparator.GE
