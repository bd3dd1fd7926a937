"""The store's text dictionaries: trained once on its own texts, loaded when it opens.

A store's documents share much of their wording (headings, set phrases, area and
office names), which a zstd dictionary trained on the store's first texts holds once
instead of in every document: texts are packed with it (``textcodec`` form ``0x03``)
from then on. The dictionary is kept in the store (``text_dicts``), so every process
that opens it — ingest's workers, the web app, another machine's PostgreSQL client —
reads the same texts, and older texts (deflated, forms ``0x02`` and before) stay as
they are and readable.

Trained when: a store is opened without one holding at least :data:`TRAIN_AT` bytes of
text (a migration of an older store, :func:`train_if_due`), or while documents are
stored, once that much has been written (``DocumentsPart``). The dictionary costs its
64 KB and saves about a tenth of the packed texts (0.38 of the text's bytes): it pays
from about 2 MB of text, and 8 MB gives it enough documents to learn from and keeps
the one-off training (about 1 s of CPU) out of small stores and one-file ingests.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection, Engine

from planwatch.store import models as m
from planwatch.store import textcodec

TRAIN_AT = 8_000_000  # bytes of text (documents.size_bytes) before a dictionary is trained
_SAMPLE_TEXT = 8_000_000  # at most these bytes of stored text are read to train on
_TEXTS = 50  # texts read at a time


def load(conn: Connection) -> int | None:
    """Hold every dictionary of the store in this process; the one to pack with (the
    smallest id, so that two processes that trained at once agree), or None."""
    ids = []
    for dict_id, raw in conn.execute(select(m.text_dicts.c.id, m.text_dicts.c.dict)):
        textcodec.add_dictionary(bytes(raw))
        ids.append(int(dict_id))
    return min(ids) if ids else None


def fetch(engine: Engine, dict_id: int) -> bytes | None:
    """One dictionary's bytes (one trained by another process after this one opened)."""
    with engine.connect() as conn:
        raw = conn.execute(select(m.text_dicts.c.dict).where(m.text_dicts.c.id == dict_id)).scalar()
    return None if raw is None else bytes(raw)


def open_store(engine: Engine) -> None:
    """On opening a store: load its dictionaries, pack new texts with its own (or none),
    and ask it for a dictionary another process trains later."""
    with engine.connect() as conn:
        textcodec.set_current(load(conn))
    textcodec.add_loader(engine, fetch)


def _sample(conn: Connection) -> list[str]:
    t, d = m.texts, m.documents
    ids = conn.execute(select(d.c.id, d.c.size_bytes).order_by(d.c.id)).all()
    chosen, total = [], 0
    for doc_id, size in ids:
        if total >= _SAMPLE_TEXT:
            break
        chosen.append(doc_id)
        total += size or 0
    texts = []
    for i in range(0, len(chosen), _TEXTS):
        rows = conn.execute(
            select(t.c.text, t.c.ztext).where(t.c.doc_id.in_(chosen[i : i + _TEXTS]))
        )
        texts.extend(
            textcodec.stored_text(a, None if b is None else bytes(b)) or "" for a, b in rows
        )
    return texts


def train_if_due(conn: Connection) -> int | None:
    """The store's dictionary, trained now (inside ``conn``'s transaction) when it has
    none and holds :data:`TRAIN_AT` bytes of text; None while it holds less."""
    found = load(conn)
    if found is not None:
        return found
    held = conn.execute(select(func.coalesce(func.sum(m.documents.c.size_bytes), 0))).scalar()
    if int(held) < TRAIN_AT:
        return None
    raw = textcodec.train(_sample(conn))
    if raw is None:
        return None
    dict_id = textcodec.add_dictionary(raw)
    conn.execute(insert(m.text_dicts).values(id=dict_id, dict=raw))
    return dict_id


__all__ = ["TRAIN_AT", "fetch", "load", "open_store", "train_if_due"]
