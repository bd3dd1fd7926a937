"""A store copied into one new SQLite file: the dataset to hand on.

A SQLite store already is such a file, but a PostgreSQL store is not, and a SQLite file
being written by an ingest is best copied whole at one moment. The copy has the full
schema (migrations, views, the ``indicators`` table) and every row, read in one
transaction of the source and written in one transaction of the copy, so it is
consistent; it is written beside the target and renamed at the end, so a failed copy
leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from planwatch.core.errors import UsageError
from planwatch.store import models as m
from planwatch.store.db import open_engine

# Parents before children; ``documents.superseded_by`` points forward, so foreign keys
# are checked at commit (defer_foreign_keys) rather than row by row.
TABLES = (m.areas, m.documents, m.texts, m.structures, m.headings, m.facts, m.corrections)
BATCH = 500


def copy_to_sqlite(source: Engine, path: Path) -> dict[str, int]:
    """Copy every row of the store at ``source`` into a new SQLite file; rows per table."""
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
                    dst.execute(insert(table), [dict(r._mapping) for r in chunk])
                    counts[table.name] += len(chunk)
    except BaseException:
        target.dispose()
        part.unlink(missing_ok=True)
        raise
    target.dispose()  # the last connection closed: the WAL is merged into the file
    part.replace(path)
    return counts
