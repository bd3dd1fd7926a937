"""A rate's aim right after the words weighing a result against it (round 28), in sentences
composed here in the style of final and mid-term evaluations (the figures are this file's own):
…年均增长5.4%，低于规划目标6.5%; 森林覆盖率达到63.2%，高于目标值61.5%. With no 的 between the
aim's words and its figure the aim was read as a second result; it is the plan's aim (of its
last year), named by the indicator. A gap in points (比规划目标低1.2个百分点) and a figure by
which the aim was beaten (超出规划目标8.1%) stay results.
"""

from __future__ import annotations

import pytest

from planwatch.extract.aim_compared import weighed_aim_name
from planwatch.pipeline import analyse_text

_PAGE = (
    "某某市“十四五”规划纲要实施情况中期评估报告\n"
    "（2023年10月）\n"
    "一、主要指标进展情况\n"
    "　　全市地区生产总值两年年均增长5.2%，低于规划目标6.5%。"
    "森林覆盖率达到62.8%，高于目标值61.5%。常住人口城镇化率比规划目标低1.2个百分点。"
    "全社会固定资产投资两年年均增长9.6%，超出规划目标3.1%。\n"
)


@pytest.fixture(scope="module")
def facts() -> dict[str, object]:
    return {_PAGE[f.start : f.end]: f for f in analyse_text("e.txt", _PAGE).facts}


def test_the_aim_after_the_weighing_words_is_the_plans(facts):
    aim = facts["6.5%"]
    assert (aim.kind.value, aim.year, aim.indicator) == ("target", 2025, "地区生产总值")
    cover = facts["61.5%"]
    assert (cover.kind.value, cover.indicator) == ("target", "森林覆盖率")


def test_gaps_and_excesses_stay_results(facts):
    assert facts["1.2个百分点"].kind.value == "actual"
    assert facts["3.1%"].kind.value == "actual"
    assert facts["5.2%"].kind.value == "actual"


def test_the_weighing_words_are_no_part_of_the_aims_name():
    assert weighed_aim_name("森林覆盖率高于目标值") == "森林覆盖率"
    assert weighed_aim_name("森林覆盖率") == "森林覆盖率"


_DONE = (
    "某某市“十三五”规划纲要实施情况总结评估报告\n"
    "一、主要指标完成情况\n"
    "　　单位地区生产总值能耗五年累计下降17.3%，超额完成16%的下降任务；森林覆盖率保持在63.2%。"
    "化学需氧量排放量累计减少12.1%，超额完成省下达的10%任务。\n"
)
_SHARE = (
    "某某市“十四五”规划纲要实施情况中期评估报告\n"
    "（2023年10月）\n"
    "　　单位地区生产总值能耗两年累计下降7.3%，完成13.5%的下降任务的54%。\n"
)


def test_the_task_an_evaluation_says_was_done_is_the_plans_aim():
    facts = {_DONE[f.start : f.end]: f for f in analyse_text("d.txt", _DONE).facts}
    task = facts["16%"]
    assert (task.kind.value, task.year, task.indicator) == ("target", 2020, "单位地区生产总值能耗")
    assert facts["10%"].indicator == "化学需氧量排放量"
    # (the clause after it is a result again, not the aim's kind carried on)
    assert facts["63.2%"].kind.value == "actual"


def test_a_result_before_the_share_of_its_aim_done_stays_a_result():
    facts = {_SHARE[f.start : f.end]: f for f in analyse_text("m.txt", _SHARE).facts}
    assert (facts["7.3%"].kind.value, facts["7.3%"].year) == ("actual", 2022)
    assert (facts["13.5%"].kind.value, facts["13.5%"].year) == ("target", 2025)


def test_a_margin_above_the_plans_aim_is_a_result():
    # (高出 is a comparison as 高于 is: the margin is how far the result beat the aim.)
    text = (
        "某某县国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n"
        "　　2020年全县地表水优良比例达到94.6%，高出“十三五”规划目标4.6个百分点。\n"
    )
    (margin,) = [f for f in analyse_text("o.txt", text).facts if f.unit == "个百分点"]
    assert (margin.kind.value, margin.year) == ("actual", 2020)


_SHARES = (
    "某某县“十四五”规划纲要实施情况中期评估报告\n"
    "（2023年10月）\n"
    "　　预计2023年实现地区生产总值352亿元左右，完成规划目标440亿元的80%。"
    "规上工业营业收入达到586亿元，完成900亿元目标的65.1%。"
    "社会消费品零售总额年均下降1.2%，滞后于规划年均增长7%的目标。\n"
)


def test_the_plans_aim_quoted_in_a_share_is_of_the_plans_last_year():
    facts = {_SHARES[f.start : f.end]: f for f in analyse_text("s.txt", _SHARES).facts}
    aim = facts["440亿元"]
    assert (aim.kind.value, aim.year, aim.indicator) == ("target", 2025, "地区生产总值")
    assert (facts["80%"].kind.value, facts["80%"].year) == ("actual", 2023)


def test_a_result_before_the_share_of_an_aim_with_no_de_stays_a_result():
    # (完成900亿元目标的65.1%: no 的 between the aim's figure and 目标)
    facts = {_SHARES[f.start : f.end]: f for f in analyse_text("s.txt", _SHARES).facts}
    assert facts["586亿元"].kind.value == "actual"
    assert facts["900亿元"].kind.value == "target"


def test_lagging_behind_the_plan_names_nothing():
    facts = {_SHARES[f.start : f.end]: f for f in analyse_text("s.txt", _SHARES).facts}
    assert facts["7%"].indicator.startswith("社会消费品零售总额")
