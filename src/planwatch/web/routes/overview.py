"""The overview: areas with their documents and evaluation summary counts."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from planwatch.store.pages import area_rows, store_counts
from planwatch.web.data import OverviewFilter, OverviewRow, overview, overview_records
from planwatch.web.pagecache import by_store, kept_value
from planwatch.web.params import Offset, Page, year_param
from planwatch.web.records import AREA_COLUMNS
from planwatch.web.render import page, records_response, store_of, with_total

router = APIRouter()

Fmt = Literal["json", "csv"]
# Time the overview page spends computing evaluations not yet cached; the rest
# are computed in the background and shown on a later view.
OVERVIEW_BUDGET_S = 0.25
PER_PAGE = 100  # areas a page (a province's or city's areas: filter by it)
# Areas in one answer of /api/areas when the client names no ``limit``: a page, not the
# whole store (925 areas at 20,000 documents cost 465 ms of CPU); the headers tell the rest.
API_PAGE = 100


def _filter(within: str | None, doc_type: str | None, year: int | None) -> OverviewFilter:
    return OverviewFilter(within=within or None, doc_type=doc_type or None, year=year)


def _year(value: str | None) -> int | None:
    return year_param(value)


@router.get("/", include_in_schema=False)
def overview_page(
    request: Request,
    within: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    page_no: Page = 1,
) -> Response:
    store = store_of(request)
    flt = _filter(within, doc_type, _year(year))
    shown: list[OverviewRow] = []

    def render() -> Response:
        evaluations = request.app.state.evaluations
        rows, total = overview(
            store,
            flt,
            evaluations,
            budget_s=OVERVIEW_BUDGET_S,
            limit=PER_PAGE,
            offset=(page_no - 1) * PER_PAGE,
            cache=request.app.state.pages,
        )
        shown.extend(rows)
        parents = kept_value(  # the filter's choices
            request, "parents", lambda: area_rows(store, levels=("province", "city"))
        )
        return page(
            request,
            "overview.html",
            rows=rows,
            flt=flt,
            parents=parents,
            counts=store_counts(store),
            evaluated=True,
            page_no=page_no,
            per_page=PER_PAGE,
            total=total,
        )

    # Rendered again when the store changed; while evaluations on the page are being
    # computed, every few seconds (see planwatch.web.pagecache).
    return by_store(request, store, render, settled=lambda: all(r.current for r in shown))


@router.get("/areas.{fmt}", tags=["areas"], summary="Areas with documents (the overview list)")
def overview_data(
    request: Request,
    fmt: Fmt,
    within: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    limit: int = 1000,
    offset: Offset = 0,
) -> Response:
    """Areas that have documents matching the filters, plus their parents, with counts: a
    page of ``limit`` (at most 10,000) from ``offset`` in code order; the
    ``X-Total-Count`` header says how many there are."""
    rows, total = overview(
        store_of(request),
        _filter(within, doc_type, _year(year)),
        request.app.state.evaluations,
        limit=max(1, min(limit, 10000)),
        offset=max(0, offset),
        cache=request.app.state.pages,
    )
    records = overview_records(rows)
    cols = [*AREA_COLUMNS, "doc_types", "years"]
    if records:
        cols += [k for k in records[0] if k not in cols]
    resp = records_response(fmt, records, "areas", cols)
    return with_total(request, resp, max(0, offset), len(records), total)
