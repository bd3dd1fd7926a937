"""A fifth set of classes of writing of plan evaluations, in text composed for these tests
in the style such reports are published in: a change from a first value to a second that
names no year for the first (由1.02平方米提高到1.38平方米) — the plan's own change, from
the year before its first; a bracketed five-year change on a row of a share in % — the
percentage points the share moved; a short list line comparing with a base year
(是2015年的4.2倍) that dates nothing below it; and a table whose last column gives the
evaluation's conclusion (评估结论) — each in two wordings or layouts."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from prosefacts import analysed_facts as _facts

_MIDTERM_HEAD = (
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "——2023年9月12日在某市人民代表大会常务委员会会议上\n\n"
    "一、规划实施取得的主要进展\n"
)
_FINAL_HEAD = (
    "某县国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
    "某县发展和改革局\n"
    "2021年2月\n\n"
    "一、主要目标完成情况\n"
)


# -- a change naming no year for its first value ------------------------------------------


def test_an_undated_first_value_in_a_midterm_evaluation_is_the_plans_base_year():
    text = _MIDTERM_HEAD + (
        "公共服务持续改善，每千人口拥有执业（助理）医师数由2.42人提高到2.71人，"
        "城市公园绿地服务半径覆盖率从76.5%提高到83.2%。\n"
    )
    facts = _facts("f1.txt", text)
    for first in ("2.42人", "76.5%"):
        fact = facts[first]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2020), first  # type: ignore[attr-defined]


def test_an_undated_first_value_in_a_final_evaluation_after_a_dated_clause():
    text = _FINAL_HEAD + (
        "五年中有两年增速低于全省平均水平，2020年全县地区生产总值占全市的比重"
        "由18.4%下降到17.6%。高速公路通车里程从96公里增加到158公里。\n"
    )
    facts = _facts("f2.txt", text)
    for first in ("18.4%", "96公里"):
        assert facts[first].year == 2015, first  # type: ignore[attr-defined]
    assert facts["158公里"].year == 2020  # type: ignore[attr-defined]


def test_a_first_value_with_a_time_word_of_its_own_keeps_it():
    text = _MIDTERM_HEAD + (
        "城乡居民收入比由2020年的2.31缩小到2022年的2.24；"
        "市区至县城通行时间将由目前的1.5小时缩短至1小时以内。\n"
    )
    facts = _facts("f3.txt", text)
    assert facts["2.31"].year == 2020  # type: ignore[attr-defined]
    assert facts["1.5小时"].year == 2022  # (目前: the year the evaluation reviews)  # type: ignore[attr-defined]


# -- a bracketed five-year change on a share's row ------------------------------------------


def _assert_share_points(facts: dict[str, object], shares: tuple[str, ...], fall: str) -> None:
    for cell in shares:
        fact = facts[cell]
        assert (fact.measure, fact.unit) == (Measure.CHANGE, "个百分点"), cell  # type: ignore[attr-defined]
    assert facts[fall].unit == "%"  # type: ignore[attr-defined]


def test_a_bracketed_change_of_a_share_in_a_final_evaluation_table_is_in_points():
    text = _FINAL_HEAD + (
        "“十三五”主要指标完成情况表\n"
        "指标 2015年 规划目标（2020年） 2020年实际 年均增长目标 实际年均增长 完成情况\n"
        "地区生产总值（亿元） 212.6 320 301.4 8.5 7.2 基本完成\n"
        "服务业增加值比重（%） 38.1 44 45.3 [5.9] [7.2] 完成\n"
        "常住人口城镇化率（%） 46.2 52 51.6 [5.8] [5.4] 基本完成\n"
        "单位地区生产总值能耗降低（%） — — — [15] [16.8] 完成\n"
        "注：[ ]内为五年累计数。\n"
    )
    facts = _facts("b1.txt", text)
    _assert_share_points(facts, ("[5.9]", "[7.2]", "[5.8]", "[5.4]"), "[16.8]")


def test_a_bracketed_change_of_a_share_in_a_midterm_table_one_cell_a_line():
    text = _MIDTERM_HEAD.replace("一、规划实施取得的主要进展\n", "一、主要指标完成情况\n") + (
        "表1 主要指标进展情况\n"
        "序号\n指标\n2020年\n2025年目标\n年均增长\n2022年\n进展情况\n"
        "1\n研究与试验发展经费投入强度（%）\n1.62\n2.3\n〔0.68〕\n1.85\n滞后\n"
        "2\n森林覆盖率（%）\n41.2\n42\n〔0.8〕\n41.6\n符合预期\n"
        "3\n单位地区生产总值能源消耗降低（%）\n—\n—\n〔14〕\n6.1\n符合预期\n"
        "注：〔 〕内为五年累计数。\n"
    )
    facts = _facts("b2.txt", text)
    _assert_share_points(facts, ("〔0.68〕", "〔0.8〕"), "〔14〕")


# -- a list line comparing with a base year ------------------------------------------------


def test_a_box_line_against_a_base_year_dates_nothing_below_it():
    text = _FINAL_HEAD + (
        "“十三五”时期，全县经济社会发展取得显著成效。\n\n"
        "专栏1　“十三五”时期标志性成果\n"
        "1.规模以上工业企业数量是2015年的2.1倍；\n"
        "2.农村居民人均可支配收入年均增长9.1%；\n"
        "3.县城建成区面积扩大到21平方公里。\n\n"
        "二、存在的主要问题\n"
        "（一）产业层次不高。传统产业增加值占规模以上工业比重仍达61.5%。\n"
    )
    facts = _facts("y1.txt", text)
    for figure in ("2.1倍", "9.1%", "21平方公里", "61.5%"):
        assert facts[figure].year == 2020, figure  # type: ignore[attr-defined]


def test_a_short_line_with_a_rise_over_a_base_year_dates_nothing_below_it():
    text = _FINAL_HEAD + (
        "“十三五”时期主要成效\n"
        "高新技术企业比2015年增加86家\n"
        "全县森林覆盖率达到63.4%，土地开发强度已达14.2%。\n"
    )
    facts = _facts("y2.txt", text)
    for figure in ("63.4%", "14.2%"):
        assert facts[figure].year == 2020, figure  # type: ignore[attr-defined]


# -- a table's conclusion column -----------------------------------------------------------


def test_a_runon_table_ending_in_an_evaluation_conclusion_column_is_read():
    text = _MIDTERM_HEAD + (
        "主要指标完成情况 指标 单位 2020年 2025年目标 2022年 评估结论 "
        "高速公路通车里程 公里 5120 5800 5396 符合预期 "
        "铁路营业里程 公里 3860 4500 3912 滞后 "
        "城市轨道交通运营里程 公里 96 180 131 基本符合预期\n"
    )
    facts = _facts("t1.txt", text)
    fact = facts["5800"]
    assert (fact.kind, fact.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]
    fact = facts["3912"]
    assert (fact.kind, fact.year, fact.unit) == (Kind.ACTUAL, 2022, "公里")  # type: ignore[attr-defined]
    assert facts["131"].indicator == "城市轨道交通运营里程"  # type: ignore[attr-defined]


def test_a_table_one_row_a_line_with_an_evaluation_conclusion_column_is_read():
    text = _MIDTERM_HEAD + (
        "表2 主要指标进展\n"
        "指标名称 单位 2020年 2022年 2025年目标 评估结论\n"
        "常住人口城镇化率 % 55.3 57.1 60 符合预期\n"
        "每千人口拥有3岁以下婴幼儿托位数 个 1.2 2.3 4.5 滞后\n"
        "地表水达到或好于Ⅲ类水体比例 % 88.2 91.6 92 提前完成\n"
    )
    facts = _facts("t2.txt", text)
    assert (facts["57.1"].kind, facts["57.1"].year) == (Kind.ACTUAL, 2022)  # type: ignore[attr-defined]
    assert (facts["4.5"].kind, facts["4.5"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


# -- a rank taken in a counted group -------------------------------------------------------


def test_a_rank_in_a_counted_group_of_prefecture_cities_ranks_the_figure_before():
    text = _MIDTERM_HEAD + (
        "二、存在的主要问题\n"
        "一是经济总量偏小，地区生产总值占全省的比重仅为6.1%，在全省13个设区市中居第9位。\n"
    )
    facts = _facts("r1.txt", text)
    assert "13个" not in facts  # (the size of the group ranked in is no figure)
    rank = facts["第9位"]
    assert rank.indicator.startswith("地区生产总值占全省的比重")  # type: ignore[attr-defined]


def test_a_rank_among_the_provinces_written_with_their_official_name():
    text = _MIDTERM_HEAD + (
        "创新投入仍然不足，全社会研发经费投入强度为1.41%，在全国31个省（区、市）中排名第19位。\n"
    )
    facts = _facts("r2.txt", text)
    assert "31个" not in facts
    assert facts["第19位"].indicator.startswith("全社会研发经费投入强度")  # type: ignore[attr-defined]
    assert facts["1.41%"].value == 1.41  # type: ignore[attr-defined]


# -- the rate of indicators done ----------------------------------------------------------


def test_a_completion_rate_after_the_count_of_main_indicators_names_them():
    text = _FINAL_HEAD + (
        "《纲要》确定的28项主要指标中，预计25项完成或超额完成，完成率89.3%；"
        "地区生产总值年均增长等3项指标未完成。\n"
    )
    fact = _facts("c1.txt", text)["89.3%"]
    assert fact.indicator == "主要指标完成率"  # type: ignore[attr-defined]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2020)  # type: ignore[attr-defined]


def test_a_completion_rate_in_a_sentence_of_its_own_after_the_count():
    text = _FINAL_HEAD + (
        "经评估，除受疫情影响较大的2项指标外，其余22项指标均已完成，完成率为91.7%。\n"
    )
    fact = _facts("c2.txt", text)["91.7%"]
    assert fact.indicator == "指标完成率"  # type: ignore[attr-defined]


# -- the planned total of the plan's major projects -----------------------------------------


def test_the_total_of_the_plans_major_projects_in_a_box_dated_as_of_is_its_aim():
    text = _MIDTERM_HEAD + (
        "专栏1 “十四五”重大项目推进情况（截至2023年6月底）\n"
        "《纲要》确定的重大项目共218项，总投资2650亿元。截至2023年6月底，已开工建设163项，"
        "累计完成投资1030亿元，占总投资的38.9%。\n"
    )
    facts = _facts("p1.txt", text)
    total = facts["2650亿元"]
    assert (total.kind, total.year, total.period_start) == (Kind.TARGET, 2025, 2021)  # type: ignore[attr-defined]
    done = facts["1030亿元"]
    assert done.kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_the_total_of_the_major_works_taken_into_the_plan_written_the_other_way():
    text = _FINAL_HEAD + (
        "纳入规划的重大工程项目86个，计划总投资约640亿元，五年累计完成投资598亿元。\n"
    )
    facts = _facts("p2.txt", text)
    total = facts["640亿元"]
    assert (total.kind, total.year) == (Kind.TARGET, 2020)  # type: ignore[attr-defined]
    assert facts["598亿元"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- an implementation report's table one cell a line, its header cells two lines high ----

_REPORT_HEAD = (
    "关于某省2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "——2024年1月20日在某省第十四届人民代表大会第二次会议上\n\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
)


def test_a_table_whose_index_and_estimate_headers_are_broken_over_two_lines():
    text = _REPORT_HEAD + (
        "表1　2023年主要指标执行情况\n"
        "序\n号\n指标\n年度计划\n目标\n预计\n执行\n备注\n"
        "1\n地区生产总值增长（%）\n6左右\n5.6\n"
        "2\n城镇新增就业（万人）\n60\n66.3\n"
        "3\n城镇调查失业率（%）\n5.5以内\n5.1\n"
        "4\n居民消费价格涨幅（%）\n3左右\n0.4\n"
        "注：执行数为预计数。\n"
    )
    facts = _facts("h1.txt", text)
    for aim, done in (("6左右", "5.6"), ("60", "66.3"), ("5.5以内", "5.1"), ("3左右", "0.4")):
        assert (facts[aim].kind, facts[aim].year) == (Kind.TARGET, 2023), aim  # type: ignore[attr-defined]
        assert (facts[done].kind, facts[done].year) == (Kind.ACTUAL, 2023), done  # type: ignore[attr-defined]


def test_a_table_whose_result_header_is_broken_over_two_lines():
    text = _REPORT_HEAD + (
        "表2　2023年主要指标完成情况\n"
        "序\n号\n指标\n年度目标\n完成\n情况\n备注\n"
        "1\n一般公共预算收入增长（%）\n5\n6.2\n"
        "2\n规模以上工业增加值增长（%）\n6.5\n7.1\n"
        "3\n社会消费品零售总额增长（%）\n7\n6.8\n"
    )
    facts = _facts("h2.txt", text)
    for aim, done in (("5", "6.2"), ("6.5", "7.1"), ("7", "6.8")):
        assert facts[aim].kind == Kind.TARGET, aim  # type: ignore[attr-defined]
        assert (facts[done].kind, facts[done].year) == (Kind.ACTUAL, 2023), done  # type: ignore[attr-defined]
