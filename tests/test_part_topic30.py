"""A part of a year opening a sentence as its topic holds for the clauses after its semicolons
(round 30), composed here in the style of a county's mid-term evaluation written in July (the
figures are this file's own): 今年上半年，A增长5.1%；B同比增长7.2% — both of this year's first
half, not of the last whole year the evaluation reports as of.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "某县“十四五”规划纲要实施情况中期评估报告\n"
    "发布时间：2023-07-26\n"
    "经济实力稳步增强。2022年全县地区生产总值达到402.6亿元，2021—2022年年均增长6.5%；"
    "一般公共预算收入19.1亿元，年均增长9.2%。今年上半年，全县地区生产总值完成201.4亿元，"
    "同比增长5.1%；规模以上工业增加值同比增长7.2%。\n"
)


def test_a_part_year_topic_holds_after_the_semicolon():
    years = {_TEXT[f.start : f.end]: f.year for f in analyse_text("某县评估.txt", _TEXT).facts}
    assert years["402.6亿元"] == 2022
    assert years["5.1%"] == years["7.2%"] == 2023
