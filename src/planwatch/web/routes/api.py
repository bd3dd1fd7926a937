"""The JSON API under ``/api``: documents, facts, series, evaluations, search.

These endpoints return the same records as the pages' ``.json`` twins (they
call the same functions), under one prefix for programs; FastAPI publishes
their OpenAPI description at ``/openapi.json`` and browsable docs at ``/docs``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from planwatch.core.errors import NotFoundError
from planwatch.evaluated import evaluations_page
from planwatch.web.data import filter_facts
from planwatch.web.pagecache import by_store
from planwatch.web.params import DbId, Offset, OptId, Page, Year
from planwatch.web.records import fact_records
from planwatch.web.render import json_response, store_of
from planwatch.web.routes import area, document, facts, indicator, overview, search
from planwatch.web.storeview import correct, find_area

router = APIRouter(prefix="/api")


class CorrectionIn(BaseModel):
    """A person's correction of one fact."""

    author: str = Field(min_length=1, max_length=100, description="who corrects")
    field: str | None = Field(
        None,
        description="indicator, indicator_id, kind, measure, year, "
        "period_start, value, unit, comparator or binding",
    )
    value: str | None = Field(None, max_length=500, description="the field's corrected value")
    wrong: bool = Field(False, description="true: this figure is not a fact")
    note: str | None = Field(None, max_length=2000)


@router.get("/areas", tags=["areas"], summary="Areas with documents")
def api_areas(
    request: Request,
    within: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    limit: int = overview.API_PAGE,
    offset: Offset = 0,
) -> Response:
    """Areas with matching documents and their parents, with counts, in code order: a page
    of ``limit`` (100 unless given, at most 10,000) from ``offset``; ``X-Total-Count`` says
    how many there are and ``Link: <…>; rel="next"`` gives the next page's URL."""
    return overview.overview_data(request, "json", within, doc_type, year, limit, offset)


@router.get("/areas/{code}", tags=["areas"], summary="An area's evaluation or facts")
def api_area(request: Request, code: str, as_of: str | None = None) -> Response:
    return area.area_data(request, code, "json", as_of)


@router.get("/documents", tags=["documents"], summary="Stored documents")
def api_documents(
    request: Request,
    doc_type: str | None = None,
    superseded: bool = False,
    limit: int = 1000,
    offset: Offset = 0,
) -> Response:
    return document.documents_data(request, "json", doc_type, superseded, limit, offset)


@router.get("/documents/{doc_id}", tags=["documents"], summary="A document with its facts")
def api_document(request: Request, doc_id: DbId) -> Response:
    return document.document_data(request, doc_id)


@router.get("/facts", tags=["facts"], summary="Facts, filterable")
def api_facts(
    request: Request,
    area: str | None = None,
    indicator: str | None = None,
    kind: Literal["actual", "target"] | None = None,
    measure: Literal["level", "growth", "change"] | None = None,
    year: Year = None,
    doc: str | None = None,
    rejected: bool = False,
    limit: int = 1000,
    offset: Offset = 0,
    after: OptId = None,
) -> Response:
    """Facts with corrections applied (facts marked wrong only with ``rejected=true``), in
    document and text order. Page with ``after`` (the ``id`` of the previous page's last
    fact; the ``Link`` header's ``rel="next"`` URL says it): a deep page then costs what
    the first costs. ``offset`` still works (it walks the rows it skips)."""
    store = store_of(request)
    limit = max(1, min(limit, 100000))

    def render() -> Response:
        found = filter_facts(
            store,
            area=area,
            indicator=indicator,
            kind=kind,
            measure=measure,
            year=year,
            doc=doc,
            include_rejected=rejected,
            limit=limit,
            offset=max(0, offset),
            after=after,
        )
        return facts.with_next(request, json_response(fact_records(found, store)), found, limit)

    # A new document or correction changes the store's version: the list is read again.
    return by_store(request, store, render)


@router.get("/facts/{fact_id}", tags=["facts"], summary="One fact")
def api_fact(request: Request, fact_id: DbId) -> Response:
    return facts.fact_data(request, fact_id)


@router.get("/facts/{fact_id}/corrections", tags=["facts"], summary="A fact's corrections")
def api_corrections(request: Request, fact_id: DbId) -> Response:
    store = store_of(request)
    store.fact(fact_id)
    return json_response([facts.vars_of(c) for c in store.corrections(fact_id)])


