"""A mid-term evaluation's results column that names no year (中期实际, 实际完成, 完成情况)
holds the results of the year the evaluation reviews, not of the plan's last year.
Tables composed for these tests, in the layouts evaluations are published in."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Outline
from planwatch.extract.tables import recover_tables

ROWS = [
    ["1", "地区生产总值", "亿元", "2350", "3200", "2810"],
    ["2", "常住人口城镇化率", "%", "61.2", "66", "63.5"],
    ["3", "森林覆盖率", "%", "58.3", "≥59", "58.9"],
    ["4", "城镇新增就业", "万人", "—", "〔30〕", "〔13.6〕"],
]


def _meta(doc_type: DocType) -> DocumentMeta:
    return DocumentMeta(
        doc_type=doc_type,
        reference_year=2023,
        reference_date="2023-06-30",
        period_start=2021,
        period_end=2025,
    )


def _text(results_head: str, layout: str) -> str:
    header = ["序号", "指标", "单位", "2020年基数", "2025年规划目标", results_head]
    rows = [header, *ROWS]
    if layout == "lines":
        body = "\n".join(c for r in rows for c in r)
    elif layout == "pipe":
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = "\n".join("    ".join(r) for r in rows)
    return (
        "经评估，规划实施总体顺利。\n某市“十四五”规划主要指标中期完成情况表\n"
        + body
        + "\n注：〔〕内为累计数。\n二、存在的主要问题\n"
    )


def _facts(text: str, doc_type: DocType) -> dict[tuple[str, str], tuple]:
    ctx = ExtractContext(doc="t", meta=_meta(doc_type), outline=Outline())
    (table,) = recover_tables(text, ctx)
    return {
        (f.indicator, text[f.start : f.end]): (f.kind, f.year, f.period_start) for f in table.facts
    }


@pytest.mark.parametrize("layout", ["spaced", "lines", "pipe"])
@pytest.mark.parametrize("head", ["中期实际", "实际完成", "完成情况"])
def test_an_undated_results_column_is_the_reviewed_year(head, layout):
    facts = _facts(_text(head, layout), DocType.MIDTERM_EVALUATION)
    assert facts[("地区生产总值", "2810")] == (Kind.ACTUAL, 2022, None)
    assert facts[("常住人口城镇化率", "63.5")] == (Kind.ACTUAL, 2022, None)
    assert facts[("城镇新增就业", "〔13.6〕")] == (Kind.ACTUAL, 2022, 2021)
    # The dated columns keep their years: the base and the plan's aim.
    assert facts[("地区生产总值", "2350")] == (Kind.ACTUAL, 2020, None)
    assert facts[("地区生产总值", "3200")] == (Kind.TARGET, 2025, None)
    assert facts[("城镇新增就业", "〔30〕")] == (Kind.TARGET, 2025, 2021)


def test_a_final_evaluations_results_column_is_the_plans_last_year():
    facts = _facts(_text("实际完成", "spaced"), DocType.FINAL_EVALUATION)
    assert facts[("地区生产总值", "2810")] == (Kind.ACTUAL, 2025, None)


@pytest.mark.parametrize("layout", ["spaced", "lines", "pipe"])
def test_a_bare_year_column_beside_that_years_aim_is_the_result(layout):
    # 2025年目标 | 2025年: the bare column says what the year came to.
    header = ["序号", "指标", "单位", "2020年", "2025年目标", "2025年"]
    rows = [header, *ROWS]
    if layout == "lines":
        body = "\n".join(c for r in rows for c in r)
    elif layout == "pipe":
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = "\n".join("    ".join(r) for r in rows)
    text = "某市“十四五”规划主要指标完成情况表\n" + body + "\n二、存在的主要问题\n"
    meta = _meta(DocType.FINAL_EVALUATION)
    (table,) = recover_tables(text, ExtractContext(doc="t", meta=meta, outline=Outline()))
    got = {text[f.start : f.end]: (f.kind, f.year) for f in table.facts}
    assert got["3200"] == (Kind.TARGET, 2025)
    assert got["2810"] == (Kind.ACTUAL, 2025)
    assert got["63.5"] == (Kind.ACTUAL, 2025)
    assert got["2350"] == (Kind.ACTUAL, 2020)
