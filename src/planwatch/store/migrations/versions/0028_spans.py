"""facts keep the offsets of their value and quote, not a copy of their characters

Revision ID: spans
Revises: trim

A fact's quote is a span of its document's stored text, and its value a span inside
it or near it. Since migration ``ztext`` each fact also kept those characters
(``facts.quote_text``, and ``facts.value_text`` where the quote did not hold the
value, migration ``lean``) so that ``facts_view`` could show them in plain SQL while
the texts are stored compressed. They were the one copy of document text left in the
store (0.06 of the text's bytes at 1,000 generated documents, 0.80 on the fact-dense
development documents: 49 bytes a fact). Both columns are dropped; every reader cuts
the characters from the stored text by the spans (``planwatch.store.quotes``), and
``facts_view`` no longer has the columns ``value_text`` and ``quote`` (plain SQL cannot
unpack the texts; docs/schema.md shows the SQL through planwatch's function). Nothing is
lost: the columns held ``text[quote_start:quote_end]`` and ``text[start:end]`` of the
text, which is never rewritten. SQLite keeps the freed pages for later rows
(``VACUUM`` returns them to the file system); PostgreSQL marks the columns dropped and
reuses the space as rows are rewritten (``VACUUM FULL facts`` returns it).

Downgrade: the columns again, filled from the texts (``value_text`` only where the
value lies outside its quote, as migration ``lean`` left it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "spans"
down_revision: str | Sequence[str] | None = "trim"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite's own DROP COLUMN (3.35, 2021) edits each row in place: no table copy, and
    # the indexes, none of which holds these columns, stay as they are.
    op.execute("ALTER TABLE facts DROP COLUMN quote_text")
    op.execute("ALTER TABLE facts DROP COLUMN value_text")


def downgrade() -> None:
    from planwatch.store.textcodec import add_dictionary, stored_text

    op.add_column("facts", sa.Column("value_text", sa.Text(), nullable=True))
    op.add_column("facts", sa.Column("quote_text", sa.Text(), nullable=True))
    conn = op.get_bind()
    for raw in conn.exec_driver_sql("SELECT dict FROM text_dicts").scalars():
        add_dictionary(raw)  # a text packed with the store's dictionary unpacks here
    read_text = sa.text("SELECT text, ztext FROM texts WHERE doc_id = :d")
    read_spans = sa.text(
        'SELECT id, start, "end", quote_start, quote_end FROM facts WHERE doc_id = :d'
    )
    fill = sa.text("UPDATE facts SET value_text = :v, quote_text = :q WHERE id = :i")
    ids = conn.exec_driver_sql("SELECT doc_id FROM texts ORDER BY doc_id").scalars().all()
    for doc_id in ids:  # one text in memory at a time
        row = conn.execute(read_text, {"d": doc_id}).one()
        text = stored_text(row.text, row.ztext) or ""
        spans = conn.execute(read_spans, {"d": doc_id}).all()
        if spans:  # value_text only where the quote does not hold the value (lean)
            values = [
                {"i": i, "q": text[qs:qe], "v": None if qs <= s and e <= qe else text[s:e]}
                for i, s, e, qs, qe in spans
            ]
            conn.execute(fill, values)
