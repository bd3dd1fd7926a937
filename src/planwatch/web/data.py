"""The data behind the pages, as records: shared by the HTML pages and the JSON API.

Each function answers one question from the store's public methods and
returns plain records (dicts) or small frozen dataclasses, so a page, its
``.json``/``.csv`` twin and the ``/api`` endpoint show the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planwatch.catalog import default_catalog
from planwatch.core.data import Kind
from planwatch.core.errors import NotFoundError
from planwatch.store.pages import (
    DocBrief,
    FactQuery,
    areas_with_counts,
    document_briefs,
    document_counts,
    fact_page,
)
from planwatch.store.repo import AreaRow, Store, StoredFact
from planwatch.web.pagecache import PageCache
from planwatch.web.params import MAX_ID
from planwatch.web.records import TextCache, area_record, fact_record


@dataclass(frozen=True, slots=True)
class OverviewFilter:
    within: str | None = None  # a province or city code: its areas only
    doc_type: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class OverviewRow:
    area: AreaRow
    depth: int  # 0 province, 1 city, 2 county: indentation
    documents: tuple[DocBrief, ...]  # the area's own documents passing the filter
    summary: dict[str, int]  # evaluation status counts ({} when not evaluated)
    summary_line: str | None
    # False while the area's evaluation is missing or stale (being computed elsewhere).
    current: bool = True


def _snapshot(store: Store, flt: OverviewFilter, cache: PageCache | None) -> tuple:
    """(areas, matching documents' count by area, codes to show), kept in the app's
    cache until something is stored (:meth:`PageCache.of_store`: while an ingest runs,
    made again at most every few seconds): the overview then reads two primary-key
    maxima, not every document. Built from two grouped queries that read no text."""
    if cache is None:
        return _make_snapshot(store, flt)
    return cache.of_store(store, ("overview", flt), lambda: _make_snapshot(store, flt))


def _make_snapshot(store: Store, flt: OverviewFilter) -> tuple:
    areas = areas_with_counts(store)
    docs_by_area = document_counts(store, doc_type=flt.doc_type, year=flt.year)
    parent_of = {a.code: a.parent_code for a in areas}
    keep: set[str] = set()
    for code in docs_by_area:
        chain = [code]
        while parent_of.get(chain[-1]) and parent_of[chain[-1]] not in chain:
            chain.append(parent_of[chain[-1]])
        if flt.within and flt.within not in chain:
            continue
        keep.update(chain)
    return areas, docs_by_area, frozenset(keep)


def overview(
    store: Store,
    flt: OverviewFilter,
    evaluations: Any,
    budget_s: float | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    cache: PageCache | None = None,
) -> tuple[list[OverviewRow], int]:
    """One page (``limit`` rows from ``offset``; all without) of the areas with matching
    documents and their parents, in code order, with their stored evaluation's counts;
    and how many rows there are in all. Only the page's evaluations are read.

    With ``budget_s``, the page waits at most that long for evaluations never
    computed (they are computed in the background and shown on a later view) and
    shows stale ones as they are; without, it waits until every one is current.
    ``cache``: the app's, where the areas and their counts are kept."""
    areas, docs_by_area, keep = _snapshot(store, flt, cache)
    shown = [a for a in areas if a.code in keep]
    total = len(shown)
    shown = shown[offset:] if limit is None else shown[offset : offset + limit]
    depth_of = {"province": 0, "city": 1, "county": 2}
    with_docs = [a.code for a in shown if docs_by_area.get(a.code)]
    evs = evaluations.summaries(with_docs, wait_s=budget_s, cells=False)
    docs: dict[str, list[DocBrief]] = defaultdict(list)
    page_codes = with_docs if limit is not None else None  # the whole list: no IN (…)
    for d in document_briefs(store, doc_type=flt.doc_type, year=flt.year, codes=page_codes):
        docs[d.area_code].append(d)
    rows = []
    for a in shown:
        ev = evs.get(a.code)
        rows.append(
            OverviewRow(
                area=a,
                depth=depth_of.get(a.level, 2),
                documents=tuple(docs.get(a.code, ())),
                summary=dict(ev.counts) if ev is not None else {},
                summary_line=ev.summary_line if ev is not None else None,
                current=ev.current if ev is not None else not docs_by_area.get(a.code),
            )
        )
    return rows, total


def overview_records(rows: Iterable[OverviewRow]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        extra = {
            "doc_types": sorted({d.doc_type for d in r.documents}),
            "years": sorted({d.when for d in r.documents if d.when}),
            **{f"status_{k}": v for k, v in r.summary.items()},
            "summary_line": r.summary_line,
        }
        out.append(area_record(r.area, extra))
    return out


def fact_query(
    *,
    area: str | None = None,
    indicator: str | None = None,
    kind: str | None = None,
    measure: str | None = None,
    year: int | None = None,
    doc: str | None = None,
    include_rejected: bool = False,
) -> FactQuery:
    """The list pages' filters as a store query (a document id out of range finds nothing)."""
    if doc and doc.isdigit() and int(doc) > MAX_ID:
        raise NotFoundError(f"no document {doc[:20]!r} in the store")
    return FactQuery(area, indicator, kind, measure, year, doc, include_rejected)


def filter_facts(
    store: Store,
    *,
    limit: int | None = 1000,
    offset: int = 0,
    sort: str = "document",
    after: int | None = None,
    **filters: Any,
) -> list[StoredFact]:
    """Facts by the list filters (see :func:`fact_query`), one page, cut in the database
    (``after``: the facts following that fact's id in the order, keyset paging)."""
    q = fact_query(**filters)
    return fact_page(store, q, limit=limit, offset=offset, sort=sort, after=after)


def indicator_list(store: Store) -> list[dict[str, Any]]:
    """Catalog indicators with how many current facts name them."""
    counts = store.indicator_counts()  # (on the id's index)
    rows = []
    for ind in default_catalog():
        rows.append(
            {
                "id": ind.id,
                "name": ind.name,
                "category": ind.category,
                "unit": ind.unit,
                "direction": ind.direction,
                "core": ind.core,
                "measure": ind.measure,
                "facts": counts.get(ind.id, 0),
                "url": f"/indicators/{ind.id}",
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class AreaSide:
    """One area's figures for one indicator: latest targets and actuals."""

    code: str
    name: str
    targets: tuple[StoredFact, ...]
    actuals: tuple[StoredFact, ...]  # latest year first
    # How many targets and actuals the area has (more than the tuples hold when the
    # facts were only its first few: planwatch.store.indicatorpage).
    n_targets: int = 0
    n_actuals: int = 0


def indicator_sides(
    facts: list[StoredFact], totals: Mapping[tuple[str, str], int] | None = None
) -> list[AreaSide]:
    """Per area: targets (furthest year first) and actuals (latest year first); ``totals``
    (area key, kind) -> count when ``facts`` are only some of the areas' figures."""
    by_area: dict[str, list[StoredFact]] = defaultdict(list)
    names: dict[str, str] = {}
    for sf in facts:
        code = sf.fact.jurisdiction_code or sf.fact.jurisdiction or "?"
        by_area[code].append(sf)
        names[code] = sf.fact.jurisdiction or code
    sides = []
    for code in sorted(by_area):
        fs = by_area[code]
        targets = sorted(
            (s for s in fs if s.fact.kind == Kind.TARGET),
            key=lambda s: (-(s.fact.year or 0), s.fact.measure),
        )
        actuals = sorted(
            (s for s in fs if s.fact.kind == Kind.ACTUAL),
            key=lambda s: (-(s.fact.year or 0), s.fact.measure),
        )
        n_targets, n_actuals = len(targets), len(actuals)
        if totals is not None:
            n_targets, n_actuals = totals.get((code, "target"), 0), totals.get((code, "actual"), 0)
        side = AreaSide(code, names[code], tuple(targets), tuple(actuals), n_targets, n_actuals)
        sides.append(side)
    return sides


def indicator_records(sides: list[AreaSide], texts: TextCache) -> list[dict[str, Any]]:
    """Facts of one indicator, one record each, with its area and role."""
    out = []
    for side in sides:
        for sf in (*side.targets, *side.actuals):
            out.append(fact_record(sf, texts))
    return out


def series_chart(facts: list[StoredFact], measure: str, title: str) -> dict | None:
    """A Plotly figure: per area, actuals as a line over the years, targets as markers.

    A period target (年均增长6% over 2021-2025) is drawn as a dashed segment over its
    years; period actuals are left out (they are not one year's value).
    """
    lines: dict[tuple[str, str], dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    periods: list[tuple[str, int, int, float]] = []
    units: set[str] = set()
    for sf in sorted(facts, key=lambda s: s.doc_id):
        f = sf.fact
        if f.measure != measure or f.year is None:
            continue
        unit = f.canonical_unit or f.unit or ""
        if f.period_start and f.period_start != f.year:
            if f.kind == Kind.TARGET:
                periods.append(
                    (f.jurisdiction or "?", f.period_start, f.year, sf.fact.comparable_value)
                )
                units.add(unit)
            continue
        units.add(unit)
        values = lines[(f.jurisdiction or "?", str(f.kind))][f.year]
        if sf.fact.comparable_value not in values:
            values.append(sf.fact.comparable_value)
    if not lines and not periods:
        return None
    data = []
    for (area, kind), points in sorted(lines.items()):
        xs = sorted(points)
        if kind == "target":  # every stated target of a year (增长8%, 力争8.5%)
            pairs = [(x, v) for x in xs for v in points[x]]
            data.append(
                {
                    "type": "scatter",
                    "x": [x for x, _ in pairs],
                    "y": [v for _, v in pairs],
                    "name": f"{area} 目标",
                    "mode": "markers",
                    "marker": {"symbol": "diamond-open", "size": 11},
                }
            )
        else:  # one point a year: the later document's figure; a gap where none
            xs = list(range(xs[0], xs[-1] + 1))  # an unreported year breaks the line
            data.append(
                {
                    "type": "scatter",
                    "x": xs,
                    "y": [points[x][-1] if x in points else None for x in xs],
                    "connectgaps": False,
                    "name": f"{area} 实际",
                    "mode": "lines+markers",
                    "marker": {"size": 8},
                }
            )
    for area, first, last, v in sorted(set(periods)):
        data.append(
            {
                "type": "scatter",
                "x": [first, last],
                "y": [v, v],
                "mode": "lines",
                "name": f"{area} 目标 {first}–{last}",
                "line": {"dash": "dash"},
            }
        )
    unit = "/".join(sorted(u for u in units if u))
    return {
        "data": data,
        "layout": {
            "title": {"text": title},
            "xaxis": {"title": {"text": "年份"}, "dtick": 1},
            "yaxis": {"title": {"text": unit}},
            "height": 360,
            "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
            "font": {"family": "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif"},
        },
    }
