"""read indexes: fact listings ordered and filtered in SQL

Revision ID: readindex
Revises: tables

Fact listings page in SQL (ORDER BY doc_id, start, end, id with LIMIT and
OFFSET): one index in exactly that order lets a page read only its rows.
Listing an area's facts by name and by code each has its own index; the
code index is ordered like the listing, so an area's page needs no sort.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "readindex"
down_revision: str | Sequence[str] | None = "tables"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_facts_doc_start", table_name="facts")
    op.create_index("ix_facts_doc_span", "facts", ["doc_id", "start", "end", "id"])
    op.create_index("ix_facts_jurisdiction", "facts", ["jurisdiction", "doc_id", "start"])
    op.create_index("ix_facts_area_doc", "facts", ["jurisdiction_code", "doc_id", "start"])
    op.create_index("ix_documents_superseded_by", "documents", ["superseded_by"])


def downgrade() -> None:
    op.drop_index("ix_documents_superseded_by", table_name="documents")
    op.drop_index("ix_facts_area_doc", table_name="facts")
    op.drop_index("ix_facts_jurisdiction", table_name="facts")
    op.drop_index("ix_facts_doc_span", table_name="facts")
    op.create_index("ix_facts_doc_start", "facts", ["doc_id", "start"])
