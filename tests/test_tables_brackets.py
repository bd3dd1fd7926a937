"""Bracketed cumulative figures in a table with no note saying what brackets mean: a row
whose aim and result are both five-year totals puts them under the year columns of the aim
and the result. A table composed for these tests, in the layouts evaluations use."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline
from planwatch.extract.tables import recover_tables

HEADER = ["指标", "2020年", "2025年规划目标", "2025年实际", "属性"]
ROWS = [
    ["地区生产总值（亿元）", "1320", "1900", "1760", "预期性"],
    ["常住人口城镇化率（%）", "55.1", "60", "59.4", "预期性"],
    ["单位地区生产总值能耗降低（%）", "—", "[14]", "[15.3]", "约束性"],
    ["新增城镇就业（万人）", "—", "[25]", "[27.8]", "预期性"],
    ["森林覆盖率（%）", "40.2", "41", "41.3", "约束性"],
]
META = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    reference_year=2026,
    reference_date="2026-04-10",
    period_start=2021,
    period_end=2025,
)


def _text(layout: str) -> str:
    rows = [HEADER, *ROWS]
    if layout == "lines":
        body = "\n".join(c for r in rows for c in r)
    elif layout == "pipe":
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = "\n".join("  ".join(r) for r in rows)
    return "某市“十四五”规划主要指标完成情况表\n" + body + "\n二、存在的问题\n"


@pytest.mark.parametrize("layout", ["spaced", "pipe", "lines"])
def test_brackets_under_the_aim_and_the_result_columns(layout):
    text = _text(layout)
    ctx = ExtractContext(doc="t", meta=META, outline=Outline())
    (table,) = recover_tables(text, ctx)
    got = {
        text[f.start : f.end]: (f.indicator, f.kind, f.measure, f.year, f.period_start)
        for f in table.facts
    }
    change = Measure.CHANGE
    assert got["[14]"] == ("单位地区生产总值能耗降低", Kind.TARGET, change, 2025, 2021)
    assert got["[15.3]"] == ("单位地区生产总值能耗降低", Kind.ACTUAL, change, 2025, 2021)
    # (In a review's table a flow's bracket is a change too, as GOLD_SPEC reads bracketed
    # cumulative values; a plan's table reads it as a level: tests/test_eval_brackets22.)
    assert got["[25]"] == ("新增城镇就业", Kind.TARGET, change, 2025, 2021)
    assert got["[27.8]"] == ("新增城镇就业", Kind.ACTUAL, change, 2025, 2021)
    assert got["1760"] == ("地区生产总值", Kind.ACTUAL, Measure.LEVEL, 2025, None)
    assert len(table.facts) == 13


def test_a_range_cell_gives_both_bounds_on_their_own_digits():
    from planwatch.extract.table_cells import read_values

    for cell, lo, hi in (("75—80", 75.0, 80.0), ("60-62", 60.0, 62.0), ("4.5~5", 4.5, 5.0)):
        low, high = read_values(cell)
        assert (low.value, low.comparator.value) == (lo, "ge")
        assert (high.value, high.comparator.value) == (hi, "le")
        assert float(cell[low.start : low.end]) == lo and float(cell[high.start : high.end]) == hi
    # A span of years is no range of a figure; a bracket keeps its one cumulative figure.
    assert len(read_values("2021-2025")) == 1
    assert len(read_values("[3-4]")) == 1


def test_a_range_under_an_aim_column_is_a_floor_and_a_ceiling():
    rows = [HEADER[:3], ["学前三年毛入园率（%）", "82.4", "88—92"], *[r[:3] for r in ROWS]]
    text = "主要指标表\n" + "\n".join("  ".join(r) for r in rows) + "\n二、存在的问题\n"
    (table,) = recover_tables(text, ExtractContext(doc="t", meta=META, outline=Outline()))
    got = {(text[f.start : f.end], f.comparator.value, f.kind) for f in table.facts}
    assert ("88", "ge", Kind.TARGET) in got and ("92", "le", Kind.TARGET) in got
