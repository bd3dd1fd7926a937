"""the store as a dataset: indicators table, facts_view

Revision ID: views
Revises: 0004

A store should open usefully in Datasette, sqlite-utils, DuckDB or pandas without
planwatch's code: ``indicators`` holds the catalog (filled when a store is opened, see
store/catalog_sync.py), and ``facts_view`` shows each fact with its document, area,
indicator name and category, and the characters of its value and quote. The SQL is
plain and runs on SQLite and PostgreSQL alike (``"end"`` is quoted: a PostgreSQL keyword;
``substr`` counts characters on both). docs/schema.md documents every column.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "views"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS_VIEW = """
CREATE VIEW facts_view AS
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
    substr(t.text, f.start + 1, f."end" - f.start) AS value_text,
    substr(t.text, f.quote_start + 1, f.quote_end - f.quote_start) AS quote,
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
JOIN texts t ON t.doc_id = f.doc_id
LEFT JOIN indicators i ON i.id = f.indicator_id
"""


def upgrade() -> None:
    op.create_table(
        "indicators",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=True),
        sa.Column("measure", sa.String(length=8), nullable=False),
        sa.Column("core", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
    )
    op.execute(FACTS_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW facts_view")
    op.drop_table("indicators")
