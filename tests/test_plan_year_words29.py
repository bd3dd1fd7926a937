"""A plan's first or last year named by its place (round 29), composed here in the style of a
county's 2026 work report and of news on it (the figures are this file's own): “十五五”开局之年
is 2026, “十四五”收官之年 2025, each a year, not the plan's five years; 收官之年 alone tells
nothing of a document being a final evaluation.
"""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.extract.time_marks import time_marks
from planwatch.pipeline import analyse_text


def test_the_plans_first_and_last_years():
    marks = time_marks("“十五五”开局之年，全县…；2025年是“十四五”收官之年")
    assert [(m.kind, m.year) for m in marks if m.kind == "year"][:1] == [("year", 2026)]
    assert ("year", 2025) in [(m.kind, m.year) for m in marks]


def test_an_aim_of_the_first_year_is_that_years():
    text = "某县政府工作报告\n二、2026年工作安排\n“十五五”开局之年，全县固定资产投资增长7%以上。\n"
    (fact,) = analyse_text("某县政府工作报告.txt", text).facts
    assert (fact.kind, fact.year, fact.period_start) == (Kind.TARGET, 2026, None)


def test_a_last_year_named_is_no_final_evaluation():
    text = (
        "某县2026年经济工作会议召开\n"
        "2026-01-08 来源：某县融媒体中心\n"
        "会议指出，2025年是“十四五”收官之年，全县地区生产总值增长5.4%。\n"
    )
    meta = analyse_text("某县新闻.txt", text).document.meta
    assert meta.doc_type is not DocType.FINAL_EVALUATION
