"""Evidence as text: compact JSON for the store, a short string for CSV exports.

A fact's evidence (:class:`~planwatch.core.data.Evidence`) says which words decided its
kind and year. The store keeps it as compact JSON (one array per item:
``[field, basis, text, start, end]``; items next to each other that differ only in
their field share one array, the fields comma-separated: ``["kind,year", …]``, as the
same time word usually decides both); a CSV export shows it as
``kind=cue:预计@120-122; year=time_word:2023年@100-105`` (``@start-end`` only where the
words have a span).
"""

from __future__ import annotations

import json

from planwatch.core.data import Evidence


def to_json(evidence: tuple[Evidence, ...]) -> str | None:
    """Compact JSON for the store; None for no evidence."""
    if not evidence:
        return None
    rows: list[list] = []
    for e in evidence:
        if rows and rows[-1][1:] == [e.basis, e.text, e.start, e.end]:
            rows[-1][0] += "," + e.field  # the same words decided this field too
        else:
            rows.append([e.field, e.basis, e.text, e.start, e.end])
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def from_json(raw: str | None) -> tuple[Evidence, ...]:
    """The evidence stored by :func:`to_json` (nothing for None or unreadable text)."""
    if not raw:
        return ()
    try:
        rows = json.loads(raw)
        return tuple(
            Evidence(f, b, t or "", s, e) for fields, b, t, s, e in rows for f in fields.split(",")
        )
    except (ValueError, TypeError):
        return ()


def to_text(evidence: tuple[Evidence, ...]) -> str:
    """One short line for CSV: ``kind=cue:预计@120-122; year=reference_date:2024``."""
    parts = []
    for e in evidence:
        item = f"{e.field}={e.basis}"
        if e.text:
            item += f":{e.text}"
        if e.start is not None and e.end is not None:
            item += f"@{e.start}-{e.end}"
        parts.append(item)
    return "; ".join(parts)
