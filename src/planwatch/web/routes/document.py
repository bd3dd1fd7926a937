"""Documents: the list, and the viewer (text, outline, facts in place, tables)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from planwatch.core.data import Document, TableRecord
from planwatch.store import pages
from planwatch.store.repo import FactFilter, StoredFact
from planwatch.web.params import DbId, Offset, OptId, Page
from planwatch.web.records import DOC_COLUMNS, TextCache, doc_record, fact_record
from planwatch.web.render import json_response, page, records_response, store_of
from planwatch.web.routes.facts import fact_view
from planwatch.web.storeview import CORRECTABLE_FIELDS
from planwatch.web.textview import cut_text

log = logging.getLogger(__name__)
router = APIRouter()


@dataclass(frozen=True, slots=True)
class CellView:
    text: str
    href: str | None = None
    fact_id: int | None = None
    header: bool = False
    kind: str | None = None  # the cell's fact: "actual" or "target" (coloured as such)


@dataclass(frozen=True, slots=True)
class TableView:
    """A recovered table as rows of cells, each cell linked to its place in the text."""

    number: int
    title: str | None
    start: int
    end: int
    rows: tuple[tuple[CellView, ...], ...]
    column_notes: tuple[str, ...]


def _tables(records: list[TableRecord], facts: list[StoredFact]) -> list[TableView]:
    """The tables stored at ingest, each value cell linked to its fact (or its place)."""
    by_span = {(sf.fact.start, sf.fact.end): sf for sf in facts}
    out = []
    for n, table in enumerate((t for t in records if t.rows), 1):
        rows = [tuple(CellView(label, header=True) for label, _ in table.columns)]
        for line in table.rows:
            cells = []
            for c in line:
                if c.span is None:
                    cells.append(CellView(c.text))
                    continue
                sf = by_span.get((c.span.start, c.span.end)) if c.reading else None
                fid = sf.id if sf else None
                href = f"?fact={fid}#f{fid}" if fid else f"#o{c.span.start}"
                kind = sf.fact.kind.value if sf else None
                cells.append(CellView(c.text, href=href, fact_id=fid, kind=kind))
            rows.append(tuple(cells))
        out.append(
            TableView(
                n,
                table.title,
                table.span.start,
                table.span.end,
                tuple(rows),
                tuple(f"{label} ({meaning})" for label, meaning in table.columns),
            )
        )
    return out


def _anchors(doc: Document, tables: list[TableView]) -> set[int]:
    anchors = {h.span.start for h in doc.outline.headings}
    for t in tables:
        anchors.add(t.start)
        for row in t.rows:
            for c in row:
                if c.href and c.href.startswith("#o"):
                    anchors.add(int(c.href[2:]))
    return anchors


PER_PAGE = 100
DocSort = Literal[pages.DOC_SORTS]  # type: ignore[valid-type]


@router.get("/documents", include_in_schema=False)
def documents_page(
    request: Request,
    doc_type: str | None = None,
    sort: DocSort = "id",
    page_no: Page = 1,
) -> Response:
    docs, total = pages.document_page(
        store_of(request),
        doc_type=doc_type or None,
        limit=PER_PAGE,
        offset=(page_no - 1) * PER_PAGE,
        sort=sort,
    )
    return page(
        request,
        "documents.html",
        docs=docs,
        doc_type=doc_type,
        total=total,
        page_no=page_no,
        per_page=PER_PAGE,
        sort=sort,
    )


@router.get("/documents.{fmt}", tags=["documents"], summary="Stored documents (the list page)")
def documents_data(
    request: Request,
    fmt: Literal["json", "csv"],
    doc_type: str | None = None,
    superseded: bool = False,
    limit: int = 1000,
    offset: Offset = 0,
    sort: DocSort = "id",
) -> Response:
    """Current documents' metadata (``superseded=true`` adds replaced versions), a page of
    ``limit`` from ``offset``; the ``X-Total-Count`` header says how many there are."""
    docs, total = pages.document_page(
        store_of(request),
        doc_type=doc_type or None,
        superseded=superseded,
        limit=max(1, min(limit, 100000)),
        offset=offset,
        sort=sort,
    )
    resp = records_response(fmt, [doc_record(d) for d in docs], "documents", DOC_COLUMNS)
    resp.headers["X-Total-Count"] = str(total)
    return resp


@router.get("/documents/{doc_id}.txt", tags=["documents"], summary="A document's stored text")
def document_text(request: Request, doc_id: DbId) -> Response:
    """The stored text exactly: fact offsets index it."""
    return PlainTextResponse(store_of(request).load(doc_id).text)


@router.get("/documents/{doc_id}.json", tags=["documents"], summary="A document with its facts")
def document_data(request: Request, doc_id: DbId) -> Response:
    """Metadata, outline headings, reader tables' spans and every fact of one document."""
    store = store_of(request)
    row = store.find_document(str(doc_id))
    doc = store.load(doc_id)
    texts = TextCache(store)
    facts = store.facts(FactFilter(doc=str(doc_id), include_superseded=True, include_rejected=True))
    return json_response(
        {
            **doc_record(row),
            "headings": [
                {
                    "level": h.level,
                    "marker": h.marker,
                    "title": h.title,
                    "start": h.span.start,
                    "end": h.span.end,
                    "section": [h.section.start, h.section.end],
                }
                for h in doc.outline.headings
            ],
            "text_url": f"/documents/{doc_id}.txt",
            "facts": [fact_record(sf, texts) for sf in facts],
        }
    )


@router.get("/documents/{doc_id}", include_in_schema=False)
def document_page(request: Request, doc_id: DbId, fact: OptId = None) -> Response:
    store = store_of(request)
    row = store.find_document(str(doc_id))
    doc = store.load(doc_id)
    # Facts marked wrong stay visible here (struck through), so they can be reviewed.
    facts = store.facts(FactFilter(doc=str(doc_id), include_superseded=True, include_rejected=True))
    tables = _tables(store.recovered_tables(doc_id), facts)
    view = cut_text(doc.text, facts, _anchors(doc, tables))
    status = {
        sf.id: ("rejected" if sf.rejected else "corrected" if sf.corrected else "") for sf in facts
    }
    active = None
    if fact is not None and any(sf.id == fact for sf in facts):
        active = fact_view(request, fact)
    return page(
        request,
        "document.html",
        row=row,
        doc=doc,
        view=view,
        tables=tables,
        facts=facts,
        status=status,
        active=active,
        fields=CORRECTABLE_FIELDS,
        error=None,
    )