@router.post(
    "/facts/{fact_id}/corrections", tags=["facts"], summary="Correct a fact", status_code=201
)
def api_correct(request: Request, fact_id: DbId, body: CorrectionIn) -> Response:
    """Store a correction (who/when kept); evaluation and exports use it from then on."""
    store = store_of(request)
    cid = correct(
        store,
        fact_id,
        author=body.author,
        field=body.field,
        value=body.value,
        wrong=body.wrong,
        note=body.note,
    )
    return json_response({"id": cid, "fact": f"/api/facts/{fact_id}"}, status_code=201)


@router.get("/series", tags=["series"], summary="One indicator's values over the years")
def api_series(
    request: Request,
    area: str,
    indicator: str,
    measure: Literal["level", "growth", "change"] | None = None,
) -> Response:
    """Per kind and measure, the values by year with their fact ids (later documents last).
    Period figures (年均 over several years) carry their first year too."""
    store = store_of(request)
    a = find_area(store, area)
    found = [
        sf
        for sf in filter_facts(store, area=a.code, indicator=indicator, measure=measure, limit=None)
        if sf.fact.indicator_id == indicator or sf.fact.indicator == indicator
    ]
    series: dict[str, list[dict]] = defaultdict(list)
    for sf in sorted(found, key=lambda s: (s.fact.year or 0, s.doc_id)):
        f = sf.fact
        series[f"{f.kind}/{f.measure}"].append(
            {
                "year": f.year,
                "period_start": f.period_start,
                "value": f.comparable_value,
                "unit": f.comparable_unit,
                "comparator": str(f.comparator),
                "fact_id": sf.id,
                "doc_id": sf.doc_id,
            }
        )
    return json_response(
        {"area": a.name, "area_code": a.code, "indicator": indicator, "series": series}
    )


@router.get("/evaluations", tags=["evaluations"], summary="Evaluations of many areas")
def api_evaluations(
    request: Request,
    parent: str | None = None,
    as_of: Year = None,
    limit: int = 100,
    offset: Offset = 0,
    form: Literal["summary", "full"] = "summary",
) -> Response:
    """Every area with documents (or every area within ``parent``), evaluated: a page of
    ``limit`` areas (at most 1,000) from ``offset`` in code order; the ``X-Total-Count``
    header says how many there are. Kept evaluations are read; only the page's areas
    that changed are evaluated again. Each area as a summary (area, plan, as-of year,
    counts by status, summary line, and ``url``: its whole evaluation at
    ``/api/evaluations/{area_code}``); ``form=full`` gives each whole, targets included."""
    records, total = evaluations_page(
        store_of(request),
        parent=parent,
        as_of=as_of,
        limit=max(1, min(limit, 1000)),
        offset=max(0, offset),
        full=form == "full",
    )
    if form == "summary":
        query = f"?as_of={as_of}" if as_of is not None else ""
        for rec in records:
            rec["url"] = f"/api/evaluations/{rec['area_code']}{query}"
    resp = json_response(records)
    resp.headers["X-Total-Count"] = str(total)
    return resp


@router.get("/evaluations/{area_ref}", tags=["evaluations"], summary="An area's evaluation")
def api_evaluation(request: Request, area_ref: str, as_of: Year = None) -> Response:
    a = find_area(store_of(request), area_ref)
    ev, why = request.app.state.evaluations.area(a.code, as_of)
    if ev is None:
        raise NotFoundError(f"no evaluation of {a.name}: {why}")
    return json_response(ev.to_dict())


@router.get("/search", tags=["search"], summary="Full-text search")
def api_search(
    request: Request,
    q: str,
    area: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    sort: search.Sort = "relevance",
    page_no: Page = 1,
) -> Response:
    """One page of matching sentences with the total; see ``/search.json``."""
    return search.search_data(request, "json", q, area, doc_type, year, kind, limit, sort, page_no)


@router.get("/indicators", tags=["indicators"], summary="Catalog indicators with counts")
def api_indicators(request: Request) -> Response:
    return indicator.indicators_data(request, "json")


@router.get("/indicators/{indicator_id}", tags=["indicators"], summary="One indicator's facts")
def api_indicator(request: Request, indicator_id: str) -> Response:
    return indicator.indicator_data(request, indicator_id, "json")
