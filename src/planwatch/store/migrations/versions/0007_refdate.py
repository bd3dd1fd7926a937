"""documents: reference date and the evidence of the description

Revision ID: refdate
Revises: userset

The describe stage decides a document's reference date (when it was delivered
or published, YYYY / YYYY-MM / YYYY-MM-DD) and records why it decided genre
and date (Evidence records as JSON). Rows written before have neither (NULL).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "refdate"
down_revision: str | Sequence[str] | None = "userset"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference_date", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("evidence", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("evidence")
        batch_op.drop_column("reference_date")
