"""An OCR'd scan's I for the month 1 opening a span of months (round 29): 2023年I—8月 is
2023年1—8月, a part of the year (composed here in the style of a county's mid-term evaluation
as scanned; the figures are this file's own). Read as a year's result, its year would make the
evaluation look written from its own year, and every undated figure would take that year."""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from planwatch.read.figures import read_misread

_REPORT = (
    "某县“十四五”规划纲要实施情况中期评估报告\n"
    "发布时间：2O23-10-17\n"
    "二、主要指标进展情况\n"
    "（一）经济发展。2O22年全县实现地区生产总值318.4亿元，两年年均增长5.3%。\n"
    "（二）创新驱动。全社会研发经费投入强度为0.71%，距规划目标1.2%还差0.49个百分点。\n"
    "三、存在的主要问题\n"
    "投资后劲不足，2O23年I—8月全县固定资产投资同比下降3.9%。\n"
)


def test_an_i_opening_a_span_of_months_is_the_month_one():
    assert read_misread("2023年I—8月") == "2023年1—8月"
    assert read_misread("I类水体比例") == "I类水体比例"  # (a Roman numeral stays)


def test_the_evaluations_undated_figures_keep_the_year_it_reports():
    facts = analyse_text("某县中期评估报告.txt", _REPORT).facts
    (rd,) = [f for f in facts if _REPORT[f.start : f.end] == "0.71%"]
    assert rd.year == 2022
