"""PostgreSQL's sentence index rows without a foreign key to their document

Revision ID: nofk
Revises: pack

PostgreSQL: ``search_sentences`` loses its foreign key to ``documents``. Ingest writes
a document's sentences in the transaction that inserts the document, and the key
was checked once per row: about 0.26 s of the server's 1.76 s CPU per 3 MB ingested
(bench/scale_bench.py, set-up ``pg``). Documents are never deleted (a new version
supersedes the old one); the one path that removes a document's sentences
(``store.replace``, deriving a document again) deletes them by ``doc_id`` itself,
as it does on SQLite, whose ``search_spans`` never had the key.

SQLite: nothing changes.

The downgrade removes any row whose document is gone and puts the key back.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "nofk"
down_revision: str | Sequence[str] | None = "pack"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _foreign_keys(conn) -> list[str]:
    return (
        conn.exec_driver_sql(
            "SELECT conname FROM pg_constraint"
            " WHERE conrelid = 'search_sentences'::regclass AND contype = 'f'"
        )
        .scalars()
        .all()
    )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name in _foreign_keys(conn):
        op.execute(f'ALTER TABLE search_sentences DROP CONSTRAINT "{name}"')


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql" or _foreign_keys(conn):
        return
    op.execute(
        "DELETE FROM search_sentences s WHERE NOT EXISTS"
        " (SELECT 1 FROM documents d WHERE d.id = s.doc_id)"
    )
    op.execute(
        "ALTER TABLE search_sentences ADD CONSTRAINT search_sentences_doc_id_fkey"
        " FOREIGN KEY (doc_id) REFERENCES documents(id) ON DELETE CASCADE"
    )
