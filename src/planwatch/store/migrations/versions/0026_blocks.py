"""SQLite's sentence spans 15 to a row (search_blocks)

Revision ID: blocks
Revises: evalrefs

SQLite kept a ``search_spans`` row for every indexed sentence (its id the FTS5 rowid,
its document, start and end): 0.150x the bytes of the text the store holds, most of it
each row's own header and key. ``search_blocks`` keeps a document's sentences 15 to a
row, each as two 12-bit fields of integer columns (its offset from the block's start
and its length; ``planwatch.store.search_index.pack_blocks``); a sentence's FTS5 rowid
becomes its block's id times 16 plus its place, so the FTS5 index is filled again, in
the order of the old ids (search results and their order are unchanged). Each sentence is indexed
without a run's last character where a bigram of the sentence begins with it
(``search_index.stored_tokens``), and the index is merged into one segment.

PostgreSQL keeps its rows: rows written from now on leave out the same lone
characters, older rows keep them, and both are read alike (a row is deleted by its
document, not by its tokens).

The downgrade writes ``search_spans`` back (ids numbered anew in the same order) with
every token, as the code before it deletes them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "blocks"
down_revision: str | Sequence[str] | None = "evalrefs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BLOCKS = (
    "CREATE TABLE search_blocks (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL "
    "REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "
    '"end" INTEGER, at0 INTEGER NOT NULL, at1 INTEGER NOT NULL, at2 INTEGER NOT NULL, '
    "len0 INTEGER NOT NULL, len1 INTEGER NOT NULL, len2 INTEGER NOT NULL)"
)
_SPANS = (
    "CREATE TABLE search_spans (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL "
    'REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL)'
)
_CHUNK = 50_000  # old rows read at a time


def _runs(conn: sa.engine.Connection, sql: str, spans_of):
    """(doc_id, [(start, end), ...]) of each run of one document's rows in id order:
    ``sql`` reads the rows (id, doc_id, ...) after id ``:last``, ``:n`` at a time, and
    ``spans_of(row)`` gives a row's spans."""
    last, doc, spans = -1, None, []
    while rows := conn.execute(sa.text(sql), {"last": last, "n": _CHUNK}).all():
        for row in rows:
            if row[1] != doc and spans:
                yield doc, spans
                spans = []
            doc = row[1]
            spans.extend(spans_of(row))
        last = rows[-1][0]
    if spans:
        yield doc, spans


def _rebuild(conn: sa.engine.Connection, runs, blocks: bool) -> None:
    """Index each run's sentences again from its document's stored text: as blocks, or
    (``blocks`` false) as ``search_spans`` rows with every token."""
    from planwatch.store.search_index import fts_tokens, index_tokens, write_rows, write_spans
    from planwatch.store.textcodec import stored_text
    from planwatch.store.textdicts import load

    load(conn)  # the dictionaries the texts are packed with
    for doc_id, spans in runs:
        row = conn.execute(
            sa.text("SELECT text, ztext FROM texts WHERE doc_id = :d"), {"d": doc_id}
        ).one()
        text = stored_text(row[0], None if row[1] is None else bytes(row[1])) or ""
        if blocks:
            write_rows(conn, doc_id, [(s, e, fts_tokens(text[s:e])) for s, e in spans])
        else:
            rows = [(s, e, " ".join(index_tokens(text[s:e]))) for s, e in spans]
            write_spans(conn, doc_id, rows)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    op.execute(_BLOCKS)
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    sql = 'SELECT id, doc_id, start, "end" FROM search_spans WHERE id > :last ORDER BY id LIMIT :n'
    _rebuild(conn, _runs(conn, sql, lambda r: [(r[2], r[3])]), blocks=True)
    op.execute("DROP TABLE search_spans")
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from planwatch.store.search_index import block_spans

    op.execute(_SPANS)
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    sql = (
        'SELECT id, doc_id, start, "end", at0, at1, at2, len0, len1, len2 FROM search_blocks'
        " WHERE id > :last ORDER BY id LIMIT :n"
    )
    _rebuild(conn, _runs(conn, sql, lambda r: block_spans(r[2], r[3], r[4:])), blocks=False)
    op.execute("DROP TABLE search_blocks")
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
