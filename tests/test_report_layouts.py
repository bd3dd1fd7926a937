"""A mid-term evaluation laid out as an indicator list (目标值 / 完成值 / 完成进度) and an
annual plan-implementation report with both its halves (执行情况, then 计划草案), composed for
these tests (no sample document's text), read through the whole pipeline (describe,
structure, extract): the genre, and each figure's kind, year and period.

The evaluation, written in October 2028 about the 十五五 plan (2026-2030), reports as of the
end of 2027 and quotes the plan's aims for 2030; the report, delivered in January 2028, reviews
2027 (its aims and results) and the plan's first two years, then sets 2028's aims.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, Kind
from planwatch.pipeline import analyse_text

A, T = Kind.ACTUAL, Kind.TARGET

MID_INDICATOR_LIST = (
    "青溪市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要实施中期评估报告\n"
    "（2028年10月）\n"
    "一、主要指标进展情况\n"
    "截至2027年底，《纲要》确定的22项主要指标中，16项达到或快于时序进度，5项进展滞后，"
    "1项暂不具备评估条件。各项指标情况如下：\n"
    "（一）地区生产总值年均增长：目标值6%左右，完成值6.4%，完成进度快于预期。\n"
    "（二）城镇居民人均可支配收入：目标值7.2万元，完成值6.1万元，完成进度84.7%。\n"
    "（三）常住人口城镇化率：目标值70%，完成值67.2%，完成进度基本符合预期。\n"
    "（四）单位地区生产总值能耗降低：目标值累计下降14%，完成值累计下降5.1%，完成进度滞后。\n"
    "二、存在的问题\n"
    "规模以上工业增加值两年年均增长4.3%，低于规划目标1.7个百分点；"
    "研发经费投入强度为2.4%，距2030年目标尚差0.6个百分点。\n"
    "三、下一步工作\n"
    "力争到2030年，全市地区生产总值达到4800亿元。\n"
)

IMPLEMENTATION_REPORT = (
    "关于南岭市2027年国民经济和社会发展计划执行情况与2028年计划草案的报告\n"
    "——2028年1月12日在南岭市第十六届人民代表大会第三次会议上\n"
    "南岭市发展和改革委员会\n"
    "\n"
    "一、2027年计划执行情况和“十五五”前两年回顾\n"
    "2027年，全市上下坚持稳中求进，年初确定的主要目标任务较好完成。\n"
    "（一）主要指标完成情况\n"
    "1.地区生产总值：年度目标增长6%左右，预计完成3120亿元，增长6.2%。\n"
    "2.一般公共预算收入：年度目标增长4%，实际完成286.5亿元，增长4.6%。\n"
    "3.城镇新增就业：年度预期目标5万人，全年实际新增5.4万人。\n"
    "4.居民消费价格涨幅：控制目标3%左右，实际上涨1.8%。\n"
    "（二）“十五五”前两年发展回顾\n"
    "前两年，全市地区生产总值年均增长6.1%，累计完成固定资产投资4860亿元。\n"
    "二、2028年主要预期目标\n"
    "地区生产总值增长6%左右，一般公共预算收入增长4%，城镇新增就业5万人以上。\n"
)


def _facts(text: str) -> tuple[DocType, list[tuple[str, Kind, int | None, int | None]]]:
    analysed = analyse_text("t.txt", text)
    rows = [
        (text[f.start : f.end], f.kind, f.year, f.period_start)
        for f in sorted(analysed.facts, key=lambda f: f.start)
    ]
    return analysed.document.meta.doc_type, rows


def _one(rows, value: str, nth: int = 0):
    found = [row[1:] for row in rows if row[0] == value]
    assert len(found) > nth, (value, rows)
    return found[nth]


@pytest.mark.parametrize(
    ("value", "nth", "expected"),
    [
        ("16项", 0, (A, 2027, None)),  # the status counts are as of the statement's year
        ("5项", 0, (A, 2027, None)),
        ("6%左右", 0, (T, 2030, 2026)),  # 目标值: the plan's aim
        ("6.4%", 0, (A, 2027, 2026)),  # 完成值: the result so far
        ("7.2万元", 0, (T, 2030, None)),
        ("6.1万元", 0, (A, 2027, None)),
        ("70%", 0, (T, 2030, None)),
        ("67.2%", 0, (A, 2027, None)),
        ("14%", 0, (T, 2030, 2026)),
        ("5.1%", 0, (A, 2027, 2026)),  # 累计下降 with no period named: the plan so far
        ("4.3%", 0, (A, 2027, 2026)),
        ("1.7个百分点", 0, (A, 2027, 2026)),  # a gap to the aim: now
        ("0.6个百分点", 0, (A, 2027, None)),  # a gap to 2030年目标: now, not 2030
        ("4800亿元", 0, (T, 2030, None)),
    ],
)
def test_a_midterm_evaluation_as_an_indicator_list(value, nth, expected):
    genre, rows = _facts(MID_INDICATOR_LIST)
    assert genre is DocType.MIDTERM_EVALUATION
    assert _one(rows, value, nth) == expected


@pytest.mark.parametrize(
    ("value", "nth", "expected"),
    [
        ("6%左右", 0, (T, 2027, None)),  # the year's aim in the 执行情况 half
        ("3120亿元", 0, (A, 2027, None)),  # 预计完成 of the year under review
        ("6.2%", 0, (A, 2027, None)),
        ("4%", 0, (T, 2027, None)),
        ("286.5亿元", 0, (A, 2027, None)),
        ("5万人", 0, (T, 2027, None)),
        ("5.4万人", 0, (A, 2027, None)),
        ("3%左右", 0, (T, 2027, None)),
        ("1.8%", 0, (A, 2027, None)),
        ("6.1%", 0, (A, 2027, 2026)),  # 前两年 of the plan named in the heading
        ("4860亿元", 0, (A, 2027, 2026)),
        ("6%左右", 1, (T, 2028, None)),  # the 计划草案 half: next year's aims
        ("4%", 1, (T, 2028, None)),
        ("5万人以上", 0, (T, 2028, None)),
    ],
)
def test_an_implementation_report_with_both_halves(value, nth, expected):
    genre, rows = _facts(IMPLEMENTATION_REPORT)
    assert genre is DocType.IMPLEMENTATION_REPORT
    assert _one(rows, value, nth) == expected
