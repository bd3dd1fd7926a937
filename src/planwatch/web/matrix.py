"""An area's results and targets as an indicator × year matrix (the area page's first table).

Every current fact about the area has a place: one row per indicator and
measure (level, growth, change), one column per year, and one column per plan
period for figures that span several years (年均增长 over 2021–2025). A cell
holds the year's reported result — the later document's figure when two
report it — and the targets set for that year, each linked to its fact.
Work-report results that no plan target uses are thus on the page too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planwatch.core.data import Kind
from planwatch.store.repo import StoredFact

MAX_ROWS = 80  # the rest are one click away in the facts list


@dataclass(slots=True)
class Cell:
    actual: StoredFact | None = None  # the later document's figure
    others: list[StoredFact] = field(default_factory=list)  # earlier reports of the same year
    targets: list[StoredFact] = field(default_factory=list)


@dataclass(slots=True)
class MatrixRow:
    indicator: str
    indicator_id: str | None
    measure: str
    cells: dict[str, Cell] = field(default_factory=dict)  # column label -> cell

    @property
    def filled(self) -> int:
        return len(self.cells)


@dataclass(frozen=True, slots=True)
class Matrix:
    columns: tuple[str, ...]  # "2019", "2020", …, then periods "2021–2025"
    rows: tuple[MatrixRow, ...]
    hidden: int  # indicators left out past MAX_ROWS


def _column(sf: StoredFact) -> str | None:
    f = sf.fact
    if f.year is None:
        return None
    if f.period_start and f.period_start != f.year:
        return f"{f.period_start}–{f.year}"
    return str(f.year)


def area_matrix(facts: list[StoredFact], max_rows: int = MAX_ROWS) -> Matrix:
    """The matrix of ``facts`` (one area's); rows with catalog indicators and most years first."""
    rows: dict[tuple[str, str], MatrixRow] = {}
    columns: set[str] = set()
    for sf in sorted(facts, key=lambda s: (s.doc_id, s.fact.start)):
        f = sf.fact
        col = _column(sf)
        if col is None or sf.rejected:
            continue
        key = (f.indicator_id or f.indicator, f.measure.value)
        row = rows.get(key)
        if row is None:
            row = rows[key] = MatrixRow(f.indicator, f.indicator_id, f.measure.value)
        cell = row.cells.setdefault(col, Cell())
        columns.add(col)
        if f.kind == Kind.TARGET:
            cell.targets.append(sf)
        else:
            if cell.actual is not None:
                cell.others.append(cell.actual)
            cell.actual = sf  # documents in id order: the later one wins
    ordered = sorted(rows.values(), key=lambda r: (r.indicator_id is None, -r.filled, r.indicator))
    years = sorted(c for c in columns if c.isdigit())
    periods = sorted(c for c in columns if not c.isdigit())
    return Matrix(
        tuple(years + periods), tuple(ordered[:max_rows]), max(0, len(ordered) - max_rows)
    )


def corrected_ids(corrections) -> set[int]:
    """Ids of facts a person corrected or marked wrong."""
    return {c.fact_id for c in corrections}


def rows_on_corrections(rows, corrected: set[int]) -> set[int]:
    """Indexes of evaluation rows whose target or any source is a corrected fact."""
    out = set()
    for i, r in enumerate(rows):
        ids = {r.target_fact_id, *(s.fact_id for s in r.sources)}
        if ids & corrected:
            out.add(i)
    return out


__all__ = ["Cell", "Matrix", "MatrixRow", "area_matrix", "corrected_ids", "rows_on_corrections"]
