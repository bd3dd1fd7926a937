"""Classes of prose values on sentences written for these tests: percentage points cut by
mirror junk, written once at the end of a list or as 个点; magnitudes without a number;
unitless indices; values quoted from a plan; two values of one change."""

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Measure, Outline
from planwatch.extract.prose import ProseExtractor

REPORT = DocumentMeta(
    doc_type=DocType("work_report"), reference_year=2024, reference_date="2024-01-20"
)


def facts_of(text: str, meta: DocumentMeta = REPORT):
    found = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    return {text[f.start : f.end]: f for f in found}


def test_percentage_point_cut_by_pinyin_junk_is_one_unit():
    text = "全县常住人口城镇化率为58.3%，比上年末提(ti)高(gao) 0.42 個(ge)(ge)百分(fen)點(dian)。"
    f = facts_of(text)["0.42 個(ge)(ge)百分(fen)點"]
    assert (f.unit, f.measure, f.value) == ("个百分点", Measure.CHANGE, 0.42)
    assert f.indicator == "全县常住人口城镇化率"


def test_percentage_point_written_once_at_the_end_of_a_list():
    text = "三次产业分别拉动经济增长0.8个、2.6个、3.1个百分点。两项增速分别高于全省1.2個和0.7個百分點。"
    facts = facts_of(text)
    for key, value in (("0.8个", 0.8), ("2.6个", 2.6), ("1.2個", 1.2)):
        assert (facts[key].unit, facts[key].measure, facts[key].value) == (
            "个百分点",
            Measure.CHANGE,
            value,
        )
    # A count in a list stays a count.
    counts = facts_of("新建学校3个、医院2个。")
    assert counts["3个"].unit == "个"


def test_colloquial_point_is_a_percentage_point_but_not_a_point_location():
    facts = facts_of("全市服务业占比比上年提高了1.6个点，新建监测站5个点位。")
    assert (facts["1.6个点"].unit, facts["1.6个点"].measure) == ("个百分点", Measure.CHANGE)
    assert facts["5个"].unit == "个"
