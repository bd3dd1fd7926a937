"""Round 24's forms of evaluations, seen on public pages of several areas and years (news of
a standing committee hearing a mid-term evaluation, evaluations setting a plan's aims beside
its results), on documents written for these tests: no sentence copied."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.describe.meta import describe
from planwatch.pipeline import analyse_text


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("s.txt", text).facts}


# A news agency's story of a standing committee session at which the planning commission
# delivered the mid-term evaluation of the outline, named in full in its brackets.
HEARD = (
    "青川日报讯（记者 林舟）12月20日，青川市第九届人大常委会第十二次会议在市行政中心举行。\n"
    "受市人民政府委托，市发展改革委主任在会上作《〈青川市国民经济和社会发展第十五个五年规划"
    "和二〇四〇年远景目标纲要〉实施中期评估报告》。\n"
    "《青川市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要》提出5个方面22项"
    "主要指标。报告称，主要指标中18项符合或快于预期。\n"
    "报告显示，全市常住人口城镇化率由2025年的61.5%提高到2027年的63.2%。\n"
)


def test_news_of_an_evaluation_delivered_is_the_evaluation_not_the_outline_it_names():
    meta = describe(HEARD, name="s.txt")
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    facts = _facts(HEARD)
    assert facts[(18.0, "项")].kind is Kind.ACTUAL
    f = facts[(63.2, "%")]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2027)


# A county's mid-term evaluation setting each aim of the plan's end beside what two years
# and more have brought: the results name nothing, 分别 shares out the aims' names.
AIMS_THEN_RESULTS = (
    "柳溪县“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "一、主要指标完成情况\n"
    "《纲要》提出，到规划期末全县地区生产总值达到680亿元、规模以上工业增加值年均增长7.5%；"
    "两年多来分别实现545亿元、年均增长8.2%，总体快于预期。\n"
    "《纲要》确定规划期末一般公共预算收入达到46亿元、常住人口城镇化率达到62%的目标；"
    "2027年分别达到39.5亿元和60.4%。\n"
)


def test_results_after_the_aims_of_the_plan_end_are_results_of_their_own_time():
    facts = _facts(AIMS_THEN_RESULTS)
    aim = facts[(680.0, "亿元")]
    assert (aim.kind, aim.year) == (Kind.TARGET, 2030)
    level, pace = facts[(545.0, "亿元")], facts[(8.2, "%")]
    assert (level.kind, level.year) == (Kind.ACTUAL, 2028)
    assert (pace.kind, pace.year, pace.period_start) == (Kind.ACTUAL, 2028, 2026)


def test_a_share_out_naming_nothing_takes_the_names_of_the_aims_before():
    facts = _facts(AIMS_THEN_RESULTS)
    assert facts[(545.0, "亿元")].indicator.endswith("地区生产总值")
    assert facts[(8.2, "%")].indicator == "规模以上工业增加值"
    assert facts[(39.5, "亿元")].indicator == "一般公共预算收入"
    assert facts[(60.4, "%")].indicator == "常住人口城镇化率"
    assert facts[(60.4, "%")].kind is Kind.ACTUAL and facts[(60.4, "%")].year == 2027
    # (the aim's horizon is no part of its name)
    assert "规划期末" not in facts[(680.0, "亿元")].indicator


# A province's report to the standing committee on the year's plan in its first seven months,
# as a newspaper tells it (its title lost): indicators counted against the schedule, the year's
# growth aims.
PART_YEAR = (
    "发布时间：2027-09-18 来源：青川日报\n"
    "9月16日，省政府关于本省2027年1至7月国民经济和社会发展计划执行情况的报告提请省人大常委会"
    "会议审议。报告显示，全省经济运行实现时间过半、任务过半。\n"
    "对照年初批准的计划主要指标，地区生产总值、社会消费品零售总额等9项指标达到或超过计划目标"
    "序时进度。上半年全省地区生产总值增长6.1%，下半年将努力完成全年6.5%的经济增长目标，"
    "确保实现年初确定的9%的规模以上工业增加值增长预期目标。\n"
)


def test_a_report_on_part_of_the_years_plan_is_an_implementation_report():
    assert describe(PART_YEAR, name="s.txt").doc_type is DocType.IMPLEMENTATION_REPORT
    f = _facts(PART_YEAR)[(9.0, "项")]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2027)


def test_a_figure_before_a_growth_aim_naming_its_indicator_is_that_aim():
    facts = _facts(PART_YEAR)
    assert facts[(6.1, "%")].kind is Kind.ACTUAL
    whole_year = facts[(6.5, "%")]
    assert (whole_year.kind, whole_year.measure.value, whole_year.year) == (
        Kind.TARGET,
        "growth",
        2027,
    )
    industry = facts[(9.0, "%")]
    assert (industry.kind, industry.measure.value) == (Kind.TARGET, "growth")


# A city's news of its mid-term evaluation: the parts to be examined, then how most fared.
LAUNCHED = (
    "青川市“十五五”规划实施中期评估工作启动\n"
    "2028-04-12 来源：青川日报\n"
    "此次中期评估将对全市6个方面27个主要指标实现情况进行监测评价，判断完成五年目标的趋势。\n"
    "从去年底的情况看，31个主要指标大多数达到预期进度要求，其中5个指标已提前完成规划目标。\n"
)


def test_the_parts_an_evaluation_examines_are_its_make_up_not_facts():
    counts = {value for value, unit in _facts(LAUNCHED) if unit == "个"}
    assert 6.0 not in counts and 27.0 not in counts and 31.0 not in counts
    assert 5.0 in counts  # (the count of those met early is a fact)


# A standing committee's news of a mid-term evaluation projecting the plan's end: the part of
# the indicators expected to be met, counted in 在…中 with the part far after it.
PROJECTED = (
    "青川市“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "评估显示，主要指标总体进展顺利。预计到2030年在32个指标中最终完成规划目标的指标将达到"
    "29个。\n"
)


def test_the_indicators_a_projected_part_is_counted_in_are_a_group_not_a_fact():
    facts = _facts(PROJECTED)
    assert (32.0, "个") not in facts
    assert facts[(29.0, "个")].kind is Kind.TARGET and facts[(29.0, "个")].year == 2030


def test_indicators_of_a_kind_a_plan_sets_are_its_make_up():
    text = (
        "青川市“十五五”规划纲要实施中期评估报告\n"
        "2028年11月\n"
        "对《纲要》确定的24个主要定量指标的评估表明，其中有15个指标提前实现2030年的规划目标，"
        "4个指标进展相对滞后。\n"
    )
    facts = _facts(text)
    assert (24.0, "个") not in facts
    assert facts[(15.0, "个")].kind is Kind.ACTUAL and facts[(4.0, "个")].kind is Kind.ACTUAL
