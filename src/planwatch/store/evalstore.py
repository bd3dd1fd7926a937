"""Evaluations kept in the store: computed once per area, dropped only when the area changes.

Evaluating an area reads its whole ledger (seconds for a large city); the
overview, the compare page, ``planwatch evaluate --all`` and the exports need
every area's. So each evaluation is stored (``area_evaluations``) with the
*stamp* of the store it was computed from: the newest document and correction
ids it could see (:func:`planwatch.store.pages.store_version`, read before
computing). What changes an area is noted in ``area_changes`` as the newest
document or correction id that touched it (a document about it or stating its
figures, a document superseding one of those, a correction of its facts);
``evaluation_marks`` says up to which ids that was done. A stored evaluation is
*current* when its stamp is at least its area's change stamps, its format (the
evaluation code's fingerprint) is today's, and no document or correction newer
than the mark touches the area.

Documents and corrections are only ever added, so ids tell what is new. Edits
in place (``resolve``) call :func:`forget_evaluations` for what (``planwatch set`` drops them in its own transaction)
they change.
"""

from __future__ import annotations

import json
import threading
import weakref
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
import zstandard
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from planwatch.core import fastjson
from planwatch.store import models as m
from planwatch.store.pages import areas_touched_since, store_version
from planwatch.store.repo import Store

COUNTS = ("total", "on_track", "ahead", "achieved_early", "met", "behind", "missed", "no_data")
Stamp = tuple[int, int]  # (newest document id, newest correction id)


def as_of_key(as_of: int | None) -> int:
    """The key column's value: the as-of year, 0 for "the latest data"."""
    return as_of or 0


@dataclass(frozen=True, slots=True)
class EvaluationRecord:
    """One area's evaluation as stored: what lists show, and the whole as JSON."""

    area_code: str
    area_name: str
    as_of_key: int
    plan_doc_id: int | None
    plan_name: str | None
    plan_period: str | None
    as_of: int | None
    counts: dict[str, int]
    summary_line: str | None
    cells: dict[str, dict[str, Any]]  # indicator id -> {status, indicator, core, anchor, …}
    detail: dict[str, Any] | None = field(default=None, compare=False)  # read on request
    current: bool = True
    # The whole evaluation for the area page (evaluate/codec.py JSON): written, never
    # read back here (see :func:`evaluation_whole`).
    whole: str | None = field(default=None, compare=False)
    # detail and whole as stored (JSON, zstd: :func:`deflate`): made by :func:`packed` where the record
    # was computed (a worker process), so the storing process only writes them.
    packed: tuple[bytes, bytes | None] | None = field(default=None, compare=False)


# ---- noting what changed --------------------------------------------------------


def _mark(conn) -> Stamp | None:
    row = conn.execute(
        select(m.evaluation_marks.c.doc_stamp, m.evaluation_marks.c.fix_stamp).where(
            m.evaluation_marks.c.id == 1
        )
    ).first()
    return (row[0], row[1]) if row else None


def _first_mark(conn, version: Stamp) -> Stamp:
    """Before any change was noted: from the oldest stored evaluation's stamp (all
    changes after it matter), or from now when nothing is stored."""
    e = m.area_evaluations
    low = conn.execute(select(func.min(e.c.doc_stamp), func.min(e.c.fix_stamp))).first()
    return (low[0], low[1]) if low and low[0] is not None else version


def _doc_changes(conn, since: int, upto: int) -> dict[str, int]:
    """Area code -> newest document id in (since, upto] that touches it."""
    d, f = m.documents, m.facts
    new = sa.and_(d.c.id > since, d.c.id <= upto)
    # A superseded document's areas change when the superseding one is stored.
    replaced = sa.and_(d.c.superseded_by > since, d.c.superseded_by <= upto)
    queries = (
        select(d.c.area_code, func.max(d.c.id)).where(new).group_by(d.c.area_code),
        select(d.c.area_code, func.max(d.c.superseded_by)).where(replaced).group_by(d.c.area_code),
        select(f.c.jurisdiction_code, func.max(f.c.doc_id))
        .where(f.c.doc_id > since, f.c.doc_id <= upto)
        .group_by(f.c.jurisdiction_code),
        select(f.c.jurisdiction_code, func.max(d.c.superseded_by))
        .join(d, d.c.id == f.c.doc_id)
        .where(replaced)
        .group_by(f.c.jurisdiction_code),
    )
    out: dict[str, int] = {}
    for q in queries:
        for code, stamp in conn.execute(q):
            if code and stamp is not None:
                out[code] = max(out.get(code, 0), stamp)
    return out


