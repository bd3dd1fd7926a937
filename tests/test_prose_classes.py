"""Classes of prose values and names on sentences written for these tests: doublings
without a number (翻番, 翻了一番多), ratios with the vertical-form colon, and rates of
growth named before framing words."""

from planwatch.core.data import Comparator, DocType, DocumentMeta, Measure
from prosefacts import prose_facts

OUTLINE = DocumentMeta(
    doc_type=DocType("plan_outline"), reference_year=2016, reference_date="2016-02-01"
)


def facts_of(text: str, meta: DocumentMeta = OUTLINE):
    return prose_facts(text, meta)


def test_doublings_without_a_number_and_more_than_doubled():
    facts = facts_of("“十二五”期间，全市农民人均纯收入翻了一番多，社会消费品零售总额翻番。")
    more, doubled = facts["翻了一番多"], facts["翻番"]
    assert (more.indicator, more.value, more.measure) == (
        "农民人均纯收入",
        100.0,
        Measure.GROWTH,
    )
    assert more.comparator == Comparator.GE
    assert (doubled.indicator, doubled.value, doubled.comparator) == (
        "社会消费品零售总额",
        100.0,
        Comparator.EQ,
    )


def test_ratio_with_vertical_form_colon():
    facts = facts_of("全县三次产业比例为6.2︰60.1︰33.7。")
    assert [facts[k].value for k in ("6.2", "60.1", "33.7")] == [6.2, 60.1, 33.7]
    assert all(facts[k].unit == "%" for k in ("6.2", "60.1", "33.7"))


def test_growth_rate_name_before_framing_words_is_an_average_growth():
    f = facts_of("“十三五”时期，全市生产总值年均增速预期目标设定为7%左右。")["7%左右"]
    assert (f.measure, f.year, f.period_start) == (Measure.GROWTH, 2020, 2016)


def test_share_named_after_a_growth_word_stays_a_level():
    f = facts_of("2015年，全市高技术产业增速较快，占规模以上工业比重达到30%。")["30%"]
    assert f.measure == Measure.LEVEL


def test_paragraph_opening_with_qizhong_keeps_the_time_of_the_one_before():
    meta = DocumentMeta(doc_type=DocType("sector_plan"))
    text = (
        "近年来，全省交通投资较快增长，2011年至2012年完成投资900亿元。\n"
        "为此，2013年至2015年，全省将力争完成交通投资260亿元。\n"
        "其中，高速公路力争完成投资150亿元。"
    )
    facts = facts_of(text, meta)
    assert (facts["150亿元"].year, facts["150亿元"].period_start) == (2015, 2013)
    # A paragraph of its own does not take the time of the one before.
    alone = facts_of(text.replace("其中，", ""), meta)
    assert alone["150亿元"].year != 2015


def test_evaluation_counts_of_indicators_by_status_are_results_of_the_review_year():
    meta = DocumentMeta(
        doc_type=DocType("plan_midterm_evaluation"),
        reference_year=2019,
        reference_date="2019-01-15",
    )
    text = (
        "“十三五”规划纲要确定的主要指标中，共有24项指标达到或超过规划进度要求，约占80%；"
        "8项约束性指标已完成规划目标。"
    )
    facts = facts_of(text, meta)
    for key in ("24项", "80%", "8项"):
        assert facts[key].kind.value == "actual", key
        assert facts[key].year == 2018, key
        assert facts[key].evidence[0].basis == "status_count", key


def test_a_count_of_indicators_in_a_plan_is_no_status():
    text = "“十三五”期间，全市将新建学校12个，达到省定标准。"
    meta = DocumentMeta(
        doc_type=DocType("plan_midterm_evaluation"),
        reference_year=2019,
        reference_date="2019-01-15",
    )
    assert facts_of(text, meta)["12个"].evidence[0].basis != "status_count"


def test_chinese_numeral_with_a_decimal_part():
    from planwatch.extract.numbers import find_numbers

    assert [(n.raw, n.value) for n in find_numbers("全年达十二点八万亿元")] == [("十二点八", 12.8)]
    assert [n.value for n in find_numbers("提高三點零五个")] == [3.05]
    assert [n.value for n in find_numbers("第一点")] == [1.0]  # no digit after 点


def test_percent_followed_by_the_growth_it_measures():
    meta = DocumentMeta(doc_type=DocType("work_report"), reference_year=2025)
    facts = facts_of("2024年，全省汽车产量继续保持30%以上增长。", meta)
    assert facts["30%以上"].measure == Measure.GROWTH


def test_growth_target_name_gives_growth():
    meta = DocumentMeta(doc_type=DocType("work_report_news"), reference_year=2020)
    facts = facts_of("甲省2020年地区生产总值增长目标为6%左右。", meta)
    assert facts["6%左右"].measure == Measure.GROWTH


def test_value_line_takes_its_name_from_a_name_line_before():
    text = "  创新驱动\n\n  研发经费支出占GDP比重\n\n  到2020年达2.8%\n\n说明的一段话，没有数字。\n到2020年达3%。"
    facts = facts_of(text)
    assert facts["2.8%"].indicator == "研发经费支出占GDP比重"
    assert "3%" not in facts  # the line before is a sentence, not a name


def test_an_adverb_before_the_value_names_nothing():
    facts = facts_of("2020年，全市地区生产总值达到100亿元，提前实现比2010年翻一番。")
    assert facts["翻一番"].indicator == "地区生产总值"
