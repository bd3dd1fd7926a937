"""An indicator's latest figures in many areas: the few each area shows, chosen in SQL.

The indicator page lists, for each of its busiest areas, the first few targets
(furthest year first) and actuals (latest year first) and how many more there are.
Reading every figure of those areas to show a few cost most of the page (6,000 facts
built to show 600 at 20,000 documents); here the database ranks each area's figures
and hands back the first ``per_side`` of each kind, with the counts.

Corrections can change a figure's kind, year or measure, which decide its rank, so
the ranking is over figures nobody corrected, and every corrected figure of the areas
is read as well: the caller's own sort then puts each where its corrected values say,
and the first ``per_side`` it shows are the ones a read of every figure would show.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy import func, select

from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.factpage import _list_columns, _stored_facts
from planwatch.store.repo import Store, StoredFact

AreaKind = tuple[str, str]  # (area key: its code, else its name as written; kind)


def _area_key():
    f = m.facts
    return func.coalesce(f.c.jurisdiction_code, f.c.jurisdiction, "?")


def in_areas(keys: Sequence[str]):
    """The facts of areas ``keys``: codes (all digits) by the facts' code, names (as
    written, of facts without a code) by their name. Codes alone are one range of the
    index ``ix_facts_series`` per area; testing every key both ways made the database
    walk all of the indicator's facts (35,000 for gdp at 20,000 documents) to pick 50
    areas' 2,000."""
    f = m.facts
    codes = [k for k in keys if k.isdigit()]
    names = [k for k in keys if not k.isdigit()]
    either = []
    if codes:
        either.append(f.c.jurisdiction_code.in_(codes))
    if names:
        either.append(sa.and_(f.c.jurisdiction_code.is_(None), f.c.jurisdiction.in_(names)))
    return sa.or_(*either) if either else sa.false()


def current_conditions(conn) -> list:
    """Facts of current documents not marked wrong, as tests of the facts alone, each
    left out when the store holds nothing it would exclude (no superseded document, no
    fact marked wrong: the usual store), so a count or ranking reads the index alone
    instead of looking up every fact's document."""
    return factquery._conditions(factquery.FactFilter(), factquery.store_state(conn))


def indicator_latest(
    store: Store, indicator_id: str, areas: Sequence[str], per_side: int
) -> tuple[list[StoredFact], Counter]:
    """For each of ``areas`` (codes, or names of facts without a code): the current facts
    of ``indicator_id`` (not marked wrong, corrections applied) that rank in the first
    ``per_side`` targets or actuals by year (latest first), then measure, then place in
    the text; its last fact in document order (whose name the area shows); and every
    corrected one. In document order, with the count of each area's facts per kind."""
    if not areas:
        return [], Counter()
    f = m.facts
    keys = list(areas)
    with store.engine.connect() as conn:
        base = [f.c.indicator_id == indicator_id, *current_conditions(conn), in_areas(keys)]
        return _latest(conn, base, per_side)


def _latest(conn, base: list, per_side: int) -> tuple[list[StoredFact], Counter]:
    """:func:`indicator_latest` of the facts ``base`` names, on ``conn``: the facts'
    keys read from the index ``ix_facts_series`` alone (no fact row, about 40 keys an
    area), ranked here, then the picked rows read by their ids."""
    f, d, c = m.facts, m.documents, m.corrections
    keys = select(
        f.c.id, _area_key(), f.c.kind, f.c.year, f.c.measure, f.c.doc_id, f.c.start, f.c.end
    ).where(*base, f.c.id.not_in(select(c.c.fact_id)))
    groups: dict[tuple[str, str], list] = defaultdict(list)
    last: dict[str, tuple] = {}  # area -> (doc_id, start, id) of its last fact in the text
    for row in conn.execute(keys):
        fid, area, kind, year, measure, doc_id, start, end = row
        groups[(area, str(kind))].append((-(year or 0), measure, doc_id, start, end, fid))
        if area not in last or (doc_id, start) > last[area][:2]:
            last[area] = (doc_id, start, fid)
    picked = {place[2] for place in last.values()}
    totals: Counter = Counter()
    for key, ranked in groups.items():  # latest year first, then measure, then the text
        ranked.sort()
        picked.update(r[-1] for r in ranked[:per_side])
        totals[key] = len(ranked)
    fixes = select(c.c.fact_id).distinct().subquery()
    fixed_here = (  # led by the few corrected facts (an IN test walks the indicator's)
        select(f.c.id).select_from(fixes.join(f, f.c.id == fixes.c.fact_id)).where(*base)
    )
    fixed = set(conn.execute(fixed_here).scalars())
    stmt = (
        select(*_list_columns(), d.c.name.label("doc_name"))
        .join(d, d.c.id == f.c.doc_id)
        .where(f.c.id.in_(sorted(picked) + sorted(fixed)))
        .order_by(f.c.doc_id, f.c.start, f.c.end)
    )
    facts = _stored_facts(conn, conn.execute(stmt).all())
    for sf in facts:
        if sf.id in fixed:  # counted by its corrected kind
            totals[(_key_of(sf), str(sf.fact.kind))] += 1
    return facts, totals


def _key_of(sf: StoredFact) -> str:
    return sf.fact.jurisdiction_code or sf.fact.jurisdiction or "?"


__all__ = ["current_conditions", "in_areas", "indicator_latest"]