def _fix_changes(conn, since: int, upto: int) -> dict[str, int]:
    """Area code -> newest correction id in (since, upto] of one of its facts."""
    f, c = m.facts, m.corrections
    q = (
        select(f.c.jurisdiction_code, func.max(c.c.id))
        .join(f, f.c.id == c.c.fact_id)
        .where(c.c.id > since, c.c.id <= upto)
        .group_by(f.c.jurisdiction_code)
    )
    return {code: stamp for code, stamp in conn.execute(q) if code}


def note_changes(store: Store) -> Stamp:
    """Record which areas changed since the last call; returns the store version noted.

    Cheap when nothing was stored (two primary-key maxima and one row)."""
    version = store_version(store)
    with store.engine.begin() as conn:
        mark = _mark(conn)
        start = mark if mark is not None else _first_mark(conn, version)
        if mark is not None and mark[0] >= version[0] and mark[1] >= version[1]:
            return version
        docs = _doc_changes(conn, start[0], version[0]) if version[0] > start[0] else {}
        fixes = _fix_changes(conn, start[1], version[1]) if version[1] > start[1] else {}
        codes = sorted(set(docs) | set(fixes))
        have = {
            r.area_code: r
            for r in conn.execute(
                select(m.area_changes).where(m.area_changes.c.area_code.in_(codes))
            )
        }
        for code in codes:
            old = have.get(code)
            stamp = {
                "doc_stamp": max(docs.get(code, 0), old.doc_stamp if old else 0),
                "fix_stamp": max(fixes.get(code, 0), old.fix_stamp if old else 0),
            }
            if old is None:
                conn.execute(sa.insert(m.area_changes).values(area_code=code, **stamp))
            else:
                conn.execute(
                    sa.update(m.area_changes)
                    .where(m.area_changes.c.area_code == code)
                    .values(**stamp)
                )
        values = {"doc_stamp": version[0], "fix_stamp": version[1]}
        if mark is None:
            conn.execute(sa.insert(m.evaluation_marks).values(id=1, **values))
        else:
            conn.execute(
                sa.update(m.evaluation_marks).where(m.evaluation_marks.c.id == 1).values(**values)
            )
    return version


# ---- reading ------------------------------------------------------------------


def _unnoted(store: Store, conn) -> set[str]:
    """Areas touched by documents or corrections newer than the mark (not yet noted)."""
    mark = _mark(conn)
    if mark is None:
        return set()
    return touched_after(store, mark)


# Per store: (mark, version, areas touched after the mark up to at least the version).
_TOUCHED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_TOUCHED_LOCK = threading.Lock()


def touched_after(store: Store, mark: Stamp) -> set[str]:
    """Areas touched by documents or corrections newer than ``mark``.

    While an ingest runs every list and area page asks this of a store a few documents
    newer than the last time: the areas found then are kept and only what was stored
    since is read (the whole span since the mark cost 13 ms at 600 new documents)."""
    version = store_version(store)
    if mark[0] >= version[0] and mark[1] >= version[1]:
        return set()
    with _TOUCHED_LOCK:
        hit = _TOUCHED.get(store)
    if hit is not None and hit[0] == mark and hit[1] == version:
        return set(hit[2])
    if hit is not None and hit[0] == mark and hit[1][0] <= version[0] and hit[1][1] <= version[1]:
        codes = hit[2] | areas_touched_since(store, hit[1])
    else:
        codes = frozenset(areas_touched_since(store, mark))
    with _TOUCHED_LOCK:
        _TOUCHED[store] = (mark, version, frozenset(codes))
    return set(codes)


def _is_current(row, unnoted: set[str], fmt: str) -> bool:
    """Computed by today's code from a store no area change is newer than."""
    return (
        row.format == fmt
        and row.doc_stamp >= (row.changed_doc or 0)
        and row.fix_stamp >= (row.changed_fix or 0)
        and row.area_code not in unnoted
    )


