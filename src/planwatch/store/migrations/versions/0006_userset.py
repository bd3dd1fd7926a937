"""documents.user_set: the metadata fields the user set

Revision ID: userset
Revises: views

The fields of a document's metadata that the user set (--area/--type/--year/
--published, a metadata.csv row, a correction) rather than detection found:
their names, comma-separated (area,type). NULL when detection decided all.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "userset"
down_revision: str | Sequence[str] | None = "views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_set", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("user_set")
