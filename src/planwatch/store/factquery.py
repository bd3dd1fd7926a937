"""Fact reads that cost what they return: filters, order and paging in SQL.

``Store.iter_facts`` and ``Store.count_facts`` are built here. Every filter of :class:`FactFilter` becomes a WHERE clause the indexes of
``store/models.py`` serve (a page of 100 facts reads about 100 rows, not the
store), rows stream from the cursor in chunks (memory flat in the store's
size). Callers quote facts from ``Store.text`` (the text column alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.engine import Connection

from planwatch.store import models as m

# Rows fetched from the cursor at a time: large enough that the per-fetch
# overhead vanishes, small enough that memory does not grow with the store.
CHUNK = 1000


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to list; ``None`` fields do not filter."""

    doc: str | None = None  # document id or file name
    jurisdiction: str | None = None  # area name or code
    indicator: str | None = None  # substring of the indicator name, or an indicator_id
    kind: str | None = None
    include_superseded: bool = False
    include_rejected: bool = False  # facts a person marked wrong
    limit: int | None = None
    measure: str | None = None
    year: int | None = None
    offset: int = 0  # facts skipped before the first returned (paging)
    # Only what evaluation can use: targets, and actuals with a catalog id.
    evaluable: bool = False


@dataclass(frozen=True, slots=True)
class StoreState:
    """What the store holds that some filters only need when it is there.

    Most stores have no superseded document and no fact marked wrong; leaving
    those checks out then makes a deep page a pure index walk.
    """

    superseded: bool = True
    rejected: bool = True


def store_state(conn: Connection) -> StoreState:
    d, c = m.documents, m.corrections
    sup = conn.execute(select(d.c.id).where(d.c.superseded_by.is_not(None)).limit(1)).first()
    wrong = conn.execute(select(c.c.id).where(c.c.wrong.is_(True)).limit(1)).first()
    return StoreState(superseded=sup is not None, rejected=wrong is not None)


def _conditions(flt: FactFilter, state: StoreState = StoreState()) -> list:
    """WHERE clauses on ``facts`` alone (documents only in subqueries).

    Keeping ``facts`` the only table of the outer query lets the database walk
    ``ix_facts_doc_span`` in listing order and stop at the LIMIT; a join with
    ``documents`` made SQLite read every current document's facts and sort.
    """
    f, d = m.facts, m.documents
    conds = []
    if not flt.include_superseded and state.superseded:
        conds.append(f.c.doc_id.not_in(select(d.c.id).where(d.c.superseded_by.is_not(None))))
    if flt.doc:
        if flt.doc.isdigit():
            conds.append(f.c.doc_id == int(flt.doc))
        else:
            conds.append(f.c.doc_id.in_(select(d.c.id).where(d.c.name == flt.doc)))
    if flt.jurisdiction:
        # A code is all digits and a name never is: one indexed column each.
        if flt.jurisdiction.isdigit():
            conds.append(f.c.jurisdiction_code == flt.jurisdiction)
        else:
            conds.append(f.c.jurisdiction == flt.jurisdiction)
    if flt.indicator:
        conds.append(
            (f.c.indicator_id == flt.indicator)
            | f.c.indicator.contains(flt.indicator, autoescape=True)
        )
    if flt.kind:
        conds.append(f.c.kind == str(flt.kind))
    if flt.measure:
        conds.append(f.c.measure == str(flt.measure))
    if flt.year is not None:
        conds.append(f.c.year == flt.year)
    if flt.evaluable:
        conds.append((f.c.kind == "target") | f.c.indicator_id.is_not(None))
    if not flt.include_rejected and state.rejected:
        wrong = select(m.corrections.c.fact_id).where(m.corrections.c.wrong.is_(True))
        conds.append(f.c.id.not_in(wrong))
    return conds


def fact_query(flt: FactFilter, state: StoreState = StoreState()) -> Select:
    """The SELECT of the facts ``flt`` names, in document and text order, paged.

    The document's name is a correlated subquery, evaluated for the returned
    rows only.
    """
    f, d = m.facts, m.documents
    name = select(d.c.name).where(d.c.id == f.c.doc_id).scalar_subquery()
    cols = [f, name.label("doc_name")]
    q = select(*cols).order_by(f.c.doc_id, f.c.start, f.c.end, f.c.id)
    conds = _conditions(flt, state)
    if conds:
        q = q.where(and_(*conds))
    if flt.limit:
        q = q.limit(flt.limit)
    if flt.offset:
        q = q.offset(flt.offset)
    return q


def count_query(flt: FactFilter, state: StoreState = StoreState()) -> Select:
    """How many facts ``flt`` names (limit and offset ignored): a page's total."""
    q = select(func.count()).select_from(m.facts)
    conds = _conditions(flt, state)
    return q.where(and_(*conds)) if conds else q


def stream_rows(conn: Connection, flt: FactFilter) -> Iterator[list]:
    """The rows of ``flt`` in chunks of at most CHUNK, read from an open cursor.

    ``stream_results`` makes PostgreSQL use a server-side cursor; SQLite's
    cursor steps through the result as it is fetched. Either way only one
    chunk is in memory at a time.
    """
    query = fact_query(flt, store_state(conn))
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(query)
    try:
        yield from result.partitions(CHUNK)
    finally:
        result.close()
