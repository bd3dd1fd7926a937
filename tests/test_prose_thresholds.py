"""Thresholds that define a group the sentence counts are no facts (GOLD_SPEC); the area's
own figure past a threshold is one. Sentences composed for these tests."""

from planwatch.core.data import DocType, DocumentMeta
from prosefacts import prose_facts as facts_of

REPORT = DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2024)


def test_a_threshold_of_a_counted_group_is_no_fact_but_the_count_is():
    facts = facts_of(
        "去年地区生产总值超500亿元的县(市)达到12个，超1000亿元的3个；"
        "营业收入突破10亿元的企业有45家。",
        REPORT,
    )
    assert "500亿元" not in facts and "1000亿元" not in facts and "10亿元" not in facts
    assert facts["12个"].value == 12 and facts["3个"].value == 3 and facts["45家"].value == 45


def test_the_areas_own_figure_past_a_threshold_stays_a_fact():
    facts = facts_of(
        "本省是全国第三个常住人口超过8000万的省份。全县地区生产总值突破300亿元。", REPORT
    )
    assert facts["8000万"].unit == "万人"
    assert facts["300亿元"].value == 300
