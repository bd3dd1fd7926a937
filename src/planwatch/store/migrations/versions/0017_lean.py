"""the SQLite sentence index without positions

Revision ID: lean
Revises: slim

SQLite: ``search_fts`` again with ``detail=none``: the index keeps which sentences
hold each bigram token, not where (0.43x the text's bytes instead of 1.03x, the
store's largest part). A phrase of two or more tokens is then checked against the
sentence (``planwatch.store.search_index.sentence_matches``); relevance ranks shorter
sentences first. The index is filled again from the stored texts and sentences.
PostgreSQL: each sentence's tsvector without positions (``strip``; a query asks for
every token and phrases are checked the same way). The table shrinks on disk once
PostgreSQL reuses the dead rows' space (``VACUUM FULL search_sentences`` returns it).

Both: ``facts.value_text`` becomes null where the fact's quote holds its value (all
facts but a few): ``facts_view`` and the store's reads cut it from ``quote_text``
(``planwatch.store.views.VALUE_TEXT``), still in plain SQL.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "lean"
down_revision: str | Sequence[str] | None = "slim"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    " tokens, content = '', columnsize = 0, detail = {detail},"
    " tokenize = 'unicode61 remove_diacritics 0')"
)


def _rebuild(detail: str) -> None:
    """The FTS5 table anew with ``detail``, filled again from the stored texts and sentences."""
    from planwatch.store.search_index import index_stored_documents

    op.execute("DROP TABLE search_fts")
    op.execute("DELETE FROM search_spans")
    op.execute(_FTS.format(detail=detail))
    index_stored_documents(op.get_bind())


_INSIDE = 'start >= quote_start AND "end" <= quote_end AND quote_text IS NOT NULL'
_CUT = 'substr(quote_text, start - quote_start + 1, "end" - start)'


def upgrade() -> None:
    op.execute(f"UPDATE facts SET value_text = NULL WHERE {_INSIDE} AND value_text = {_CUT}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE search_sentences SET tsv = strip(tsv)")
    else:
        _rebuild("none")


def downgrade() -> None:
    op.execute(f"UPDATE facts SET value_text = {_CUT} WHERE value_text IS NULL AND {_INSIDE}")
    if op.get_bind().dialect.name == "postgresql":  # positions again, from the texts
        from planwatch.store.search_index import index_stored_documents

        op.execute("DELETE FROM search_sentences")
        index_stored_documents(op.get_bind(), positions=True)  # the tsv column
    else:
        _rebuild("full")
