"""texts packed with a zstd dictionary trained on the store's own texts

Revision ID: zdict
Revises: cover

A table ``text_dicts`` (``id``: zstd's dictionary id, ``dict``: its bytes) keeps the
store's dictionary (store/textdicts.py). A store that already holds enough text
(``textdicts.TRAIN_AT``) gets one trained on its first texts, and every text is packed
again with it (``textcodec`` form ``0x03``); a smaller store gets one once ingest has
written that much. Downgrade: every text back to the form before (UTF-16 deflated,
``0x02``), the table dropped.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "zdict"
down_revision: str | Sequence[str] | None = "cover"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = 50  # texts in memory at a time (a document's text can be megabytes)


def _mark(conn) -> str:
    return "%s" if conn.dialect.paramstyle != "qmark" else "?"


def _repack_texts(dictionary: int | None) -> None:
    """Every stored text packed with ``dictionary`` (None: UTF-16 deflated)."""
    from planwatch.store.textcodec import dictionary_of, pack, stored_text

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
            blob = None if blob is None else bytes(blob)
            if plain is None and blob is not None and dictionary_of(blob) == dictionary:
                continue
            value = stored_text(plain, blob)
            if value is not None:
                changed.append((pack(value, dictionary), doc_id))
        if changed:
            conn.exec_driver_sql(
                f"UPDATE texts SET text = NULL, ztext = {m} WHERE doc_id = {m}", changed
            )


def upgrade() -> None:
    from planwatch.store.textdicts import train_if_due

    op.create_table(
        "text_dicts",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("dict", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_dicts")),
    )
    dictionary = train_if_due(op.get_bind())
    if dictionary is not None:
        _repack_texts(dictionary)


def downgrade() -> None:
    from planwatch.store.textdicts import load

    load(op.get_bind())  # the texts packed with them are read to be packed again
    _repack_texts(None)
    op.drop_table("text_dicts")
