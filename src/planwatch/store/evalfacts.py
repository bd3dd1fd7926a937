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

A *pruned* read (``keep`` given) leaves out the actuals no target of their area
names: more than half of an area's actuals at 20,000 documents, and turning rows into
facts was most of reading them. An actual is read when a target of its area (any
stored target row) has its indicator, or its indicator is one of ``keep`` (the
indicators a rule reads besides a target's own: proxies, related indicators). What
the left-out rows would have told is read in SQL: the documents every evaluable fact
of an area comes from and the latest year its single-year actuals state
(:class:`AreaSummary`); and a rule that asks for another indicator's actuals gets
them from :func:`more_actuals`, in the same order. A group some of whose facts
were corrected is read whole (a correction may change a fact's indicator or kind
after the query chose it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select

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
class AreaSummary:
    """What a pruned read of an area left out would have told: the documents all its
    evaluable facts come from, and the latest year a single-year actual with a catalog
    id states (None: none does)."""

    doc_ids: frozenset[int]
    latest_year: int | None
    # The indicators whose actuals were read: those of the area's targets, and the kept.
    indicators: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AreaGroup:
    """Facts by area code and the current documents they or the areas name."""

    facts: dict[str, list[QuotedFact]]
    documents: list[DocRow]  # in id order
    # Areas read pruned (see the module's docstring), by code; the others were read whole.
    pruned: dict[str, AreaSummary] = field(default_factory=dict)


def _fact_query(codes: Sequence[str], state: factquery.StoreState, ids: Sequence[str] | None):
    """The evaluable facts of ``codes`` in area, document and text order; with ``ids``,
    only the targets and the actuals of those indicators."""
    f, d = m.facts, m.documents
    name = select(d.c.name).where(d.c.id == f.c.doc_id).scalar_subquery()
    conds = factquery._conditions(FactFilter(evaluable=True), state)
    if ids is not None:
        conds.append(or_(f.c.kind == "target", f.c.indicator_id.in_(list(ids))))
    return (
        select(f, name.label("doc_name"))
        .where(and_(f.c.jurisdiction_code.in_(list(codes)), *conds))
        .order_by(f.c.jurisdiction_code, f.c.doc_id, f.c.start, f.c.end, f.c.id)
    )


def _read_facts(
    store: Store, conn, query, wanted: dict[str, frozenset[str]] | None = None
) -> dict[str, list[QuotedFact]]:
    """The facts ``query`` gives, by area code; with ``wanted``, an actual only where
    its indicator is one of its area's (the rows of others are not made facts)."""
    any_fixes = conn.execute(select(m.corrections.c.id).limit(1)).first() is not None
    out: dict[str, list[QuotedFact]] = defaultdict(list)
    result = conn.execution_options(stream_results=True, yield_per=factquery.CHUNK).execute(query)
    # One builder for the query's rows; evidence decoded only where a rule or the
    # evaluation shown reads it.
    build = fact_builder(tuple(result.keys()), lazy=True)
    at = {name: i for i, name in enumerate(result.keys())}
    id_at, code_at = at["id"], at["jurisdiction_code"]
    value_at, quote_at = at["value_text"], at["quote_text"]
    kind_at, indicator_at = at["kind"], at["indicator_id"]
    try:
        for rows in result.partitions(factquery.CHUNK):
            fixes = store._corrections_for(conn, [r.id for r in rows]) if any_fixes else {}
            for row in rows:
                if (
                    wanted is not None
                    and row[kind_at] != "target"
                    and row[indicator_at] not in wanted[row[code_at]]
                ):
                    continue
                fix = fixes.get(row[id_at]) if fixes else None
                sf = _stored(row, fix, build.fields) if fix else build(row)
                quote = row[quote_at]
                value = stored_value_text(sf.fact, row[value_at], quote)
                out[row[code_at]].append(_new_quoted(sf, value, quote))
    finally:
        result.close()
    return dict(out)


def _corrected(conn, codes: Sequence[str]) -> bool:
    """Whether any fact of the areas ``codes`` has a correction."""
    f, c = m.facts, m.corrections
    if conn.execute(select(c.c.id).limit(1)).first() is None:
        return False
    q = (
        select(c.c.id)
        .join(f, f.c.id == c.c.fact_id)
        .where(f.c.jurisdiction_code.in_(list(codes)))
        .limit(1)
    )
    return conn.execute(q).first() is not None


def _summaries(
    conn, codes: Sequence[str], state: factquery.StoreState, keep: Sequence[str]
) -> dict[str, AreaSummary]:
    """:class:`AreaSummary` of each of ``codes`` (over all its evaluable facts)."""
    f = m.facts
    single = and_(
        f.c.kind == "actual",
        f.c.indicator_id.is_not(None),
        f.c.year.is_not(None),
        or_(f.c.period_start.is_(None), f.c.period_start == f.c.year),
    )
    conds = [f.c.jurisdiction_code.in_(list(codes))]
    conds += factquery._conditions(FactFilter(evaluable=True), state)
    q = (
        select(f.c.jurisdiction_code, f.c.doc_id, func.max(case((single, f.c.year))))
        .where(*conds)
        .group_by(f.c.jurisdiction_code, f.c.doc_id)
    )
    docs: dict[str, set[int]] = defaultdict(set)
    latest: dict[str, int] = {}
    for code, doc_id, year in conn.execute(q):
        docs[code].add(doc_id)
        if year is not None and year > latest.get(code, year - 1):
            latest[code] = year
    targeted: dict[str, set[str]] = defaultdict(set)
    q = (
        select(f.c.jurisdiction_code, f.c.indicator_id)
        .where(*conds, f.c.kind == "target", f.c.indicator_id.is_not(None))
        .distinct()
    )
    for code, indicator_id in conn.execute(q):
        targeted[code].add(indicator_id)
    return {
        c: AreaSummary(
            frozenset(docs.get(c, ())), latest.get(c), frozenset(targeted.get(c, ())) | set(keep)
        )
        for c in codes
    }


def area_group(store: Store, codes: Sequence[str], keep: Sequence[str] | None = None) -> AreaGroup:
    """The evaluable facts of the areas ``codes`` (one query) and the current documents
    they come from or that are about these areas (one more); with ``keep``, a pruned
    read (see the module's docstring) unless a fact of the areas was corrected."""
    d = m.documents
    with store.engine.connect() as conn:
        state = factquery.store_state(conn)
        if keep is not None and _corrected(conn, codes):
            keep = None
        pruned = _summaries(conn, codes, state, keep) if keep is not None else {}
        if pruned:
            wanted = {c: s.indicators for c, s in pruned.items()}
            ids = sorted(set().union(*wanted.values()))
            facts = _read_facts(store, conn, _fact_query(codes, state, ids), wanted)
        else:
            facts = _read_facts(store, conn, _fact_query(codes, state, None))
        doc_ids = {q.stored.doc_id for qs in facts.values() for q in qs}
        doc_ids.update(i for s in pruned.values() for i in s.doc_ids)
        named = [d.c.area_code.in_(list(codes))]
        if doc_ids:
            named.append(d.c.id.in_(sorted(doc_ids)))
        columns = [d.c[name] for name in DocRow.__dataclass_fields__]
        docs = [
            DocRow(**r._asdict())
            for r in conn.execute(
                select(*columns).where(d.c.superseded_by.is_(None), or_(*named)).order_by(d.c.id)
            )
        ]
    return AreaGroup(facts, docs, pruned)


def more_actuals(store: Store, code: str, indicator_id: str) -> list[QuotedFact]:
    """The evaluable actuals of ``indicator_id`` in the area ``code``, in the order a
    whole read gives them: what a pruned read left out, read when a rule asks."""
    f = m.facts
    with store.engine.connect() as conn:
        query = _fact_query([code], factquery.store_state(conn), None).where(
            f.c.kind == "actual", f.c.indicator_id == indicator_id
        )
        return _read_facts(store, conn, query).get(code, [])


__all__ = ["AreaGroup", "AreaSummary", "QuotedFact", "area_group", "more_actuals"]
