"""Where a store's bytes go: each table and index with its size on disk.

Store size is judged against the text it holds (the documents' bytes as read,
``documents.size_bytes``): :func:`space_report` lists every table and index of
the store with its bytes, so a change to the schema can be measured part by
part (``bench/store_size.py`` prints it).

* SQLite: the ``dbstat`` virtual table (compiled into the sqlite3 library that
  Python ships on the platforms planwatch runs on) gives each b-tree's pages;
  FTS5's shadow tables (``search_fts_data`` …) are listed by their own names,
  and the free pages as ``(free pages)``, so the parts add up to the file.
* PostgreSQL: each table of the current schema with its TOAST table (the
  compressed long values) and each index apart, from ``pg_relation_size``.

:func:`column_report` goes one step further for chosen tables: the bytes of each
column's values as the backend stores them (what a narrower column or a code in place
of a repeated string would save), so a table's size splits into its columns and what
rows and pages cost around them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from planwatch.core.errors import StoreError


@dataclass(frozen=True, slots=True)
class SpacePart:
    """One table or index and the bytes it takes."""

    name: str
    kind: str  # table | index | free
    table: str  # the table it belongs to (itself for a table)
    bytes: int


@dataclass(frozen=True, slots=True)
class SpaceReport:
    """A store's size by part, and the bytes of text it holds."""

    parts: tuple[SpacePart, ...]  # largest first
    text_bytes: int  # sum of documents.size_bytes, every stored version
    documents: int

    @property
    def total(self) -> int:
        return sum(p.bytes for p in self.parts)

    def over_text(self, part_bytes: int | None = None) -> float:
        """Bytes (the whole store's by default) over the text held; 0 for an empty store."""
        if not self.text_bytes:
            return 0.0
        return (self.total if part_bytes is None else part_bytes) / self.text_bytes


_SQLITE_PARTS = """
SELECT d.name, coalesce(s.type, 'table'), coalesce(s.tbl_name, d.name), sum(d.pgsize)
FROM dbstat d LEFT JOIN sqlite_schema s ON s.name = d.name
GROUP BY d.name
"""

# The tables of the current schema (heap with TOAST, each) and their indexes.
_PG_PARTS = """
SELECT c.relname,
       CASE c.relkind WHEN 'i' THEN 'index' ELSE 'table' END,
       coalesce(t.relname, c.relname),
       CASE c.relkind WHEN 'i' THEN pg_relation_size(c.oid)
            ELSE pg_table_size(c.oid) END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_index i ON i.indexrelid = c.oid
LEFT JOIN pg_class t ON t.oid = i.indrelid
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm', 'i')
"""


def space_report(engine: Engine) -> SpaceReport:
    """The store's tables and indexes with their bytes, and the text it holds."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            rows = conn.exec_driver_sql(_PG_PARTS).all()
            free = 0
        else:
            try:
                rows = conn.exec_driver_sql(_SQLITE_PARTS).all()
            except OperationalError as exc:  # a sqlite3 library built without dbstat
                raise StoreError(f"cannot measure this store's parts: {exc.orig}") from exc
            page = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
            free = conn.exec_driver_sql("PRAGMA freelist_count").scalar_one() * page
        text_bytes, documents = conn.exec_driver_sql(
            "SELECT coalesce(sum(size_bytes), 0), count(*) FROM documents"
        ).one()
    parts = [SpacePart(name, kind, table, int(size)) for name, kind, table, size in rows]
    if free:
        parts.append(SpacePart("(free pages)", "free", "", free))
    parts.sort(key=lambda p: (-p.bytes, p.name))
    return SpaceReport(tuple(parts), int(text_bytes), int(documents))


@dataclass(frozen=True, slots=True)
class ColumnPart:
    """One column of a table: the bytes its values take as stored, over ``rows`` rows."""

    table: str
    column: str
    bytes: int
    rows: int


# SQLite's record format: an integer takes 0 (0 and 1), 1, 2, 3, 4, 6 or 8 bytes by its
# magnitude, a real 8 (one without a fraction, in a REAL column, is written as an
# integer), text and blobs their bytes (https://sqlite.org/fileformat.html, "Record
# Format"); the header's one or two bytes a column are left to the rows' overhead, and an
# INTEGER PRIMARY KEY (the rowid) is counted as the integer it is.
_SQLITE_INT = (
    "CASE WHEN {c} IN (0, 1) THEN 0 WHEN {c} BETWEEN -128 AND 127 THEN 1"
    " WHEN {c} BETWEEN -32768 AND 32767 THEN 2 WHEN {c} BETWEEN -8388608 AND 8388607 THEN 3"
    " WHEN {c} BETWEEN -2147483648 AND 2147483647 THEN 4"
    " WHEN {c} BETWEEN -140737488355328 AND 140737488355327 THEN 6 ELSE 8 END"
)
_SQLITE_VALUE = (
    "CASE typeof({c}) WHEN 'text' THEN length(CAST({c} AS BLOB)) WHEN 'blob' THEN length({c})"
    " WHEN 'real' THEN CASE WHEN {c} = CAST({c} AS INTEGER)"
    " AND abs({c}) < 140737488355328 THEN " + _SQLITE_INT + " ELSE 8 END"
    " WHEN 'integer' THEN " + _SQLITE_INT + " ELSE 0 END"
)


def column_report(engine: Engine, tables: Sequence[str]) -> tuple[ColumnPart, ...]:
    """Each column of ``tables`` with the bytes of its values (SQLite: as its record
    format stores them; PostgreSQL: ``pg_column_size``, after compression), largest
    first within each table. A full scan of each table: for measuring, not serving."""
    out: list[ColumnPart] = []
    names = inspect(engine)
    with engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        for table in tables:
            columns = [c["name"] for c in names.get_columns(table)]
            if not columns:
                continue
            sizes = [
                f"coalesce(sum(pg_column_size({q})), 0)"
                if pg
                else f"coalesce(sum({_SQLITE_VALUE.format(c=q)}), 0)"
                for q in (f'"{c}"' for c in columns)
            ]
            row = conn.exec_driver_sql(f'SELECT count(*), {", ".join(sizes)} FROM "{table}"').one()
            parts = [ColumnPart(table, c, int(b), int(row[0])) for c, b in zip(columns, row[1:])]
            out.extend(sorted(parts, key=lambda p: (-p.bytes, p.column)))
    return tuple(out)


__all__ = ["ColumnPart", "SpacePart", "SpaceReport", "column_report", "space_report"]
