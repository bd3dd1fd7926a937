"""A rate column beside a year's column and a per cent in an amount's row (round 31), composed
here in the style of a development zone's work report table (the figures are this file's own):
指标 | 2023年完成 | 增长% | 2024年目标 — the growth is of 2023's result, the aim's per cent in an
amount's row is a growth."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.describe.doctype import detect_genre
from planwatch.pipeline import analyse_text

_REPORT = (
    "某经济技术开发区管理委员会2024年工作报告\n"
    "——在2024年开发区经济工作会议上\n"
    "同志们：\n"
    "现在，我代表管委会，报告2023年工作和2024年工作安排，请予审议。\n"
    "一、2023年工作回顾\n"
    "2023年主要经济指标完成情况及2024年目标如下：\n"
    "指标\t2023年完成\t增长%\t2024年目标\n"
    "地区生产总值（亿元）\t812.5\t6.8\t6.5%左右\n"
    "规模以上工业增加值（亿元）\t301.2\t9.1\t8%\n"
    "实际利用外资（亿美元）\t2.46\t10.5\t2.6亿美元\n"
)


def _facts():
    a = analyse_text("某开发区工作报告.txt", _REPORT)
    return a, {_REPORT[f.start : f.end]: f for f in a.facts}


def test_a_bare_rate_column_is_the_growth_of_the_years_column_before_it():
    _, got = _facts()
    for value in ("6.8", "9.1", "10.5"):
        f = got[value]
        assert (f.kind, f.measure, f.year) == (Kind.ACTUAL, Measure.GROWTH, 2023), value


def test_a_per_cent_in_an_amounts_row_is_its_growth():
    _, got = _facts()
    f = got["6.5%左右"]
    assert (f.kind, f.measure, f.year) == (Kind.TARGET, Measure.GROWTH, 2024)
    assert got["2.6亿美元"].measure is Measure.LEVEL


def test_a_zones_committee_report_is_a_work_report():
    a, _ = _facts()
    assert a.document.meta.doc_type.value == "work_report"
    # (its title alone weighs for a work report: the committee reports as a government does)
    title = "某经济技术开发区管理委员会2024年工作报告"
    assert detect_genre(title + "\n", title).scores.get("work_report", 0) >= 5
