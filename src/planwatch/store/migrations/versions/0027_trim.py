"""headings keyed by their document and place; SQLite's facts index without a second id

Revision ID: trim
Revises: blocks

``headings`` had an ``id`` no reader uses and an index ``ix_headings_doc_ordinal``
(``doc_id``, ``ordinal``), the only way it is read (``Store.load``, a document's outline
in order). Its primary key is now (``doc_id``, ``ordinal``), and on SQLite the table is
kept in that key's order (``WITHOUT ROWID``): the rows are the index, no second copy of
the key, no id (at 5,000 generated documents 0.027 -> 0.018 of the text's bytes). On
PostgreSQL the primary key's index takes the old index's place.

SQLite ends every index with the row's id, so ``ix_facts_doc_span (doc_id, start, end,
id)`` held each fact's id twice; it is now (``doc_id``, ``start``, ``end``) there, and
orders and seeks (``after=``) by the four columns as before (0.029 -> 0.023).
PostgreSQL's index keeps ``id`` (its indexes do not end with the key).

JSON columns written through SQLAlchemy (``documents.evidence``,
``area_evaluations.cells``) were escaped (``\\u5730``: 6 bytes a Chinese character
instead of 3) with spaces after every comma and colon; planwatch now writes them
compact with the characters as they are (``planwatch.core.fastjson.compact``, the form
the readers' tables already had) and the stored rows are rewritten so: the same values
read back (on 236 development documents with their evaluations, 0.18 of the text's
bytes).

Downgrade: the JSON stays compact (every reader reads both forms); ``headings`` numbered again in (``doc_id``, ``ordinal``) order with its id
and index, and SQLite's facts index with ``id``.
"""

import json
from collections.abc import Sequence

from alembic import op

revision: str = "trim"
down_revision: str | Sequence[str] | None = "blocks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    'doc_id, ordinal, level, marker, title, start, "end", section_start, section_end, title_at'
)
_BODY = (
    "doc_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, level INTEGER NOT NULL, "
    "marker VARCHAR(32) NOT NULL, title TEXT, start INTEGER NOT NULL, "
    '"end" INTEGER NOT NULL, section_start INTEGER NOT NULL, section_end INTEGER NOT NULL, '
    "title_at INTEGER, CONSTRAINT fk_headings_doc_id_documents FOREIGN KEY(doc_id) "
    "REFERENCES documents (id) ON DELETE CASCADE"
)
_KEYED = (
    f"CREATE TABLE headings_new ({_BODY}, "
    "CONSTRAINT pk_headings PRIMARY KEY (doc_id, ordinal)) WITHOUT ROWID"
)
_NUMBERED = (
    f"CREATE TABLE headings_new (id INTEGER NOT NULL, {_BODY}, "
    "CONSTRAINT pk_headings PRIMARY KEY (id))"
)


def _sqlite_headings(create: str, columns: str, select: str) -> None:
    """``headings`` written anew as ``create`` makes it, from the old rows as ``select``
    gives them (in key order: the new table's pages are written in sequence, densely)."""
    op.execute(create)
    op.execute(f"INSERT INTO headings_new ({columns}) {select} ORDER BY doc_id, ordinal")
    op.execute("DROP TABLE headings")
    op.execute("ALTER TABLE headings_new RENAME TO headings")


def _facts_index(columns: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_facts_doc_span")
    op.execute(f"CREATE INDEX ix_facts_doc_span ON facts ({columns})")


_JSON_COLUMNS = (
    ("documents", ("id",), "evidence"),
    ("area_evaluations", ("area_code", "as_of_key"), "cells"),
)
_CHUNK = 2_000  # rows read at a time


def _compact(table: str, key: tuple[str, ...], column: str) -> None:
    """Every value of a JSON column written again in the compact form."""
    from planwatch.core.fastjson import compact

    conn = op.get_bind()
    pg = conn.dialect.name == "postgresql"
    mark = "%s" if pg else "?"
    where = " AND ".join(f"{k} = {mark}" for k in key)
    order = ", ".join(key)
    value = f"CAST({mark} AS json)" if pg else mark
    cast = f"CAST({column} AS text)" if pg else column
    offset = 0
    while rows := conn.exec_driver_sql(
        f"SELECT {order}, {cast} FROM {table} WHERE {column} IS NOT NULL"
        f" ORDER BY {order} LIMIT {_CHUNK} OFFSET {offset}"
    ).all():
        offset += len(rows)
        changed = []
        for *ids, raw in rows:
            new = compact(json.loads(raw))
            if new != raw:
                changed.append((new, *ids))
        if changed:
            conn.exec_driver_sql(f"UPDATE {table} SET {column} = {value} WHERE {where}", changed)


def upgrade() -> None:
    for table, key, column in _JSON_COLUMNS:
        _compact(table, key, column)
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_headings(_KEYED, _COLUMNS, f"SELECT {_COLUMNS} FROM headings")
        _facts_index('doc_id, start, "end"')
        return
    op.execute("DROP INDEX IF EXISTS ix_headings_doc_ordinal")
    op.execute("ALTER TABLE headings DROP CONSTRAINT pk_headings")
    op.execute("ALTER TABLE headings DROP COLUMN id")
    op.execute("ALTER TABLE headings ADD CONSTRAINT pk_headings PRIMARY KEY (doc_id, ordinal)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_headings(
            _NUMBERED,
            f"id, {_COLUMNS}",
            f"SELECT row_number() OVER (ORDER BY doc_id, ordinal), {_COLUMNS} FROM headings",
        )
        op.execute("CREATE INDEX ix_headings_doc_ordinal ON headings (doc_id, ordinal)")
        _facts_index('doc_id, start, "end", id')
        return
    op.execute("ALTER TABLE headings DROP CONSTRAINT pk_headings")
    op.execute("ALTER TABLE headings ADD COLUMN id SERIAL")
    op.execute(
        "UPDATE headings h SET id = n.k FROM (SELECT doc_id, ordinal, "
        "row_number() OVER (ORDER BY doc_id, ordinal) AS k FROM headings) n "
        "WHERE h.doc_id = n.doc_id AND h.ordinal = n.ordinal"
    )
    op.execute(
        "SELECT setval(pg_get_serial_sequence('headings', 'id'), "
        "coalesce((SELECT max(id) FROM headings), 0) + 1, false)"
    )
    op.execute("ALTER TABLE headings ADD CONSTRAINT pk_headings PRIMARY KEY (id)")
    op.execute("CREATE INDEX ix_headings_doc_ordinal ON headings (doc_id, ordinal)")
