"""A fourth set of classes of writing of plan evaluations and plan-implementation reports,
in text composed for these tests in the style such reports are published in: how much
of an aim was done, with the aim's own figure quoted between 完成 and 的 (完成“十三五”
累计3000亿元目标的41.2%, 完成规划目标（70%）增量的30%); and a reduction done, counted in
what was removed (两年累计减少贫困人口8.6万人, 累计压减钢铁产能900万吨) — each in two
wordings or layouts."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from prosefacts import analysed_facts as _facts

_MIDTERM_HEAD = (
    "某市国民经济和社会发展第十三个五年规划纲要实施中期评估报告\n"
    "——2018年9月20日在某市人民代表大会常务委员会会议上\n\n"
    "一、主要指标完成情况\n"
)


# -- how much of an aim was done, the aim's figure quoted inside -------------------------


def test_share_of_an_aim_with_its_amount_quoted_is_a_result_level():
    text = _MIDTERM_HEAD + (
        "2016—2017年全市累计完成固定资产投资1236亿元，完成规划五年累计3000亿元目标的41.2%。\n"
        "单位地区生产总值能耗两年累计下降6.4%，完成“十三五”下降16%目标的40%。\n"
    )
    facts = _facts("s1.txt", text)
    for share in ("41.2%", "40%"):
        fact = facts[share]
        assert fact.kind == Kind.ACTUAL, share  # type: ignore[attr-defined]
        assert fact.measure == Measure.LEVEL, share  # type: ignore[attr-defined]
        assert fact.value > 0, share  # type: ignore[attr-defined]
        assert fact.period_start is None, share  # type: ignore[attr-defined]
        assert fact.year == 2017, share  # type: ignore[attr-defined]


def test_share_of_an_aims_increment_with_the_aim_in_brackets_is_a_result():
    text = _MIDTERM_HEAD + (
        "2017年常住人口城镇化率达到58.3%，比2015年提高1.5个百分点，"
        "仅完成规划目标（63%）增量的24%，进度滞后。\n"
    )
    facts = _facts("s2.txt", text)
    fact = facts["24%"]
    assert fact.kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert fact.measure == Measure.LEVEL  # type: ignore[attr-defined]
    assert facts["63%"].kind == Kind.TARGET  # type: ignore[attr-defined]


# -- a reduction done, counted in what was removed ----------------------------------------


def test_a_reduction_done_in_a_midterm_review_is_a_level_named_with_its_verb():
    text = _MIDTERM_HEAD + (
        "（三）民生福祉持续改善。两年累计减少农村贫困人口8.6万人，"
        "城镇居民人均可支配收入年均增长7.9%。\n"
    )
    fact = _facts("s3.txt", text)["8.6万人"]
    assert fact.kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert fact.measure == Measure.LEVEL  # type: ignore[attr-defined]
    assert fact.value == 8.6  # type: ignore[attr-defined]
    assert fact.indicator.startswith("减少")  # type: ignore[attr-defined]


def test_a_reduction_done_in_an_implementation_report_and_a_fall_against_a_base():
    text = (
        "关于某省2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n"
        "——2017年1月18日在某省第十二届人民代表大会第七次会议上\n\n"
        "一、2016年计划执行情况\n"
        "脱贫攻坚取得决定性进展，全年减少贫困人口21.4万人。"
        "年末全省户籍人口比上年末减少3.2万人。\n"
    )
    facts = _facts("s4.txt", text)
    done = facts["21.4万人"]
    assert (done.measure, done.value) == (Measure.LEVEL, 21.4)  # type: ignore[attr-defined]
    fall = facts["3.2万人"]
    assert (fall.measure, fall.value) == (Measure.CHANGE, -3.2)  # type: ignore[attr-defined]


def test_a_reduction_verb_opening_a_name_outside_a_review_is_still_a_fall():
    text = (
        "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "第一章 发展基础\n"
        "“十三五”时期，全县五年减少农村贫困人口1.8万人，地区生产总值年均增长7.2%。\n"
    )
    fact = _facts("s5.txt", text)["1.8万人"]
    assert (fact.measure, fact.value) == (Measure.CHANGE, -1.8)  # type: ignore[attr-defined]


def test_a_reduction_verb_after_the_name_in_a_final_evaluation_counts_the_work_done():
    text = (
        "某市国民经济和社会发展第十三个五年规划纲要实施总结评估报告\n"
        "（2021年2月）\n\n"
        "一、主要目标完成情况\n"
        "供给侧结构性改革成效明显，钢铁产能累计压减850万吨，"
        "农村贫困人口减少12.6万人，工业用地比2015年减少1.3万亩。\n"
    )
    facts = _facts("s6.txt", text)
    for done, value in (("850万吨", 850), ("12.6万人", 12.6)):
        fact = facts[done]
        assert (fact.measure, fact.value) == (Measure.LEVEL, value), done  # type: ignore[attr-defined]
    fall = facts["1.3万亩"]
    assert (fall.measure, fall.value) == (Measure.CHANGE, -1.3)  # type: ignore[attr-defined]


# -- a mid-term evaluation's problems section: the last full year's statistics ---------------


def test_problems_section_of_a_late_midterm_evaluation_is_the_last_full_year():
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n"
        "发布时间：2024-11-20\n"
        "一、主要指标完成情况\n"
        "2023年全市地区生产总值达到3210亿元，增长5.6%。\n"
        "二、存在的主要问题\n"
        "一是创新投入偏低，研发经费投入强度仅为1.4%，低于全省平均水平。"
        "二是城乡差距仍然较大，城乡居民收入比为2.31。\n"
    )
    facts = _facts("p1.txt", text)
    for figure in ("1.4%", "2.31"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2023), figure  # type: ignore[attr-defined]


def test_problems_section_is_not_dated_by_a_box_above_it():
    text = _MIDTERM_HEAD + (
        "2017年全市地区生产总值增长6.1%。\n"
        "专栏 重大项目推进情况（截至2018年6月底）\n"
        "纲要确定的重大项目已开工126项，累计完成投资812亿元。\n"
        "三、存在的困难和问题\n"
        "工业基础依然薄弱，全市规模以上工业企业仅有316家，"
        "民营经济增加值占地区生产总值比重为43.2%。\n"
        "四、后三年推进规划实施的建议\n"
        "力争到2020年规模以上工业企业达到400家。\n"
    )
    facts = _facts("p2.txt", text)
    for figure in ("316家", "43.2%"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2017), figure  # type: ignore[attr-defined]
    aim = facts["400家"]
    assert (aim.kind, aim.year) == (Kind.TARGET, 2020)  # type: ignore[attr-defined]


def test_a_heading_on_solving_problems_is_no_problems_section():
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n"
        "发布时间：2024-11-20\n"
        "三、重点任务推进情况\n"
        "（二）着力解决群众急难愁盼问题\n"
        "今年以来新增城镇就业3.1万人。\n"
    )
    fact = _facts("p3.txt", text)["3.1万人"]
    assert fact.year == 2024  # type: ignore[attr-defined]


# -- the plan as the subject of an aim quoted after a result -------------------------------


def test_an_aim_quoted_with_the_plan_as_subject_is_of_the_result_named_before():
    text = _MIDTERM_HEAD + (
        "2017年全市研发经费投入强度达到1.3%，规划原定1.8%的目标实现难度较大。\n"
        "数字经济核心产业增加值占地区生产总值比重为4.2%，规划提出到2020年达到6%。\n"
    )
    facts = _facts("n1.txt", text)
    assert "研发经费投入强度" in facts["1.8%"].indicator  # type: ignore[attr-defined]
    assert facts["1.8%"].kind == Kind.TARGET  # type: ignore[attr-defined]
    assert "数字经济核心产业" in facts["6%"].indicator  # type: ignore[attr-defined]


def test_an_aim_quoted_from_the_plans_title_is_of_the_result_named_before():
    text = (
        "某市国民经济和社会发展第十三个五年规划纲要实施总结评估报告\n"
        "（2021年2月）\n\n"
        "一、主要指标完成情况\n"
        "一般公共预算收入2020年完成186.2亿元，年均增长6.4%，《纲要》目标为年均增长7.5%。\n"
    )
    fact = _facts("n2.txt", text)["7.5%"]
    assert "一般公共预算收入" in fact.indicator  # type: ignore[attr-defined]
    assert fact.kind == Kind.TARGET  # type: ignore[attr-defined]