def _record(row, unnoted: set[str], fmt: str, with_detail: bool) -> EvaluationRecord:
    mapping = row._mapping
    current = _is_current(row, unnoted, fmt)
    detail = unpack(row.detail) if with_detail else None
    return EvaluationRecord(
        area_code=row.area_code,
        area_name=row.area_name,
        as_of_key=row.as_of_key,
        plan_doc_id=row.plan_doc_id,
        plan_name=row.plan_name,
        plan_period=row.plan_period,
        as_of=row.as_of,
        counts={k: mapping[k] for k in COUNTS},
        summary_line=row.summary_line,
        cells=mapping.get("cells") or {},
        detail=detail,
        current=current,
    )


def stored_evaluations(
    store: Store,
    fmt: str,
    *,
    codes: Sequence[str] | None = None,
    as_of: int | None = None,
    detail: bool = False,
    cells: bool = True,
) -> dict[str, EvaluationRecord]:
    """The stored evaluations (of ``codes``, else all) as of ``as_of``, by area code,
    each saying whether it is current; with the whole evaluation when ``detail``,
    without the status cells unless ``cells``. Read-only: nothing is noted or computed."""
    e, c = m.area_evaluations, m.area_changes
    left_out = {name for name, keep in (("detail", detail), ("cells", cells)) if not keep}
    left_out.add("computed_at")  # for people reading the table; parsing it costs
    left_out.add("whole")  # one area page's, read by evaluation_whole
    columns = [col for col in e.c if col.name not in left_out]
    q = (
        select(*columns, c.c.doc_stamp.label("changed_doc"), c.c.fix_stamp.label("changed_fix"))
        .select_from(e.outerjoin(c, c.c.area_code == e.c.area_code))
        .where(e.c.as_of_key == as_of_key(as_of))
        .order_by(e.c.area_code)
    )
    if codes is not None:
        q = q.where(e.c.area_code.in_(list(codes)))
    with store.engine.connect() as conn:
        unnoted = _unnoted(store, conn)
        return {r.area_code: _record(r, unnoted, fmt, detail) for r in conn.execute(q)}


def unpack(blob: bytes) -> dict[str, Any]:
    """A stored ``detail``: the whole evaluation as ``AreaEvaluation.to_dict()`` gave it."""
    return json.loads(inflate(blob))


# The first bytes of a zstd frame; a zlib stream (rows stored before round 19) begins
# with 0x78.
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def deflate(data: bytes) -> bytes:
    """A stored evaluation's JSON as stored: zstd at level 1 compresses it in a third of
    the time zlib's level 3 took (0.05 against 0.14 s for 100 areas' detail and whole at
    5,000 documents, a tenth of evaluating them) into a tenth fewer bytes."""
    return zstandard.ZstdCompressor(level=1).compress(data)


def inflate(blob: bytes) -> bytes:
    """What :func:`deflate` stored, or a zlib stream of a row stored before it (``zlib.error``
    or ``zstandard.ZstdError`` when damaged)."""
    if blob[:4] == _ZSTD_MAGIC:
        return zstandard.ZstdDecompressor().decompress(blob)
    return zlib.decompress(blob)


def evaluation_detail(store: Store, code: str, as_of: int | None = None) -> dict[str, Any] | None:
    """The whole stored evaluation of one area (as stored, current or not), or None."""
    e = m.area_evaluations
    q = select(e.c.detail).where(e.c.area_code == code, e.c.as_of_key == as_of_key(as_of))
    with store.engine.connect() as conn:
        blob = conn.execute(q).scalar()
    return None if blob is None else unpack(blob)


