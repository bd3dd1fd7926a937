"""The web app's reads that must stay fast at 100,000 documents.

Kept apart from :mod:`planwatch.store.repo` (the ingest-side reads and
writes): every query here is answered from indexes and counts, never by
reading documents' texts.

* :func:`area_state` — a fingerprint of everything an area's evaluation
  reads, so a cached evaluation is dropped only when a new document (or a
  correction) touches that area.
"""

from __future__ import annotations

from sqlalchemy import func, select

from planwatch.store import models as m
from planwatch.store.repo import Store


def area_state(store: Store, code: str) -> tuple:
    """What changes when an area's evaluation may change.

    The count and newest id of the current facts about the area (a new or
    superseding document adds newer ids), of the area's own documents (a new
    plan), and of all corrections (rare; any one may touch the area).
    """
    f, d, c = m.facts, m.documents, m.corrections
    current = d.c.superseded_by.is_(None)
    with store.engine.connect() as conn:
        facts = conn.execute(
            select(func.count(), func.max(f.c.id))
            .select_from(f.join(d, d.c.id == f.c.doc_id))
            .where(f.c.jurisdiction_code == code, current)
        ).one()
        docs = conn.execute(
            select(func.count(), func.max(d.c.id)).where(d.c.area_code == code, current)
        ).one()
        fixes = conn.execute(select(func.count(), func.max(c.c.id))).one()
    return (*facts, *docs, *fixes)


__all__ = ["area_state"]
