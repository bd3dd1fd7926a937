"""A store copied into one new SQLite file: the dataset to hand on.

A SQLite store already is such a file, but a PostgreSQL store is not, and a SQLite file
being written by an ingest is best copied whole at one moment. The copy has the full
schema (migrations, views, the ``indicators`` table) and every row, read in one
transaction of the source and written in one transaction of the copy, so it is
consistent; it is written beside the target and renamed at the end, so a failed copy
leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from planwatch.core.errors import UsageError
from planwatch.store import models as m
from planwatch.store.db import open_engine
from planwatch.store.search_index import index_stored_documents
from planwatch.store.textcodec import pack

# Parents before children; ``documents.superseded_by`` points forward, so foreign keys
# are checked at commit (defer_foreign_keys) rather than row by row.
TABLES = (
    m.areas,
    m.documents,
    m.text_dicts,  # before the texts packed with them (copied as they are)
    m.texts,
    m.structures,
    m.headings,
    m.facts,
    m.corrections,
    m.recovered_tables,
)
BATCH = 500


def copy_to_sqlite(
    source: Engine,
    path: Path,
    extra: dict[str, tuple[Sequence[str], Iterable[dict[str, Any]]]] | None = None,
) -> dict[str, int]:
    """Copy every row of the store at ``source`` into a new SQLite file; rows per table.

    The full-text index is rebuilt in the copy from the copied sentences. ``extra``
    adds tables of derived rows (name -> (columns, rows)), such as ``evaluations``.
    """
    path = Path(path)
    if path.exists():
        raise UsageError(f"{path}: the file exists; name a new file or delete it first")
    if not path.parent.is_dir():
        raise UsageError(f"{path}: folder {path.parent} does not exist; create it first")
    part = path.with_name(path.name + ".part")
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        leftover.unlink(missing_ok=True)
    target = open_engine(f"sqlite:///{part}")
    counts: dict[str, int] = {}
    try:
        with source.connect() as src, target.begin() as dst:
            dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            for table in TABLES:
                rows = src.execution_options(yield_per=BATCH).execute(select(table))
                counts[table.name] = 0
                for chunk in rows.partitions():
                    records = [dict(r._mapping) for r in chunk]
                    if table is m.texts:
                        records = [_packed(r) for r in records]
                    dst.execute(insert(table), records)
                    counts[table.name] += len(chunk)
            index_stored_documents(dst)
            for name, (columns, records) in (extra or {}).items():
                counts[name] = _write_table(dst, name, columns, records)
    except BaseException:
        target.dispose()
        part.unlink(missing_ok=True)
        raise
    target.dispose()  # the last connection closed: the WAL is merged into the file
    part.replace(path)
    return counts


def _packed(row: dict[str, Any]) -> dict[str, Any]:
    """A ``texts`` row as SQLite stores it: compressed (a PostgreSQL store's is plain)."""
    if row.get("text") is None:
        return row
    return {**row, "text": None, "ztext": pack(row["text"])}


def _write_table(conn, name: str, columns: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    """A table of derived rows in the copy: SQLite columns without declared types."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn.exec_driver_sql(f'CREATE TABLE "{name}" ({quoted})')
    sql = f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
    rows = [tuple(r.get(c) for c in columns) for r in records]
    if rows:
        conn.exec_driver_sql(sql, rows)
    return len(rows)
