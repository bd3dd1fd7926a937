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
"""

from __future__ import annotations

from dataclasses import dataclass

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


__all__ = ["SpacePart", "SpaceReport", "space_report"]
