"""Mid-term and final plan evaluations composed for these tests (no sample document's text),
each in three layouts — a prose review, an indicator list with 目标/实际, a table — read
through the whole pipeline (describe, structure, extract): the document's genre, reference
year and plan period, and each figure's kind, year and period.

A mid-term evaluation reports as of the year it reviews (two years into its plan) and quotes
its plan's aims for the plan's last year; a final evaluation reports its plan's last year.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, Kind
from planwatch.pipeline import analyse_text

A, T = Kind.ACTUAL, Kind.TARGET

MID_PROSE = (
    "临川县国民经济和社会发展第十五个五年规划纲要实施中期评估报告\n"
    "——2028年9月16日在县第十九届人民代表大会常务委员会第二十次会议上\n"
    "县发展和改革局局长 周明远\n"
    "\n"
    "一、规划实施总体进展\n"
    "《纲要》实施两年多来，全县经济运行总体平稳。2026—2027年，全县地区生产总值年均增长6.4%，2027年达到412.6亿元。研究与试验发展经费投入强度由2025年的1.8%提高到2.3%。截至2027年底，常住人口城镇化率达到58.4%，森林覆盖率达到52.1%，已提前实现规划目标。两年来累计新增城镇就业1.9万人。\n"
    "二、存在的问题\n"
    "单位地区生产总值能耗两年累计下降4.2%，低于时序进度要求。\n"
    "三、下一步工作打算\n"
    "到2030年，全县地区生产总值力争达到560亿元，城镇调查失业率控制在5.5%以内。\n"
)

MID_LIST2 = (
    "江宁市“十五五”规划纲要中期评估报告\n"
    "（2028年10月）\n"
    "一、主要指标完成情况\n"
    "《纲要》确定的主要指标进展如下：\n"
    "1.地区生产总值年均增长。规划目标为6%左右；2026—2027年实际年均增长6.2%，快于预期。\n"
    "2.常住人口城镇化率。规划目标为68%；2027年实际达到65.3%，基本符合预期。\n"
    "3.研发经费投入强度。规划目标为3%；截至2027年底已达到2.6%，基本符合预期。\n"
    "4.单位地区生产总值能耗降低。规划目标为累计下降13.5%；前两年累计下降4.8%，滞后于预期。\n"
    "二、后半程发展目标\n"
    "到2030年，全市每千人口拥有执业（助理）医师数达到3.6人。\n"
)

MID_TABLE = (
    "东屏市“十五五”规划纲要实施中期评估报告\n"
    "发布时间：2028-11-20\n"
    "附表 “十五五”规划主要指标中期完成情况\n"
    "指标 单位 2025年基期 2030年规划目标 2027年中期实际 完成进度 属性\n"
    "地区生产总值增长 % 5.8 6左右 6.3 快于预期 预期性\n"
    "全员劳动生产率 万元/人 16.2 20 17.9 基本符合预期 预期性\n"
    "森林覆盖率 % 44.1 45 45.3 提前实现 约束性\n"
    "城镇调查失业率 % 5.2 <5.5 5.0 符合预期 预期性\n"
)

FIN_PROSE = (
    "青原市国民经济和社会发展第十四个五年规划纲要实施总结评估报告\n"
    "2026年4月\n"
    "\n"
    "一、规划实施主要成效\n"
    "“十四五”时期，全市经济实力迈上新台阶。地区生产总值由2020年的1864亿元增加到2025年的2531亿元，年均增长5.9%，完成规划目标。五年来累计完成固定资产投资6420亿元。2025年，全市常住人口城镇化率达到63.2%，比2020年提高5.1个百分点。城乡居民人均可支配收入年均增长6.8%，高于年均增长6.5%的规划目标。\n"
    "二、存在的主要问题\n"
    "单位地区生产总值二氧化碳排放五年累计下降16.4%，未完成下降18%的规划目标。\n"
)

FIN_LIST2 = (
    "南溪县“十四五”规划纲要实施情况总结评估\n"
    "（2026年3月）\n"
    "一、主要指标完成情况\n"
    "（一）地区生产总值年均增长。规划目标为6.5%；“十四五”时期实际年均增长5.7%，未完成。\n"
    "（二）森林覆盖率。规划目标为62%；2025年达到62.8%，完成。\n"
    "（三）城镇新增就业人数。规划目标为五年累计2.5万人；五年来实际累计新增3.1万人，完成。\n"
    "（四）万元地区生产总值用水量下降。规划目标为16%；五年累计下降17.5%，完成。\n"
)

FIN_TABLE = (
    "北塘区“十四五”规划纲要实施总结评估报告\n"
    "发布日期：2026年2月28日\n"
    "表1 “十四五”规划主要指标完成情况\n"
    "指标名称 单位 2020年基数 2025年目标 2025年实际 完成情况\n"
    "地区生产总值 亿元 318.5 430 446.2 完成\n"
    "一般公共预算收入 亿元 21.4 30 27.6 未完成\n"
    "常住人口城镇化率 % 71.2 75 75.8 完成\n"
    "每千人口婴幼儿托位数 个 1.2 4.5 4.1 未完成\n"
)


def facts(text: str) -> tuple:
    got = analyse_text("eval.txt", text)
    return got.document.meta, {text[f.start : f.end]: f for f in got.facts}


def check(found: dict, expected: dict) -> None:
    for value, (kind, year, period_start) in expected.items():
        f = found[value]
        assert (f.kind, f.year, f.period_start) == (kind, year, period_start), value


MIDTERM_DOCS = [
    (
        MID_PROSE,
        2027,
        {
            "6.4%": (A, 2027, 2026),
            "412.6亿元": (A, 2027, None),
            "1.8%": (A, 2025, None),
            "2.3%": (A, 2027, None),
            "58.4%": (A, 2027, None),
            "1.9万人": (A, 2027, 2026),
            "4.2%": (A, 2027, 2026),
            "560亿元": (T, 2030, None),
            "5.5%以内": (T, 2030, None),
        },
    ),
    (
        MID_LIST2,
        # (Dated October 2028, its clauses report 2027 whole and never 2028: it reports as
        # of 2027, describe/asof.py.)
        2027,
        {
            # (The item names an average growth: its aim is over the plan's period.)
            "6%左右": (T, 2030, 2026),
            "6.2%": (A, 2027, 2026),
            "68%": (T, 2030, None),
            "65.3%": (A, 2027, None),
            "3%": (T, 2030, None),
            "2.6%": (A, 2027, None),
            "4.8%": (A, 2027, 2026),
            "3.6人": (T, 2030, None),
        },
    ),
    (
        MID_TABLE,
        2028,
        {
            "5.8": (A, 2025, None),
            # (The unit column read apart from the name, the row is a growth row: its
            # aim is the plan's average, over the plan's years, as in every plan table.)
            "6左右": (T, 2030, 2026),
            "6.3": (A, 2027, None),
            "44.1": (A, 2025, None),
            "45": (T, 2030, None),
            "45.3": (A, 2027, None),
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "reviewed", "expected"), MIDTERM_DOCS, ids=["prose", "list", "table"]
)
def test_a_midterm_evaluation_in_each_layout(text, reviewed, expected):
    meta, found = facts(text)
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert (meta.reference_year, meta.period_start, meta.period_end) == (2028, 2026, 2030)
    assert (meta.reviewed_year, meta.target_year) == (reviewed, 2030)
    check(found, expected)


FINAL_DOCS = [
    (
        FIN_PROSE,
        {
            "1864亿元": (A, 2020, None),
            "2531亿元": (A, 2025, None),
            "5.9%": (A, 2025, 2021),
            "6420亿元": (A, 2025, 2021),
            "63.2%": (A, 2025, None),
            "5.1个百分点": (A, 2025, 2021),
            "6.8%": (A, 2025, 2021),
            "6.5%": (T, 2025, 2021),
            "16.4%": (A, 2025, 2021),
        },
    ),
    (
        FIN_LIST2,
        {
            "6.5%": (T, 2025, 2021),  # (an average growth's aim, as in the prose layout)
            "5.7%": (A, 2025, 2021),
            "62%": (T, 2025, None),
            "62.8%": (A, 2025, None),
            "3.1万人": (A, 2025, 2021),
            "16%": (T, 2025, 2021),  # (a fall over the plan, as its result 17.5% is)
            "17.5%": (A, 2025, 2021),
        },
    ),
    (
        FIN_TABLE,
        {
            "318.5": (A, 2020, None),
            "430": (T, 2025, None),
            "446.2": (A, 2025, None),
            "71.2": (A, 2020, None),
            "75": (T, 2025, None),
            "75.8": (A, 2025, None),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINAL_DOCS, ids=["prose", "list", "table"])
def test_a_final_evaluation_in_each_layout(text, expected):
    meta, found = facts(text)
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert (meta.reference_year, meta.period_start, meta.period_end) == (2026, 2021, 2025)
    assert (meta.reviewed_year, meta.target_year) == (2025, 2025)
    check(found, expected)
