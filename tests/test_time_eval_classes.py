"""Time frames of evaluations and plans, class by class, on sentences written for these tests
(none from a sample document): a review heading that names aims, 提前N年, an aim adjusted
from its first value, and an aim quoted after a look back at an earlier plan."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from planwatch.describe.asof import with_as_of
from planwatch.describe.doctype import detect_genre, plan_period
from planwatch.extract.time_words import relative_years, words
from planwatch.extract.timewords import time_marks
from planwatch.pipeline import analyse_text
from prosefacts import prose_facts as facts_of

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    period_start=2026,
    period_end=2030,
    reference_year=2028,
    reference_date="2028-10-15",
)
FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    period_start=2021,
    period_end=2025,
    reference_year=2026,
    reference_date="2026-03-20",
)
OUTLINE = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030)
REPORT = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2020, reference_date="2020-01-14"
)


def kyp(f):
    return f.kind, f.year, f.period_start


# -- a heading that reviews aims (目标…实现情况) is a review ---------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "一、《纲要》主要目标指标实现情况",
        "（二）规划目标落实情况",
        "三、主要发展目标推进情况",
        "第一部分 规划目标任务完成情况",
    ],
)
def test_a_heading_reviewing_the_plans_aims_makes_its_undated_figures_results(heading):
    text = f"{heading}\n产业结构持续优化，非农产业增加值比重超过92%。"
    f = facts_of(text, MIDTERM)["92%"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2028)
    assert any(e.basis == "section" for e in f.evidence)


def test_a_plans_heading_of_aims_still_makes_aims():
    f = facts_of("第二节 主要目标\n全员劳动生产率达到22万元/人。", OUTLINE)["22万元/人"]
    assert kyp(f) == (Kind.TARGET, 2030, None)


# -- 提前N年: reached that many years before the aim's year ----------------------------------


def test_reached_years_ahead_of_the_plans_end_in_a_final_evaluation():
    f = facts_of("全市地区生产总值提前两年实现比2020年翻一番。", FINAL)["翻一番"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2023, 2021)


def test_reached_a_named_plans_aim_a_year_early():
    text = "“十三五”时期森林覆盖率目标提前一年完成，达到48.6%。"
    f = facts_of(text, REPORT)["48.6%"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2019)


def test_an_aim_to_be_reached_a_year_early_is_an_aim_for_that_year():
    f = facts_of("常住人口城镇化率力争提前一年达到70%。", MIDTERM)["70%"]
    assert (f.kind, f.year) == (Kind.TARGET, 2029)


def test_ahead_is_no_first_years_of_the_plan():
    assert [m.kind for m in time_marks("提前两年完成")] == ["ahead"]
    assert [m.kind for m in time_marks("前两年，全县")] == ["first"]
    f = facts_of("前两年，全县地区生产总值年均增长6.1%。", MIDTERM)["6.1%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2027, 2026)


# -- an aim adjusted from its first value: both values are aims of the plan -------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("建议将“十五五”时期地区生产总值年均增长指标由7%左右调整为6%左右。", "7%左右", "6%左右"),
        ("“十五五”期间居民收入年均增长预期目标由6.5%下调为6%。", "6.5%", "6%"),
    ],
)
def test_an_aim_adjusted_keeps_the_plans_years_for_its_first_value(text, first, second):
    f = facts_of(text, MIDTERM)
    for value in (first, second):
        assert kyp(f[value]) == (Kind.TARGET, 2030, 2026), value
        assert f[value].measure == Measure.GROWTH


def test_a_results_change_over_the_period_still_starts_before_it():
    f = facts_of("“十四五”期间，全市科技型企业由120家增加到315家。", FINAL)
    assert kyp(f["120家"]) == (Kind.ACTUAL, 2020, None)
    assert (f["315家"].kind, f["315家"].year) == (Kind.ACTUAL, 2025)


# -- an aim quoted after a look back at an earlier plan is the document's own plan's ----------


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        (
            "“十四五”时期全县地区生产总值年均增长6.8%，《纲要》据此提出了年均增长6%左右的预期目标。",
            MIDTERM,
        ),
        ("“十四五”时期全县经济年均增长6.8%，综合考虑，规划提出年均增长6%左右的目标。", OUTLINE),
    ],
)
def test_an_aim_after_a_look_back_at_the_last_plan_is_for_this_plan(text, meta):
    f = facts_of(text, meta)
    assert kyp(f["6.8%"]) == (Kind.ACTUAL, 2025, 2021)
    assert kyp(f["6%左右"]) == (Kind.TARGET, 2030, 2026)


def test_an_aim_of_the_last_plan_named_in_its_own_clause_keeps_its_years():
    text = "“十四五”规划提出的年均增长6.5%左右的目标，实际完成6.8%。"
    f = facts_of(text, MIDTERM)["6.5%左右"]
    assert (f.kind, f.year) == (Kind.TARGET, 2025)


# -- the word lists come from the data file ---------------------------------------------------


def test_the_time_word_lists_are_read_from_the_data_file():
    assert relative_years()["去年"] == -1 and relative_years()["明年"] == 1
    assert "实现情况" in words("head_actual") and "目标" in words("head_target")
    assert [m.offset for m in time_marks("上一年和后年") if m.kind == "rel"] == [-1, 2]


# -- the figure right after a comparison's base is the base's own -----------------------------

NEWS = DocumentMeta(doc_type=DocType.NEWS, reference_year=2028, reference_date="2028-01-20")
REPORT_2028 = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2028, reference_date="2028-01-12"
)


def test_last_years_aim_quoted_for_comparison_is_last_years():
    text = "今年全市经济增长预期目标定为5%左右，比去年的5.5%目标有所下调。"
    f = facts_of(text, NEWS)
    assert (f["5%左右"].kind, f["5%左右"].year) == (Kind.TARGET, 2028)
    assert (f["5.5%"].kind, f["5.5%"].year) == (Kind.TARGET, 2027)


def test_a_named_years_figure_after_its_comparison_word_is_that_years():
    text = "全年地区生产总值增长5.6%，与2026年6.1%的增速相比回落0.5个百分点。"
    f = facts_of(text, REPORT_2028)
    assert kyp(f["6.1%"]) == (Kind.ACTUAL, 2026, None)
    assert (f["5.6%"].kind, f["5.6%"].year) == (Kind.ACTUAL, 2027)
    assert (f["0.5个百分点"].kind, f["0.5个百分点"].year) == (Kind.ACTUAL, 2027)


def test_the_last_plans_average_after_its_comparison_word_covers_that_plan():
    text = (
        "“十五五”时期全市地区生产总值年均增长5%左右，比“十四五”时期5.9%的年均增速回落0.9个百分点。"
    )
    f = facts_of(text, OUTLINE)
    assert kyp(f["5.9%"]) == (Kind.ACTUAL, 2025, 2021)
    assert kyp(f["5%左右"]) == (Kind.TARGET, 2030, 2026)
    assert kyp(f["0.9个百分点"]) == (Kind.TARGET, 2030, 2026)


def test_a_base_followed_by_a_change_is_only_a_base():
    assert [m.kind for m in time_marks("比2025年增长12%")] == ["base"]
    f = facts_of("全年地区生产总值比2025年增长12%。", REPORT_2028)["12%"]
    assert kyp(f) == (Kind.ACTUAL, 2027, 2026)


# -- an issue line ending on a month is a date, not a section of that year --------------------


@pytest.mark.parametrize("issue", ["临川县统计局　2028年3月", "（2028年3月）", "2028年3月"])
def test_an_issue_line_under_the_title_sets_no_years_section(issue):
    communique = DocumentMeta(
        doc_type=DocType.STATISTICAL_COMMUNIQUE,
        year=2027,
        reference_year=2028,
        reference_date="2028-03",
    )
    text = f"临川县2027年国民经济和社会发展统计公报\n{issue}\n\n经初步核算，全年实现地区生产总值412.3亿元，比上年增长5.2%。"
    f = facts_of(text, communique)
    assert (f["412.3亿元"].kind, f["412.3亿元"].year) == (Kind.ACTUAL, 2027)
    assert (f["5.2%"].kind, f["5.2%"].year) == (Kind.ACTUAL, 2027)


def test_a_heading_naming_a_year_and_month_range_is_still_a_section():
    report = DocumentMeta(
        doc_type=DocType.STATISTICAL_NEWS, reference_year=2027, reference_date="2027-12-15"
    )
    text = "二、2027年1-11月工业生产情况\n规模以上工业增加值增长6.3%。"
    f = facts_of(text, report)["6.3%"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2027)


# -- an evaluation says how its indicators fare against the plan: a review --------------------

MID_OCT = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    period_start=2026,
    period_end=2030,
    reference_year=2028,
    reference_date="2028-10",
)


@pytest.mark.parametrize(
    "heading", ["一、主要指标总体符合预期", "二、多数指标好于预期", "（三）约束性指标快于序时进度"]
)
def test_a_heading_on_how_indicators_fare_makes_a_review(heading):
    text = f"{heading}\n城镇登记失业率控制在3%，较上年下降0.2个百分点。但距2.8%的规划目标仍有差距。\n每万人口发明专利拥有量9.3件。"
    f = facts_of(text, MID_OCT)
    assert (f["9.3件"].kind, f["9.3件"].year) == (Kind.ACTUAL, 2028)
    assert (f["2.8%"].kind, f["2.8%"].year) == (Kind.TARGET, 2030)


# -- an evaluation's as-of statement dates its undated figures --------------------------------


@pytest.mark.parametrize("as_of", ["截至2027年底，", "截止到2027年末，", "到2027年底，"])
def test_a_midterm_evaluations_as_of_statement_dates_its_undated_results(as_of):
    text = (
        "一、总体进展\n"
        f"{as_of}《纲要》确定的主要指标总体进展顺利。\n"
        "（一）创新能力增强。高新技术企业达到412家，每万人口高价值发明专利拥有量8.2件。\n"
        "（二）后半程目标。到2030年，全市研发经费投入强度达到3.2%。"
    )
    f = facts_of(text, with_as_of(MID_OCT, text))  # (the describe stage finds the statement)
    assert (f["412家"].kind, f["412家"].year) == (Kind.ACTUAL, 2027)
    assert (f["8.2件"].kind, f["8.2件"].year) == (Kind.ACTUAL, 2027)
    assert any(e.field == "year" and e.text == as_of[:-1] for e in f["8.2件"].evidence)
    assert (f["3.2%"].kind, f["3.2%"].year) == (Kind.TARGET, 2030)


def test_without_an_as_of_statement_the_frames_year_holds():
    text = "一、总体进展\n（一）创新能力增强。高新技术企业达到412家。"
    f = facts_of(text, MID_OCT)["412家"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2028)


def test_a_plans_aim_after_a_reviewed_year_in_an_evaluation_is_for_the_plans_end():
    text = "研发经费投入强度由2025年的2.6%提高到2027年的2.9%，但距3.3%的规划目标仍有差距。"
    f = facts_of(text, MID_OCT)
    assert kyp(f["2.9%"]) == (Kind.ACTUAL, 2027, None)
    assert kyp(f["3.3%"]) == (Kind.TARGET, 2030, None)


# -- words that only look like time words -----------------------------------------------------


@pytest.mark.parametrize("stage", ["学前三年毛入园率", "此前两年平均"])
def test_first_years_only_when_they_are_the_plans(stage):
    assert "first" not in [m.kind for m in time_marks(f"2025年全市{stage}达到91.5%")]


def test_a_school_stage_keeps_the_year_named_before_it():
    sector = DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2026, period_end=2030)
    f = facts_of("2025年全市学前三年毛入园率达到91.5%，比2020年提高6.2个百分点。", sector)
    assert kyp(f["91.5%"]) == (Kind.ACTUAL, 2025, None)
    assert kyp(f["6.2个百分点"]) == (Kind.ACTUAL, 2025, 2021)


# -- a table's row is no heading, and a year in its cells no section's time -------------------


def test_a_table_row_with_a_year_like_cell_sets_no_section_time():
    sector = DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2021, period_end=2025)
    text = (
        "表1 主要指标\n"
        "序号 指标 2020年 2025年 属性\n"
        "6 光伏装机容量（万千瓦） 2018 4200以上 预期性\n"
        "\n"
        "专栏3 重点工程\n"
        "1.水土保持工程：治理水土流失面积1200平方公里，新增湿地面积1.8万亩。\n"
    )
    f = facts_of(text, sector)
    for value in ("1200平方公里", "1.8万亩"):
        assert (f[value].kind, f[value].year) == (Kind.TARGET, 2025), value


# -- a sector's five-year plan names its sector in the title ---------------------------------


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("临川县卫生健康事业发展第十五个五年规划（2026—2030年）", DocType.SECTOR_PLAN),
        ("临川县旅游产业第十四个五年规划", DocType.SECTOR_PLAN),
        ("临川县国民经济和社会发展第十五个五年规划纲要", DocType.FIVE_YEAR_PLAN),
    ],
)
def test_a_sectors_five_year_plan_is_a_sector_plan(title, genre):
    assert detect_genre(f"{title}\n\n第一章 发展基础\n").doc_type is genre


# -- the plan a title names is the document's, however often its review names the last one ---


@pytest.mark.parametrize(
    "title", ["临川县“十五五”交通运输发展规划", "临川县“十五五”生态环境保护规划（征求意见稿）"]
)
def test_the_plan_named_in_the_title_is_the_documents_period(title):
    text = (
        f"{title}\n临川县交通运输局　2026年5月\n\n第一章 发展基础\n\n"
        "一、“十四五”发展成效\n“十四五”时期，全县交通投资快速增长，“十四五”规划确定的目标全面完成。\n"
    )
    assert plan_period(text) == (2026, 2030)


def test_a_title_naming_no_plan_leaves_the_period_to_the_text():
    text = "临川县交通发展回顾\n\n“十四五”时期，全县交通投资快速增长，“十四五”规划确定的目标全面完成。\n"
    assert plan_period(text) == (2021, 2025)


# -- a plan's own years: 五年累计 and its own period are aims ahead ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "主要目标是：\n——民生更加殷实。城镇新增就业五年累计4.5万人以上，城镇调查失业率控制在5.5%以内。",
        "——民生更加殷实。城镇新增就业五年累计4.5万人以上，城镇调查失业率控制在5.5%以内。",
    ],
)
def test_five_years_summed_in_a_plan_are_its_own_years_ahead(text):
    f = facts_of(text, OUTLINE)
    assert kyp(f["4.5万人以上"]) == (Kind.TARGET, 2030, 2026)
    assert (f["5.5%以内"].kind, f["5.5%以内"].year) == (Kind.TARGET, 2030)


def test_a_plans_own_period_named_is_its_years_ahead():
    f = facts_of("“十五五”期间累计投入校舍建设资金45亿元左右。", OUTLINE)["45亿元左右"]
    assert kyp(f) == (Kind.TARGET, 2030, 2026)


def test_a_plans_review_of_the_last_period_stays_a_review():
    text = "一、发展基础\n“十四五”时期，五年累计完成固定资产投资3120亿元。"
    f = facts_of(text, OUTLINE)["3120亿元"]
    assert kyp(f) == (Kind.ACTUAL, 2025, 2021)


def test_a_count_word_before_next_year_is_no_time():
    assert [m.kind for m in time_marks("旅游接待人次年均增长10%")] == []
    assert [m.kind for m in time_marks("次年完成")] == ["rel"]
    f = facts_of("旅游接待人次年均增长10%以上，旅游总收入突破260亿元。", OUTLINE)
    assert kyp(f["10%以上"]) == (Kind.TARGET, 2030, 2026)
    assert (f["260亿元"].kind, f["260亿元"].year) == (Kind.TARGET, 2030)


# -- 与 before a plan named as a document is "with", not a comparison's base -------------------


def test_an_aim_in_keeping_with_the_plan_named_is_that_plans():
    report = DocumentMeta(
        doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2027, reference_date="2027-01-18"
    )
    text = "今年全市地区生产总值预期增长6%左右，与“十五五”规划纲要年均增长6.5%的目标相衔接。"
    assert [m.kind for m in time_marks(text)] == ["rel", "planname"]
    f = facts_of(text, report)
    assert kyp(f["6%左右"]) == (Kind.TARGET, 2027, None)
    assert kyp(f["6.5%"]) == (Kind.TARGET, 2030, 2026)


def test_a_comparison_with_a_plans_end_is_still_a_base():
    assert [m.kind for m in time_marks("与“十四五”期末相比")] == ["baseplan"]


# -- a plan's aim for a rate or a fall with no time of its own covers the plan ----------------


@pytest.mark.parametrize(
    ("text", "value", "meta"),
    [
        ("单位地区生产总值能耗降低19.1%，超额完成省下达的16%的目标任务。", "16%", FINAL),
        ("我们定的经济增长速度是7%，稳中求进。", "7%", OUTLINE),
    ],
)
def test_a_plans_aim_for_a_rate_with_no_time_of_its_own_covers_the_plan(text, value, meta):
    f = facts_of(text, meta)[value]
    assert kyp(f) == (Kind.TARGET, meta.period_end, meta.period_start)
    assert f.measure == Measure.GROWTH


def test_a_years_own_growth_aim_in_a_plan_stays_that_years():
    f = facts_of("2026年地区生产总值增长目标为6%左右。", OUTLINE)["6%左右"]
    assert kyp(f) == (Kind.TARGET, 2026, None)


# -- an evaluation's table: the column of what was done by a year holds results --------------


@pytest.mark.parametrize("done", ["2025年完成", "2025年实现"])
def test_an_evaluation_tables_done_column_holds_results(done):
    text = (
        "平川县“十四五”规划纲要实施总结评估报告\n（2026年3月）\n\n表1 主要指标完成情况\n"
        f"指标 单位 2020年 2025年目标 {done} 完成情况\n"
        "森林覆盖率 % 40.4 43 43.6 完成\n"
        "常住人口城镇化率 % 46.7 56 55.3 未完成\n"
    )
    found = {text[f.start : f.end]: f for f in analyse_text("t.txt", text).facts}
    assert (found["43"].kind, found["43"].year) == (Kind.TARGET, 2025)
    assert (found["43.6"].kind, found["43.6"].year) == (Kind.ACTUAL, 2025)
    assert (found["55.3"].kind, found["55.3"].year) == (Kind.ACTUAL, 2025)


# -- horizons and look backs named by the plan, not by a year --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "按目前进度测算，到规划期末全市森林覆盖率可达到47%。",
        "预计到期末，全市森林覆盖率达到47%。",
        "规划期末，全市森林覆盖率达到47%。",
    ],
)
def test_the_plans_end_is_an_aims_horizon(text):
    f = facts_of(text, MIDTERM)["47%"]
    assert (f.kind, f.year) == (Kind.TARGET, 2030)


def test_a_year_end_deadline_is_an_aims_horizon():
    assert [m.kind for m in time_marks("2027年底前建成")] == ["to"]
    assert [m.kind for m in time_marks("2027年前三季度")] == ["year", "part"]
    f = facts_of("2027年底前，建成5G基站1200个。", OUTLINE)["1200个"]
    assert (f.kind, f.year) == (Kind.TARGET, 2027)


@pytest.mark.parametrize("since", ["规划实施以来", "《纲要》实施以来", "纲要执行以来"])
def test_since_the_plan_began_runs_from_its_first_year(since):
    f = facts_of(f"{since}，全市累计完成固定资产投资1860亿元。", MIDTERM)["1860亿元"]
    assert kyp(f) == (Kind.ACTUAL, 2028, 2026)


def test_more_than_two_years_is_a_look_back_up_to_the_year_of_writing():
    # (Its own sentence's cumulative figure runs into the year under way, as 规划实施以来
    # does; the sentences after it keep whole years: test_eval_report_classes10.)
    f = facts_of("《纲要》实施两年多来，全市累计新增城镇就业2.3万人。", MIDTERM)["2.3万人"]
    assert kyp(f) == (Kind.ACTUAL, 2028, 2026)
