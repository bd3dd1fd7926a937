"""An indicator table run into a line, each cell labelled with its year.

A news story on a plan, or a page that copies the plan's table as text, often prints the
table's rows one after another in a sentence-like line, each row its indicator's name
with the unit in brackets and then its cells, each led by the column's year:
``接待游客（万人次）2020年3560，2025年6000，年均增长11%；A级景区（家）2020年42，2025年60。``
Nothing marks the cells but their year words, so neither the table finder (which wants a
header line) nor the prose reader (which wants the unit after a number) reads them.

Here a line with two such rows at least is a table: its columns are the years the cells
name (a plan's base year a result, its last year an aim, as a header of those years
reads: :func:`~.table_header.columns_from_labels`) and a growth cell (年均增长…%) a
column of the plan's growth; every row's unit is its bracket. A note right after the line
naming one attribute for them all (以上指标均为预期性指标) is every row's attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.data import Span
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_facts import RowPlan
from planwatch.extract.table_header import Column, ColumnRole, columns_from_labels

_NUM = r"-?\d+(?:\.\d+)?"
# A cell: its label, a year (2020年, 2025年目标) or a growth word, then a bare number.
_LABEL = r"(?:19|20)\d{2}\s*年(?:目标|预期|预计)?[为达]?|(?:年均)?增长(?:率)?"
_CELL = rf"(?:{_LABEL})\s*{_NUM}%?"
# A row: a name of characters (no clause mark), its unit in brackets, two cells or more.
_ROW_RE = re.compile(
    r"(?P<name>[^\s，,。；;：:、()（）“”]{2,30})[（(](?P<unit>[^()（）\d，。；]{1,8})[)）]"
    rf"(?P<cells>{_CELL}(?:[，,、]\s*{_CELL})+)"
)
_CELL_RE = re.compile(rf"(?P<label>{_LABEL})\s*(?P<v>{_NUM}%?)")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# A row's unit bracket closing right before its first cell's year: （万人次）2020年.
_UNIT_THEN_YEAR_RE = re.compile(r"[)）]\s*(?:19|20)\d{2}\s*年")
# A note after the line that gives every row one attribute (以上指标均为预期性指标).
_ALL_ATTRIBUTE_RE = re.compile(r"^[（(]?\s*(?:注[:：])?[^\n]{0,8}均为(预期性|约束性)[^\n]{0,6}$")
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class YearRun:
    """A line of rows whose cells are labelled with their years."""

    span: Span
    rows: tuple[re.Match[str], ...]
    attribute: str | None


def find_year_runs(text: str) -> list[YearRun]:
    """Every line of ``text`` holding two rows or more of year-labelled cells."""
    out: list[YearRun] = []
    done = -1
    for q in _UNIT_THEN_YEAR_RE.finditer(text):  # (lines with two such starts only are read)
        if q.start() < done:
            continue
        start = text.rfind("\n", 0, q.start()) + 1
        end = text.find("\n", q.end())
        done = end = len(text) if end < 0 else end
        if _UNIT_THEN_YEAR_RE.search(text, q.end(), end) is None:
            continue
        rows = tuple(_ROW_RE.finditer(text, start, end))
        if len(rows) < _MIN_ROWS or not _dated(rows):
            continue
        out.append(YearRun(Span(rows[0].start(), rows[-1].end()), rows, _attribute(text, end)))
    return out


def _dated(rows: tuple[re.Match[str], ...]) -> bool:
    """Whether every row names two years or more, none twice (a base and an aim)."""
    for m in rows:
        years = _YEAR_RE.findall(m["cells"])
        if len(years) < 2 or len(set(years)) != len(years):
            return False
    return True


def _attribute(text: str, end: int) -> str | None:
    nxt = text.find("\n", end + 1)
    line = text[end + 1 : len(text) if nxt < 0 else nxt].strip()
    m = _ALL_ATTRIBUTE_RE.match(line)
    return m.group(1) if m else None


def year_run_plans(run: YearRun) -> tuple[list[Column], list[RowPlan]]:
    """The run as the row reader's columns (name, then each label in order of first
    appearance: the years, then growth) and one plan per row."""
    labels: dict[str, Span] = {}
    cells: list[list[tuple[str, TextCell]]] = []
    for m in run.rows:
        row = []
        base = m.start("cells")
        for c in _CELL_RE.finditer(m["cells"]):
            label = re.sub(r"\s+", "", c["label"])
            label = label if _YEAR_RE.match(label) else "年均增长"
            span = Span(base + c.start("v"), base + c.end("v"))
            labels.setdefault(label, Span(base + c.start("label"), base + c.end("label")))
            row.append((label, TextCell(c["v"], span)))
        cells.append(row)
    order = sorted(labels, key=lambda k: (not _YEAR_RE.match(k), k))
    name_span = Span(run.rows[0].start("name"), run.rows[0].end("unit") + 1)
    labelled = [(["指标"], [name_span])] + [([k], [labels[k]]) for k in order]
    columns = columns_from_labels(labelled, None)
    columns[0] = Column("指标", ColumnRole.NAME, (name_span,))
    plans = []
    for m, row in zip(run.rows, cells, strict=True):
        placed = tuple((cell, 1 + order.index(label)) for label, cell in row)
        name = m["name"] + "（" + m["unit"] + "）"
        span = Span(m.start(), m.end())
        plans.append(RowPlan(span, None, None, None, name, (), run.attribute, placed))
    return columns, plans
