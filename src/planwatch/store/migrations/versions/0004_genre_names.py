"""genre names of GOLD_SPEC: documents.doc_type values renamed

Revision ID: 0004
Revises: 0003

DocType's values became the genre names of the gold files (plan_outline,
communique, work_report_news …) so a document's genre scores against gold as
stored. Rows written before keep their meaning under the new names.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RENAMED = {
    "five_year_plan": "plan_outline",
    "statistical_communique": "communique",
    "news": "work_report_news",
}


def upgrade() -> None:
    documents = sa.table("documents", sa.column("doc_type", sa.String))
    for old, new in _RENAMED.items():
        op.execute(documents.update().where(documents.c.doc_type == old).values(doc_type=new))


def downgrade() -> None:
    documents = sa.table("documents", sa.column("doc_type", sa.String))
    for old, new in _RENAMED.items():
        op.execute(documents.update().where(documents.c.doc_type == new).values(doc_type=old))
