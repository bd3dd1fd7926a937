"""An area's page: plan targets with status, charts, the behind list, report downloads."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from jinja2.utils import htmlsafe_json_dumps

from planwatch.core.errors import NotFoundError
from planwatch.store.pages import FactQuery, area_chain, area_documents, area_rows, fact_page
from planwatch.store.repo import FactFilter
from planwatch.web.evaluation import STATUS_ORDER
from planwatch.web.matrix import Matrix, area_matrix, corrected_ids, rows_on_corrections
from planwatch.web.pagecache import cached, request_key
from planwatch.web.params import year_param
from planwatch.web.records import fact_records
from planwatch.web.render import json_response, page, records_response, store_of
from planwatch.web.storeview import find_area

router = APIRouter()

REPORT_TYPES = {
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "md": "text/markdown; charset=utf-8",
}
MAX_CHARTS = 40  # an area page stays light; the report holds every chart
# A page waits this long for an evaluation being computed, then shows the last one.
PAGE_WAIT_S = 0.25
# The matrix is drawn from the area's newest figures, at most this many (a large
# city's full ledger is in the facts list, paged).
MATRIX_FACTS = 2000


@dataclass(frozen=True, slots=True)
class _Parts:
    """What the area page derives from one evaluation: rows worst first, the charts
    (as HTML-safe JSON) and the counts by category."""

    rows: tuple = ()
    charts: tuple = ()
    by_category: dict = field(default_factory=dict)


class _PartsCache:
    """The parts of the last evaluations shown: an evaluation is cached and shared by
    requests until its area changes, so its charts are drawn once, not per request."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._kept: OrderedDict[int, tuple[Any, _Parts]] = OrderedDict()

    def of(self, ev: Any, chart: Callable[[Any], dict | None]) -> _Parts:
        if ev is None:
            return _Parts()
        with self._lock:
            hit = self._kept.get(id(ev))
            if hit is not None and hit[0] is ev:  # the same object, not a reused id
                self._kept.move_to_end(id(ev))
                return hit[1]
        parts = _parts(ev, chart)
        with self._lock:
            self._kept[id(ev)] = (ev, parts)  # the evaluation kept: its id stays its own
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return parts


def _parts(ev: Any, chart: Callable[[Any], dict | None]) -> _Parts:
    def order(r: Any) -> int:
        return STATUS_ORDER.index(r.status.value) if r.status.value in STATUS_ORDER else 99

    charts = []
    for i, row in enumerate(r for r in ev.rows if r.status.value != "no_data"):
        if i >= MAX_CHARTS:
            break
        fig = chart(row)
        if fig:
            # As |tojson gives it; the template escapes it for the attribute (|forceescape).
            charts.append((row, htmlsafe_json_dumps(fig, sort_keys=True)))
    return _Parts(tuple(sorted(ev.rows, key=order)), tuple(charts), ev.by_category())


_PARTS = _PartsCache()


def _matrix(store, code: str) -> tuple[Matrix, bool]:
    """The area's matrix from its newest facts, and whether they were capped."""
    facts = fact_page(store, FactQuery(area=code), limit=MATRIX_FACTS, sort="-id")
    return area_matrix(facts), len(facts) >= MATRIX_FACTS


def flatten(rec: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as ``outer_inner`` columns (for CSV); lists stay whole."""
    out: dict[str, Any] = {}
    for k, v in rec.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "_"))
        else:
            out[key] = v
    return out


def _as_of(value: str | None) -> int | None:
    return year_param(value, "as_of")


@router.get("/areas/{code}.{fmt}", tags=["areas"], summary="An area's evaluation")
def area_data(
    request: Request, code: str, fmt: Literal["json", "csv"], as_of: str | None = None
) -> Response:
    """The area's evaluation (one record per target) when the evaluation engine is
    installed; else the area with its facts."""
    store = store_of(request)
    area = find_area(store, code)
    ev, why = request.app.state.evaluations.area(area.code, _as_of(as_of))
    if ev is not None:
        if fmt == "csv":
            return records_response(
                "csv", [flatten(r) for r in ev.to_records()], f"evaluation-{area.code}"
            )
        return json_response(ev.to_dict())
    facts = fact_records(store.facts(FactFilter(jurisdiction=area.code)), store)
    if fmt == "csv":
        return records_response("csv", facts, f"facts-{area.code}")
    return json_response(
        {"area": area.name, "area_code": area.code, "evaluation": None, "why": why, "facts": facts}
    )


@router.get("/areas/{code}/report.{fmt}", tags=["areas"], summary="An area's evaluation report")
def area_report(
    request: Request, code: str, fmt: Literal["html", "xlsx", "md"], as_of: str | None = None
) -> Response:
    """The evaluation report as one self-contained HTML file, an XLSX workbook or Markdown."""
    store = store_of(request)
    area = find_area(store, code)
    evaluations = request.app.state.evaluations
    ev, why = evaluations.area(area.code, _as_of(as_of))
    if ev is None:
        raise NotFoundError(f"no evaluation of {area.name}: {why}")
    body = evaluations.report(ev, fmt)
    name = f"planwatch-{area.code}-{ev.as_of or 'latest'}.{fmt}"
    disposition = "inline" if fmt == "html" else "attachment"
    return Response(
        body,
        media_type=REPORT_TYPES[fmt],
        headers={"Content-Disposition": f'{disposition}; filename="{name}"'},
    )


@router.get("/areas/{code}", include_in_schema=False)
def area_page(request: Request, code: str, as_of: str | None = None) -> Response:
    store = store_of(request)
    area = find_area(store, code)
    evaluations = request.app.state.evaluations
    year = _as_of(as_of)
    why: list[str | None] = []

    def render() -> Response:
        ev, note = evaluations.area(area.code, year, wait_s=PAGE_WAIT_S)
        why.append(note)
        return _render_area(request, area, ev, note, year)

    # Rendered again when a document or correction touches the area or an area within
    # it; while its evaluation is being computed, every few seconds.
    return cached(
        request,
        evaluations.page_generation(area.code),
        render,
        settled=lambda: why[-1:] == [None],
        key=request_key(request, area.code),
    )


def _render_area(request: Request, area, ev, why: str | None, as_of: int | None) -> Response:
    store = store_of(request)
    evaluations = request.app.state.evaluations
    parents = area_chain(store, area.code)
    children = area_rows(store, parent=area.code)
    docs = evaluations.per_area(area.code, "documents", lambda: area_documents(store, area.code))
    parts = _PARTS.of(ev, evaluations.chart)
    matrix, capped = evaluations.per_area(area.code, "matrix", lambda: _matrix(store, area.code))
    fixed = corrected_ids(store.corrections())
    return page(
        request,
        "area.html",
        area=area,
        parents=parents,
        children=children,
        docs=docs,
        ev=ev,
        why=why,
        rows=parts.rows,
        corrected_rows=rows_on_corrections(parts.rows, fixed),
        charts=parts.charts,
        by_category=parts.by_category,
        matrix=matrix,
        matrix_capped=capped,
        as_of=as_of,
    )
