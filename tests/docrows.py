"""Stored-document rows for evaluation tests that build a ledger without a store."""

from __future__ import annotations

from datetime import UTC, datetime

from planwatch.core.data import Area
from planwatch.store.repo import DocRow


def doc_row(area: Area, i: int, name: str, doc_type: str, year=None, start=None, end=None):
    """A DocRow of ``area`` with id ``i``, its genre and its year or plan period."""
    return DocRow(
        id=i,
        name=name,
        path=None,
        sha256=str(i) * 64,
        format="txt",
        size_bytes=1,
        size_chars=1,
        title=None,
        doc_type=doc_type,
        area_code=area.code,
        area_name=area.name,
        year=year,
        period_start=start,
        period_end=end,
        published=None,
        n_facts=0,
        version=1,
        superseded_by=None,
        ingested_at=datetime.now(UTC),
    )
