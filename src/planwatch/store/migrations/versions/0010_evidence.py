"""evidence on facts: which words decided a fact's kind and year

Revision ID: evidence
Revises: readindex

A nullable Text column holding compact JSON (``planwatch.core.evidence``); rows
written before have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "evidence"
down_revision: str | Sequence[str] | None = "readindex"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("evidence", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("evidence")
