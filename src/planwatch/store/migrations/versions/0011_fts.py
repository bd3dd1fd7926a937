"""full-text index of sentences

Revision ID: fts
Revises: evidence

SQLite: an FTS5 table ``search_fts`` over the sentences' bigram tokens.
PostgreSQL: ``search_sentences`` with a ``tsvector`` and a GIN index. Both
are described in ``planwatch.store.search_index``; the documents already
stored are indexed here, from their stored texts and sentence spans.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "fts"
down_revision: str | Sequence[str] | None = "evidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE search_sentences ("
            " id BIGSERIAL PRIMARY KEY,"
            " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            ' start INTEGER NOT NULL, "end" INTEGER NOT NULL,'
            # The default: the index is written without the text since migration compact,
            # which drops the column (documents stored before are indexed here).
            " text TEXT NOT NULL DEFAULT '', tsv TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_search_sentences_tsv ON search_sentences USING GIN (tsv)")
        op.execute("CREATE INDEX ix_search_sentences_doc ON search_sentences (doc_id, start)")
    else:
        # The spans in a plain table, the tokens in a contentless FTS5 index keyed by
        # the span's id: neither the sentence nor its tokens are stored twice (the
        # snippet is cut from the document's text by its span).
        op.execute(
            "CREATE TABLE search_spans ("
            " id INTEGER PRIMARY KEY,"
            " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            ' start INTEGER NOT NULL, "end" INTEGER NOT NULL)'
        )
        op.execute("CREATE INDEX ix_search_spans_doc ON search_spans (doc_id, start)")
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            " tokens, content = '', tokenize = 'unicode61 remove_diacritics 0')"
        )
    _index_stored_documents(conn)


def _index_stored_documents(conn: sa.engine.Connection) -> None:
    from planwatch.store.search_index import index_stored_documents

    index_stored_documents(conn, tsvector=True)  # the column this migration made


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_sentences")
    else:
        op.execute("DROP TABLE search_fts")
        op.execute("DROP TABLE search_spans")
