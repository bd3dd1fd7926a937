"""texts packed as UTF-16, evidence coded, SQLite's sentence index merged into one segment

Revision ID: pack
Revises: tidy

Both backends: every ``texts.ztext`` is written again in the form of
``planwatch.store.textcodec.pack`` (a mark byte, then UTF-16 deflated at level 9:
about 8 % fewer bytes than UTF-8 deflated at level 6), and every ``facts.evidence``
in the flat, coded form of ``planwatch.core.evidence.to_json`` (fields and bases as
small numbers, the words' end as a length: about half the bytes). Both readers read
the older forms too, so a row this migration has not reached yet reads as before.

SQLite: the sentence index (FTS5 ``search_fts``) is merged into one segment
(``optimize``): the segments that ingest added one transaction at a time each
repeat the tokens they share; one segment holds each token once.

PostgreSQL: ``search_sentences`` keeps each sentence's tokens as words (``tokens``,
each once, space-separated) instead of a stored ``tsvector`` (``tsv``), and its GIN
index is over the expression ``search_index.PG_TSV`` (the same tsvector, computed):
the table was 3.1x the text's bytes, 2.3x so, the index the same. The table is written
anew in document order, its indexes built once.

The downgrade writes the older forms back (SQLite's index stays merged: the same index).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "pack"
down_revision: str | Sequence[str] | None = "tidy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 5000
_TEXTS = 50  # texts in memory at a time (a document's text can be megabytes)


def _mark(conn) -> str:
    return "%s" if conn.dialect.paramstyle != "qmark" else "?"


def _repack_texts(new: bool) -> None:
    """Every stored text in the newest form (or, not ``new``, the form before)."""
    from planwatch.store.textcodec import pack, pack_utf8, stored_text

    packer = pack if new else pack_utf8
    conn = op.get_bind()
    m = _mark(conn)
    ids = conn.exec_driver_sql("SELECT doc_id FROM texts ORDER BY doc_id").scalars().all()
    for i in range(0, len(ids), _TEXTS):
        chunk = ids[i : i + _TEXTS]
        rows = conn.exec_driver_sql(
            f"SELECT doc_id, text, ztext FROM texts WHERE doc_id IN ({','.join([m] * len(chunk))})",
            tuple(chunk),
        ).all()
        changed = []
        for doc_id, plain, blob in rows:
            value = stored_text(plain, None if blob is None else bytes(blob))
            if value is None:
                continue
            packed = packer(value)
            if plain is not None or bytes(blob) != packed:
                changed.append((packed, doc_id))
        if changed:
            conn.exec_driver_sql(
                f"UPDATE texts SET text = NULL, ztext = {m} WHERE doc_id = {m}", changed
            )


def _rewrite_evidence(new: bool) -> None:
    """Every fact's evidence in the coded form (or, not ``new``, the slim form)."""
    from planwatch.core.evidence import from_json, to_json, to_json_slim

    encode = to_json if new else to_json_slim
    conn = op.get_bind()
    m = _mark(conn)
    last = 0
    while True:  # by id ranges: a chunk of rows in memory at a time
        rows = conn.exec_driver_sql(
            f"SELECT id, evidence FROM facts WHERE id > {m} AND evidence IS NOT NULL"
            f" ORDER BY id LIMIT {_CHUNK}",
            (last,),
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        decoded: dict[str, str | None] = {}  # a clause's facts share their evidence
        changed = []
        for fact_id, raw in rows:
            if raw not in decoded:
                items = from_json(raw)  # () for words it cannot read: left as they are
                decoded[raw] = encode(items) if items else raw
            new_raw = decoded[raw]
            if new_raw != raw:
                changed.append((new_raw, fact_id))
        if changed:
            conn.exec_driver_sql(f"UPDATE facts SET evidence = {m} WHERE id = {m}", changed)


_PG_TABLE = (
    "CREATE TABLE search_sentences ("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    ' start INTEGER NOT NULL, "end" INTEGER NOT NULL, {column} NOT NULL)'
)
_PG_BRIN = (
    "CREATE INDEX ix_search_sentences_doc_brin ON search_sentences USING brin (doc_id)"
    " WITH (pages_per_range = 16, autosummarize = on)"
)


def _pg_sentences(words: bool) -> None:
    """search_sentences written anew with its tokens as words (or, not ``words``, as a
    stored tsvector) and its indexes built once."""
    from planwatch.store.search_index import PG_TSV

    op.execute("ALTER TABLE search_sentences RENAME TO search_sentences_old")
    op.execute("DROP INDEX IF EXISTS ix_search_sentences_tsv")
    op.execute("DROP INDEX IF EXISTS ix_search_sentences_doc_brin")
    if words:
        column, value, indexed = (
            "tokens TEXT",
            "array_to_string(tsvector_to_array(tsv), ' ')",
            PG_TSV,
        )
    else:
        column, value, indexed = "tsv TSVECTOR", PG_TSV, "tsv"
    op.execute(_PG_TABLE.format(column=column))
    op.execute(
        f'INSERT INTO search_sentences (doc_id, start, "end", {column.split()[0]})'
        f' SELECT doc_id, start, "end", {value} FROM search_sentences_old ORDER BY doc_id, start'
    )
    op.execute("DROP TABLE search_sentences_old")
    op.execute(f"CREATE INDEX ix_search_sentences_tsv ON search_sentences USING GIN (({indexed}))")
    op.execute(_PG_BRIN)


def upgrade() -> None:
    _repack_texts(new=True)
    _rewrite_evidence(new=True)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    else:
        _pg_sentences(words=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_sentences(words=False)
    _rewrite_evidence(new=False)
    _repack_texts(new=False)
