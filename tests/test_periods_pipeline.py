"""Nothing assumes 2020 and 2025: a 十五五 plan (2026-2030, base year 2025) end to end."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from planwatch.pipeline import analyse_text

# A 十五五 outline in the layout of the sample plans: prose targets and a flattened table.
PLAN_15 = """鹤山市国民经济和社会发展第十五个五年规划纲要

第一章 发展基础

“十四五”时期,全市地区生产总值年均增长5.2%,2025年达到560亿元。

第二章 发展目标

到2030年,地区生产总值年均增长5.5%左右,常住人口城镇化率达到68%。

鹤山市“十五五”经济社会发展主要指标表

序号

指标

2025年

2030年

年均增长[累计]

属性

1

地区生产总值增长(%)

5.5左右

预期性

2

常住人口城镇化率(%)

65.3

68

[2.7]

预期性

注:表中[]内为累计数。
"""


def test_a_fifteenth_plan_reads_its_own_years():
    a = analyse_text("heshan_15.txt", PLAN_15)
    meta = a.document.meta
    assert meta.doc_type is DocType.FIVE_YEAR_PLAN
    assert (meta.period_start, meta.period_end) == (2026, 2030)
    facts = {
        (f.origin, f.indicator_id, f.kind, f.measure, f.year, f.period_start): f.value
        for f in a.facts
    }
    # the previous plan's record, in prose
    assert facts[("prose", "gdp", Kind.ACTUAL, Measure.GROWTH, 2025, 2021)] == 5.2
    assert facts[("prose", "gdp", Kind.ACTUAL, Measure.LEVEL, 2025, None)] == 560
    # targets of the new plan, in prose and in the table
    assert facts[("prose", "gdp", Kind.TARGET, Measure.GROWTH, 2030, 2026)] == 5.5
    assert facts[("table", "gdp", Kind.TARGET, Measure.GROWTH, 2030, 2026)] == 5.5
    urban = "urbanisation_rate_resident"
    assert facts[("table", urban, Kind.ACTUAL, Measure.LEVEL, 2025, None)] == 65.3
    assert facts[("table", urban, Kind.TARGET, Measure.LEVEL, 2030, None)] == 68
    assert facts[("table", urban, Kind.TARGET, Measure.CHANGE, 2030, 2026)] == 2.7


def test_a_plans_aim_under_its_review_heading_is_over_the_plans_own_years():
    # No 发展目标 heading: the aim follows the review of the previous plan in one section.
    # 到2020年 is past that review's span (2011-2015) by more than a plan's years, so the
    # average growth runs over the plan's own years, not from 2011.
    text = (
        "桐柏县国民经济和社会发展第十三个五年规划纲要\n"
        "一、发展基础\n"
        "“十二五”时期，全县地区生产总值年均增长9.6%，2015年达到142.3亿元。\n"
        "到2020年，全县地区生产总值达到210亿元，年均增长8%以上。\n"
    )
    facts = {
        (f.kind, f.measure, f.year, f.period_start): f.value
        for f in analyse_text("tongbai_13.txt", text).facts
        if f.indicator_id == "gdp"
    }
    assert facts[(Kind.ACTUAL, Measure.GROWTH, 2015, 2011)] == 9.6
    assert facts[(Kind.TARGET, Measure.GROWTH, 2020, 2016)] == 8


def test_a_span_written_after_the_name_is_when_not_what():
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n"
        "全市地区生产总值在2021—2022年间年均增长6.1%，居民人均可支配收入在“十四五”期间年均增长7.2%。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("m.txt", text).facts}
    assert names == {6.1: "地区生产总值", 7.2: "居民人均可支配收入"}


def test_years_listed_before_a_name_holding_and_above_share_out_over_its_figures():
    # 地级及以上城市 (cities of prefecture level and above) is one name, not a list at 及:
    # the three figures after 分别 go to the three years listed before it.
    text = (
        "某省“十三五”规划纲要实施情况中期评估报告\n"
        "其中，2016年、2017年、2018年上半年，全省细颗粒物(PM2.5)未达标地级及以上城市浓度"
        "分别较2015年下降12.4%、18.3%、19.6%，规划期末目标为下降18%。\n"
    )
    got = {
        f.value: (f.indicator, f.kind, f.year)
        for f in analyse_text("e.txt", text).facts
        if f.measure is Measure.GROWTH
    }
    name = "细颗粒物(PM2.5)未达标地级及以上城市浓度"
    assert got[-12.4] == (name, Kind.ACTUAL, 2016)
    assert got[-18.3] == (name, Kind.ACTUAL, 2017)
    assert got[-19.6] == (name, Kind.ACTUAL, 2018)
    assert got[-18][1:] == (Kind.TARGET, 2020)
