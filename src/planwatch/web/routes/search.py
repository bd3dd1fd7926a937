"""Search: sentences and facts of all documents, with Chinese word segmentation."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from planwatch.search import SORTS, SearchQuery, SearchResult, search
from planwatch.store.pages import MAX_COUNT, areas_with_counts
from planwatch.web.pagecache import by_store, kept_value
from planwatch.web.params import Page, year_param
from planwatch.web.render import json_response, page, records_response, store_of

router = APIRouter()


PER_PAGE = 20
Sort = Literal["relevance", "document", "newest"]


def _query(
    q: str | None,
    area: str | None,
    doc_type: str | None,
    year: str | None,
    kind: str | None,
    limit: int = PER_PAGE,
    page_no: int = 1,
    sort: str = "relevance",
) -> SearchQuery:
    limit = max(1, min(limit, 500))
    return SearchQuery(
        text=(q or "").strip()[:200],
        area=area or None,
        doc_type=doc_type or None,
        year=year_param(year),
        kind=kind if kind in ("actual", "target") else None,
        limit=limit,
        offset=(page_no - 1) * limit,
        sort=sort,
    )


def _search(request: Request, query: SearchQuery) -> SearchResult:
    """The search's answer, kept until the store changes (see :mod:`planwatch.web.pagecache`)."""
    store = store_of(request)
    return kept_value(request, query, lambda: search(store, query))


def result_records(result: SearchResult) -> list[dict[str, Any]]:
    """One record per hit: sentences first, then facts."""
    out = []
    for h in result.sentences:
        out.append(
            {
                "type": "sentence",
                "doc_id": h.doc.id,
                "doc": h.doc.name,
                "area": h.doc.area_name,
                "doc_type": h.doc.doc_type,
                "start": h.span.start,
                "end": h.span.end,
                "text": "".join(s.text for s in h.segments),
                "matches": [s.text for s in h.segments if s.match],
                "fact_ids": list(h.fact_ids),
                "url": f"/documents/{h.doc.id}#o{h.span.start}",
            }
        )
    for h in result.facts:
        f = h.fact.fact
        out.append(
            {
                "type": "fact",
                "doc_id": h.doc.id,
                "doc": h.doc.name,
                "area": h.doc.area_name,
                "doc_type": h.doc.doc_type,
                "start": f.start,
                "end": f.end,
                "text": "".join(s.text for s in h.segments),
                "matches": [s.text for s in h.segments if s.match],
                "fact_ids": [h.fact.id],
                "url": f"/facts/{h.fact.id}",
            }
        )
    return out


@router.get("/search", include_in_schema=False)
def search_page(
    request: Request,
    q: str | None = None,
    area: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    kind: str | None = None,
    sort: Sort = "relevance",
    page_no: Page = 1,
) -> Response:
    query = _query(q, area, doc_type, year, kind, PER_PAGE, page_no, sort)
    store = store_of(request)

    def render() -> Response:
        result = _search(request, query) if query.text else None
        # the filter's choices, counted cheaply
        areas = kept_value(request, "areas", lambda: areas_with_counts(store))
        return page(
            request,
            "search.html",
            query=query,
            result=result,
            areas=areas,
            page_no=page_no,
            per_page=PER_PAGE,
            sorts=SORTS,
        )

    # The page of an unchanged store is the same page: kept, as its answer is.
    return by_store(request, store, render)


@router.get("/search.{fmt}", tags=["search"], summary="Full-text search (the search page)")
def search_data(
    request: Request,
    fmt: Literal["json", "csv"],
    q: str,
    area: str | None = None,
    doc_type: str | None = None,
    year: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    sort: Sort = "relevance",
    page_no: Page = 1,
) -> Response:
    """Sentences containing every word of ``q`` (segmented with jieba), one page of
    ``limit`` at a time with the total count, and the facts stated in them. ``area`` may
    be a parent (a city finds its counties); ``sort``: relevance, document order or newest."""
    query = _query(q, area, doc_type, year, kind, limit, page_no, sort)
    result = _search(request, query)
    records = result_records(result)
    if fmt == "csv":
        return records_response("csv", records, "search")
    return json_response(
        {
            "q": q,
            "words": list(result.words),
            "total": min(result.total, MAX_COUNT),
            "total_capped": result.total_capped,
            "page": page_no,
            "per_page": query.limit,
            "sort": query.sort,
            "truncated": result.truncated,
            "results": records,
        }
    )
