"""Scores and points of a plan evaluation (round 29), composed here in the style of a county's
mid-term evaluation report (the figures are this file's own). A third-party evaluation scores the
plan (综合得分86.4分, 指标完成度得分83.2分) and a 存在问题 section lists its points with 一是,
二是…; a poverty review counts people by what they achieved (累计脱贫1.86万人).
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.extract.prose_names import clean_name
from planwatch.pipeline import analyse_text

_REPORT = (
    "某县“十四五”规划纲要实施情况中期评估报告\n"
    "2023年10月12日上午10时30分，县发展改革局发布评估结果。\n"
    "一、总体评价\n"
    "第三方评估显示，规划纲要实施中期综合得分为87.5分，主要指标完成度得分82.4分，"
    "综合得分高出全市平均水平2.7分（满分为100分）。\n"
    "二、存在的主要问题\n"
    "一是科技投入不足，研发经费投入强度离2.2%的目标差距较大。"
    "二是消费恢复偏慢，社会消费品零售总额年均增长3.4%。\n"
)

_POVERTY = (
    "某县“十三五”规划中期评估报告\n"
    "二、主要进展\n"
    "2018年，全县两年累计脱贫2.35万人，现行标准下1.64万贫困人口全部脱贫，全年618人稳定脱贫。\n"
)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_a_score_in_points_is_a_fact_of_the_evaluation():
    facts = _facts("某县中期评估报告.txt", _REPORT)
    overall = facts["87.5分"]
    assert overall.unit == "分" and overall.value == 87.5 and overall.kind is Kind.ACTUAL
    assert "综合得分" in overall.indicator
    assert facts["82.4分"].indicator.endswith("完成度得分")
    assert "2.7分" in facts


def test_a_clock_time_and_the_full_mark_are_no_scores():
    facts = _facts("某县中期评估报告.txt", _REPORT)
    assert "30分" not in facts  # 10时30分: the time the results were published
    assert "100分" not in facts  # 满分为100分: the scale, not a result


def test_a_points_list_word_and_its_judgement_are_no_part_of_the_name():
    assert clean_name("一是科技投入不足") == "科技投入"
    assert clean_name("二是消费恢复偏慢") == "消费恢复"
    facts = _facts("某县中期评估报告.txt", _REPORT)
    assert not facts["2.2%"].indicator.startswith(("一是", "二是"))
    assert facts["2.2%"].kind is Kind.TARGET


def test_people_counted_by_what_they_achieved_are_the_outcomes_people():
    facts = _facts("某县中期评估报告.txt", _POVERTY)
    assert facts["2.35万人"].indicator.endswith("脱贫人口")
    assert facts["618人"].indicator == "稳定脱贫人口"
    # (the poverty line a count is by is no part of what it counts)
    assert facts["1.64万"].indicator == "贫困人口"
