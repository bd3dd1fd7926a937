"""A document as the rows the store writes: built where it is analysed, written here.

Ingest's workers (processes or Dask) turn an analysed document into
:class:`DocRows` — strings, numbers and tuples, the outline, tables and
evidence already JSON, the sentence index's tokens already computed — so what
crosses to the storing process is cheap to pickle and the storing process
only runs INSERTs. Unpickling a Document with thousands
of span objects and encoding them as JSON made storing the bottleneck of a
two-worker ingest.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Any

from planwatch.core.data import Area, Document, Fact, Heading, SourceTable, TableRecord
from planwatch.core.evidence import to_json as evidence_to_json
from planwatch.core.fastjson import compact
from planwatch.describe.areas import area_by_code
from planwatch.store import spancodec
from planwatch.store.search_index import sentence_rows
from planwatch.store.textcodec import current, pack, packs
from planwatch.store.titles import stored_title

# What the store keeps of a fact besides its exported record (Fact.RECORD_FIELDS).
STORE_ONLY_FIELDS = (
    "origin",
    "indicator_confidence",
    "canonical_value",
    "canonical_unit",
    "evidence",
)
# Columns of ``facts`` as written, in the order of each fact tuple (doc_id first): the
# record's fields but the document's name, which the row holds as doc_id, then the rest.
# No characters of the text: a fact's value and quote are read from the document's
# stored text by their spans (store/quotes.py; migration spans dropped the copies).
_FACT_FIELDS = ("doc_id", *Fact.RECORD_FIELDS[1:], *STORE_ONLY_FIELDS)
FACT_COLUMNS = _FACT_FIELDS
# Fields whose enum is stored by its value; evidence is stored as JSON.
ENUM_FIELDS = ("kind", "measure", "comparator", "binding")

# Columns of ``recovered_tables`` as written (doc_id first); see recovered_tuple.
RECOVERED_COLUMNS = ("doc_id", "ordinal", "start", "end", "title", "layout", "reason", "body")

HEADING_COLUMNS = (
    "doc_id",
    "ordinal",
    "level",
    "marker",
    "title",
    "start",
    "end",
    "section_start",
    "section_end",
    "title_at",  # migration titles: title NULL where the text holds it (store/titles.py)
)


@dataclass(frozen=True, slots=True)
class DocRows:
    """One document's rows, without its id (given when it is written)."""

    name: str
    path: str | None
    sha256: str
    # (code, name, level, parent code), the area first then its parents.
    areas: tuple[tuple[str, str, str, str | None], ...]
    document: dict[str, Any]  # documents columns but id, version and ingested_at
    text: str
    paragraphs: str  # JSON gaps and lengths (store/spancodec.py)
    sentences: str  # JSON gaps and lengths (store/spancodec.py)
    tables: str  # JSON, see table_json
    headings: tuple[tuple, ...]  # HEADING_COLUMNS[1:]
    facts: tuple[tuple, ...]  # FACT_COLUMNS[1:]
    recovered: tuple[tuple, ...] = ()  # RECOVERED_COLUMNS[1:]: indicator tables as read
    # The sentence index: (start, end, value) of each sentence, the value made for the
    # backend ``search_backend`` (search_index.sentence_rows).
    search: tuple[tuple[int, int, str], ...] = ()
    search_backend: str = "sqlite"
    # The text as stored where the backend does not compress it (textcodec.pack), made
    # in the worker too; None: the storing process packs it when it needs to.
    packed: bytes | None = None


def level_of(code: str) -> str:
    if code == "000000":
        return "nation"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def table_json(table: SourceTable) -> dict:
    return {
        "span": [table.span.start, table.span.end],
        "n_rows": table.n_rows,
        "n_cols": table.n_cols,
        "cells": [
            [c.row, c.col, c.rowspan, c.colspan, c.span.start, c.span.end, c.text]
            for c in table.cells
        ],
    }


_FACT_VALUES = operator.attrgetter(*_FACT_FIELDS[1:])  # one C-level call reads them all
_ENUM_AT = tuple(FACT_COLUMNS.index(name) - 1 for name in ENUM_FIELDS)
_EVIDENCE_AT = FACT_COLUMNS.index("evidence") - 1


def fact_tuple(f: Fact) -> tuple:
    """A fact as the values of FACT_COLUMNS[1:]."""
    values = list(_FACT_VALUES(f))
    for i in _ENUM_AT:
        if values[i] is not None:  # binding is optional
            values[i] = values[i].value
    values[_EVIDENCE_AT] = evidence_to_json(values[_EVIDENCE_AT])
    return tuple(values)


