"""The store's SQL views: readable rows for other tools (docs/schema.md documents them).

Views are derived: they hold no data, so they are dropped before migrations run and
created again after (store/db.upgrade), which lets a migration rebuild or alter the
tables beneath them on SQLite (batch ALTER copies and renames tables, which SQLite
refuses while a view names a missing table) and on PostgreSQL (which refuses to change
a column a view uses). To change a view, edit it here and add a migration (even an
empty one) so that existing stores recreate it.

The SQL is plain and runs on SQLite and PostgreSQL alike (``"end"`` is quoted: a
PostgreSQL keyword), so that any client reads the views. They hold no characters of
the text: since migration ``spans`` a fact keeps only the offsets of its value and
quote, and the texts are stored compressed (store/textcodec.py), which plain SQL cannot
read (a SQL function that unpacks them would make every client without it fail on the
view, even on its other columns). docs/schema.md shows the SQL that cuts a quote
through planwatch's ``planwatch_text``.
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

FACTS_VIEW = """
SELECT
    f.id AS fact_id,
    f.doc_id AS doc_id,
    d.name AS document,
    d.path AS document_path,
    d.doc_type AS document_type,
    d.superseded_by IS NULL AS is_current,
    f.jurisdiction AS area,
    f.jurisdiction_code AS area_code,
    COALESCE(i.name, f.indicator) AS indicator,
    f.indicator_id AS indicator_id,
    f.indicator AS indicator_as_written,
    i.category AS category,
    f.kind AS kind,
    f.measure AS measure,
    f.year AS year,
    f.period_start AS period_start,
    f.value AS value,
    f.unit AS unit,
    f.comparator AS comparator,
    f.binding AS binding,
    f.canonical_value AS canonical_value,
    f.canonical_unit AS canonical_unit,
    f.start AS value_start,
    f."end" AS value_end,
    f.quote_start AS quote_start,
    f.quote_end AS quote_end,
    f.origin AS origin,
    EXISTS (
        SELECT 1 FROM corrections c WHERE c.fact_id = f.id AND c.field IS NOT NULL
    ) AS corrected,
    EXISTS (SELECT 1 FROM corrections c WHERE c.fact_id = f.id AND c.wrong) AS marked_wrong
FROM facts f
JOIN documents d ON d.id = f.doc_id
LEFT JOIN indicators i ON i.id = f.indicator_id
"""

VIEWS = {"facts_view": FACTS_VIEW}


def drop_views(conn: Connection) -> None:
    for name in VIEWS:
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")


def create_views(conn: Connection) -> None:
    """Create the views that do not exist yet."""
    have = set(inspect(conn).get_view_names())
    for name, sql in VIEWS.items():
        if name not in have:
            conn.exec_driver_sql(f"CREATE VIEW {name} AS {sql}")


def ensure_views(engine) -> None:
    """Views present on a store already at the newest schema (one made before them)."""
    with engine.connect() as conn:
        if set(VIEWS) <= set(inspect(conn).get_view_names()):
            return
    try:
        with engine.begin() as conn:
            create_views(conn)
    except SQLAlchemyError as exc:  # another process created them in between
        log.info("views not created here: %s", exc)
