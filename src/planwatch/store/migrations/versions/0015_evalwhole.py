"""whole evaluations kept for the area pages

Revision ID: evalwhole
Revises: ztext

``area_evaluations.whole`` holds the whole evaluation (every row with its facts,
as :mod:`planwatch.evaluate.codec` writes it, zlib-compressed JSON) so an area page
reads it instead of computing it in the request. Rows stored before this column
have none: their area page computes the evaluation once, as before.

``ix_documents_current`` (superseded_by, area_code, n_facts) answers the overview's
counts of current documents and facts per area from the index alone.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "evalwhole"
down_revision: str | Sequence[str] | None = "ztext"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("area_evaluations") as batch:
        batch.add_column(sa.Column("whole", sa.LargeBinary(), nullable=True))
    op.create_index("ix_documents_current", "documents", ["superseded_by", "area_code", "n_facts"])


def downgrade() -> None:
    op.drop_index("ix_documents_current", table_name="documents")
    with op.batch_alter_table("area_evaluations") as batch:
        batch.drop_column("whole")
