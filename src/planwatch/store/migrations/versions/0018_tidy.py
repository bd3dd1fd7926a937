"""one index for an indicator's facts; PostgreSQL's texts packed, its sentences without ids

Revision ID: tidy
Revises: lean

Both backends: ``ix_facts_series (jurisdiction_code, indicator_id, year)`` and
``ix_facts_indicator_id (indicator_id)`` become one index ``ix_facts_series
(indicator_id, jurisdiction_code, year)``: a series (area and indicator given) and an
indicator's facts (indicator given) both search it (EXPLAIN QUERY PLAN), and a
listing by area alone searches ``ix_facts_area_doc`` as before (0.024x the text's
bytes less on SQLite). ``structures.paragraphs`` and ``.sentences`` are rewritten
zlib-compressed (``planwatch.store.spancodec``: a third of the bytes).

PostgreSQL: ``search_sentences`` loses its ``id`` column and the primary key on it (a
fifth of the text's size; no query looks a row up by id): a row is its document and
start, which order it as the ids did (``planwatch.store.search_index.PG_ROW_ID``). The
table is written anew, rows in document order and the GIN and BRIN indexes built once,
so it takes its new size at once. Its texts are kept zlib-compressed in
``texts.ztext`` as on SQLite (``planwatch.store.textcodec``): 0.44 of the text's bytes
where TOAST kept 0.61; that table shrinks on disk once PostgreSQL reuses the old rows'
space (``VACUUM FULL texts`` returns it).

SQLite's sentence index keeps ``search_spans``: a span packed into the FTS5 rowid
instead (no table of spans) makes the index's rowid deltas long varints, and the
index three times larger (measured on 5,000 documents: 0.43x → 1.37x the text).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "tidy"
down_revision: str | Sequence[str] | None = "lean"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_TABLE = (
    "CREATE TABLE search_sentences ({id}"
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    ' start INTEGER NOT NULL, "end" INTEGER NOT NULL, tsv TSVECTOR NOT NULL)'
)
_PG_INDEXES = (
    "CREATE INDEX ix_search_sentences_tsv ON search_sentences USING GIN (tsv)",
    "CREATE INDEX ix_search_sentences_doc_brin ON search_sentences USING brin (doc_id)"
    " WITH (pages_per_range = 16, autosummarize = on)",
)


def _pg_rewrite(with_id: bool) -> None:
    """search_sentences written anew, with or without its id column."""
    op.execute("ALTER TABLE search_sentences RENAME TO search_sentences_old")
    op.execute("DROP INDEX IF EXISTS ix_search_sentences_tsv")
    op.execute("DROP INDEX IF EXISTS ix_search_sentences_doc_brin")
    op.execute(_PG_TABLE.format(id="id BIGSERIAL PRIMARY KEY," if with_id else ""))
    op.execute(
        'INSERT INTO search_sentences (doc_id, start, "end", tsv)'
        ' SELECT doc_id, start, "end", tsv FROM search_sentences_old ORDER BY doc_id, start'
    )
    op.execute("DROP TABLE search_sentences_old")
    for sql in _PG_INDEXES:
        op.execute(sql)


def _pg_texts(packed: bool) -> None:
    """Every text moved to ``ztext`` compressed (or back to ``text``), a document at a time."""
    from planwatch.store.textcodec import pack, stored_text

    conn = op.get_bind()
    where = "text IS NOT NULL" if packed else "ztext IS NOT NULL"
    ids = conn.exec_driver_sql(f"SELECT doc_id FROM texts WHERE {where}").scalars().all()
    for doc_id in ids:
        plain, blob = conn.exec_driver_sql(
            "SELECT text, ztext FROM texts WHERE doc_id = %s", (doc_id,)
        ).one()
        value = stored_text(plain, blob)
        row = (None, pack(value), doc_id) if packed else (value, None, doc_id)
        conn.exec_driver_sql("UPDATE texts SET text = %s, ztext = %s WHERE doc_id = %s", row)


def _series_index(merged: bool) -> None:
    op.execute("DROP INDEX IF EXISTS ix_facts_series")
    if merged:
        op.execute("DROP INDEX IF EXISTS ix_facts_indicator_id")
        op.execute("CREATE INDEX ix_facts_series ON facts (indicator_id, jurisdiction_code, year)")
    else:
        op.execute("CREATE INDEX ix_facts_series ON facts (jurisdiction_code, indicator_id, year)")
        op.execute("CREATE INDEX ix_facts_indicator_id ON facts (indicator_id)")


def _spans(packed: bool) -> None:
    """Every structures row's spans packed (or, not ``packed``, as the flat list)."""
    from planwatch.store import spancodec

    encode = spancodec.encode if packed else spancodec.encode_flat
    conn = op.get_bind()
    mark = "%s" if conn.dialect.paramstyle != "qmark" else "?"
    update = f"UPDATE structures SET paragraphs = {mark}, sentences = {mark} WHERE doc_id = {mark}"
    ids = conn.exec_driver_sql("SELECT doc_id FROM structures ORDER BY doc_id").scalars().all()
    for doc_id in ids:  # one document's spans in memory at a time
        row = conn.exec_driver_sql(
            f"SELECT paragraphs, sentences FROM structures WHERE doc_id = {mark}", (doc_id,)
        ).one()
        new = [encode(spancodec.decode(value)) for value in row]
        conn.exec_driver_sql(update, (*new, doc_id))


def upgrade() -> None:
    _series_index(merged=True)
    _spans(packed=True)
    if op.get_bind().dialect.name == "postgresql":
        _pg_rewrite(with_id=False)
        _pg_texts(packed=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_texts(packed=False)
        _pg_rewrite(with_id=True)
    _spans(packed=False)
    _series_index(merged=False)
