"""store.db.read_snapshot: reads on one connection see one moment of the store, while
another connection writes between them (the compare page's rows and counts agree)."""

from __future__ import annotations

from sqlalchemy import func, select

from planwatch.store import models as m
from planwatch.store.db import read_snapshot
from planwatch.store.repo import open_store


def _add_area(engine, code: str) -> None:
    with engine.begin() as conn:
        conn.execute(m.areas.insert().values(code=code, name=f"测试区{code}", level="county"))


def _count(conn) -> int:
    return conn.execute(select(func.count()).select_from(m.areas)).scalar_one()


def test_a_write_between_two_reads_is_not_seen_inside_the_snapshot(db_url):
    store = open_store(db_url)
    _add_area(store.engine, "990001")
    with read_snapshot(store.engine) as conn:
        before = _count(conn)
        _add_area(store.engine, "990002")  # another connection commits meanwhile
        assert _count(conn) == before
    with store.engine.connect() as conn:
        assert _count(conn) == before + 1  # committed, and seen once the snapshot is over


def test_without_a_snapshot_the_second_read_sees_the_write(db_url):
    # What read_snapshot guards against: each read on its own sees the newest rows.
    store = open_store(db_url)
    with store.engine.connect() as conn:
        before = _count(conn)
        _add_area(store.engine, "990003")
        assert _count(conn) == before + 1
