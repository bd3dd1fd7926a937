"""An eleventh set of classes of writing of plan evaluations and implementation reports, in
text composed for these tests in the style they are published in: a ceiling (控制在…以内)
set beside the result of the same figure is the aim the result kept under; the plan's aim
quoted without 目标 (距规划提出的年均增长8%仍有差距, 低于规划年均增长9%的预期); the gap to an
aim whose year and figure stand between 距 and 目标 (距2025年46%的目标仅差4.4个百分点) is a
result; and an annual report's table of 计划目标 and 执行结果 run on one line, a result
cell giving its figure again on another basis (-2.1（同口径增长1.4）)."""

from __future__ import annotations

from planwatch.core.data import Fact, Kind
from prosefacts import analysed_facts


def _facts(name: str, text: str) -> dict[str, Fact]:
    """The facts of ``text`` by their value's characters, a qualifier after the figure
    (以内, 左右, 以上) dropped: 4%以内 is found as 4%."""
    found = analysed_facts(name, text)
    return {
        k.removesuffix("以内").removesuffix("左右").removesuffix("以上"): f
        for k, f in found.items()
    }


def _report(body: str) -> str:
    return (
        "关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
        "（2024年1月10日在市第十六届人民代表大会第三次会议上）\n\n"
        "一、2023年计划执行情况\n\n"
        f"{body}\n"
    )


def _midterm(body: str) -> str:
    return (
        "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
        "（2023年9月）\n\n"
        "一、主要指标进展情况\n\n"
        f"{body}\n"
    )


# -- a ceiling beside the result of the same figure --------------------------------------------


def test_a_ceiling_after_the_result_of_its_figure_is_the_aim():
    text = _report(
        "全年城镇新增就业3.2万人，城镇登记失业率2.31%，控制在4%以内；居民消费价格上涨0.4%。"
    )
    facts = _facts("k1.txt", text)
    assert (facts["4%"].kind, facts["4%"].year) == (Kind.TARGET, 2023)  # type: ignore[attr-defined]
    assert facts["2.31%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_a_ceiling_before_its_result_is_the_aim():
    text = _report(
        "单位地区生产总值能耗降低完成省下达任务，PM2.5平均浓度控制在35微克/立方米以内，"
        "实际为31微克/立方米。"
    )
    facts = _facts("k2.txt", text)
    ceiling = facts["35微克/立方米"]
    assert (ceiling.kind, ceiling.year) == (Kind.TARGET, 2023)
    assert facts["31微克/立方米"].kind == Kind.ACTUAL


# -- the plan's aim quoted without 目标 -----------------------------------------------------------


def test_the_plans_growth_a_result_is_still_short_of_is_the_aim():
    text = _midterm(
        "投资和消费恢复偏慢。2021—2022年，固定资产投资年均增长3.8%，距规划提出的年均增长8%"
        "仍有差距；工业投资年均增长4.2%，低于规划年均增长9%的预期。"
    )
    facts = _facts("k3.txt", text)
    for figure, name in (("8%", "固定资产投资"), ("9%", "工业投资")):
        fact = facts[figure]
        assert (fact.kind, fact.year, fact.period_start) == (Kind.TARGET, 2025, 2021), figure
        assert fact.indicator == name
    assert facts["3.8%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- the gap to an aim named with its year and figure ---------------------------------------------


def test_the_gap_to_an_aim_with_its_year_and_figure_is_a_result():
    text = _midterm("2022年，服务业增加值占比达到41.6%，距2025年46%的目标仅差4.4个百分点。")
    facts = _facts("k4.txt", text)
    gap = facts["4.4个百分点"]
    assert (gap.kind, gap.year) == (Kind.ACTUAL, 2022)  # type: ignore[attr-defined]
    assert (facts["46%"].kind, facts["46%"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


def test_an_aim_far_after_a_comparison_word_is_still_an_aim():
    # (相当于 opens the name, 13 characters before 力争: no gap measured against the aim.)
    text = (
        "某区2024年政府工作报告\n\n二、2024年主要目标\n\n"
        "在科技创新方面，全社会研发经费支出相当于地区生产总值的比例力争达到3.2%，"
        "新增市级企业技术中心8家。\n"
    )
    assert _facts("k5.txt", text)["3.2%"].kind == Kind.TARGET  # type: ignore[attr-defined]


# -- an annual report's table of aims and results run on one line ----------------------------------


def test_a_run_on_table_of_plan_aims_and_results():
    text = _report(
        "全年计划执行情况总体良好。\n"
        "表1 2023年主要指标完成情况 指标名称 计划目标 执行结果 地区生产总值增长（%） 6左右 5.2 "
        "一般公共预算收入增长（%） 5以上 -2.1（同口径增长1.4） 固定资产投资增长（%） 7以上 8.3 "
        "城镇调查失业率（%） 5.5以内 4.9\n"
        "（一）经济运行稳中有进。"
    )
    facts = _facts("k6.txt", text)
    assert (facts["6"].kind, facts["5.2"].kind) == (Kind.TARGET, Kind.ACTUAL)  # type: ignore[attr-defined]
    revenue = facts["-2.1"]
    assert (revenue.kind, revenue.value, revenue.year) == (Kind.ACTUAL, -2.1, 2023)  # type: ignore[attr-defined]
    assert revenue.indicator.startswith("一般公共预算收入")  # type: ignore[attr-defined]
    assert (facts["5.5"].kind, facts["4.9"].kind) == (Kind.TARGET, Kind.ACTUAL)  # type: ignore[attr-defined]


# -- the reasons given for a year's aim, in order --------------------------------------------------


def test_a_reason_quoting_the_plans_aim_names_the_figure_the_paragraph_is_about():
    text = _report(
        "全年计划执行情况总体良好。\n\n二、2024年主要目标\n\n"
        "上述目标中，地区生产总值增长5.5%左右，主要考虑：一是与“十四五”规划年均增长6%左右的"
        "目标相衔接，2021—2023年三年平均增长5.2%，需要加快追赶；二是经济恢复的基础仍不牢固。"
    )
    facts = _facts("k7.txt", text)
    aim = facts["6%"]
    assert (aim.kind, aim.year, aim.indicator) == (Kind.TARGET, 2025, "地区生产总值")  # type: ignore[attr-defined]


# -- a row of a run-on table that does not apply --------------------------------------------------


def test_a_row_that_does_not_apply_does_not_end_a_run_on_table():
    text = _midterm(
        "主要指标完成情况 指标 单位 2020年 2025年目标 2022年 评估结论 "
        "铁路营业里程 公里 2100 2500 2230 符合预期 高速公路通车里程 公里 3600 4200 3810 符合预期 "
        "水运——不涉及 农村公路总里程 万公里 5.2 5.6 5.4 符合预期 "
        "城市公交站点500米覆盖率 % 92 100 100 提前完成\n"
        "三、存在的问题\n"
    )
    facts = _facts("k8.txt", text)
    for figure, kind, year in (
        ("5.2", Kind.ACTUAL, 2020),
        ("5.6", Kind.TARGET, 2025),
        ("5.4", Kind.ACTUAL, 2022),
    ):
        assert (facts[figure].kind, facts[figure].year) == (kind, year), figure  # type: ignore[attr-defined]
    assert facts["5.4"].indicator == "农村公路总里程"  # type: ignore[attr-defined]
