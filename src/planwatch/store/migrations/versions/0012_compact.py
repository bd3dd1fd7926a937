"""the sentence index without a second copy of the text

Revision ID: compact
Revises: fts

SQLite: ``search_fts`` again with ``columnsize=0`` (no per-row size table; bm25
still ranks) and no index on ``search_spans (doc_id, start)``, which no query
uses (searches join documents by their key; documents are never deleted, so
the foreign key's cascade never scans). PostgreSQL: ``search_sentences`` loses
its copy of each sentence; the snippet is cut from ``texts`` by the span. Both
described in ``planwatch.store.search_index``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "compact"
down_revision: str | Sequence[str] | None = "fts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    " tokens, content = '', columnsize = {cs}, tokenize = 'unicode61 remove_diacritics 0')"
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("ALTER TABLE search_sentences DROP COLUMN text")
        return
    op.execute("DROP INDEX IF EXISTS ix_search_spans_doc")
    _rebuild(columnsize=0)


def _rebuild(columnsize: int) -> None:
    """The FTS5 table anew, filled again from the stored texts and sentences."""
    from planwatch.store.search_index import index_stored_documents

    op.execute("DROP TABLE search_fts")
    op.execute("DELETE FROM search_spans")
    op.execute(_FTS.format(cs=columnsize))
    index_stored_documents(op.get_bind())


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("ALTER TABLE search_sentences ADD COLUMN text TEXT NOT NULL DEFAULT ''")
        op.execute(
            'UPDATE search_sentences s SET text = substr(t.text, s.start + 1, s."end" - s.start)'
            " FROM texts t WHERE t.doc_id = s.doc_id"
        )
        return
    op.execute("CREATE INDEX ix_search_spans_doc ON search_spans (doc_id, start)")
    _rebuild(columnsize=1)
