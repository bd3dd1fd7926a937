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

from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy import func, select

from planwatch.store import models as m
from planwatch.store.factpage import FactQuery, _fact_conditions, _list_columns, _stored_facts
from planwatch.store.repo import Store, StoredFact

AreaKind = tuple[str, str]  # (area key: its code, else its name as written; kind)


def _area_key():
    f = m.facts
    return func.coalesce(f.c.jurisdiction_code, f.c.jurisdiction, "?")


def _in_areas(keys: Sequence[str]):
    f = m.facts
    return sa.or_(
        f.c.jurisdiction_code.in_(keys),
        sa.and_(f.c.jurisdiction_code.is_(None), f.c.jurisdiction.in_(keys)),
    )


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
    f, d, c = m.facts, m.documents, m.corrections
    keys = list(areas)
    corrected = select(c.c.fact_id)
    base = [f.c.indicator_id == indicator_id, *_fact_conditions(FactQuery()), _in_areas(keys)]
    rank = (
        func.row_number()
        .over(
            partition_by=[_area_key(), f.c.kind],
            order_by=[
                func.coalesce(f.c.year, 0).desc(),
                f.c.measure,
                f.c.doc_id,
                f.c.start,
                f.c.end,
            ],
        )
        .label("rank")
    )
    last = (
        func.row_number()
        .over(partition_by=_area_key(), order_by=[f.c.doc_id.desc(), f.c.start.desc()])
        .label("last")
    )
    area = _area_key()
    ranked = (
        select(
            f.c.id,
            area.label("area"),
            f.c.kind,
            rank,
            last,
            func.count().over(partition_by=[area, f.c.kind]).label("n"),
        )
        .select_from(f.join(d, d.c.id == f.c.doc_id))
        .where(*base, f.c.id.not_in(corrected))
        .subquery()
    )
    picked = select(ranked.c.id, ranked.c.area, ranked.c.kind, ranked.c.rank, ranked.c.n).where(
        sa.or_(ranked.c.rank <= per_side, ranked.c.last == 1)
    )
    fixes = select(c.c.fact_id).distinct().subquery()
    fixed_here = (  # led by the few corrected facts (an IN test walks the indicator's)
        select(f.c.id)
        .select_from(fixes.join(f, f.c.id == fixes.c.fact_id).join(d, d.c.id == f.c.doc_id))
        .where(*base)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(picked).all()
        fixed = set(conn.execute(fixed_here).scalars())
        # The rows read by their keys (the ranking read the index alone).
        stmt = (
            select(*_list_columns(), d.c.name.label("doc_name"))
            .join(d, d.c.id == f.c.doc_id)
            .where(f.c.id.in_([r.id for r in rows] + sorted(fixed)))
            .order_by(f.c.doc_id, f.c.start, f.c.end)
        )
        facts = _stored_facts(conn, conn.execute(stmt).all())
    totals: Counter = Counter({(r.area, str(r.kind)): r.n for r in rows if r.rank == 1})
    for sf in facts:
        if sf.id in fixed:  # counted by its corrected kind
            totals[(_key_of(sf), str(sf.fact.kind))] += 1
    return facts, totals


def _key_of(sf: StoredFact) -> str:
    return sf.fact.jurisdiction_code or sf.fact.jurisdiction or "?"


__all__ = ["indicator_latest"]
