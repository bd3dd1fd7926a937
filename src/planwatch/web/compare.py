"""The compare page's data: areas × main indicators, as ``planwatch evaluate --all``.

Each area with documents (within ``parent`` when given) is one row, read from
the evaluations kept in the store (:mod:`planwatch.evaluated`; missing or stale
ones are brought up to date in the background): its plan, as-of year, status
counts and summary line, then the status of each *main* indicator (catalog core
indicators, the ones most areas' plans set). Filters and the sort live in the
URL and are applied by the database (one page of rows read, not every area's).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from planwatch.evaluate import Status
from planwatch.evaluated import FORMAT
from planwatch.store.evalpage import SORTS, EvaluationPage, evaluation_page
from planwatch.store.evalstore import EvaluationRecord
from planwatch.store.pages import area_codes_with_documents
from planwatch.store.repo import Store
from planwatch.web.evaluation import LIST_WAIT_S, Evaluations

MAX_INDICATORS = 12  # columns: more would not fit a screen and are in the area pages
COUNT_KEYS = ("total", "on_track", "behind", "achieved_early", "met", "missed", "no_data")


@dataclass(frozen=True, slots=True)
class Cell:
    """One main indicator's status in one area (the row judged for it)."""

    status: Status
    indicator: str
    anchor: str  # the row on the area page
    explanation: str
    core: bool


@dataclass(frozen=True, slots=True)
class CompareRow:
    ev: EvaluationRecord
    cells: dict[str, Cell]  # indicator id -> the row judged for it (the page's columns)

    @property
    def counts(self) -> dict[str, int]:
        return self.ev.counts


@dataclass(frozen=True, slots=True)
class Comparison:
    rows: tuple[CompareRow, ...]
    indicators: tuple[tuple[str, str], ...]  # (id, name) of the columns
    plans: tuple[str, ...]  # plan periods seen, for the filter
    pending: int  # areas not evaluated yet (computed in the background)
    stale: int = 0  # areas shown with an evaluation that is being brought up to date
    total: int = 0  # rows on all pages


def under(code: str, parent: str) -> bool:
    """Whether ``code`` is ``parent`` or lies within it (by the code's levels)."""
    if code == parent:
        return True
    if parent.endswith("0000"):
        return code.startswith(parent[:2])
    if parent.endswith("00"):
        return code.startswith(parent[:4])
    return False


# Status by its value: a dict look-up where calling the enum cost a third of the
# evaluations list (19,000 cells at 925 areas).
_STATUS = {s.value: s for s in Status}


def _cells(ev: EvaluationRecord, wanted: Collection[str] | None = None) -> dict[str, Cell]:
    """The area's cells (of the ``wanted`` indicators only, when given: the page's
    columns, a dozen of the twenty-odd each area holds)."""
    out = {}
    held = ev.cells
    for ind_id, c in held.items() if wanted is None else ((i, held.get(i)) for i in wanted):
        status = _STATUS.get(c.get("status")) if isinstance(c, dict) else None
        if status is None:
            continue  # written by other code: shown again once recomputed
        out[ind_id] = Cell(
            status,
            c.get("indicator", ind_id),
            c.get("anchor", ""),
            c.get("explanation", ""),
            bool(c.get("core")),
        )
    return out


def _columns(records: Sequence[EvaluationRecord]) -> tuple[tuple[str, str], ...]:
    """The main indicators shown as columns: the core ones most areas judge (at most
    :data:`MAX_INDICATORS`), named as the first area holding one names it. Read from
    the stored cells as they are, without making a cell of each (19,000 at 925 areas)."""
    seen: Counter = Counter()
    names: dict[str, str] = {}
    for ev in records:
        for ind_id, c in ev.cells.items():
            if isinstance(c, dict) and c.get("core") and c.get("status") in _STATUS:
                seen[ind_id] += 1
                names.setdefault(ind_id, c.get("indicator", ind_id))
    return tuple((i, names[i]) for i, _ in seen.most_common(MAX_INDICATORS))


def _page(store: Store, evaluations: Evaluations, budget_s: float | None, **kw) -> EvaluationPage:
    """The page as stored; missing or stale areas handed to the background refresher,
    waiting up to ``budget_s`` for the missing ones (``None``: for all to be current).
    Rows and counts come from one read snapshot (``store.db.read_snapshot``), so a page
    whose counts say it is complete holds every row."""
    deadline = time.monotonic() + (LIST_WAIT_S if budget_s is None else budget_s)
    asked = False
    while True:
        got = evaluation_page(store, FORMAT, **kw)
        missing = got.wanted - got.found
        if (missing or got.stale) and not asked:
            evaluations.refresher.ask(_codes(store, kw["parent"], kw["as_of"]), kw["as_of"])
            asked = True
        waiting = missing + got.stale if budget_s is None else missing
        if not waiting or time.monotonic() >= deadline:
            return got
        time.sleep(0.05)


def _codes(store: Store, parent: str | None, as_of: int | None) -> list[str] | None:
    """What the refresher is asked for: every area for the latest data, else the page's."""
    if as_of is None:
        return None
    return [c for c in area_codes_with_documents(store) if not parent or under(c, parent)]


def compare(
    store: Store,
    evaluations: Evaluations,
    *,
    parent: str | None = None,
    plan: str | None = None,
    as_of: int | None = None,
    sort: str = "area",
    budget_s: float | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Comparison:
    """The comparison, one page of ``limit`` rows from ``offset`` (all without; the
    columns are the page's main indicators); with ``budget_s`` it waits at most that
    long for areas never evaluated (``pending``), else until every one is current.
    Filters, sort and paging are the database's (:mod:`planwatch.store.evalpage`)."""
    got = _page(
        store,
        evaluations,
        budget_s,
        parent=parent,
        plan=plan,
        as_of=as_of,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    indicators = _columns(got.records)
    wanted = {i for i, _name in indicators}
    rows = [CompareRow(ev, _cells(ev, wanted)) for ev in got.records]
    pending = got.wanted - got.found
    return Comparison(tuple(rows), indicators, got.plans, pending, got.stale, got.total)


def compare_records(cmp: Comparison) -> list[dict[str, Any]]:
    """One record per area: the CLI's side-by-side columns, then a status per main indicator."""
    out = []
    for r in cmp.rows:
        ev, c = r.ev, r.counts
        rec: dict[str, Any] = {
            "area": ev.area_name,
            "area_code": ev.area_code,
            "plan": ev.plan_name,
            "plan_period": ev.plan_period,
            "as_of": ev.as_of,
            **{k: c[k] for k in COUNT_KEYS},
            "summary": ev.summary_line,
            "url": f"/areas/{ev.area_code}",
        }
        for ind_id, _name in cmp.indicators:
            cell = r.cells.get(ind_id)
            rec[f"status_{ind_id}"] = cell.status.value if cell else None
        out.append(rec)
    return out


__all__ = ["SORTS", "Cell", "CompareRow", "Comparison", "compare", "compare_records", "under"]
