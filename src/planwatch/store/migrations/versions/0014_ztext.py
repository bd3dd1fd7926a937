"""documents' texts compressed on SQLite, facts with their quotes

Revision ID: ztext
Revises: evalstore

``texts.ztext`` holds the text as zlib-compressed UTF-8 and ``texts.text`` becomes
NULL on SQLite (PostgreSQL compresses long values itself and keeps ``text``); see
``planwatch.store.textcodec``. ``facts.value_text`` and ``facts.quote_text`` hold the
characters at each fact's spans, so ``facts_view`` stays plain SQL that any client
reads. Stored facts get theirs and stored texts are packed here. The file shrinks once
SQLite reuses the freed pages or ``VACUUM`` returns them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ztext"
down_revision: str | Sequence[str] | None = "evalstore"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_QUOTES = (
    'value_text = substr(t.text, f.start + 1, f."end" - f.start), '
    "quote_text = substr(t.text, f.quote_start + 1, f.quote_end - f.quote_start)"
)


def upgrade() -> None:
    op.add_column("facts", sa.Column("value_text", sa.Text(), nullable=True))
    op.add_column("facts", sa.Column("quote_text", sa.Text(), nullable=True))
    with op.batch_alter_table("texts") as batch:
        batch.add_column(sa.Column("ztext", sa.LargeBinary(), nullable=True))
        batch.alter_column("text", existing_type=sa.Text(), nullable=True)
    conn = op.get_bind()
    # UPDATE ... FROM: PostgreSQL, and SQLite since 3.33 (2020).
    op.execute(f"UPDATE facts AS f SET {_QUOTES} FROM texts t WHERE t.doc_id = f.doc_id")
    if conn.dialect.name == "postgresql":
        return
    from planwatch.store.textcodec import pack

    ids = conn.exec_driver_sql("SELECT doc_id FROM texts WHERE text IS NOT NULL").scalars().all()
    for doc_id in ids:  # one text in memory at a time
        text = conn.exec_driver_sql("SELECT text FROM texts WHERE doc_id = ?", (doc_id,)).scalar()
        conn.exec_driver_sql(
            "UPDATE texts SET ztext = ?, text = NULL WHERE doc_id = ?", (pack(text), doc_id)
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        from planwatch.store.textcodec import unpack

        ids = conn.exec_driver_sql("SELECT doc_id FROM texts WHERE text IS NULL").scalars().all()
        for doc_id in ids:
            blob = conn.exec_driver_sql(
                "SELECT ztext FROM texts WHERE doc_id = ?", (doc_id,)
            ).scalar()
            conn.exec_driver_sql(
                "UPDATE texts SET text = ? WHERE doc_id = ?", (unpack(blob), doc_id)
            )
    with op.batch_alter_table("texts") as batch:
        batch.alter_column("text", existing_type=sa.Text(), nullable=False)
        batch.drop_column("ztext")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("quote_text")
        batch.drop_column("value_text")
