"""The as-of year of a mid-term evaluation or implementation report, from its own words
(describe/asof.py), on documents written for these tests: a statement opening a clause
(截至2027年底，…) dates the undated results; silence, a deadline, a year outside the plan
or a statement inside one figure's clause leave the genre's year."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind, UserMeta
from planwatch.describe.asof import with_as_of
from planwatch.describe.meta import describe
from planwatch.describe.user import describe_as_set
from planwatch.pipeline import analyse_text

MIDTERM = (
    "松溪市“十五五”规划纲要实施中期评估报告\n"
    "松溪市发展和改革委员会  2028年11月\n"
    "\n"
    "一、主要指标总体进展\n"
    "《纲要》设置了26项主要指标。{statement}19项指标达到或快于序时进度，5项指标进度滞后。"
    "全市森林覆盖率达到46.2%。\n"
    "二、下一步打算\n"
    "到2030年，全市地区生产总值力争达到980亿元。\n"
)


def _mid(statement: str) -> DocumentMeta:
    return describe(MIDTERM.format(statement=statement), name="m.txt")


@pytest.mark.parametrize(
    "statement",
    [
        "评估显示，截至2027年底，",
        "截止到2027年末，",
        "到2027年底,",
        "截至2027年底，",
        "截至去年底，",  # (去年 of a page dated November 2028)
        "评估显示，截止到上年末，",
    ],
)
def test_a_statement_opening_a_clause_dates_a_late_midterm_evaluation(statement):
    meta = _mid(statement)
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert (meta.reference_year, meta.reference_month, meta.period_start) == (2028, 11, 2026)
    assert (meta.as_of_year, meta.reviewed_year, meta.target_year) == (2027, 2027, 2030)
    (ev,) = [e for e in meta.evidence if e.field == "as_of_year"]
    text = MIDTERM.format(statement=statement)
    assert ev.basis == "as_of_statement" and text[ev.start : ev.end] == ev.text
    assert ev.text.startswith(("截至", "截止", "到")) and ev.text.endswith(("底", "末"))


@pytest.mark.parametrize(
    "statement",
    [
        "",  # silent: the genre's year (published in November: its own)
        "两年多来，",  # a count of years reports as of the year it is made
        "力争2027年底前，",  # a deadline is an aim
        "截至2025年底，",  # the plan's base year, not a year of the plan
        "截至2028年底，",  # the genre's year itself
        "森林覆盖率截至2027年底已达到46%，",  # one figure's date, inside its clause
    ],
)
def test_without_a_statement_the_genres_year_stands(statement):
    meta = _mid(statement)
    assert meta.as_of_year is None
    assert meta.reviewed_year == 2028
    assert not [e for e in meta.evidence if e.field == "as_of_year"]


def test_of_several_statements_the_latest_year_of_the_plan():
    meta = _mid("截至2026年底，3项指标已提前完成；截至2027年底，")
    assert meta.as_of_year == 2027


def test_the_undated_results_take_the_as_of_year_and_the_aims_stay_aims():
    text = MIDTERM.format(statement="评估显示，截至2027年底，")
    facts = {text[f.start : f.end]: f for f in analyse_text("m.txt", text).facts}
    for value in ("19项", "5项", "46.2%"):
        assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2027), value
    year_words = [e.text for e in facts["46.2%"].evidence if e.field == "year"]
    assert year_words == ["截至2027年底"]  # (the statement is the year's evidence)
    assert (facts["980亿元"].kind, facts["980亿元"].year) == (Kind.TARGET, 2030)


def test_an_early_midterm_evaluation_already_reviews_the_year_before():
    meta = describe(
        MIDTERM.format(statement="截至2026年底，").replace("2028年11月", "2028年3月"),
        name="m.txt",
    )
    # (March 2028: the genre says 2027; a statement of 2026 names a year within the plan)
    assert (meta.reviewed_year, meta.as_of_year) == (2026, 2026)
    silent = describe(MIDTERM.format(statement="").replace("2028年11月", "2028年3月"), name="m")
    assert (silent.reviewed_year, silent.as_of_year) == (2027, None)


def test_an_implementation_report_without_a_plan_period_goes_back_one_year_at_most():
    base = DocumentMeta(
        doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2027, reference_date="2027-11-20"
    )
    assert base.reviewed_year == 2027
    said = with_as_of(base, "一、计划执行情况\n截至2026年底，全区17个重点项目全部开工。")
    assert (said.as_of_year, said.reviewed_year) == (2026, 2026)
    older = with_as_of(base, "截至2025年末，全区共有规模以上工业企业312家。")
    assert (older.as_of_year, older.reviewed_year) == (None, 2027)


def test_other_genres_keep_their_rule():
    work = DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2027, reference_date="2027-12")
    assert with_as_of(work, "截至2026年底，全区户籍人口45.1万人。").as_of_year is None


def test_a_date_the_user_sets_decides_the_as_of_year_again():
    text = MIDTERM.format(statement="截至2027年底，").replace("  2028年11月", "")
    assert describe(text, name="m.txt").as_of_year == 2027  # (no month: its own year, 2028)
    early = describe_as_set(text, name="m.txt", user=UserMeta(published="2028-03"))
    assert (early.reviewed_year, early.as_of_year) == (2027, None)
    late = describe_as_set(text, name="m.txt", user=UserMeta(published="2029-10"))
    assert (late.reviewed_year, late.as_of_year) == (2027, 2027)


# -- an implementation report on the first part of a year reviews that year ------------

AUTUMN = (
    "关于{year}年{part}国民经济和社会发展计划执行情况的报告\n"
    "——{date}在市第十六届人民代表大会常务委员会第九次会议上\n"
    "\n"
    "一、计划执行情况\n"
    "全市地区生产总值完成612.4亿元，同比增长5.6%。城镇新增就业3.2万人。\n"
    "二、下一步工作安排\n"
    "确保完成全年地区生产总值增长6%左右的预期目标。\n"
)


@pytest.mark.parametrize(
    ("part", "date"),
    [("上半年", "2027年8月26日"), ("1—8月", "2027年9月20日"), ("前三季度", "2027年11月2日")],
)
def test_a_report_on_a_years_first_part_reviews_that_year_and_sets_its_aims(part, date):
    text = AUTUMN.format(year=2027, part=part, date=date)
    analysed = analyse_text("i.txt", text)
    meta = analysed.document.meta
    assert meta.doc_type is DocType.IMPLEMENTATION_REPORT
    assert (meta.reviewed_year, meta.target_year) == (2027, 2027)
    facts = {text[f.start : f.end]: f for f in analysed.facts}
    for value in ("612.4亿元", "5.6%", "3.2万人"):
        assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2027), value
    assert (facts["6%左右"].kind, facts["6%左右"].year) == (Kind.TARGET, 2027)


@pytest.mark.parametrize(
    ("year", "part", "date"),
    [
        (2026, "", "2027年1月18日"),  # a spring report on the year before
        (2027, "上半年", "2027年3月2日"),  # the half-year cannot be over yet
        (2026, "上半年", "2027年8月26日"),  # a year that is not the report's
    ],
)
def test_other_implementation_reports_keep_the_genres_year(year, part, date):
    meta = describe(AUTUMN.format(year=year, part=part, date=date), name="i.txt")
    assert meta.doc_type is DocType.IMPLEMENTATION_REPORT
    assert meta.as_of_year is None
    assert meta.reviewed_year == meta.genre_reviewed_year == 2026
    assert meta.target_year == 2027


@pytest.mark.parametrize(
    "statement",
    [
        "市发展改革委对2026—2027年《纲要》实施情况进行了评估。",
        "现将2026—2027年规划实施情况报告如下。",
    ],
)
def test_the_years_whose_implementation_is_reviewed_date_the_results(statement):
    meta = _mid(statement)
    assert (meta.as_of_year, meta.reviewed_year) == (2027, 2027)


def test_a_sentence_opening_with_a_month_is_no_date_line() -> None:
    text = (
        "论坛 › 规划评估 › 某州生态环境保护规划中期评估报告\n"
        "发表于 2028-9-18 16:02 | 只看该作者\n"
        "某州“十五五”生态环境保护规划中期评估报告\n\n"
        "2026年12月，州政府印发《某州“十五五”生态环境保护规划》。现将中期评估情况报告如下。\n"
        "2027年，全州森林覆盖率达到17.8%。\n"
    )
    meta = describe(text, name="post.txt")
    assert (meta.reference_year, meta.reference_month) == (2028, 9)
