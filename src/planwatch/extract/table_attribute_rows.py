"""A plan's indicator table whose header was lost: rows closed by their attribute.

A page that copies a plan's table of main indicators sometimes keeps its rows and loses
the header above them (the header was an image, or the excerpt begins under it). Each
row is still what the plan prints, its name, its unit, the base year's figure, the last
year's aim and the attribute (预期性 or 约束性), spaced out on a line of its own:
``肉类总产量 万吨 13.75 15 预期性``, ``秸秆综合利用率 % 70 ≥86 约束性``. No header
names the years, so the table finder (which anchors on a header) does not see the rows,
and the prose reader takes the figures for a run of bare numbers.

Here three such lines in a row at least (blank lines between them allowed) are a table
of the document's plan: the first figure of each row is the plan's base year (a result),
the second its last year (an aim), as a header 2020年 | 2025年 over them would say. A
document that is no plan of a known period gives no such table: the years are the
plan's, and nothing else tells them. A placeholder (--, —) stands for a figure not given,
an aim in words (高于经济增长速度) gives none, and a category's word may open a row (宜居 …) or
stand alone on a line between rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.data import ExtractContext, Span
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_facts import RowPlan
from planwatch.extract.table_header import Column, ColumnRole, columns_from_labels
from planwatch.extract.table_year_rows import find_year_rows, year_row_plans
from planwatch.extract.table_year_runs import find_year_runs, year_run_plans

_FIGURE = r"(?:[≥≤><]=?\s*)?-?\d+(?:\.\d+)?%?|-{1,2}|—{1,2}"
# A row: a list number maybe, its name (no space, no clause mark), its unit (no figure),
# two figures or placeholders (the aim maybe in words), its attribute.
# (A category's word may open a row's line, 宜居 自然村通硬化路比例 …, the category column's cell
# printed on its first row only; or stand on a line of its own between rows.)
_ROW_RE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[.、．]?[ \t\u3000]*)?(?:[\u4e00-\u9fff]{2,4}[ \t\u3000]+(?=\S+[ \t\u3000]+\S+[ \t\u3000]+\S))?"
    r"(?P<name>[^\s，,。；;：:\d][^\s，,。；;：:]{1,39})[ \t\u3000]+"
    r"(?P<unit>[^\s\d，,。；;]{1,8})[ \t\u3000]+"
    rf"(?P<a>{_FIGURE})[ \t\u3000]+(?P<b>{_FIGURE}|[\u4e00-\u9fff]{{2,12}})[ \t\u3000]+"
    r"(?P<attribute>预期性|约束性)[ \t\u3000]*$",
    re.MULTILINE,
)
_PLACEHOLDER_RE = re.compile(r"-{1,2}|—{1,2}")
# What may stand between two rows of a run: blank lines and a category's word alone on a line.
_CATEGORY_LINES_RE = re.compile(r"(?:\s*\n[ \t\u3000]*(?:[\u4e00-\u9fff]{2,4})?)*\s*")
_MIN_ROWS = 3


@dataclass(frozen=True, slots=True)
class AttributeRows:
    """Lines of a plan's indicator rows with no header over them."""

    span: Span
    rows: tuple[re.Match[str], ...]


def find_attribute_rows(text: str) -> list[AttributeRows]:
    """Every run of three such rows or more, each on its own line, blank lines between."""
    out: list[AttributeRows] = []
    run: list[re.Match[str]] = []
    for m in _ROW_RE.finditer(text):
        if run and not _CATEGORY_LINES_RE.fullmatch(text, run[-1].end(), m.start()):
            _close(run, out)
            run = []
        run.append(m)
    _close(run, out)
    return out


def _close(run: list[re.Match[str]], out: list[AttributeRows]) -> None:
    if len(run) >= _MIN_ROWS:
        out.append(AttributeRows(Span(run[0].start("name"), run[-1].end()), tuple(run)))


def attribute_row_plans(
    rows: AttributeRows, base: int, end: int
) -> tuple[list[Column], list[RowPlan]]:
    """The rows as the row reader's columns (name, unit, the plan's base year and last
    year, attribute; no header cell, so no span) and one plan per row."""
    labelled = [(["指标"], []), (["单位"], []), ([f"{base}年"], []), ([f"{end}年"], [])]
    columns = columns_from_labels(labelled + [(["属性"], [])], None)
    columns[0] = Column("指标", ColumnRole.NAME)
    plans = []
    for m in rows.rows:
        placed = tuple(
            (TextCell(m[g], Span(m.start(g), m.end(g))), j)
            for j, g in ((2, "a"), (3, "b"))
            if any(ch.isdigit() for ch in m[g])  # (an aim in words, 高于经济增长速度: none)
        )
        unit = () if _PLACEHOLDER_RE.fullmatch(m["unit"]) else (m["unit"],)
        span = Span(m.start("name"), m.end())
        plans.append(RowPlan(span, None, None, None, m["name"], unit, m["attribute"], placed))
    return columns, plans


def headless_runs(text: str, ctx: ExtractContext) -> list[tuple[Span, list[Column], list[RowPlan]]]:
    """The tables of ``text`` that no header line opens, as (span, columns, row plans):
    rows run into a line with their cells led by years (table_year_runs), a series with
    a year a line (table_year_rows: its header opens no row), and a plan's
    rows closed by their attribute (this module's), read where the document is a plan
    of a known period."""
    out = []
    for run in find_year_runs(text):
        out.append((run.span, *year_run_plans(run)))
    for rows in find_year_rows(text):  # (a series a year a line: table_year_rows)
        out.append((rows.span, *year_row_plans(rows, ctx)))
    meta = ctx.meta
    if meta.period_start and meta.period_end:
        for rows in find_attribute_rows(text):
            out.append(
                (rows.span, *attribute_row_plans(rows, meta.period_start - 1, meta.period_end))
            )
    return out
