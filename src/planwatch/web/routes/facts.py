"""Facts: the filterable list, one fact's permalink page, and corrections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.store.pages import FACT_SORTS, KEYSET_SORTS, fact_count, store_version
from planwatch.store.repo import Correction, DocRow, Store, StoredFact
from planwatch.web.data import fact_query, filter_facts
from planwatch.web.evaluation import row_anchor
from planwatch.web.params import DbId, Offset, OptId, Page, year_param
from planwatch.web.records import FACT_COLUMNS, TextCache, fact_record, fact_records
from planwatch.web.render import json_response, page, records_response, store_of
from planwatch.web.storeview import CORRECTABLE_FIELDS, correct

router = APIRouter()

CONTEXT_CHARS = 80  # text shown either side of a fact's quote


@dataclass(frozen=True, slots=True)
class Usage:
    """An evaluation row that uses a fact, and in which role."""

    area_code: str
    area: str
    indicator: str
    role: str
    status: Any
    anchor: str = ""  # the row's anchor on the area page


@dataclass(frozen=True, slots=True)
class FactView:
    sf: StoredFact
    doc: DocRow
    before: str  # quote text before the value
    value_text: str
    after: str  # quote text after the value
    context_before: str
    context_after: str
    corrections: tuple[Correction, ...]
    usages: tuple[Usage, ...]
    evaluated: bool


def _usages(request: Request, sf: StoredFact) -> tuple[list[Usage], bool]:
    evaluations = request.app.state.evaluations
    code = sf.fact.jurisdiction_code
    if not code:
        return [], False
    ev, _why = evaluations.area(code, wait_s=2.0)  # the panel must not hang on it
    if ev is None:
        return [], False
    out = []
    for row in ev.rows:
        roles = {s.role for s in row.sources if s.fact_id == sf.id}
        if row.target_fact_id == sf.id:
            roles.add("target")
        for role in sorted(roles):
            out.append(
                Usage(ev.area.code, ev.area.name, row.indicator, role, row.status, row_anchor(row))
            )
    return out, True


def fact_view(request: Request, fact_id: DbId) -> FactView:
    store: Store = store_of(request)
    sf = store.fact(fact_id)
    doc = store.find_document(str(sf.doc_id))
    text = TextCache(store).text(sf.doc_id)
    f = sf.fact
    qs, qe = min(f.quote_start, f.start), max(f.quote_end, f.end)
    usages, evaluated = _usages(request, sf)
    return FactView(
        sf=sf,
        doc=doc,
        before=text[qs : f.start],
        value_text=text[f.start : f.end],
        after=text[f.end : qe],
        context_before=text[max(0, qs - CONTEXT_CHARS) : qs],
        context_after=text[qe : qe + CONTEXT_CHARS],
        corrections=tuple(store.corrections(fact_id)),
        usages=tuple(usages),
        evaluated=evaluated,
    )


PER_PAGE = 100
FactSort = Literal[FACT_SORTS]  # type: ignore[valid-type]


def _list_args(area, indicator, kind, measure, year, doc, rejected) -> dict[str, Any]:
    return {
        "area": area or None,
        "indicator": indicator or None,
        "kind": kind or None,
        "measure": measure or None,
        "year": year_param(year),
        "doc": doc or None,
        "include_rejected": bool(rejected),
    }


def _total(request: Request, args: dict[str, Any]) -> int:
    """How many facts the filters name, kept until the store changes: a new document
    counts after the cache's few seconds, a person's correction at once (as in the
    list beside it: a fact marked wrong leaves both together). Without filters the
    count reads the documents' own counts, so making it again is cheap."""
    store = store_of(request)
    key = ("fact_count", tuple(sorted(args.items())))
    documents, corrections = store_version(store)
    pages = request.app.state.pages

    def compute() -> int:
        return fact_count(store, fact_query(**args))

    return pages.value(key, corrections, compute, moving=documents)


@router.get("/facts", include_in_schema=False)
def facts_page(
    request: Request,
    area: str | None = None,
    indicator: str | None = None,
    kind: str | None = None,
    measure: str | None = None,
    year: str | None = None,
    doc: str | None = None,
    rejected: str | None = None,
    sort: FactSort = "document",
    page_no: Page = 1,
    after: OptId = None,
) -> Response:
    """The facts list. Its "next" link carries the page's last fact (``after``) where the
    sort allows, so reading on costs what the first page costs; a page number alone
    (a link to page 5,000) skips with OFFSET."""
    args = _list_args(area, indicator, kind, measure, year, doc, rejected)
    store = store_of(request)
    offset = 0 if after is not None else (page_no - 1) * PER_PAGE
    facts = filter_facts(store, **args, limit=PER_PAGE, offset=offset, sort=sort, after=after)
    keyset = sort in KEYSET_SORTS and len(facts) == PER_PAGE
    return page(
        request,
        "facts.html",
        facts=facts,
        total=_total(request, args),
        page_no=page_no,
        per_page=PER_PAGE,
        sort=sort,
        args=args,
        next_after=facts[-1].id if keyset else None,
    )


