"""A fact's quote and value: characters of its document's stored text, read by span.

A fact keeps the offsets of its value and its quote, never their characters: since
migration ``spans`` the copies each fact kept (``facts.quote_text``, and
``value_text`` where the quote did not hold the value) are gone — the same characters
were in the document's text, stored compressed once (store/textcodec.py). A reader that
shows many facts' quotes reads the texts of their documents once each, in one query
per few hundred documents (:func:`texts_by_id`), and cuts every span from them
(:func:`fact_texts`); evaluation cuts its quotes from the texts it reads per area
(``evaluate.ledger``). In SQL on SQLite, planwatch's connections cut a quote from
``planwatch_text(texts.ztext)`` (docs/schema.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select

from planwatch.store import models as m
from planwatch.store.evalfacts import by_chunks
from planwatch.store.repo import Store
from planwatch.store.textcodec import stored_text


def texts_by_id(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """The stored texts of documents ``ids`` (alone: no outline, no tables), by id, in
    one query per few hundred: what a rule reading whole documents of an area (a task
    said done, :mod:`planwatch.evaluate.qualitative`) and a list of facts' quotes ask
    for at once. A query a document was four fifths of reading them (0.6 of 0.73 s for
    819 texts over 200 areas at 20,000 documents). Ids not stored are missing."""
    t = m.texts
    out: dict[int, str] = {}
    with store.engine.connect() as conn:
        query = select(t.c.doc_id, t.c.text, t.c.ztext)
        for doc_id, text, ztext in by_chunks(conn, ids, query, t.c.doc_id):
            found = stored_text(text, ztext)
            if found is not None:
                out[doc_id] = found
    return out


class Texts:
    """Documents' stored texts by id, each read once, when first asked: the texts of
    ``ids`` (the documents whose quotes are likely shown) all at once, in one query, an
    id outside them alone. Evaluating a group of areas cuts thousands of quotes from a
    few hundred documents: a query a document was a quarter of evaluating them (693
    queries at 1,000 generated documents), unpacking the texts a twentieth."""

    __slots__ = ("_pending", "_store", "_texts")

    def __init__(self, store: Store, ids: Iterable[int] = ()) -> None:
        self._store = store
        self._pending = set(ids)
        self._texts: dict[int, str] = {}

    def __getitem__(self, doc_id: int) -> str:
        found = self._texts.get(doc_id)
        if found is None:
            if doc_id in self._pending:
                self.read(self._pending)
                found = self._texts.get(doc_id)
            if found is None:
                found = self._texts[doc_id] = self._store.text(doc_id)
        return found

    def read(self, ids: Iterable[int]) -> None:
        """Read the texts of ``ids`` not read yet, in one query."""
        missing = [i for i in ids if i not in self._texts]
        self._pending.difference_update(missing)
        if missing:
            self._texts.update(texts_by_id(self._store, missing))


# A fact's spans as :func:`fact_texts` reads them: (doc id, start, end, quote start,
# quote end).
Spans = tuple[int, int, int, int, int]


def fact_texts(store: Store, spans: Sequence[Spans]) -> list[tuple[str, str]]:
    """(value text, quote) of each of ``spans``, in order, cut from their documents'
    stored texts (each read once); empty strings for a document not stored."""
    texts = texts_by_id(store, {s[0] for s in spans})
    out = []
    for doc_id, start, end, quote_start, quote_end in spans:
        text = texts.get(doc_id, "")
        out.append((text[start:end], text[quote_start:quote_end]))
    return out


__all__ = ["Spans", "Texts", "fact_texts", "texts_by_id"]
