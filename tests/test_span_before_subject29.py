"""A span of years opening its clause before what it added (round 29), composed here in the style
of a city's mid-term evaluation (the figures are this file's own): 两年城镇新增就业5.6万人 is
the sum over the plan's first two years, as 两年新增 and 两年累计 are; 三年行动计划 is a
programme's name, no span.
"""

from __future__ import annotations

from planwatch.extract.time_marks import time_marks
from planwatch.pipeline import analyse_text

_TEXT = (
    "某市“十四五”规划纲要实施情况中期评估报告\n"
    "二、主要指标进展\n"
    "全市经济运行总体平稳。两年城镇新增就业4.7万人，完成五年目标的47%。\n"
)


def test_a_span_opening_its_clause_before_a_subject_is_lasting():
    text = "……。两年城镇新增就业4.7万人"
    (mark,) = [m for m in time_marks(text) if m.kind == "span"]
    assert mark.offset == 2 and mark.lasting
    assert text[mark.start : mark.end] == "两年"


def test_a_programmes_years_are_no_span():
    text = "……。三年行动计划新增企业200家"
    assert not [m for m in time_marks(text) if m.kind == "span"]


def test_the_sum_over_the_first_two_years_of_the_plan():
    facts = analyse_text("某市中期评估报告.txt", _TEXT).facts
    (jobs,) = [f for f in facts if _TEXT[f.start : f.end] == "4.7万人"]
    assert (jobs.period_start, jobs.year) == (2021, 2022)
