"""One page of the stored evaluations, filtered, sorted and cut in SQL.

The compare page (``/evaluations``) lists every area with documents; reading
each area's status cells to sort them in Python cost about a second at 1,200
areas. Here the filters (areas within a parent, one plan period), the sort (by
code, name, status counts, or one indicator's status) and LIMIT/OFFSET are
the database's: a page reads only its own rows' cells. The sort keys are the
count columns of ``area_evaluations`` and, for one indicator, its cell's status
read from the ``cells`` JSON, so no extra columns are needed.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Text, func, select

from planwatch.store import models as m
from planwatch.store.db import read_snapshot
from planwatch.store.evalstore import EvaluationRecord, _record, _unnoted, as_of_key
from planwatch.store.repo import Store

# Worst first, as the compare page sorts one indicator's column; unknown last.
STATUS_RANK = ("behind", "missed", "on_track", "ahead", "achieved_early", "met", "no_data")
SORTS = ("area", "name", "behind", "favourable", "no_data")


@dataclass(frozen=True, slots=True)
class EvaluationPage:
    """One page of stored evaluations and what the page says about all of them."""

    records: tuple[EvaluationRecord, ...]
    total: int  # rows shown on all pages (after the filters)
    plans: tuple[str, ...]  # plan periods of the shown rows before the plan filter
    wanted: int  # areas with documents (within the parent)
    found: int  # of those, areas with a stored evaluation
    stale: int  # of those, evaluations no longer current


def parent_clause(column, parent: str | None):
    """``column`` is ``parent`` or lies within it (by the code's levels), as SQL."""
    if not parent:
        return sa.true()
    if parent.endswith("0000"):
        return sa.or_(column == parent, column.like(parent[:2] + "%"))
    if parent.endswith("00"):
        return sa.or_(column == parent, column.like(parent[:4] + "%"))
    return column == parent


def _with_documents():
    d = m.documents
    return (
        select(d.c.area_code)
        .where(d.c.superseded_by.is_(None), d.c.area_code.is_not(None))
        .distinct()
    )


def _current(fmt: str, unnoted: set[str]):
    e, c = m.area_evaluations, m.area_changes
    clause = sa.and_(
        e.c.format == fmt,
        e.c.doc_stamp >= func.coalesce(c.c.doc_stamp, 0),
        e.c.fix_stamp >= func.coalesce(c.c.fix_stamp, 0),
    )
    if unnoted:
        clause = sa.and_(clause, e.c.area_code.not_in(sorted(unnoted)))
    return clause


def _shown():
    """The area has a target judged: counted ones, or status cells (one-year targets)."""
    e = m.area_evaluations
    cells = sa.cast(e.c.cells, Text)
    return sa.or_(e.c.total > 0, sa.and_(cells.is_not(None), cells.not_in(["{}", "null"])))


def _order(sort: str, dialect: str) -> list:
    e = m.area_evaluations
    if sort == "name":
        # By code point on both backends (PostgreSQL's locale collation would differ).
        name = e.c.area_name.collate("C") if dialect == "postgresql" else e.c.area_name
        return [name, e.c.area_code]
    if sort == "behind":
        return [(e.c.behind + e.c.missed).desc(), e.c.area_code]
    if sort == "favourable":
        fav = e.c.on_track + e.c.ahead + e.c.achieved_early + e.c.met
        return [fav.desc(), e.c.area_code]
    if sort == "no_data":
        return [e.c.no_data.desc(), e.c.area_code]
    if sort.startswith("ind:"):
        status = e.c.cells[sort[4:]]["status"].as_string()
        rank = sa.case(
            *((status == s, i) for i, s in enumerate(STATUS_RANK)), else_=len(STATUS_RANK)
        )
        return [rank, e.c.area_code]
    return [e.c.area_code]


def evaluation_page(
    store: Store,
    fmt: str,
    *,
    parent: str | None = None,
    plan: str | None = None,
    as_of: int | None = None,
    sort: str = "area",
    limit: int | None = None,
    offset: int = 0,
) -> EvaluationPage:
    """The stored evaluations of areas with documents (within ``parent``) that judge
    any target, of plan period ``plan`` when given, sorted by ``sort``, one page of
    ``limit`` rows from ``offset`` (all without); each record says if it is current."""
    e, c = m.area_evaluations, m.area_changes
    joined = e.outerjoin(c, c.c.area_code == e.c.area_code)
    base = sa.and_(
        e.c.as_of_key == as_of_key(as_of),
        e.c.area_code.in_(_with_documents()),
        parent_clause(e.c.area_code, parent),
    )
    shown = sa.and_(base, _shown())
    picked = sa.and_(shown, e.c.plan_period == plan) if plan else shown
    columns = [col for col in e.c if col.name not in ("detail", "whole", "computed_at")]
    q = (
        select(*columns, c.c.doc_stamp.label("changed_doc"), c.c.fix_stamp.label("changed_fix"))
        .select_from(joined)
        .where(picked)
        .order_by(*_order(sort, store.engine.dialect.name))
        .offset(offset)
    )
    if limit is not None:
        q = q.limit(limit)
    with read_snapshot(store.engine) as conn:  # rows and counts of one moment
        unnoted = _unnoted(store, conn)
        records = tuple(_record(r, unnoted, fmt, False) for r in conn.execute(q))
        total = conn.execute(select(func.count()).select_from(e).where(picked)).scalar() or 0
        plans = conn.execute(
            select(e.c.plan_period).where(shown, e.c.plan_period.is_not(None)).distinct()
        ).scalars()
        plans = tuple(sorted(plans))
        wanted = conn.execute(
            select(func.count()).select_from(
                _with_documents().where(parent_clause(m.documents.c.area_code, parent)).subquery()
            )
        ).scalar()
        stale = sa.case((_current(fmt, unnoted), 0), else_=1)
        found, n_stale = conn.execute(
            select(func.count(), func.coalesce(func.sum(stale), 0)).select_from(joined).where(base)
        ).one()
    return EvaluationPage(records, total, plans, wanted or 0, found, int(n_stale))


__all__ = ["SORTS", "STATUS_RANK", "EvaluationPage", "evaluation_page", "parent_clause"]
