"""A plan's adjustment of its targets (…纲要调整方案): dated by its page, its old and new aims.

A city adjusts some of its outline's targets years into the plan, after the mid-term
evaluation. The page is the adjustment's, not the outline's: its review figures are results
of their years, and 由原X调整为Y gives the old and the new aim of the plan's last year.
"""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from planwatch.pipeline import analyse_text

ADJUSTMENT = """索 引 号：11440600MB2D00000X/2023-00212　　分　　类：规划计划
发布机构：佛山市发展和改革局　　　　　　　　成文日期：2023-10-12
文　　号：　　　　　　　　　　　　　　　　　发布日期：2023-10-18

佛山市国民经济和社会发展第十四个五年规划和2035年远景目标纲要调整方案

《纲要》实施以来，全市经济社会发展总体平稳。根据中期评估结果，对《纲要》部分主要指标作如下调整。

一、调整的主要原因

2021年全市地区生产总值12156.5亿元，增长8.3%；2022年12698.4亿元，增长2.1%，两年年均增长5.2%。

二、主要指标调整内容

（一）下调指标。地区生产总值年均增长由原6.5%左右调整为5.5%左右；外贸进出口总额由原7000亿元调整为6200亿元左右。
（二）上调指标。研发经费投入强度由原3.2%调整为3.5%以上。
"""


def test_an_adjustment_plan_is_dated_by_its_page_and_reviews_results():
    a = analyse_text("foshan_adjust.txt", ADJUSTMENT)
    meta = a.document.meta
    assert meta.reference_year == 2023
    assert meta.doc_type is DocType.MIDTERM_EVALUATION  # (as the devcorpus files adjustments)
    gdp = {(f.kind, f.measure, f.year): f.value for f in a.facts if f.indicator_id == "gdp"}
    assert gdp[(Kind.ACTUAL, Measure.LEVEL, 2021)] == 12156.5
    assert gdp[(Kind.ACTUAL, Measure.LEVEL, 2022)] == 12698.4


def test_old_and_new_aims_of_an_adjustment_are_both_targets_of_the_plans_last_year():
    a = analyse_text("foshan_adjust.txt", ADJUSTMENT)
    adjusted = {
        (f.indicator, f.value): (f.kind, f.year)
        for f in a.facts
        if a.document.text.rfind("二、主要指标调整内容", 0, f.start) > 0
    }
    target_2025 = (Kind.TARGET, 2025)
    assert adjusted == {
        ("地区生产总值年均增长", 6.5): target_2025,
        ("地区生产总值年均增长", 5.5): target_2025,
        ("外贸进出口总额", 7000): target_2025,
        ("外贸进出口总额", 6200): target_2025,
        ("研发经费投入强度", 3.2): target_2025,
        ("研发经费投入强度", 3.5): target_2025,
    }


def test_a_structure_that_changed_to_new_shares_is_no_aim():
    text = (
        "某县2023年国民经济和社会发展统计公报\n"
        "全县三次产业结构由上年的16.2:34.1:49.7调整为15.8:33.6:50.6。\n"
    )
    facts = analyse_text("c.txt", text).facts
    assert {f.kind for f in facts} == {Kind.ACTUAL}
