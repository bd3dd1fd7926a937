"""a smaller store: spans as gaps and lengths, evidence items shared

Revision ID: slim
Revises: evalwhole

``structures.paragraphs`` and ``structures.sentences`` are rewritten from
``[[start, end], ...]`` to the flat gaps-and-lengths form of
``planwatch.store.spancodec`` (about a third of the bytes; the same spans read back).
``facts.evidence`` is rewritten so that neighbouring items decided by the same words
share one array (``["kind,year", basis, text, start, end]``, ``planwatch.core.evidence``);
it reads back as the same items. A SQLite file shrinks once SQLite reuses the freed
pages or ``VACUUM`` returns them.

PostgreSQL: ``search_sentences`` is written in document order, so its B-tree on
``(doc_id, start)`` (a fifth of the text's size) becomes a BRIN index on ``doc_id`` (a
few pages), which finds a document's sentences for ``planwatch set`` and for searches
filtered to a few documents as fast.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "slim"
down_revision: str | Sequence[str] | None = "evalwhole"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rewrite(nested: bool) -> None:
    """Every structures row's spans in the new form (or, ``nested``, the old one)."""
    import json

    from planwatch.store import spancodec

    conn = op.get_bind()
    mark = "%s" if conn.dialect.paramstyle != "qmark" else "?"
    update = f"UPDATE structures SET paragraphs = {mark}, sentences = {mark} WHERE doc_id = {mark}"
    ids = conn.exec_driver_sql("SELECT doc_id FROM structures ORDER BY doc_id").scalars().all()
    for doc_id in ids:  # one document's spans in memory at a time
        paragraphs, sentences = conn.exec_driver_sql(
            f"SELECT paragraphs, sentences FROM structures WHERE doc_id = {mark}", (doc_id,)
        ).one()
        columns = []
        for value in (paragraphs, sentences):
            spans = spancodec.decode(value)
            columns.append(
                json.dumps([list(s) for s in spans], separators=(",", ":"))
                if nested
                else spancodec.encode_flat(spans)
            )
        conn.exec_driver_sql(update, (*columns, doc_id))


_CHUNK = 5000


def _rewrite_evidence(shared: bool) -> None:
    """Every fact's evidence with neighbouring items shared (or, not ``shared``, one each)."""
    import json

    from planwatch.core.evidence import from_json, to_json

    conn = op.get_bind()
    mark = "%s" if conn.dialect.paramstyle != "qmark" else "?"
    last = 0
    while True:  # by id ranges: a chunk of rows in memory at a time
        rows = conn.exec_driver_sql(
            "SELECT id, evidence FROM facts WHERE id > "
            f"{mark} AND evidence IS NOT NULL ORDER BY id LIMIT {_CHUNK}",
            (last,),
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        changed = []
        for fact_id, raw in rows:
            items = from_json(raw)
            new = to_json(items) if shared else _one_each(json, items)
            if new != raw:
                changed.append((new, fact_id))
        if changed:
            conn.exec_driver_sql(f"UPDATE facts SET evidence = {mark} WHERE id = {mark}", changed)


def _one_each(json, items) -> str | None:
    if not items:
        return None
    rows = [[e.field, e.basis, e.text, e.start, e.end] for e in items]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


# pages_per_range 16: a document's sentences take a few dozen pages, so a lookup reads
# about as many; autosummarize keeps ranges filled by later ingests summarised.
_BRIN = (
    "CREATE INDEX ix_search_sentences_doc_brin ON search_sentences USING brin (doc_id)"
    " WITH (pages_per_range = 16, autosummarize = on)"
)


def upgrade() -> None:
    _rewrite(nested=False)
    _rewrite_evidence(shared=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_sentences_doc")
        op.execute(_BRIN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_sentences_doc_brin")
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_search_sentences_doc ON search_sentences (doc_id, start)"
        )
    _rewrite_evidence(shared=False)
    _rewrite(nested=True)
