"""headings' titles as offsets where the stored text holds them

Revision ID: titles
Revises: evalread

A heading whose title is the tail of its own line (almost every one) keeps ``title``
NULL and ``title_at``, the title's offset from the heading's ``start``
(``planwatch.store.titles``); any other keeps its title as written. Every stored
heading is converted from its document's text, so ``Store.load`` reads the same
outline before and after. On SQLite the table is written anew (``title`` loses NOT
NULL) and its sentence index merged into one segment; ``VACUUM`` returns the freed
pages to the file. On PostgreSQL the column is
altered in place (``VACUUM FULL headings`` returns the old rows' space). Downgrade:
every title written back from the text, the column dropped.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "titles"
down_revision: str | Sequence[str] | None = "evalread"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DOCS = 50  # documents' texts in memory at a time


def _mark(conn) -> str:
    return "%s" if conn.dialect.paramstyle != "qmark" else "?"


def _convert(to_offsets: bool) -> None:
    """Every heading's title as offset (``to_offsets``) or as words, from its text."""
    from planwatch.store.textcodec import stored_text
    from planwatch.store.textdicts import load
    from planwatch.store.titles import read_title, stored_title

    conn = op.get_bind()
    load(conn)  # the dictionaries the texts are packed with
    m = _mark(conn)
    docs = conn.exec_driver_sql("SELECT DISTINCT doc_id FROM headings ORDER BY doc_id")
    ids = docs.scalars().all()
    for i in range(0, len(ids), _DOCS):
        chunk = tuple(ids[i : i + _DOCS])
        marks = ",".join([m] * len(chunk))
        texts = {
            d: stored_text(t, None if z is None else bytes(z)) or ""
            for d, t, z in conn.exec_driver_sql(
                f"SELECT doc_id, text, ztext FROM texts WHERE doc_id IN ({marks})", chunk
            )
        }
        rows = conn.exec_driver_sql(
            f'SELECT id, doc_id, title, title_at, start, "end" FROM headings'
            f" WHERE doc_id IN ({marks})",
            chunk,
        ).all()
        changed = []
        for hid, doc, title, at, start, end in rows:
            text = texts.get(doc)
            if text is None:
                continue
            if to_offsets and title is not None:
                new = stored_title(text, title, start, end)
            elif not to_offsets and title is None:
                new = (read_title(text, title, at, start, end), None)
            else:
                continue
            if new != (title, at):
                changed.append((*new, hid))
        if changed:
            conn.exec_driver_sql(
                f"UPDATE headings SET title = {m}, title_at = {m} WHERE id = {m}", changed
            )


def upgrade() -> None:
    with op.batch_alter_table("headings") as batch:
        batch.alter_column("title", existing_type=sa.Text(), nullable=True)
        batch.add_column(sa.Column("title_at", sa.Integer(), nullable=True))
    _convert(to_offsets=True)
    if op.get_bind().dialect.name == "sqlite":
        # The rows shrank in place: written anew, so the file's pages hold them densely.
        with op.batch_alter_table("headings", recreate="always"):
            pass
        # The sentence index merged into one segment again (as migration pack did): the
        # segments ingest has added since cost about 2 % more (0.432 -> 0.424 of the
        # text's bytes at 5,000 generated documents); what it finds is unchanged.
        op.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


def downgrade() -> None:
    _convert(to_offsets=False)
    with op.batch_alter_table("headings") as batch:
        batch.drop_column("title_at")
        batch.alter_column("title", existing_type=sa.Text(), nullable=False)