@router.get("/facts.{fmt}", tags=["facts"], summary="Facts, filterable (the facts list page)")
def facts_data(
    request: Request,
    fmt: Literal["json", "csv"],
    area: str | None = None,
    indicator: str | None = None,
    kind: str | None = None,
    measure: str | None = None,
    year: str | None = None,
    doc: str | None = None,
    rejected: str | None = None,
    limit: int = 1000,
    offset: Offset = 0,
    sort: FactSort = "document",
    after: OptId = None,
) -> Response:
    """Facts with corrections applied; facts marked wrong are left out unless ``rejected=1``.

    ``area``: name or code; ``indicator``: catalog id or part of the name. The
    ``X-Total-Count`` header says how many facts match in all. Page with ``after`` (the
    ``id`` of the previous page's last fact, as the ``Link: <…>; rel="next"`` header
    gives it; sorts ``document``, ``value``, ``indicator``, ``-id``) or ``offset``."""
    store = store_of(request)
    args = _list_args(area, indicator, kind, measure, year, doc, rejected)
    limit = max(1, min(limit, 100000))
    facts = filter_facts(store, **args, limit=limit, offset=offset, sort=sort, after=after)
    resp = records_response(fmt, fact_records(facts, store), "facts", FACT_COLUMNS)
    resp.headers["X-Total-Count"] = str(_total(request, args))
    return with_next(request, resp, facts, limit, sort)


def with_next(
    request: Request, resp: Response, facts: list[StoredFact], limit: int, sort: str = "document"
) -> Response:
    """``resp`` with a ``Link: <URL>; rel="next"`` header when the page is full: this URL
    with ``after`` set to the page's last fact (and no ``offset``: the cursor replaces it)."""
    if len(facts) == limit and sort in KEYSET_SORTS:
        url = request.url.remove_query_params("offset").include_query_params(after=facts[-1].id)
        resp.headers["Link"] = f'<{url.path}?{url.query}>; rel="next"'
    return resp


@router.get("/facts/{fact_id}.json", tags=["facts"], summary="One fact (permalink data)")
def fact_data(request: Request, fact_id: DbId) -> Response:
    """One fact with its quote, corrections (who/when) and the evaluations that use it."""
    view = fact_view(request, fact_id)
    rec = fact_record(view.sf, TextCache(store_of(request)))
    rec["corrections"] = [vars_of(c) for c in view.corrections]
    rec["used_by"] = [
        {
            "area_code": u.area_code,
            "area": u.area,
            "indicator": u.indicator,
            "role": u.role,
            "status": str(u.status),
            "url": f"/areas/{u.area_code}#{u.anchor}",
        }
        for u in view.usages
    ]
    return json_response(rec)


def vars_of(c: Correction) -> dict[str, Any]:
    return {k: getattr(c, k) for k in Correction.__dataclass_fields__}


@router.get("/facts/{fact_id}/panel", include_in_schema=False)
def fact_panel(request: Request, fact_id: DbId) -> Response:
    """The fact's details as an HTML fragment (the document viewer loads it on click)."""
    return page(
        request,
        "_factpanel.html",
        v=fact_view(request, fact_id),
        fields=CORRECTABLE_FIELDS,
        error=None,
    )


@router.get("/facts/{fact_id}", include_in_schema=False)
def fact_page(request: Request, fact_id: DbId) -> Response:
    return page(
        request, "fact.html", v=fact_view(request, fact_id), fields=CORRECTABLE_FIELDS, error=None
    )


@router.post("/facts/{fact_id}/corrections", include_in_schema=False)
def correct_form(
    request: Request,
    fact_id: DbId,
    author: str = Form(""),
    field: str = Form(""),
    value: str = Form(""),
    wrong: str = Form(""),
    note: str = Form(""),
    back: str = Form(""),
) -> Response:
    """Store a correction from the fact panel's form, then go back where the user was."""
    store = store_of(request)
    try:
        correct(
            store,
            fact_id,
            author=author,
            field=field or None,
            value=value if field else None,
            wrong=bool(wrong),
            note=note,
        )
    except UsageError as exc:
        return page(
            request,
            "fact.html",
            status_code=400,
            v=fact_view(request, fact_id),
            fields=CORRECTABLE_FIELDS,
            error=str(exc),
        )
    except PlanwatchError:
        raise
    # Only local paths: a form must not redirect the browser elsewhere.
    target = back if back.startswith("/") and not back.startswith("//") else f"/facts/{fact_id}"
    return RedirectResponse(target, status_code=303)
