"""A ninth set of classes of writing of plan evaluations and implementation reports, in
text composed for these tests in the style such reports are published in: a report read
to a standing committee whose meeting line gives the month but not the day (——2019年8月在
某县人大常委会会议上) — it is dated by that month and the line dates no section below it;
and a result weighed against the figure the plan set, the plan named as the setter (低于规划
确定的12%的年均增速, 快于规划确定的年均增长9%的目标) — that figure is the plan's aim, for the
plan's last year, in an evaluation as in an annual implementation report."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe import describe
from prosefacts import analysed_facts as _facts

# -- a meeting line printed without its day -------------------------------------------------


def _midterm(meeting_line: str) -> str:
    return (
        "某县国民经济和社会发展第十三个五年规划纲要实施情况中期评估报告\n\n"
        f"{meeting_line}\n"
        "某县发展和改革局局长  张三\n\n"
        "一、规划纲要实施的总体情况\n\n"
        "规划实施以来，全县经济社会发展总体平稳。去年全县实现地区生产总值186.2亿元。"
        "今年1—6月，全县地区生产总值增长7.1%。\n\n"
        "结构调整有序推进。全县乡村旅游接待游客412万人次，城镇登记失业率为3.2%。\n"
    )


def test_a_meeting_line_without_its_day_dates_the_report_by_its_month():
    text = _midterm("——2018年8月在县第十七届人大常委会第十二次会议上")
    meta = describe(text, name="m.txt")
    assert (meta.reference_year, meta.reference_month) == (2018, 8)
    ev = next(e for e in meta.evidence if e.field == "reference_date")
    assert ev.basis == "meeting_line" and text[ev.start : ev.end] == "2018年8月"
    # Delivered in the summer of its plan's third year, it reviews the year before.
    assert meta.reviewed_year == 2017


def test_a_month_only_meeting_line_dates_no_section_below_it():
    text = _midterm("——2018年8月在县第十七届人大常委会第十二次会议上")
    facts = _facts("m2.txt", text)
    for undated in ("412万人次", "3.2%"):
        fact = facts[undated]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2017), undated  # type: ignore[attr-defined]
    assert facts["7.1%"].year == 2018  # (今年1—6月: the report's own year, in part)  # type: ignore[attr-defined]


def test_a_pages_issue_line_of_that_month_gives_the_day():
    # A web page's 发布时间 of the meeting's month has the day the meeting line leaves out;
    # one of a later month is the page's, not the report's.
    line = "——2018年8月在县第十七届人大常委会第十二次会议上"
    same = describe("发布时间：2018-08-29\n" + _midterm(line), name="p1.txt")
    assert same.reference_date == "2018-08-29"
    later = describe("发布时间：2018-10-11\n" + _midterm(line), name="p2.txt")
    assert later.reference_date == "2018-08"


def test_a_month_followed_by_a_sentence_is_no_meeting_line():
    # 在 opening a sentence after a date names no meeting: the line is not the report's date.
    text = _midterm("2018年8月在全县推广了新的统计方法。")
    meta = describe(text, name="m3.txt")
    assert not any(e.field == "reference_date" and e.basis == "meeting_line" for e in meta.evidence)


# -- the figure the plan set, the plan named as its setter -----------------------------------


def test_a_figure_the_plan_set_a_result_fell_short_of_is_the_plans_aim():
    text = (
        "某市“十二五”规划纲要实施情况总结评估\n\n（2016年4月）\n\n"
        "一、总体情况\n\n"
        "综合实力明显增强。2015年全市地区生产总值达到418.6亿元，按可比价格计算年均增长"
        "10.4%，低于规划确定的12%的年均增速，属于未完成指标。\n"
    )
    facts = _facts("f1.txt", text)
    result, aim = facts["10.4%"], facts["12%"]
    assert (result.kind, result.year) == (Kind.ACTUAL, 2015)  # type: ignore[attr-defined]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2015, 2011)  # type: ignore[attr-defined]


def test_an_implementation_report_quoting_the_plans_growth_aim_dates_it_by_the_plan():
    # A report on 2017's plan weighs the first two years of 十三五 against the plan's aim:
    # that aim is for the plan's years, not for next year's plan.
    text = (
        "关于某市2017年国民经济和社会发展计划执行情况与2018年计划草案的报告\n"
        "——2018年1月9日在某市第十五届人民代表大会第二次会议上\n\n"
        "一、2017年计划执行情况\n\n"
        "“十三五”前两年，全市地区生产总值年均增长8.2%，快于规划确定的年均增长7.5%的目标；"
        "服务业增加值比重比规划预期低0.8个百分点。\n"
    )
    facts = _facts("i1.txt", text)
    aim = facts["7.5%"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2020, 2016)  # type: ignore[attr-defined]
    result = facts["8.2%"]
    assert (result.kind, result.year, result.period_start) == (Kind.ACTUAL, 2017, 2016)  # type: ignore[attr-defined]


def test_a_count_of_the_plans_indicators_is_no_aim():
    # 规划确定的25项主要指标中: how many indicators the plan set, not a figure it aimed at.
    text = (
        "某市“十三五”规划纲要实施情况总结评估报告\n\n（2021年3月）\n\n"
        "一、总体情况\n\n"
        "五年来，规划确定的25项主要指标中，22项完成或超额完成，3项未完成。\n"
    )
    facts = _facts("f2.txt", text)
    assert all(f.kind is not Kind.TARGET for f in facts.values())  # type: ignore[attr-defined]


# -- an annual implementation report: the share of the year's plan done, aims compared -------


def _annual_report(body: str) -> str:
    return (
        "关于某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "——2025年1月10日在某市第十六届人民代表大会第四次会议上\n\n" + body
    )


def test_a_share_of_the_years_plan_put_as_what_the_result_is_of_it_is_a_result():
    text = _annual_report(
        "一、2024年计划执行情况\n\n"
        "重点项目建设成效明显。全年实施市重点项目420个，完成投资1368亿元，为年度计划的"
        "112.4%；新开工项目136个。\n"
    )
    share = _facts("a1.txt", text)["112.4%"]
    assert (share.kind, share.year) == (Kind.ACTUAL, 2024)  # type: ignore[attr-defined]


def test_next_years_aim_compared_with_last_years_aim_is_an_aim():
    # The reasons for the plan draft weigh the new aim against last year's: the gap between
    # two aims is of the coming year's plan, not a result.
    text = _annual_report(
        "二、2025年经济社会发展的主要目标\n\n"
        "建议2025年全市地区生产总值增长5.5%左右，固定资产投资增长4%左右。\n"
        "上述目标中，固定资产投资增长4%左右的目标，比上年计划目标低2个百分点，主要考虑房地产"
        "投资仍处于调整期。\n"
    )
    gap = _facts("a2.txt", text)["2个百分点"]
    assert (gap.kind, gap.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


# -- a final evaluation: the plan's aim quoted by the plan's name ---------------------------


def test_a_fall_the_named_plan_aimed_at_is_over_the_plans_years():
    text = (
        "某市“十三五”规划纲要实施情况总结评估报告\n\n（2021年3月）\n\n一、总体情况\n\n"
        "生态环境明显改善。单位地区生产总值能耗五年累计下降18.2%，超额完成“十三五”下降16%的"
        "约束性目标；森林覆盖率达到41.3%。\n"
    )
    facts = _facts("f3.txt", text)
    aim = facts["16%"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2020, 2016)  # type: ignore[attr-defined]
    result = facts["18.2%"]
    assert (result.kind, result.year, result.period_start) == (Kind.ACTUAL, 2020, 2016)  # type: ignore[attr-defined]
    assert (facts["41.3%"].year, facts["41.3%"].period_start) == (2020, None)  # type: ignore[attr-defined]


def test_an_aim_reached_a_year_ahead_is_still_the_aim_of_its_own_year():
    text = (
        "某市“十三五”规划纲要实施情况总结评估报告\n\n（2021年3月）\n\n一、总体情况\n\n"
        "产业结构持续优化。三次产业结构由2015年的9.8:48.2:42.0调整为2020年的8.1:44.6:47.3，"
        "服务业增加值比重五年提高5.3个百分点，提前一年实现“服务业增加值比重达到46%”的规划目标。\n"
    )
    aim = _facts("f4.txt", text)["46%"]
    assert (aim.kind, aim.year) == (Kind.TARGET, 2020)  # type: ignore[attr-defined]


def test_an_annual_reports_last_years_are_those_of_the_plan_in_force():
    # A report on 2024 reasons about the plan it falls in: 后三年 are 十四五's last three.
    text = _annual_report(
        "二、2025年经济社会发展的主要目标\n\n"
        "建议2025年全市地区生产总值增长5.5%左右。主要考虑：与“十四五”规划年均增长6%左右的目标"
        "衔接，2021—2024年年均增长5.8%，只要后一年增长6.5%左右即可实现规划目标。\n"
        "对照“十三五”，2021—2024年全市一般公共预算收入年均增长6.2%，比“十三五”后两年平均增速"
        "高1.1个百分点。\n"
    )
    facts = _facts("a3.txt", text)
    gap = facts["1.1个百分点"]
    assert (gap.kind, gap.year) == (Kind.ACTUAL, 2024)  # type: ignore[attr-defined]


def test_the_remaining_years_of_the_plan_in_an_annual_report_are_ahead():
    text = (
        "关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "——2023年1月12日在某市第十七届人民代表大会第二次会议上\n\n"
        "二、2023年经济社会发展的主要目标\n\n"
        "建议2023年全市地区生产总值增长6%左右。主要考虑：与“十四五”规划年均增长6%左右的目标"
        "衔接，2021—2022年年均增长5.7%，只要后三年年均增长6.2%左右即可实现规划目标。\n"
    )
    aim = _facts("a4.txt", text)["6.2%左右"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2025, 2023)  # type: ignore[attr-defined]


# -- a mid-term evaluation's report on the plan's major projects ------------------------------


def _web_midterm(body: str) -> str:
    return (
        "某县“十四五”规划纲要实施中期评估报告\n"
        "来源：某县发展和改革局　　发布时间：2023-08-21 10:05\n\n"
        "一、总体情况\n\n2022年全县地区生产总值达到186.4亿元。\n\n" + body
    )


def test_the_plans_projects_are_counted_as_of_the_date_their_sentence_states():
    text = _web_midterm(
        "专栏1　“十四五”重大项目推进情况\n"
        "纳入《纲要》的重大项目88个，总投资726亿元。截至2023年6月底，已开工61个，开工率69.3%；"
        "累计完成投资297亿元，占总投资的40.9%。其中，交通项目完成投资104亿元。\n"
    )
    facts = _facts("p1.txt", text)
    for progress in ("61个", "297亿元", "40.9%", "104亿元"):
        assert facts[progress].year == 2023, progress  # type: ignore[attr-defined]
    assert facts["186.4亿元"].year == 2022  # type: ignore[attr-defined]


def test_an_as_of_date_before_the_semicolon_dates_the_projects_after_it():
    text = _web_midterm(
        "（六）重大项目加快推进。《纲要》安排的重大工程项目共计152项，截至2022年底已开工113项，"
        "开工率74.3%；累计完成投资538亿元，占项目总投资的41.2%。\n"
    )
    facts = _facts("p2.txt", text)
    for progress in ("113项", "538亿元", "41.2%"):
        assert facts[progress].year == 2022, progress  # type: ignore[attr-defined]


def test_a_look_back_opening_the_paragraph_names_no_time_of_the_projects():
    text = _web_midterm(
        "两年多来，全县经济运行总体平稳，《纲要》实施总体顺利；列入《纲要》的64个重大项目中，"
        "已完工17个，累计完成投资233亿元。\n"
    )
    facts = _facts("p3.txt", text)
    assert (facts["17个"].year, facts["233亿元"].year) == (2023, 2023)  # type: ignore[attr-defined]
