"""Plain records (dicts) of the store's objects, for JSON and CSV answers.

A fact record is the DESIGN.md fact schema plus its id, its document id, the
quoted clause, whether a person corrected or rejected it, and its permalink.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planwatch.core.data import Fact
from planwatch.store.quotes import texts_by_id
from planwatch.store.repo import AreaRow, DocRow, Store, StoredFact

# A fact's record (the DESIGN.md fields, in their order) between its ids and what the web adds.
FACT_COLUMNS = (
    "id",
    "doc_id",
    *Fact.RECORD_FIELDS,
    "canonical_value",
    "canonical_unit",
    "origin",
    "corrected",
    "rejected",
    "text",
    "quote",
    "url",
)
DOC_COLUMNS = (
    "id",
    "name",
    "title",
    "doc_type",
    "area_code",
    "area_name",
    "year",
    "period_start",
    "period_end",
    "published",
    "format",
    "size_bytes",
    "size_chars",
    "n_facts",
    "version",
    "superseded_by",
    "sha256",
    "ingested_at",
    "url",
)
AREA_COLUMNS = ("code", "name", "level", "parent_code", "documents", "facts", "url")


class TextCache:
    """Stored texts loaded once per request, for quoting many facts."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._texts: dict[int, str] = {}

    def text(self, doc_id: int) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.store.text(doc_id)
        return self._texts[doc_id]


class QuoteCache(TextCache):
    """The texts of given facts' documents read in one query, not one a document (list
    pages): each quote is cut from its document's text (store/quotes.py)."""

    def __init__(self, store: Store, facts: Iterable[StoredFact]) -> None:
        super().__init__(store)
        self._texts.update(texts_by_id(store, {sf.doc_id for sf in facts}))


def fact_record(sf: StoredFact, texts: TextCache | None = None) -> dict[str, Any]:
    f = sf.fact
    rec: dict[str, Any] = {"id": sf.id, "doc_id": sf.doc_id, **f.to_record()}
    rec["canonical_value"] = f.canonical_value
    rec["canonical_unit"] = f.canonical_unit
    rec["origin"] = f.origin
    rec["corrected"] = sf.corrected
    rec["rejected"] = sf.rejected
    if texts is not None:
        text = texts.text(sf.doc_id)
        rec["text"] = text[f.start : f.end]
        rec["quote"] = text[f.quote_start : f.quote_end]
    rec["url"] = f"/facts/{sf.id}"
    return rec


def fact_records(facts: Iterable[StoredFact], store: Store) -> list[dict[str, Any]]:
    facts = list(facts)
    quotes = QuoteCache(store, facts)
    return [fact_record(sf, quotes) for sf in facts]


def doc_record(d: DocRow) -> dict[str, Any]:
    rec = {k: getattr(d, k) for k in DOC_COLUMNS if k != "url"}
    rec["url"] = f"/documents/{d.id}"
    return rec


def area_record(a: AreaRow, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    rec = {k: getattr(a, k) for k in AREA_COLUMNS if k != "url"}
    rec["url"] = f"/areas/{a.code}"
    rec.update(extra or {})
    return rec
