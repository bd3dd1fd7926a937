"""Recovered tables as plain records (:class:`TableRecord`) for storing and showing.

The store keeps these at ingest; ``planwatch tables`` and the document page
show them without extracting again. A table found but not read is a record
too, with the reason, so a user sees what was missed and why.
"""

from __future__ import annotations

from planwatch.core.data import ExtractContext, Fact, GridCell, TableRecord
from planwatch.extract.table_facts import RecoveredCell
from planwatch.extract.table_header import ColumnRole
from planwatch.extract.tables import RecoveredTable, recover_all

NO_FACTS = "rows read, but no cell became a fact (no value under a year, target or growth column)"


def reading(fact: Fact) -> str:
    """What a cell's fact says, in a few words: ``target growth 2026-2030 %``."""
    when = f"{fact.period_start}-{fact.year}" if fact.period_start else str(fact.year)
    return " ".join(x for x in (fact.kind.value, fact.measure.value, when, fact.unit or "") if x)


def to_record(table: RecoveredTable) -> TableRecord:
    """The table as rows × columns of cells, value cells with their span and reading."""
    grid = table.to_grid()
    rows: list[tuple[GridCell, ...]] = []
    for row, line in zip(table.rows, grid[1:], strict=True):
        cells = [GridCell(x) for x in line]
        for j, col in enumerate(table.columns):
            if col.role is ColumnRole.NAME and line[j]:
                cells[j] = GridCell(line[j], row.span)
        for j, group in _by_column(row.cells).items():
            facts = [c.fact for c in group if c.fact is not None]
            read = None
            if len(facts) == 1:
                read = reading(facts[0])
            elif facts:  # two figures in one cell (<4/<5.5): each with what it is about
                read = " · ".join(f"{f.indicator} {f.value:g}: {reading(f)}" for f in facts)
            cells[j] = GridCell(group[0].text, group[0].span, read)
        rows.append(tuple(cells))
    return TableRecord(
        span=table.span,
        title=table.title,
        layout=table.layout,
        columns=tuple((c.label, c.describe()) for c in table.columns),
        rows=tuple(rows),
        reason=None if table.facts else NO_FACTS,
    )


def _by_column(cells: tuple[RecoveredCell, ...]) -> dict[int, list[RecoveredCell]]:
    """A row's value cells by column; a cell stating two figures is there twice."""
    out: dict[int, list[RecoveredCell]] = {}
    for cell in cells:
        if cell.column is not None:
            out.setdefault(cell.column, []).append(cell)
    return out


def table_records(text: str, ctx: ExtractContext) -> tuple[TableRecord, ...]:
    """Every table of the document, read or not, in text order."""
    read, unread = recover_all(text, ctx)
    out = [to_record(t) for t in read] + unread
    return tuple(sorted(out, key=lambda r: (r.span.start, r.span.end)))
