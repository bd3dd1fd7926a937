"""recovered indicator tables

Revision ID: tables
Revises: refdate

The table extractor's reading of each indicator table (columns with their
meaning, rows of cells with the fact each became, or why a table found was
not read) is stored at ingest, so that ``planwatch tables`` and the document
page show it without extracting again. Documents stored before have no rows
here until they are ingested again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "tables"
down_revision: str | Sequence[str] | None = "refdate"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recovered_tables",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("layout", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_recovered_tables_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovered_tables")),
    )
    with op.batch_alter_table("recovered_tables", schema=None) as batch_op:
        batch_op.create_index("ix_recovered_tables_doc", ["doc_id", "ordinal"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recovered_tables", schema=None) as batch_op:
        batch_op.drop_index("ix_recovered_tables_doc")
    op.drop_table("recovered_tables")
