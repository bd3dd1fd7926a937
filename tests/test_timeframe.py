"""Years and kinds from the document frame and the clause's time words, class by class, on
sentences written for these tests: a mid-term evaluation's as-of year, 当年/同年, a plan
named with junk inside its word, a sector's multi-year aims, 目前 and datelines."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Outline
from planwatch.extract.prose import ProseExtractor
from planwatch.extract.timewords import time_marks


def facts_of(text: str, meta: DocumentMeta):
    found = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    return {text[f.start : f.end]: f for f in found}


# -- a mid-term evaluation reports as of the year it is made ------------------------------


def test_a_midterm_evaluation_without_a_month_reports_as_of_its_own_year():
    mid = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION, period_start=2026, period_end=2030, reference_year=2028
    )
    assert (mid.reviewed_year, mid.target_year) == (2028, 2030)
    f = facts_of("全市森林覆盖率达到41.5%，建成省级重点实验室12个。", mid)
    assert (f["41.5%"].kind, f["41.5%"].year) == (Kind.ACTUAL, 2028)
    assert (f["12个"].kind, f["12个"].year) == (Kind.ACTUAL, 2028)


def test_a_midterm_evaluation_delivered_early_in_a_year_reviews_the_year_before():
    mid = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION,
        period_start=2026,
        period_end=2030,
        reference_year=2029,
        reference_date="2029-05-20",
    )
    assert mid.reviewed_year == 2028


# -- 当年 and 同年 are the year just named, else the year under review ----------------------

COMMUNIQUE = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE,
    year=2027,
    reference_year=2028,
    reference_date="2028-04-02",
)


def test_dangnian_in_a_communique_is_the_year_it_covers():
    f = facts_of("当年新登记各类企业812户，新增个体工商户2306户。", COMMUNIQUE)
    assert (f["812户"].kind, f["812户"].year) == (Kind.ACTUAL, 2027)
    assert (f["2306户"].kind, f["2306户"].year) == (Kind.ACTUAL, 2027)


def test_dangnian_after_a_named_year_keeps_that_year():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2028, reference_date="2028-01-20"
    )
    f = facts_of("2025年全县启动园区建设，当年引进企业35家。", report)["35家"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2025)


def test_dangnian_price_is_no_time_word():
    assert [m.kind for m in time_marks("按当年价格计算，增长5%")] == []


# -- a plan named with junk inside its word is the plan, not its years ---------------------


def test_a_plan_named_with_junk_inside_the_word_sets_no_paragraph_time():
    news = DocumentMeta(doc_type=DocType.NEWS, reference_year=2027, reference_date="2027-01-12")
    text = "“开好‘十五五’规(guī)划的局”。区长说，全年预计实现地区生产总值318.2亿元，同比增长6.1%。"
    from planwatch.core.normalise import fold
    from planwatch.extract.prose_script import DocumentWords

    view = DocumentWords(text, fold(text)).blanked(fold(text))
    assert [m.kind for m in time_marks(view)][:1] == ["planname"]
    f = facts_of(text, news)
    assert (f["318.2亿元"].kind, f["318.2亿元"].year) == (Kind.ACTUAL, 2026)
    assert (f["6.1%"].kind, f["6.1%"].year) == (Kind.ACTUAL, 2026)
