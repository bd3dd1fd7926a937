"""The compare page: areas side by side, each main indicator's status (``/evaluations``)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from planwatch.store.pages import area_rows
from planwatch.web.compare import SORTS, compare, compare_records
from planwatch.web.pagecache import by_store, kept_value
from planwatch.web.params import Offset, Page, year_param
from planwatch.web.render import json_response, page, records_response, store_of
from planwatch.web.storeview import find_area

router = APIRouter()

# Time the page spends evaluating areas not cached; the rest appear on a later view.
PAGE_BUDGET_S = 2.0
PER_PAGE = 100  # areas a page
# How often a page with areas still being evaluated reloads itself (seconds).
RELOAD_S = 5


def _parent(request: Request, parent: str | None) -> str | None:
    return find_area(store_of(request), parent).code if parent else None


def _sort(sort: str | None) -> str:
    if sort and (sort in SORTS or (sort.startswith("ind:") and len(sort) < 80)):
        return sort
    return "area"


def _compared(
    request: Request,
    parent: str | None,
    plan: str | None,
    as_of: str | None,
    sort: str | None,
    **page: float | int,
):
    """The comparison the page and its data twin show, from their query parameters
    (``page``: ``limit``, ``offset`` and for the page its ``budget_s``)."""
    return compare(
        store_of(request),
        request.app.state.evaluations,
        parent=_parent(request, parent),
        plan=plan or None,
        as_of=year_param(as_of, "as_of"),
        sort=_sort(sort),
        **page,
    )


@router.get("/evaluations", include_in_schema=False)
def compare_page(
    request: Request,
    parent: str | None = None,
    plan: str | None = None,
    as_of: str | None = None,
    sort: str | None = None,
    page_no: Page = 1,
) -> Response:
    store = store_of(request)
    shown: list = []

    def render() -> Response:
        cmp = _compared(
            request,
            parent,
            plan,
            as_of,
            sort,
            budget_s=PAGE_BUDGET_S,
            limit=PER_PAGE,
            offset=(page_no - 1) * PER_PAGE,
        )
        shown.append(cmp)
        parents = kept_value(
            request, "parents", lambda: area_rows(store, levels=("province", "city"))
        )
        return page(
            request,
            "evaluations.html",
            cmp=cmp,
            parents=parents,
            parent=parent or "",
            plan=plan or "",
            as_of=as_of or "",
            sort=_sort(sort),
            page_no=page_no,
            per_page=PER_PAGE,
            reload_s=RELOAD_S,
        )

    # Kept until the store changes; while evaluations on it are missing or being brought
    # up to date in the background, rendered again every few seconds (the pagecache's
    # rule for answers that are not settled).
    return by_store(
        request, store, render, settled=lambda: all(not c.pending and not c.stale for c in shown)
    )


@router.get("/evaluations.{fmt}", tags=["evaluations"], summary="Areas compared (the page)")
def compare_data(
    request: Request,
    fmt: Literal["json", "csv"],
    parent: str | None = None,
    plan: str | None = None,
    as_of: str | None = None,
    sort: str | None = None,
    limit: int = 1000,
    offset: Offset = 0,
) -> Response:
    """Every area with documents (or within ``parent``), evaluated: plan, as-of year, status
    counts and summary line as ``planwatch evaluate --all`` prints them, then
    ``status_<indicator>`` for each main indicator. ``plan`` keeps one plan period
    (2021-2025); ``sort``: area, name, behind, favourable, no_data or ind:<indicator id>.
    A page of ``limit`` rows (at most 10,000) from ``offset``; the ``X-Total-Count``
    header says how many there are."""
    store = store_of(request)
    made: list = []

    def render() -> Response:
        cmp = _compared(
            request,
            parent,
            plan,
            as_of,
            sort,
            limit=max(1, min(limit, 10000)),
            offset=max(0, offset),
        )
        made.append(cmp)
        records = compare_records(cmp)
        if fmt == "csv":
            resp = records_response("csv", records, "evaluations")
        else:
            resp = json_response(records)
        resp.headers["X-Total-Count"] = str(cmp.total)
        return resp

    # Kept as the page is (its rows of every area cost a third of a second at 925
    # areas): until the store changes, and while evaluations on it are pending or being
    # brought up to date, only a few seconds.
    return by_store(
        request, store, render, settled=lambda: all(not c.pending and not c.stale for c in made)
    )
