"""A third set of classes of writing of plan evaluations and plan-implementation reports,
in text composed for these tests in the style such reports are published in: the year's
aims gone through one by one, each with how it fared (——…增长6%左右，预计增长6.3%); the
years under review named as a span opening the review (2021—2022年是…的两年); a table
run on after the label that introduces it (主要指标进展情况如下：指标名称 单位 …); a
row name printing its unit whose words read like a phrase (…达到或好于Ⅲ类水体比例（%）);
and the rate column of a plan's aim (2020年规划目标 | 年均增长（累计）) — each in two
wordings or layouts."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.describe.asof import as_of_evidence
from planwatch.pipeline import analyse_text
from prosefacts import analysed_facts as _facts


def _kind_year(fact: object) -> tuple[Kind, int | None]:
    return fact.kind, fact.year  # type: ignore[attr-defined]


# -- the year's aims gone through, each followed by how it fared ---------------------------

_REPORT_HEAD = (
    "某市2027年国民经济和社会发展计划执行情况与2028年计划草案的报告\n"
    "（2028年1月在某市第九届人民代表大会第三次会议上）\n\n"
    "一、2027年计划执行情况\n\n"
)


def test_an_aim_followed_by_its_estimate_is_the_years_aim():
    text = _REPORT_HEAD + (
        "市人大批准的2027年计划确定了8项主要指标。\n"
        "——地区生产总值增长6%左右，预计增长6.3%；\n"
        "——固定资产投资增长8%，预计增长5.1%，未完成预期目标；\n"
    )
    facts = _facts("r1.txt", text)
    for aim in ("6%左右", "8%"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2027), aim
    for result in ("6.3%", "5.1%"):
        assert _kind_year(facts[result]) == (Kind.ACTUAL, 2027), result


def test_an_aim_followed_by_what_was_done_in_other_words():
    text = _REPORT_HEAD + (
        "（一）主要指标完成情况\n"
        "城镇新增就业4.5万人，实际完成5.02万人。\n"
        "一般公共预算收入增长5%，完成186.4亿元，增长5.8%。\n"
    )
    facts = _facts("r2.txt", text)
    for aim in ("4.5万人", "5%"):
        assert _kind_year(facts[aim]) == (Kind.TARGET, 2027), aim
    for result in ("5.02万人", "186.4亿元", "5.8%"):
        assert _kind_year(facts[result]) == (Kind.ACTUAL, 2027), result


def test_a_result_followed_by_another_result_stays_a_result():
    text = _REPORT_HEAD + (
        "全年地区生产总值同比增长6.1%，完成412.5亿元。\n"
        "规模以上工业增加值增长7.2%，比上年提高0.8个百分点。\n"
    )
    facts = _facts("r3.txt", text)
    for value in ("6.1%", "412.5亿元", "7.2%"):
        assert facts[value].kind == Kind.ACTUAL, value


def test_outside_a_review_the_pair_decides_nothing():
    text = "某市2027年统计公报\n\n全年地区生产总值增长6.3%，预计增长6.5%的目标顺利实现。\n"
    facts = _facts("c1.txt", text)
    assert facts["6.3%"].kind == Kind.ACTUAL


# -- the years under review named as a span opening the review -----------------------------

_MIDTERM_HEAD = "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n县发展和改革局\n\n"


def test_a_span_of_the_plans_first_years_dates_an_undated_review():
    for opening in (
        "2021—2022年是“十四五”开局起步的两年，全县上下克服困难，各项工作扎实推进。",
        "2021年至2022年，面对复杂严峻的外部环境，全县经济社会保持平稳发展。",
    ):
        text = (
            _MIDTERM_HEAD
            + opening
            + (
                "\n\n一、主要进展\n\n每千人口医疗卫生机构床位数达到6.8张，城乡居民基本养老保险参保率达到96.4%。\n"
            )
        )
        facts = _facts("m1.txt", text)
        for value in ("6.8张", "96.4%"):
            assert _kind_year(facts[value]) == (Kind.ACTUAL, 2022), (opening, value)


def test_a_span_ahead_or_inside_a_clause_dates_nothing():
    analysed = analyse_text(
        "m2.txt",
        _MIDTERM_HEAD
        + "2023—2025年，全县地区生产总值年均增长7%以上。\n"
        + "全县2021—2022年累计完成投资216亿元。\n",
    )
    doc = analysed.document
    assert doc.meta.as_of_year is None
    assert as_of_evidence(doc.text, doc.meta) is None


# -- a table run on after the label that introduces it -------------------------------------


def _runon_report(label: str) -> str:
    return _MIDTERM_HEAD.replace("县发展和改革局", "发布时间：2023-11-20") + (
        "两年多来，全县经济社会发展总体平稳。\n"
        f"{label}指标名称 单位 2020年 2022年 2025年目标 进展 "
        "地区生产总值 亿元 186.2 214.7 260 滞后 "
        "常住人口城镇化率 % 48.3 50.6 55 符合预期 "
        "森林覆盖率 % 61.2 61.5 ≥61.5 快于预期\n"
        "基础设施加快完善。\n"
    )


def test_a_runon_table_after_its_label_is_read():
    for label in ("主要指标实施进展（摘录）：", "附：主要指标进展情况："):
        text = _runon_report(label)
        facts = _facts("t1.txt", text)
        assert _kind_year(facts["186.2"]) == (Kind.ACTUAL, 2020), label
        assert _kind_year(facts["214.7"]) == (Kind.ACTUAL, 2022), label
        assert _kind_year(facts["260"]) == (Kind.TARGET, 2025), label
        assert facts["50.6"].indicator == "常住人口城镇化率", label


# -- a row name printing its unit, whose words read like a phrase --------------------------


def _lines_table(rows: list[list[str]]) -> str:
    head = ["指标", "2020年", "2025年目标", "2022年", "属性", "进展情况"]
    body = "\n".join(cell for row in rows for cell in row)
    return (
        _MIDTERM_HEAD.replace("县发展和改革局", "发布时间：2023-10-20")
        + "截至2022年底，主要指标总体符合预期。\n\n表1  主要指标实施进展情况\n"
        + "\n".join(head)
        + "\n"
        + body
        + "\n\n二、存在问题\n"
    )


def test_a_name_with_its_unit_opens_a_row_whatever_its_verbs():
    for name in ("地表水达到或好于Ⅲ类水体比例（%）", "城市空气质量达到优良天数比例（%）"):
        text = _lines_table(
            [
                ["森林覆盖率（%）", "45.5", "46", "46.1", "约束性", "提前完成"],
                [name, "86.4", "90", "91.7", "约束性", "好于预期"],
                ["人均预期寿命（岁）", "77.6", "78.3", "77.9", "预期性", "基本符合"],
            ]
        )
        facts = _facts("l1.txt", text)
        assert facts["46.1"].indicator == "森林覆盖率", name
        assert _kind_year(facts["91.7"]) == (Kind.ACTUAL, 2022), name
        assert facts["91.7"].indicator == name[:-3], name
        assert _kind_year(facts["90"]) == (Kind.TARGET, 2025), name


def test_a_phrase_value_with_a_figure_in_brackets_stays_a_value():
    text = _lines_table(
        [
            [
                "单位地区生产总值能源消耗降低（%）",
                "—",
                "完成省下达任务（13.5）",
                "〔3.2〕",
                "约束性",
                "滞后",
            ],
            ["森林覆盖率（%）", "45.5", "46", "46.1", "约束性", "提前完成"],
        ]
    )
    facts = _facts("l2.txt", text)
    assert facts["46.1"].indicator == "森林覆盖率"
    assert facts["〔3.2〕"].indicator.startswith("单位地区生产总值能源消耗")


# -- the rate column of a plan's aim, flattened beside it ----------------------------------

_FINAL_HEAD = (
    "某市国民经济和社会发展第十三个五年规划纲要实施总结评估报告\n"
    "（2020年12月）\n\n一、主要指标完成情况\n\n"
)


def test_a_growth_column_after_the_aims_column_holds_the_aims_rate():
    for header, row in (
        (
            "类别 指标 2015年 2020年规划目标 年均增长（累计） 2020年预计 完成情况",
            "经济发展 一般公共预算收入（亿元） 300.1 420 7% 254.7 未完成",
        ),
        (
            "指标 2015年 2020年目标值 年均增速 2020年实际 评价",
            "一般公共预算收入（亿元） 300.1 420 7% 254.7 未完成",
        ),
    ):
        text = (
            _FINAL_HEAD
            + "附表：“十三五”规划主要指标完成情况\n"
            + header
            + "\n"
            + row
            + "\n城镇居民人均可支配收入（元） 21963 33000 8.5% 32880 基本完成\n"
            + "常住人口城镇化率（%） 58.8 65 — 66.2 完成\n\n二、主要成效\n"
        )
        if not header.startswith("类别"):
            text = text.replace("\n城镇居民", "\n城镇居民").replace("经济发展 ", "")
        facts = _facts("f1.txt", text)
        for aim in ("7%", "8.5%"):
            assert facts[aim].kind == Kind.TARGET, (header, aim)
            assert facts[aim].measure == Measure.GROWTH, (header, aim)
        assert _kind_year(facts["254.7"]) == (Kind.ACTUAL, 2020), header
        assert _kind_year(facts["420"]) == (Kind.TARGET, 2020), header


# -- what a bracketed (cumulative) cell measures, read from its row ------------------------


def _bracket_table(rows: list[str]) -> str:
    return (
        _MIDTERM_HEAD.replace("县发展和改革局", "发布时间：2023-10-20")
        + "截至2022年底，主要指标总体符合预期。\n\n表1  主要指标实施进展情况\n"
        + "指标\t2020年\t2025年目标\t2022年\t属性\n"
        + "\n".join(rows)
        + "\n注：[ ]内为年均增速，〔 〕内为累计数。\n\n二、存在问题\n"
    )


def test_a_bracket_under_a_flow_row_of_a_review_is_a_change():
    # (A review's table reads every bracketed sum as a change, GOLD_SPEC's bracketed
    # cumulative values; a plan's table reads a flow's as a level: tests/test_eval_brackets22.)
    for row in (
        "城镇新增就业（万人）\t—\t〔18〕\t〔10.2〕\t预期性",
        "新增义务教育学位（个）\t—\t〔9000〕\t〔4200〕\t预期性",
    ):
        facts = _facts("b1.txt", _bracket_table([row, "森林覆盖率（%）\t45.5\t46\t46.1\t约束性"]))
        aim, done = row.split("\t")[2:4]
        assert (facts[aim].kind, facts[aim].measure) == (Kind.TARGET, Measure.CHANGE), row
        assert (facts[done].kind, facts[done].measure) == (Kind.ACTUAL, Measure.CHANGE), row
        assert (facts[done].year, facts[done].period_start) == (2022, 2021), row


def test_a_bracket_under_a_growth_row_is_a_growth_and_a_stocks_is_a_change():
    rows = [
        "地区生产总值增长（%）\t3.2\t7左右\t[6.3]\t预期性",
        "研发经费投入增长（%）\t12.1\t12以上\t[9.4]\t预期性",
        "常住人口城镇化率（%）\t49.7\t55\t〔1.7〕\t预期性",
    ]
    facts = _facts("b2.txt", _bracket_table(rows))
    for value in ("[6.3]", "[9.4]"):
        assert (facts[value].kind, facts[value].measure) == (Kind.ACTUAL, Measure.GROWTH), value
    assert facts["〔1.7〕"].measure == Measure.CHANGE


# -- the plan's aim a result is weighed against, named after its figure --------------------

_MIDTERM_DATED = _MIDTERM_HEAD.replace("县发展和改革局", "发布时间：2023-10-20")


def test_the_plans_expectation_or_pace_after_a_figure_is_an_aim():
    for sentence, aim in (
        ("全社会研发经费投入年均增长9.4%，慢于12%以上的规划进度。", "12%以上"),
        ("进出口总额年均增长18.6%，远高于10%的规划预期。", "10%"),
    ):
        facts = _facts("a1.txt", _MIDTERM_DATED + "一、主要进展\n\n" + sentence + "\n")
        f = facts[aim]
        assert (f.kind, f.measure, f.year, f.period_start) == (
            Kind.TARGET,
            Measure.GROWTH,
            2025,
            2021,
        ), sentence
        assert f.indicator in sentence.split("年均")[0], sentence


def test_a_plans_aim_weighed_against_its_five_years_in_an_annual_report():
    for sentence, aim in (
        ("过去五年，规模以上工业增加值年均增长7.4%，高于6.5%的规划目标。", "6.5%"),
        ("“十四五”时期，全市一般公共预算收入年均增长4.1%，低于5%左右的规划目标。", "5%左右"),
    ):
        text = (
            "某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
            "（2026年1月在某市第九届人民代表大会第五次会议上）\n\n"
            "一、2025年计划执行情况\n\n（二）“十四五”规划目标实现情况\n" + sentence + "\n"
        )
        f = _facts("a2.txt", text)[aim]
        assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2021), sentence


def test_an_aim_for_next_year_in_an_annual_report_keeps_its_year():
    text = (
        "某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
        "（2026年1月在某市第九届人民代表大会第五次会议上）\n\n"
        "二、2026年经济社会发展的主要目标\n地区生产总值增长5%左右，高于全省平均水平。\n"
    )
    f = _facts("a3.txt", text)["5%左右"]
    assert (f.kind, f.year) == (Kind.TARGET, 2026)


# -- a span of the plan's years, counted without 来 or 累计 ---------------------------------


def test_a_bare_span_before_what_it_added_is_the_plans_first_years():
    for sentence, value in (
        ("两年新增水利工程蓄水库容1.8亿立方米。", "1.8亿立方米"),
        ("两年引进亿元以上项目46个。", "46个"),
    ):
        text = _MIDTERM_HEAD.replace("县发展和改革局", "发布时间：2023-12-08") + (
            "两年多来，全县经济社会发展总体平稳。\n\n一、主要进展\n\n" + sentence + "\n"
        )
        f = _facts("s1.txt", text)[value]
        assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2022, 2021), sentence


def test_a_span_counted_after_an_as_of_date_stays_a_look_back():
    for as_of in (
        "截至今年9月底，全县重大项目累计完成投资376亿元。",
        "截至2023年9月底，已建成项目38个。",
    ):
        text = _MIDTERM_DATED + (
            "截至2022年底，主要指标总体符合预期。\n\n一、主要进展\n\n"
            + as_of
            + "城市更新行动深入实施，两年累计改造老旧小区412个。\n"
        )
        f = _facts("s2.txt", text)["412个"]
        assert f.kind == Kind.ACTUAL, as_of
