"""An eighth set of classes of writing of plan evaluations, in text composed for these
tests in the style such reports are published in: a mid-term evaluation delivered late in
its plan's third year whose result clauses open with the year before (2022年全市…) and
name its own year only in parts (前三季度, 1—9月) — its undated results are that last whole
year's; and the plan's years looked back on since it began (“十四五”以来, 规划实施以来) in
such an evaluation, or in one that states its results as of the end of the year before
(截至2022年底，…) — those run up to the evaluation's own year."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe import describe
from prosefacts import analysed_facts as _facts


def _late_midterm(month_day: str, body: str) -> str:
    return (
        "某市国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告\n"
        f"——2023年{month_day}在某市人民代表大会常务委员会会议上\n\n"
        "一、规划实施总体情况\n" + body
    )


_RESULTS = (
    "规划实施两年多来，全市经济运行总体平稳。2022年全市地区生产总值达到3856.4亿元，"
    "两年平均增长5.6%；今年前三季度，全市地区生产总值增长5.2%。\n"
    "城乡面貌持续改善。城市轨道交通运营里程达到118公里，改造老旧小区642个，"
    "城市建成区绿化覆盖率达到42.6%。2022年末全市常住人口达到612.8万人。\n"
)


# -- a late mid-term evaluation reporting its last whole year ------------------------------


def test_a_late_midterm_evaluation_reports_the_last_whole_year_its_clauses_open_with():
    text = _late_midterm("10月24日", _RESULTS)
    facts = _facts("m1.txt", text)
    for undated in ("118公里", "642个", "42.6%"):
        fact = facts[undated]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), undated  # type: ignore[attr-defined]
    assert facts["5.2%"].year == 2023  # (今年前三季度: the evaluation's own year, in part)  # type: ignore[attr-defined]


def test_the_as_of_year_has_the_clause_opening_year_as_its_evidence():
    text = _late_midterm("11月2日", _RESULTS)
    meta = describe(text, name="m.txt")
    assert (meta.reviewed_year, meta.as_of_year) == (2022, 2022)
    ev = next(e for e in meta.evidence if e.field == "as_of_year")
    assert text[ev.start : ev.end] == "2022" and ev.text == "2022"


def test_a_late_midterm_evaluation_naming_its_own_year_whole_keeps_it():
    # A clause opening with the evaluation's own year (2023年全市…, a December report)
    # reports that year: nothing moves it back.
    body = (
        "2022年全市地区生产总值达到3856.4亿元。2023年全市新增城镇就业6.1万人。\n"
        "城乡面貌持续改善。改造老旧小区705个。\n"
    )
    text = _late_midterm("12月20日", body)
    assert describe(text, name="m.txt").as_of_year is None
    assert _facts("m2.txt", text)["705个"].year == 2023  # type: ignore[attr-defined]


def test_a_midterm_evaluation_of_the_summer_is_not_moved_by_this_rule():
    # Before October the genre's year is already the year before: nothing to move.
    text = _late_midterm("8月30日", _RESULTS)
    meta = describe(text, name="m.txt")
    assert meta.as_of_year is None and meta.reviewed_year == 2022
    assert _facts("m3.txt", text)["642个"].year == 2022  # type: ignore[attr-defined]


def test_a_year_in_part_or_one_end_of_a_span_does_not_open_a_result_clause():
    # Only the years of a span (2021—2022年) and of a year's part (2022年上半年) are named:
    # no clause reports the year before whole, so the December evaluation keeps its year.
    body = (
        "2021—2022年全市地区生产总值年均增长5.6%，2022年上半年增长4.8%。\n"
        "城乡面貌持续改善。城市轨道交通运营里程达到131公里。\n"
    )
    text = _late_midterm("12月5日", body)
    assert describe(text, name="m.txt").as_of_year is None
    assert _facts("m4.txt", text)["131公里"].year == 2023  # type: ignore[attr-defined]


# -- the plan's years since it began, in an evaluation dated as of the year before ---------


def test_since_the_plan_began_runs_to_the_evaluations_own_year_after_an_as_of_statement():
    text = (
        "某市“十四五”卫生健康事业发展规划实施中期评估报告\n"
        "某市卫生健康委员会\n"
        "（2023年12月）\n"
        "一、总体进展\n"
        "截至2022年底，全市共有医疗卫生机构2316个，卫生技术人员4.12万人。\n"
        "二、重点工程推进\n"
        "“十四五”以来，全市新建、改扩建乡镇卫生院38所，新增床位2650张；"
        "全市二级以上医院互联网医院覆盖率达到85%。\n"
    )
    facts = _facts("s1.txt", text)
    assert facts["2316个"].year == 2022  # type: ignore[attr-defined]
    for flow in ("38所", "2650张"):
        fact = facts[flow]
        assert (fact.year, fact.period_start) == (2023, 2021), flow  # type: ignore[attr-defined]
    assert facts["85%"].year == 2023  # type: ignore[attr-defined]


def test_since_the_plan_began_in_a_late_midterm_evaluation_reporting_the_year_before():
    text = _late_midterm(
        "10月24日",
        _RESULTS + "规划实施以来，累计建成5G基站1.26万个，新建城市公园37处。\n",
    )
    facts = _facts("s2.txt", text)
    for flow in ("1.26万个", "37处"):
        fact = facts[flow]
        assert (fact.year, fact.period_start) == (2023, 2021), flow  # type: ignore[attr-defined]
    assert facts["642个"].year == 2022  # type: ignore[attr-defined]


def test_since_the_plan_began_with_a_year_in_force_ends_in_that_year():
    text = _late_midterm(
        "10月24日",
        _RESULTS + "2022年，全市“十四五”以来累计建成5G基站1.26万个。\n",
    )
    fact = _facts("s3.txt", text)["1.26万个"]
    assert (fact.year, fact.period_start) == (2022, 2021)  # type: ignore[attr-defined]


def test_since_the_plan_began_in_a_summer_evaluation_stays_in_the_year_under_review():
    # An evaluation of August reviews the year before by its genre: its look back since
    # the plan began ends there (no as-of statement moved it).
    text = _late_midterm("8月30日", _RESULTS + "“十四五”以来，全市新建城市公园37处。\n")
    fact = _facts("s4.txt", text)["37处"]
    assert (fact.year, fact.period_start) == (2022, 2021)  # type: ignore[attr-defined]


# -- how far an aim is done, named before its figure ---------------------------------------


def test_progress_towards_an_aim_after_the_aims_horizon_is_a_result_of_the_year_reviewed():
    text = (
        "某县国民经济和社会发展第十三个五年规划纲要实施中期评估报告\n"
        "（2018年9月）\n"
        "一、主要指标完成情况\n"
        "全县地方财政收入2017年为9.62亿元，按照规划到2020年达到14亿元的目标，"
        "完成进度为68.7%。\n"
    )
    fact = _facts("p1.txt", text)["68.7%"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2017)  # type: ignore[attr-defined]


def test_a_rate_of_aims_met_in_a_final_evaluation_is_a_result():
    text = (
        "某市“十三五”交通运输发展规划实施情况总结评估报告\n"
        "（2021年3月）\n"
        "一、总体完成情况\n"
        "规划确定的22项主要指标中，19项达到或超过规划目标，3项未达到规划目标，"
        "目标完成率为86.4%。\n"
    )
    fact = _facts("p2.txt", text)["86.4%"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2020)  # type: ignore[attr-defined]


def test_a_progress_word_in_a_plan_decides_nothing_here():
    # In a plan a progress figure named as an aim stays an aim (the rule is an evaluation's).
    text = (
        "某市“十四五”综合交通运输发展规划\n"
        "二、主要目标\n"
        "到2025年，规划项目总体完成率达到95%以上。\n"
    )
    fact = _facts("p3.txt", text)["95%以上"]
    assert (fact.kind, fact.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


# -- the aim's own figure quoted inside the share done of it ---------------------------------


def test_an_aims_figure_quoted_in_the_share_done_of_it_is_the_aim():
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
        "（2023年8月）\n"
        "一、主要指标完成情况\n"
        "城镇新增就业两年累计5.6万人，完成五年目标12万人的46.7%；"
        "重大项目两年累计完成投资2140亿元，占规划五年投资目标4800亿元的44.6%。\n"
    )
    facts = _facts("q1.txt", text)
    for aim in ("12万人", "4800亿元"):
        fact = facts[aim]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), aim  # type: ignore[attr-defined]
    for share in ("46.7%", "44.6%"):
        fact = facts[share]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), share  # type: ignore[attr-defined]


def test_a_figure_done_before_the_share_is_no_aim():
    # The figure after 完成 with no aim word before it is what was done (完成投资2140亿元的…
    # does not occur; 完成投资2140亿元，占… is a result).
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
        "（2023年8月）\n"
        "一、主要指标完成情况\n"
        "重大项目两年累计完成投资2140亿元，占计划总投资的44.6%。\n"
    )
    fact = _facts("q2.txt", text)["2140亿元"]
    assert fact.kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- time forms that date nothing: a share of an earlier year's level, a price basis --------


def test_a_share_of_an_earlier_years_level_is_of_the_year_in_force():
    text = (
        "某市“十四五”文化和旅游发展情况\n"
        "一、发展回顾\n"
        "2025年全市接待入境游客21.4万人次，达到2019年水平的87%；"
        "过夜游客人均停留天数达到2018年同期的1.2倍。\n"
    )
    facts = _facts("t1.txt", text)
    assert facts["87%"].year == 2025  # type: ignore[attr-defined]


def test_reaching_a_years_aim_is_still_a_horizon():
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要\n"
        "二、主要目标\n"
        "森林覆盖率力争达到2025年的规划水平，城市建成区绿地率达到2025年的42%以上。\n"
    )
    fact = _facts("t2.txt", text)["42%以上"]
    assert (fact.kind, fact.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


def test_a_price_basis_year_dates_nothing():
    text = (
        "某省国民经济和社会发展第十四个五年规划纲要\n"
        "二、主要目标\n"
        "到2025年，预计全省地区生产总值按2020年价格计算将接近5.2万亿元，"
        "人均地区生产总值达到8.6万元左右。\n"
    )
    facts = _facts("t3.txt", text)
    for aim in ("5.2万亿元", "8.6万元左右"):
        fact = facts[aim]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), aim  # type: ignore[attr-defined]


# -- an aim word naming an earlier figure the aim decides nothing after its clause -------


def test_an_earlier_figures_aim_word_does_not_make_a_later_clause_an_aim():
    text = (
        "某县国民经济和社会发展第十三个五年规划纲要实施中期评估报告\n"
        "（2018年9月）\n"
        "一、主要指标完成情况\n"
        "城乡居民人均可支配收入分别增长8.6%和9.1%，与《纲要》年均增长8%以上的目标基本同步，"
        "城乡居民收入比由2015年的2.06缩小到1.98。\n"
    )
    facts = _facts("a1.txt", text)
    assert facts["8%以上"].kind == Kind.TARGET  # type: ignore[attr-defined]
    fact = facts["1.98"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2017)  # type: ignore[attr-defined]


def test_an_aim_word_in_the_values_own_clause_still_decides():
    text = (
        "某县国民经济和社会发展第十三个五年规划纲要实施中期评估报告\n"
        "（2018年9月）\n"
        "一、主要指标完成情况\n"
        "城乡居民人均可支配收入增长8.6%，高于8%的目标，规划目标城乡居民收入比缩小到1.90。\n"
    )
    fact = _facts("a2.txt", text)["1.90"]
    assert fact.kind == Kind.TARGET  # type: ignore[attr-defined]


# -- the plan's major projects reported as of the writing ------------------------------------


def test_the_plans_projects_progress_is_as_of_the_writing_of_a_late_evaluation():
    text = _late_midterm(
        "10月24日",
        _RESULTS
        + "重大项目加快建设。《纲要》确定的240个重大项目中，已开工198个，其中建成投用86个；"
        "累计完成投资3120亿元，占计划总投资的61.2%。\n",
    )
    facts = _facts("r1.txt", text)
    for progress in ("198个", "86个", "3120亿元", "61.2%"):
        fact = facts[progress]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2023), progress  # type: ignore[attr-defined]
    assert facts["642个"].year == 2022  # (the other results stay the last whole year's)  # type: ignore[attr-defined]


def test_the_plans_projects_under_a_problems_heading_keep_its_time():
    text = _late_midterm(
        "10月24日",
        _RESULTS + "二、存在的主要问题\n"
        "部分重大项目推进偏慢，《纲要》重大项目库中已开工项目150个，开工率62.5%。\n",
    )
    facts = _facts("r2.txt", text)
    for progress in ("150个", "62.5%"):
        assert facts[progress].year == 2022, progress  # type: ignore[attr-defined]
