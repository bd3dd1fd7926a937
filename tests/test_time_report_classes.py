"""Kind and time in implementation reports and evaluations, class by class, on sentences
written for these tests (none from a sample document): an aim word in the value's own clause
under a dated heading, a heading joining a year and a plan period, 前两年 of a period named,
a list led in with a year in an evaluation, and figures measured against an aim."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Evidence, Kind
from planwatch.extract.timewords import time_marks
from prosefacts import prose_facts as facts_of

A, T = Kind.ACTUAL, Kind.TARGET

REPORT = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2028, reference_date="2028-01-12"
)
MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    period_start=2026,
    period_end=2030,
    reference_year=2028,
    reference_date="2028-10-15",
)


def kyp(f):
    return f.kind, f.year, f.period_start


# -- an aim word in the value's own clause beats the year of the heading above ----------------


@pytest.mark.parametrize(
    ("line", "aim", "result"),
    [
        ("1.地区生产总值：年度目标增长6%左右，预计完成3120亿元。", "6%左右", "3120亿元"),
        ("2.一般公共预算收入：年初预期目标为增长4%，实际完成286.5亿元。", "4%", "286.5亿元"),
        ("3.城镇新增就业：年度计划5万人，全年实际新增5.4万人。", "5万人", "5.4万人"),
        ("（四）居民消费价格：控制目标3%左右，实际上涨1.8%。", "3%左右", "1.8%"),
    ],
)
def test_an_aim_in_its_own_clause_under_a_dated_review_heading(line, aim, result):
    text = f"一、2027年计划执行情况\n（一）主要指标完成情况\n{line}"
    f = facts_of(text, REPORT)
    assert (f[aim].kind, f[aim].year) == (T, 2027)
    assert (f[result].kind, f[result].year) == (A, 2027)
    ev = next(e for e in f[aim].evidence if e.field == "kind")
    assert ev.basis == "cue" and text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全年争取到位上级补助资金9.6亿元。", "9.6亿元"),  # secured, not striven for
        ("全面完成年度目标任务，地区生产总值增长6.2%。", "6.2%"),  # the aim's clause is over
        ("年度目标完成率达到104%。", "104%"),  # a result word after the aim word
        ("全年共争取新增建设用地指标8600亩。", "8600亩"),  # a total of what was got
        ("累计争取中央预算内投资12.4亿元。", "12.4亿元"),
        ("已争取专项债券额度35亿元。", "35亿元"),
        ("引进“青年英才计划”人选14名。", "14名"),  # the aim word names a programme
        ("《乡村振兴计划》确定的项目开工62个。", "62个"),
        ("市、县重点项目分别完成年度计划的112%、106%。", "106%"),  # the list's second figure
        ("重点项目完成投资计划的98%和公共服务项目的103%。", "103%"),
    ],
)
def test_results_near_an_aim_word_stay_results(sentence, value):
    f = facts_of(f"一、2027年计划执行情况\n{sentence}", REPORT)[value]
    assert (f.kind, f.year) == (A, 2027)


# -- a heading joining a year and a plan period: the year for what follows --------------------


@pytest.mark.parametrize(
    "heading",
    ["一、2027年计划执行情况和“十五五”前两年回顾", "一、2027年及“十五五”以来经济社会发展情况"],
)
def test_a_heading_naming_a_year_and_its_period_dates_by_the_year(heading):
    text = f"{heading}\n全市地区生产总值预计完成3120亿元，一般公共预算收入完成286.5亿元。"
    f = facts_of(text, REPORT)
    for value in ("3120亿元", "286.5亿元"):
        assert kyp(f[value]) == (A, 2027, None), value


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("（二）“十五五”前两年发展回顾", "全市地区生产总值年均增长6.1%。"),
        ("（二）“十五五”发展回顾", "前两年，全市地区生产总值年均增长6.1%。"),
    ],
)
def test_the_first_years_of_a_period_named_in_a_report_of_no_plan(heading, sentence):
    f = facts_of(f"{heading}\n{sentence}", REPORT)["6.1%"]
    assert kyp(f) == (A, 2027, 2026)


# -- a list led in with a year in an evaluation: its results of that year, its aims the plan's -


@pytest.mark.parametrize(
    "lead",
    [
        "截至2027年底，《纲要》确定的主要指标进展如下：",
        "到2027年末，主要指标完成情况如下：",
    ],
)
def test_a_year_leading_in_an_evaluations_list_dates_results_not_aims(lead):
    text = (
        f"一、主要指标进展情况\n{lead}\n"
        "（一）常住人口城镇化率：目标值70%，完成值67.2%。\n"
        "（二）城镇居民人均可支配收入：规划目标7.2万元，实际达到6.1万元。"
    )
    f = facts_of(text, MIDTERM)
    assert (f["70%"].kind, f["70%"].year) == (T, 2030)
    assert (f["67.2%"].kind, f["67.2%"].year) == (A, 2027)
    assert (f["7.2万元"].kind, f["7.2万元"].year) == (T, 2030)
    assert (f["6.1万元"].kind, f["6.1万元"].year) == (A, 2027)


# -- a figure measured against an aim is a result ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("2027年，规模以上工业增加值增长8.1%，高于年度目标2.1个百分点。", "2.1个百分点"),
        ("2027年，城镇化率比年度计划低0.8个百分点。", "0.8个百分点"),
        ("2027年，固定资产投资完成额占年度计划的108.5%。", "108.5%"),
        ("2027年，新开工亿元以上项目超年度计划目标12个。", "12个"),
    ],
)
def test_a_figure_measured_against_an_aim_is_a_result(sentence, value):
    f = facts_of(f"一、2027年计划执行情况\n{sentence}", REPORT)[value]
    assert (f.kind, f.year) == (A, 2027)


# -- a year naming an aim (2030年目标) dates its own clause only -------------------------------


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        (
            "2027年，研发经费投入强度为2.4%，距2030年目标尚差0.6个百分点。"
            "二是社会消费品零售总额两年年均增长5.8%。",
            "0.6个百分点",
        ),
        (
            "2027年城镇化率达到64.1%，离2030年的规划目标还差3.9个百分点；"
            "两年来社会消费品零售总额年均增长5.8%。",
            "3.9个百分点",
        ),
    ],
)
def test_a_gap_to_an_aims_year_is_now_and_the_aims_year_stops_at_its_clause(text, gap):
    f = facts_of(text, MIDTERM)
    assert (f[gap].kind, f[gap].year) == (A, 2027)
    assert kyp(f["5.8%"]) == (A, 2027, 2026)


def test_the_figure_an_aims_year_names_is_that_years_aim():
    text = "2027年全市地区生产总值达到3800亿元，2030年目标为4800亿元。"
    f = facts_of(text, MIDTERM)
    assert (f["3800亿元"].kind, f["3800亿元"].year) == (A, 2027)
    assert (f["4800亿元"].kind, f["4800亿元"].year) == (T, 2030)


def test_an_aims_year_mark_ends_where_its_clause_ends():
    text = "距2030年目标尚差0.6个百分点，二是"
    marks = time_marks(text)
    assert [m.kind for m in marks] == ["aimyear", "aimend"]
    assert marks[1].start == text.index("，")
    sentence = "2030年预期目标为5%。"
    assert [m.kind for m in time_marks(sentence)][-1] == "aimend"
    assert time_marks(sentence)[-1].start == len(sentence) - 2  # (inside the sentence)
    assert [m.kind for m in time_marks("二、2030年目标任务")] == ["aimyear"]  # a heading's


# -- an aim quoted in its own clause after a year's result: the plan's aim --------------------


@pytest.mark.parametrize(
    ("text", "result", "aim"),
    [
        ("7.森林覆盖率：2027年达到44.6%，比2025年提高0.5个百分点，规划目标为45%。", "44.6%", "45%"),
        ("2027年常住人口城镇化率为65.3%，《纲要》预期目标70%，推进难度较大。", "65.3%", "70%"),
        ("截至2027年底，全市5G基站达到1.2万个，规划目标值2万个。", "1.2万个", "2万个"),
    ],
)
def test_an_aim_quoted_after_a_years_result_in_an_evaluation(text, result, aim):
    f = facts_of(text, MIDTERM)
    assert (f[result].kind, f[result].year) == (A, 2027)
    assert (f[aim].kind, f[aim].year) == (T, 2030)


def test_an_annual_aim_quoted_after_the_years_result_in_a_report():
    text = "2027年，全市一般公共预算收入增长4.6%，年度目标为增长4%。"
    f = facts_of(text, REPORT)
    assert (f["4.6%"].kind, f["4.6%"].year) == (A, 2027)
    assert (f["4%"].kind, f["4%"].year) == (T, 2027)


@pytest.mark.parametrize(
    "sentence",
    [
        "2027年，全市固定资产投资完成目标任务的131.4%。",
        "2027年，全市新增就业超额完成年度目标任务的112%。",
    ],
)
def test_how_much_of_an_aim_was_done_is_a_result(sentence):
    value = sentence[sentence.rindex("的") + 1 : -1]
    f = facts_of(sentence, REPORT)[value]
    assert (f.kind, f.year) == (A, 2027)


# -- since the plan began, the years ahead, the plan's last years ------------------------------

FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    period_start=2026,
    period_end=2030,
    reference_year=2031,
    reference_date="2031-03-20",
)
# (Delivered in September, before the year is over: it reviews the year before.)
MID_SEPTEMBER = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    period_start=2026,
    period_end=2030,
    reference_year=2028,
    reference_date="2028-09-10",
)
WORK_REPORT = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2026, reference_date="2026-01-15"
)
WORK_REPORT_2028 = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2028, reference_date="2028-01-10"
)


@pytest.mark.parametrize(
    "text",
    ["“十五五”以来，全市累计新增城镇就业6.2万人。", "十五五以来全市累计新增城镇就业6.2万人。"],
)
def test_since_the_plan_began_is_a_look_back_to_the_year_under_review(text):
    assert kyp(facts_of(text, MID_SEPTEMBER)["6.2万人"]) == (A, 2027, 2026)
    assert kyp(facts_of(text, MIDTERM)["6.2万人"]) == (A, 2028, 2026)  # (of October: 2028)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("后三年，全市地区生产总值需年均增长5.7%才能实现规划目标。", "5.7%", (T, 2030, 2028)),
        ("未来三年，全市地区生产总值力争年均增长6%。", "6%", (T, 2030, 2028)),
    ],
)
def test_the_years_ahead_in_a_midterm_evaluation(text, value, expected):
    assert kyp(facts_of(text, MID_SEPTEMBER)[value]) == expected


def test_the_last_years_of_the_plan_in_a_final_evaluation_are_behind_it():
    f = facts_of("后两年，全市地区生产总值年均增长5.1%。", FINAL)["5.1%"]
    assert kyp(f) == (A, 2030, 2029)


def test_the_next_five_years_of_a_work_report_are_aims():
    text = "今后五年，全市地区生产总值年均增长6%左右。"
    assert kyp(facts_of(text, WORK_REPORT)["6%左右"]) == (T, 2030, 2026)


@pytest.mark.parametrize(
    "text", ["此后两年，全市", "落后两年", "最后两年", "延后两年实施", "前后三年"]
)
def test_other_words_before_a_span_are_no_years_ahead(text):
    assert not [m for m in time_marks(text) if m.kind in ("ahead_span", "last")]


def test_a_heading_joining_problems_and_the_years_ahead_dates_neither_by_them():
    text = (
        "三、存在的主要问题和后三年工作建议\n一是工业基础依然薄弱，全县规模以上工业企业仅有41家。\n"
        "建议后三年力争地区生产总值年均增长6%左右。\n四、后三年发展思路\n"
        "全县地区生产总值年均增长6.5%左右。"
    )
    f = facts_of(text, MID_SEPTEMBER)
    assert (f["41家"].kind, f["41家"].year) == (A, 2027)
    assert kyp(f["6%左右"]) == (T, 2030, 2028)
    assert kyp(f["6.5%左右"]) == (T, 2030, 2028)  # a heading of the years ahead alone


# -- 基期: the year before the plan the document is about ------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "2027年数字经济核心产业增加值占比仅比基期提高1.3个百分点。",
            "1.3个百分点",
            (A, 2027, 2026),
        ),
        ("2027年常住人口城镇化率较基期提高2.2个百分点。", "2.2个百分点", (A, 2027, 2026)),
        ("研发经费投入强度由基期的2.1%提高到2027年的2.4%。", "2.1%", (A, 2025, None)),
        ("研发经费投入强度由基期的2.1%提高到2027年的2.4%。", "2.4%", (A, 2027, None)),
        ("2027年森林覆盖率为44.6%，基期值为44.1%。", "44.1%", (A, 2025, None)),
    ],
)
def test_the_plans_base_period_is_the_year_before_it(text, value, expected):
    assert kyp(facts_of(text, MID_SEPTEMBER)[value]) == expected


# -- 预计: an estimate of a past or the current year is a result, of a later year an aim ------


@pytest.mark.parametrize(
    ("text", "meta", "value", "expected"),
    [
        ("森林覆盖率2027年为44.6%，预计2030年可达到45.2%。", MID_SEPTEMBER, "45.2%", (T, 2030)),
        ("预计2028年全市地区生产总值可达到3800亿元。", MID_SEPTEMBER, "3800亿元", (A, 2028)),
        ("预计2027年全市地区生产总值增长6.2%。", REPORT, "6.2%", (A, 2027)),
        ("按目前趋势，预计2029年城镇化率将达到69%。", MIDTERM, "69%", (T, 2029)),
    ],
)
def test_an_estimate_is_a_result_unless_of_a_year_ahead(text, meta, value, expected):
    f = facts_of(text, meta)[value]
    assert (f.kind, f.year) == expected


def test_an_aim_word_inside_a_share_sets_no_aim_for_the_figures_after_it():
    text = (
        "专栏1 重大项目推进情况 古城保护提升工程：累计完成投资6.8亿元，占计划总投资的62% "
        "高铁站前片区：完成征地拆迁4360亩 农村公路提质改造：建成通畅工程312公里"
    )
    f = facts_of(text, MID_SEPTEMBER)
    for value in ("6.8亿元", "62%", "4360亩", "312公里"):
        assert f[value].kind is A, value


@pytest.mark.parametrize(
    "text",
    [
        "一般公共预算收入：规划目标为年均增长8%，2027年完成5.92亿元，年均仅增长3.4%。",
        "2027年，全市进出口总额达到412.6亿元，年均增长3.4%。",
    ],
)
def test_an_average_of_an_evaluations_year_runs_from_the_plans_first_year(text):
    assert kyp(facts_of(text, MID_SEPTEMBER)["3.4%"]) == (A, 2027, 2026)


# -- a report of the year's first half: its second half is ahead -------------------------------

HALF_YEAR = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT,
    reference_year=2027,
    reference_date="2027-08-26",
    as_of_year=2027,  # (关于2027年上半年…计划执行情况的报告: describe/asof.py)
    evidence=(Evidence("as_of_year", "part_year_review", "", 0, 0),),
)


def test_aims_under_a_heading_of_the_second_half_are_aims():
    text = (
        "一、上半年计划执行情况\n上半年，全市地区生产总值同比增长5.8%，高于年度目标0.3个百分点。\n"
        "二、下半年工作安排\n力争全年地区生产总值增长6%左右，城镇新增就业3万人以上。"
    )
    f = facts_of(text, HALF_YEAR)
    assert (f["5.8%"].kind, f["5.8%"].year) == (A, 2027)
    assert (f["0.3个百分点"].kind, f["0.3个百分点"].year) == (A, 2027)
    assert (f["6%左右"].kind, f["6%左右"].year) == (T, 2027)
    assert (f["3万人以上"].kind, f["3万人以上"].year) == (T, 2027)


def test_a_gap_to_an_aim_with_its_figure_named_is_a_result():
    text = "2027年，城镇居民收入年均增长10.8%，低于年均增长12%的规划目标1.2个百分点。"
    f = facts_of(text, MID_SEPTEMBER)["1.2个百分点"]
    assert (f.kind, f.year) == (A, 2027)


def test_an_aim_word_under_a_look_back_of_a_work_report_keeps_the_years_figures():
    text = (
        "一、2027年工作回顾\n过去一年，全市地区生产总值增长6.1%。"
        "实施重点项目120个，计划总投资850亿元，年度完成投资310亿元。"
    )
    f = facts_of(text, WORK_REPORT_2028)
    for value in ("6.1%", "120个", "850亿元", "310亿元"):
        assert f[value].year == 2027, value
