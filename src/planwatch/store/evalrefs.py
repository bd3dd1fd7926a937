"""What a stored evaluation reads back by id, and the texts a rule reads whole.

A stored evaluation (evaluate/codec.py, ``by_id``) writes the unmatched targets still
rows as their fact ids and each source its fact's row gives as ``[fact id, role]``:
the store holds them already. Here they are read back, a query per few hundred ids
(:func:`facts_by_id`, :func:`sources_by_id`; their quotes cut from their documents'
texts, store/quotes.py). Split from :mod:`evalfacts` (what evaluating many areas reads)
by concern.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from planwatch.core.data import Fact, TableRecord
from planwatch.store import models as m
from planwatch.store.evalfacts import by_chunks, fact_columns, rows_by_id
from planwatch.store.quotes import fact_texts
from planwatch.store.records import _record_from_row, fact_builder
from planwatch.store.repo import Store


def facts_by_id(store: Store, ids: Sequence[int]) -> dict[int, Fact]:
    """The stored facts ``ids`` as their rows give them (corrections not applied: the
    facts an evaluation wrote by id are those of rows no person corrected), by id; ids no
    longer stored are missing. What a stored evaluation's unmatched targets are read from
    (by primary key, a few hundred at most)."""
    build = fact_builder(tuple(c.name for c in fact_columns()))
    return {i: build.fact(row) for i, row in rows_by_id(store, ids).items()}


# What a source of a stored evaluation written by id is read back as (see
# :func:`sources_by_id`): the fields of ``SourceRef`` but its fact id and role.
SourceFields = tuple[int, str, int, int, str, str, int | None, float, str | None]


def sources_by_id(store: Store, ids: Sequence[int]) -> dict[int, SourceFields]:
    """Where the stored facts ``ids`` come from, by id, as a source of an evaluation
    cites them: (document id, document name, start, end, quote, value text, year,
    value and unit in the catalog's terms), from their rows as stored (a stored
    evaluation writes a source by id only where its fact was read uncorrected:
    ``SourceRef.stored``), the quote and value text cut from their documents' texts.
    Ids no longer stored are missing. Most of an evaluation's sources are the same
    target restated in other documents (174,405 sources of 21,431 rows at 20,000
    documents): written by id, their quotes are stored once, in the texts."""
    out: dict[int, SourceFields] = {}
    if not ids:
        return out
    f, d = m.facts, m.documents
    rows: list = []
    with store.engine.connect() as conn:
        rows += by_chunks(conn, ids, select(*(f.c[n] for n in _CITED)), f.c.id)
        # The few documents they come from named in a query of their own (a name looked
        # up for each row was a third of reading them).
        names = dict(by_chunks(conn, {r[1] for r in rows}, select(d.c.id, d.c.name), d.c.id))
    cut = fact_texts(store, [row[1:6] for row in rows])
    for row, (value_text, quote) in zip(rows, cut, strict=True):
        i, doc_id, start, end = row[:4]
        year, value, canonical_value, unit, canonical_unit = row[6:]
        converted = canonical_value is not None  # Fact.comparable_value and _unit
        out[i] = (
            doc_id,
            names[doc_id],
            start,
            end,
            quote,
            value_text,
            year,
            canonical_value if converted else value,
            canonical_unit if converted else unit,
        )
    return out


# The columns a source cited by id is read from (a narrow row: no evidence, no names);
# doc_id to quote_end are the spans store/quotes.fact_texts cuts.
_CITED = (
    *("id", "doc_id", "start", "end", "quote_start", "quote_end"),
    *("year", "value", "canonical_value", "unit", "canonical_unit"),
)


def tables_by_doc(store: Store, ids: Sequence[int]) -> dict[int, list[TableRecord]]:
    """The recovered tables of documents ``ids`` (``Store.recovered_tables`` of each, in
    text order), by document id, one query per few hundred documents: the plans of a
    group of areas whose tables evaluation reads for targets stated in words (a query
    a plan, built and run through SQLAlchemy, was a twentieth of evaluating an area).
    Documents without a table are missing."""
    t = m.recovered_tables
    out: dict[int, list[TableRecord]] = {}
    with store.engine.connect() as conn:
        for row in sorted(by_chunks(conn, ids, select(t), t.c.doc_id), key=_table_order):
            out.setdefault(row.doc_id, []).append(_record_from_row(row))
    return out


def _table_order(row) -> tuple[int, int]:
    return row.doc_id, row.ordinal


__all__ = ["SourceFields", "facts_by_id", "sources_by_id", "tables_by_doc"]