def evaluation_whole(
    store: Store, fmt: str, code: str, as_of: int | None = None
) -> tuple[str | None, bool]:
    """(the whole evaluation of one area as stored, or None; whether it is current).

    One primary-key read: what an area page needs instead of computing it."""
    e, c = m.area_evaluations, m.area_changes
    q = (
        select(
            e.c.area_code,
            e.c.format,
            e.c.doc_stamp,
            e.c.fix_stamp,
            e.c.whole,
            c.c.doc_stamp.label("changed_doc"),
            c.c.fix_stamp.label("changed_fix"),
        )
        .select_from(e.outerjoin(c, c.c.area_code == e.c.area_code))
        .where(e.c.area_code == code, e.c.as_of_key == as_of_key(as_of))
    )
    with store.engine.connect() as conn:
        row = conn.execute(q).first()
        if row is None or row.whole is None:
            return None, False
        if _mark(conn) is None:  # no change noted yet: what is newer than the row itself
            unnoted = areas_touched_since(store, (row.doc_stamp, row.fix_stamp))
        else:
            unnoted = _unnoted(store, conn)
        current = _is_current(row, unnoted, fmt)
    try:
        return inflate(row.whole).decode("utf-8"), current
    except (zlib.error, zstandard.ZstdError, UnicodeDecodeError):  # damaged: computed again
        return None, False


# ---- writing ------------------------------------------------------------------


def save_evaluations(
    store: Store, records: Iterable[EvaluationRecord], stamp: Stamp, fmt: str
) -> bool:
    """Store evaluations computed from the store at ``stamp``, replacing older ones.

    Returns False when the store cannot be written (a read-only copy): the caller
    keeps what it computed in memory."""
    rows = [_row(r, stamp, fmt) for r in records]
    if not rows:
        return True
    e = m.area_evaluations
    # The older rows of the same keys dropped by one statement run for every key (a
    # statement built and compiled a key was most of storing a whole store's evaluations).
    drop = sa.delete(e).where(
        e.c.area_code == sa.bindparam("old_code"), e.c.as_of_key == sa.bindparam("old_key")
    )
    keys = sorted({(r["area_code"], r["as_of_key"]) for r in rows})
    try:
        with store.engine.begin() as conn:
            conn.execute(drop, [{"old_code": c, "old_key": k} for c, k in keys])
            conn.execute(sa.insert(e), rows)
    except IntegrityError:
        return True  # another process stored the same evaluations meanwhile
    except OperationalError as exc:
        if "readonly" in str(exc).replace("-", "").lower():
            return False
        raise
    return True


def packed(r: EvaluationRecord) -> EvaluationRecord:
    """``r`` with its detail and whole in their stored form (``packed``) instead of as
    objects: what a worker hands back to the process that stores it (smaller to pass,
    and the JSON and compression made in parallel)."""
    if r.packed is not None:
        return r
    detail = fastjson.dumps(r.detail)  # a tree of plain values (AreaEvaluation.to_dict())
    whole = None if r.whole is None else deflate(r.whole.encode("utf-8"))
    return replace(r, detail=None, whole=None, packed=(deflate(detail), whole))


def _row(r: EvaluationRecord, stamp: Stamp, fmt: str) -> dict[str, Any]:
    stored = packed(r).packed
    assert stored is not None  # packed() fills it
    detail, whole = stored
    return {
        "area_code": r.area_code,
        "as_of_key": r.as_of_key,
        "format": fmt,
        "doc_stamp": stamp[0],
        "fix_stamp": stamp[1],
        "computed_at": datetime.now(UTC),
        "area_name": r.area_name,
        "plan_doc_id": r.plan_doc_id,
        "plan_name": r.plan_name,
        "plan_period": r.plan_period,
        "as_of": r.as_of,
        **{k: int(r.counts.get(k, 0)) for k in COUNTS},
        "summary_line": r.summary_line,
        "cells": r.cells,
        "detail": detail,
        "whole": whole,
    }


def forget_evaluations(store: Store, codes: Sequence[str] | None = None) -> int:
    """Drop the stored evaluations of ``codes`` (all when None): for edits made in place
    (a document's area set again, indicators resolved again). Returns rows dropped."""
    e = m.area_evaluations
    stmt = sa.delete(e) if codes is None else sa.delete(e).where(e.c.area_code.in_(list(codes)))
    with store.engine.begin() as conn:
        return conn.execute(stmt).rowcount or 0


__all__ = [
    "COUNTS",
    "EvaluationRecord",
    "as_of_key",
    "evaluation_detail",
    "evaluation_whole",
    "deflate",
    "forget_evaluations",
    "inflate",
    "note_changes",
    "packed",
    "save_evaluations",
    "stored_evaluations",
    "touched_after",
    "unpack",
]