def recovered_tuple(ordinal: int, t: TableRecord) -> tuple:
    """A recovered table as the values of RECOVERED_COLUMNS[1:]; each body cell is
    ``[text, start, end, reading]`` (start/end null for a cell with no span)."""
    rows = [
        [
            [c.text, *((c.span.start, c.span.end) if c.span else (None, None)), c.reading]
            for c in row
        ]
        for row in t.rows
    ]
    body = {"columns": [list(c) for c in t.columns], "rows": rows}
    return (ordinal, t.span.start, t.span.end, t.title, t.layout, t.reason, compact(body))


def heading_tuple(ordinal: int, h: Heading, text: str) -> tuple:
    """A heading's row as written (HEADING_COLUMNS[1:]): its title as an offset where
    the text holds it (store/titles.py)."""
    title, title_at = stored_title(text, h.title, h.span.start, h.span.end)
    s, e = h.span.start, h.span.end
    return (ordinal, h.level, h.marker, title, s, e, h.section.start, h.section.end, title_at)


def area_rows(area: Area | None) -> tuple[tuple[str, str, str, str | None], ...]:
    """(code, name, level, parent code) of an area and each of its parents."""
    if area is None:
        return ()
    chain = [(area.code, area.name, area.level)]
    chain += [(code, name, level_of(code)) for code, name in area.parents]
    return tuple(
        (code, name, level, chain[i + 1][0] if i + 1 < len(chain) else None)
        for i, (code, name, level) in enumerate(chain)
    )


def _areas_of(doc: Document, facts: tuple[Fact, ...] | list[Fact]) -> tuple[tuple, ...]:
    """The document's area chain, then the areas only a fact's clause names (a
    province's report on its cities): the web and ``evaluate`` find those too."""
    own = doc.meta.area.code if doc.meta.area else None
    rows = list(area_rows(doc.meta.area))
    seen = {r[0] for r in rows}
    for code in sorted({f.jurisdiction_code for f in facts} - {None, own}):
        for r in area_rows(area_by_code(code)):
            if r[0] not in seen:
                seen.add(r[0])
                rows.append(r)
    return tuple(rows)


def to_rows(
    doc: Document,
    facts: tuple[Fact, ...] | list[Fact],
    size_bytes: int,
    *,
    backend: str = "sqlite",
) -> DocRows:
    """The rows of an analysed document and its facts, the sentence index made for
    ``backend`` (``sqlite`` or ``postgresql``: the store's dialect name)."""
    meta, outline = doc.meta, doc.outline
    toc = outline.toc
    document = {
        "name": doc.name,
        "path": doc.path,
        "sha256": doc.sha256,
        "format": doc.format,
        "encoding": doc.encoding,
        "size_bytes": size_bytes,
        "size_chars": len(doc.text),
        "title": meta.title,
        "doc_type": meta.doc_type.value,
        "area_code": meta.area.code if meta.area else None,
        "area_name": meta.area.name if meta.area else None,
        "year": meta.year,
        "period_start": meta.period_start,
        "period_end": meta.period_end,
        "published": meta.published,
        "reference_date": meta.reference_date,
        "evidence": [e.to_record() for e in meta.evidence],
        "user_set": ",".join(sorted(meta.user_set)) or None,
        "toc_start": toc.start if toc else None,
        "toc_end": toc.end if toc else None,
        "n_facts": len(facts),
    }
    headings = tuple(heading_tuple(i, h, doc.text) for i, h in enumerate(outline.headings))
    return DocRows(
        name=doc.name,
        path=doc.path,
        sha256=doc.sha256,
        areas=_areas_of(doc, facts),
        document=document,
        text=doc.text,
        paragraphs=spancodec.encode((s.start, s.end) for s in outline.paragraphs),
        sentences=spancodec.encode((s.start, s.end) for s in outline.sentences),
        tables=compact([table_json(t) for t in doc.tables]),
        headings=headings,
        facts=tuple(fact_tuple(f) for f in facts),
        recovered=tuple(recovered_tuple(i, t) for i, t in enumerate(doc.recovered)),
        search=sentence_rows(doc.text, outline.sentences, backend),
        search_backend=backend,
        packed=pack(doc.text, current()) if packs(backend) else None,
    )
