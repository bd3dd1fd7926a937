"""What evaluating many areas reads, a group of areas at a time.

Evaluating every area one by one read each area's facts with a query of its own
and every current document's row first (20,000 rows at 20,000 documents, to
evaluate any area), then each quoted document's whole text to cut a quote of
forty characters. Here a group of areas is read in two queries — their facts
that evaluation can use (targets, and actuals with a catalog id; corrections
applied, as :meth:`Store.iter_facts` gives them) in area, document and text
order, and the documents those facts and areas name — and each fact comes with
the characters at its two spans as stored with it (``quote_text``, and the value's
cut from it, or ``value_text`` where the value lies outside its quote), so no text
is read for a quote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.factquery import FactFilter
from planwatch.store.records import DocRow, StoredFact, _stored, fact_builder, slot_maker
from planwatch.store.repo import Store
from planwatch.store.rows import stored_value_text


@dataclass(frozen=True, slots=True)
class QuotedFact:
    """A stored fact with the characters at its spans (None where not stored)."""

    stored: StoredFact
    value_text: str | None
    quote_text: str | None


_new_quoted = slot_maker(QuotedFact)  # a QuotedFact per fact read, without its __init__


@dataclass(frozen=True, slots=True)
class AreaGroup:
    """Facts by area code and the current documents they or the areas name."""

    facts: dict[str, list[QuotedFact]]
    documents: list[DocRow]  # in id order


def _fact_query(codes: Sequence[str], state: factquery.StoreState):
    f, d = m.facts, m.documents
    name = select(d.c.name).where(d.c.id == f.c.doc_id).scalar_subquery()
    conds = factquery._conditions(FactFilter(evaluable=True), state)
    return (
        select(f, name.label("doc_name"))
        .where(and_(f.c.jurisdiction_code.in_(list(codes)), *conds))
        .order_by(f.c.jurisdiction_code, f.c.doc_id, f.c.start, f.c.end, f.c.id)
    )


def _read_facts(store: Store, conn, codes: Sequence[str]) -> dict[str, list[QuotedFact]]:
    any_fixes = conn.execute(select(m.corrections.c.id).limit(1)).first() is not None
    query = _fact_query(codes, factquery.store_state(conn))
    out: dict[str, list[QuotedFact]] = defaultdict(list)
    result = conn.execution_options(stream_results=True, yield_per=factquery.CHUNK).execute(query)
    # One builder for the query's rows; evidence decoded only where a rule or the
    # evaluation shown reads it.
    build = fact_builder(tuple(result.keys()), lazy=True)
    at = {name: i for i, name in enumerate(result.keys())}
    id_at, code_at = at["id"], at["jurisdiction_code"]
    value_at, quote_at = at["value_text"], at["quote_text"]
    try:
        for rows in result.partitions(factquery.CHUNK):
            fixes = store._corrections_for(conn, [r.id for r in rows]) if any_fixes else {}
            for row in rows:
                fix = fixes.get(row[id_at]) if fixes else None
                sf = _stored(row, fix, build.fields) if fix else build(row)
                quote = row[quote_at]
                value = stored_value_text(sf.fact, row[value_at], quote)
                out[row[code_at]].append(_new_quoted(sf, value, quote))
    finally:
        result.close()
    return dict(out)


def area_group(store: Store, codes: Sequence[str]) -> AreaGroup:
    """The evaluable facts of the areas ``codes`` (one query) and the current documents
    they come from or that are about these areas (one more)."""
    d = m.documents
    with store.engine.connect() as conn:
        facts = _read_facts(store, conn, codes)
        doc_ids = sorted({q.stored.doc_id for qs in facts.values() for q in qs})
        named = [d.c.area_code.in_(list(codes))]
        if doc_ids:
            named.append(d.c.id.in_(doc_ids))
        columns = [d.c[name] for name in DocRow.__dataclass_fields__]
        docs = [
            DocRow(**r._asdict())
            for r in conn.execute(
                select(*columns).where(d.c.superseded_by.is_(None), or_(*named)).order_by(d.c.id)
            )
        ]
    return AreaGroup(facts, docs)


__all__ = ["AreaGroup", "QuotedFact", "area_group"]
