"""One place for the document frame: describe decides the reference date and the years a
document reviews and aims at, with evidence; the extractors' frame only reads them. And
one pattern for a five-year plan's name. (Texts written for these tests.)"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind
from planwatch.core.periods import PLAN_NAME, plan_mentions, plan_named
from planwatch.describe.doctype import cues, detect_genre
from planwatch.describe.meta import describe
from planwatch.extract.prose_names import LEAD_TIME_RE
from planwatch.extract.sections import doc_frame
from planwatch.extract.timewords import time_marks


def _basis(meta: DocumentMeta) -> list[str]:
    return [e.basis for e in meta.evidence if e.field == "reference_date"]


# -- the rules moved from the extractors' frame into describe -------------------------


def test_a_report_delivered_from_october_on_reviews_its_own_year():
    text = (
        "某县人民政府工作报告\n——2026年12月28日在某县第十八届人民代表大会第三次会议上\n"
        "各位代表:今年以来,全县地区生产总值增长6%。\n"
    )
    meta = describe(text, name="t.txt")
    assert (meta.reference_date, meta.reference_month) == ("2026-12-28", 12)
    assert (meta.reviewed_year, meta.target_year, meta.horizon_year) == (2026, 2027, 2027)
    early = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2027, reference_date="2027-01-09"
    )
    assert (early.reviewed_year, early.target_year) == (2026, 2027)


def test_a_final_evaluation_reports_its_plans_last_year():
    meta = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION,
        period_start=2026,
        period_end=2030,
        reference_year=2032,  # (delivered late: nothing of 2031 is reviewed)
        reference_date="2032-03",
    )
    assert (meta.reviewed_year, meta.target_year, meta.horizon_year) == (2030, 2030, 2030)
    mid = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION,
        period_start=2026,
        period_end=2030,
        reference_year=2028,
        reference_date="2028-06",
    )
    assert (mid.reviewed_year, mid.target_year, mid.horizon_year) == (2027, 2030, 2028)


def test_a_plan_reviews_the_year_before_its_period_and_speaks_from_its_first_year():
    text = "某市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n"
    meta = describe(text, name="t.txt")
    assert (meta.doc_type, meta.period_start, meta.period_end) == (
        DocType.FIVE_YEAR_PLAN,
        2026,
        2030,
    )
    assert (meta.reviewed_year, meta.target_year, meta.present_year) == (2025, 2030, 2026)
    # Without a period a plan's years come from its reference year like any report's.
    bare = DocumentMeta(doc_type=DocType.PLAN_TABLE, reference_year=2026)
    assert (bare.reviewed_year, bare.horizon_year, bare.present_year) == (2025, 2026, 2026)


def test_without_a_printed_date_the_first_full_date_of_the_text_is_the_reference():
    text = "某县召开经济工作会议\n会议于2026年12月20日举行。全年经济运行总体平稳。\n"
    meta = describe(text, name="t.txt")
    assert meta.reference_date == "2026-12-20" and _basis(meta)[-1] == "text_date"
    assert meta.published is None  # inferred, not a date the page prints for itself
    assert meta.reviewed_year == 2026


def test_else_a_year_of_the_opening_lines_but_never_a_horizon():
    meta = describe("某县2026年农业农村工作要点\n抓好粮食生产。\n", name="t.txt")
    assert (meta.reference_year, _basis(meta)[-1]) == (2026, "text_year")
    ev = next(e for e in meta.evidence if e.basis == "text_year")
    assert (ev.text, ev.start, ev.end) == ("2026年", 2, 7)
    horizon = describe("某县交通发展思路\n到2030年,高速公路里程达到300公里。\n", name="t.txt")
    assert horizon.reference_year is None


def test_a_communique_opening_on_a_year_covers_that_year():
    meta = describe("某县2026年国民经济和社会发展统计公报\n全县生产总值增长5%。\n", name="t.txt")
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert (meta.reference_year, meta.year, meta.reviewed_year) == (2027, 2026, 2026)


@pytest.mark.parametrize(
    "meta",
    [
        DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2026, reference_date="2026-02"),
        DocumentMeta(doc_type=DocType.NEWS, reference_year=2025, reference_date="2025-11-02"),
        DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2025, reference_year=2026),
        DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2026, period_end=2035),
        DocumentMeta(
            doc_type=DocType.MIDTERM_EVALUATION,
            period_start=2021,
            period_end=2025,
            reference_year=2023,
        ),
        DocumentMeta(doc_type=DocType.OTHER, reference_year=2024),
        DocumentMeta(),
    ],
)
def test_the_frame_reads_the_meta_and_decides_nothing_again(meta):
    frame = doc_frame(meta)
    assert frame.ref_year == meta.present_year
    assert (frame.review_year, frame.target_year) == (meta.reviewed_year, meta.horizon_year)
    assert (frame.period_start, frame.period_end) == (meta.period_start, meta.period_end)
    aim = meta.target_year if meta.target_year is not None else meta.horizon_year
    assert frame.default_year(Kind.TARGET) == aim
    assert frame.default_year(Kind.ACTUAL) == meta.reviewed_year


# -- one pattern for a plan's name ------------------------------------------------------


def test_plan_names_of_every_form_and_numbers_that_are_none():
    found = [(m.number, m.years) for m in plan_mentions("“九五”时期和第十四个五年规划,十五期间")]
    assert found == [(9, (1996, 2000)), (14, (2021, 2025)), (10, (2001, 2005))]
    assert list(plan_mentions("九五折,十五万元,第十五届,十五年")) == []
    assert plan_named("第十四个五年规划") == (2021, 2025)
    assert plan_named("“十五”时期") == (2001, 2005)


def test_the_stages_share_the_plan_name_pattern():
    # A time mark: the numbers fifteen are no plan, an earlier plan in quotes is.
    assert [m.kind for m in time_marks("完成投资十五万元")] == []
    assert [(m.kind, m.year) for m in time_marks("“九五”时期")] == [("plan", 2000)]
    # A plan named in full names the plan (its document), not its years as a time.
    assert [m.kind for m in time_marks("第十四个五年规划实施以来")] == ["planname"]
    # Lead time words drop from an indicator name, whichever way the plan is named.
    assert LEAD_TIME_RE.sub("", "“十五”期间全县粮食产量") == "全县粮食产量"
    assert LEAD_TIME_RE.sub("", "十五万亩高标准农田") == "十五万亩高标准农田"
    # Genre cues write <plan> for the pattern.
    assert all("<plan>" not in c.pattern.pattern for c in cues())
    assert any(PLAN_NAME in c.pattern.pattern for c in cues())
    genre = detect_genre("某市调低“十五五”经济增速预期目标\n2027-09-25 08:00\n")
    assert genre.pending == "plan_adjustment"


def test_a_results_table_reports_through_the_year_describe_says_is_reviewed():
    from planwatch.core.data import ExtractContext, Outline
    from planwatch.extract.table_column_years import actual_through
    from planwatch.extract.table_header import PlanPeriod

    def through(meta: DocumentMeta, period: PlanPeriod | None = None) -> int | None:
        return actual_through(ExtractContext(doc="t", meta=meta, outline=Outline()), period)

    report = DocumentMeta(doc_type=DocType.WORK_REPORT, year=2026, reference_year=2026)
    assert through(report) == 2025
    late = DocumentMeta(
        doc_type=DocType.WORK_REPORT, year=2026, reference_year=2026, reference_date="2026-12-20"
    )
    assert through(late) == 2026
    assert through(late, PlanPeriod(2026, 2030)) is None
    communique = DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2025)
    assert through(communique) == 2025
    assert through(DocumentMeta(doc_type=DocType.OTHER, reference_year=2026)) is None


def test_results_of_a_span_of_years_date_an_undated_news_item_the_year_after():
    text = (
        "新华社某地6月3日电 记者从全省水利建设推进会上了解到,2024年至2025年完成水利投资320亿元。\n"
    )
    meta = describe(text, name="t.txt")
    ev = next(e for e in meta.evidence if e.field == "reference_date")
    assert (meta.reference_year, ev.basis) == (2026, "reviewed_year")
    assert ev.text.startswith("2024年至2025年")
    # Aims for a span of coming years are no results: they make the text a sector's
    # programme, dated by its first year.
    ahead = describe("某县召开交通工作会议\n2026年至2028年,全县将新建公路80公里。\n", name="t.txt")
    assert (ahead.doc_type, ahead.reference_year) == (DocType.SECTOR_PLAN, 2026)
    assert _basis(ahead) == ["plan_period"]


def test_a_municipal_congress_session_gives_no_year():
    from planwatch.describe.dates import Reading
    from planwatch.describe.refdate import _congress_year

    def read(text):
        reading = Reading.of(text, len(text))
        return reading, reading.view.text

    text = "市第十五届人民代表大会第五次会议今天上午开幕。"
    assert _congress_year(*read(text)) is None
    text = "四川省第十三届人民代表大会第五次会议今天开幕。"
    assert _congress_year(*read(text)).date.year == 2022
