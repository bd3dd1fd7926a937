"""The compare page's data: areas × main indicators, as ``planwatch evaluate --all``.

Each area with documents (within ``parent`` when given) is evaluated — through
the web app's per-area cache — and shown as one row: its plan, as-of year,
status counts and summary line, then the status of each *main* indicator
(catalog core indicators, the ones most areas' plans set). Filters and the sort
live in the URL and are applied here, on the server.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from planwatch.evaluate.model import AreaEvaluation, TargetEvaluation
from planwatch.store.pages import area_codes_with_documents
from planwatch.store.repo import Store
from planwatch.web.evaluation import STATUS_ORDER, Evaluations

MAX_INDICATORS = 12  # columns: more would not fit a screen and are in the area pages
SORTS = ("area", "name", "behind", "favourable", "no_data")
COUNT_KEYS = ("total", "on_track", "behind", "achieved_early", "met", "missed", "no_data")


@dataclass(frozen=True, slots=True)
class CompareRow:
    ev: AreaEvaluation
    cells: dict[str, TargetEvaluation]  # indicator id -> the row judged for it

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.ev.summary.to_record())


@dataclass(frozen=True, slots=True)
class Comparison:
    rows: tuple[CompareRow, ...]
    indicators: tuple[tuple[str, str], ...]  # (id, name) of the columns
    plans: tuple[str, ...]  # plan periods seen, for the filter
    pending: int  # areas not evaluated yet (computed in the background)


def under(code: str, parent: str) -> bool:
    """Whether ``code`` is ``parent`` or lies within it (by the code's levels)."""
    if code == parent:
        return True
    if parent.endswith("0000"):
        return code.startswith(parent[:2])
    if parent.endswith("00"):
        return code.startswith(parent[:4])
    return False


def _cells(ev: AreaEvaluation) -> dict[str, TargetEvaluation]:
    out: dict[str, TargetEvaluation] = {}
    for r in ev.rows:  # a plan target wins over a one-year target of the same indicator
        if r.indicator_id and (r.indicator_id not in out or out[r.indicator_id].scope != "plan"):
            out[r.indicator_id] = r
    return out


def _sort_key(sort: str):
    def key(row: CompareRow) -> Any:
        c = row.counts
        if sort == "name":
            return row.ev.area.name
        if sort == "behind":
            return (-(c["behind"] + c["missed"]), row.ev.area.code)
        if sort == "favourable":
            return (-(c["on_track"] + c["achieved_early"] + c["met"]), row.ev.area.code)
        if sort == "no_data":
            return (-c["no_data"], row.ev.area.code)
        if sort.startswith("ind:"):
            cell = row.cells.get(sort[4:])
            rank = STATUS_ORDER.index(cell.status.value) if cell else len(STATUS_ORDER)
            return (rank, row.ev.area.code)
        return row.ev.area.code

    return key


def compare(
    store: Store,
    evaluations: Evaluations,
    *,
    parent: str | None = None,
    plan: str | None = None,
    as_of: int | None = None,
    sort: str = "area",
    budget_s: float | None = None,
) -> Comparison:
    """The comparison; with ``budget_s`` areas not cached are left for later (``pending``)."""
    codes = [c for c in area_codes_with_documents(store) if not parent or under(c, parent)]
    if budget_s is None or as_of is not None:
        wait = None if budget_s is None else budget_s
        evs = [evaluations.area(c, as_of, wait_s=wait)[0] for c in codes]
        pending = sum(ev is None for ev in evs)
    else:
        done = evaluations.many(codes, budget_s)
        evs = [done.get(c) for c in codes]
        pending = sum(ev is None for ev in evs)
    rows = [CompareRow(ev, _cells(ev)) for ev in evs if ev is not None and ev.rows]
    plans = tuple(sorted({r.ev.plan.when for r in rows if r.ev.plan and r.ev.plan.when}))
    if plan:
        rows = [r for r in rows if r.ev.plan and r.ev.plan.when == plan]
    seen: Counter = Counter()
    names: dict[str, str] = {}
    for r in rows:
        for ind_id, cell in r.cells.items():
            if cell.core:
                seen[ind_id] += 1
                names.setdefault(ind_id, cell.indicator)
    indicators = tuple((i, names[i]) for i, _ in seen.most_common(MAX_INDICATORS))
    rows.sort(key=_sort_key(sort))
    return Comparison(tuple(rows), indicators, plans, pending)


def compare_records(cmp: Comparison) -> list[dict[str, Any]]:
    """One record per area: the CLI's side-by-side columns, then a status per main indicator."""
    out = []
    for r in cmp.rows:
        ev, c = r.ev, r.counts
        rec: dict[str, Any] = {
            "area": ev.area.name,
            "area_code": ev.area.code,
            "plan": ev.plan.name if ev.plan else None,
            "plan_period": ev.plan.when if ev.plan else None,
            "as_of": ev.as_of,
            **{k: c[k] for k in COUNT_KEYS},
            "summary": ev.summary_line(),
            "url": f"/areas/{ev.area.code}",
        }
        for ind_id, _name in cmp.indicators:
            cell = r.cells.get(ind_id)
            rec[f"status_{ind_id}"] = cell.status.value if cell else None
        out.append(rec)
    return out


__all__ = ["SORTS", "CompareRow", "Comparison", "compare", "compare_records", "under"]
