"""the store as a dataset: the indicators table (and, with it, the views)

Revision ID: views
Revises: 0004

A store should open usefully in Datasette, sqlite-utils, DuckDB or pandas without
planwatch's code: ``indicators`` holds the catalog (filled when a store is opened, see
store/catalog_sync.py), and ``facts_view`` shows each fact with its document, area,
indicator name and category. The views themselves are not created here: they are
derived objects that SQLite's table rebuilds (batch ALTER) and PostgreSQL's column
changes refuse to work around, so store/db.upgrade drops them before any migration and
creates them again after (store/views.py). docs/schema.md documents every column.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "views"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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


def downgrade() -> None:
    op.drop_table("indicators")
