"""Evidence as text: compact JSON for the store, a short string for CSV exports.

A fact's evidence (:class:`~planwatch.core.data.Evidence`) says which words decided its
kind and year. Items next to each other that differ only in their field are one item,
the fields comma-separated (``kind,year``: the same time word usually decides both).
The store keeps them as compact JSON, one flat array of five values an item (since
migration ``pack``): ``[fields, basis, text, start, length]``, where ``fields`` and
``basis`` are a small number when they are one of :data:`FIELD_CODES` /
:data:`BASIS_CODES` (their index there) and else the words themselves, and ``start``
and ``length`` are null for words with no span: ``[0,0,"2023年",100,5]`` is
``kind,year`` decided by the time word 2023年 at 100..105. Evidence repeats in every
fact of a clause and was the facts' widest column; the codes and lengths halve it.
Before migration ``pack`` each item was an array ``[fields, basis, text, start, end]``
of words (:func:`to_json_slim`); :func:`from_json` reads both. A CSV export shows
evidence as ``kind=cue:预计@120-122; year=time_word:2023年@100-105`` (``@start-end``
only where the words have a span).
"""

from __future__ import annotations

import json

from planwatch.core.data import Evidence

# The stored codes of the commonest fields and bases (a stored number is an index here):
# a format, so never reorder or remove an entry, only append. Other words are stored
# as written, so a new basis needs no entry to be stored.
FIELD_CODES = ("kind,year", "kind", "year", "jurisdiction", "period", "kind,year,period")
BASIS_CODES = (
    "time_word",
    "table_column",
    "section",
    "cue",
    "context",
    "genre_default",
    "plan_period",
    "reference_date",
    "start_point",
    "clause",
    "title",
    "user",
    "text",
)
_FIELD_AT = {name: i for i, name in enumerate(FIELD_CODES)}
_BASIS_AT = {name: i for i, name in enumerate(BASIS_CODES)}


def _items(evidence: tuple[Evidence, ...]) -> list[list]:
    """``[fields, basis, text, start, end]`` per item, neighbours decided by the same
    words sharing one."""
    rows: list[list] = []
    for e in evidence:
        if rows and rows[-1][1:] == [e.basis, e.text, e.start, e.end]:
            rows[-1][0] += "," + e.field  # the same words decided this field too
        else:
            rows.append([e.field, e.basis, e.text, e.start, e.end])
    return rows


def to_json(evidence: tuple[Evidence, ...]) -> str | None:
    """Compact JSON for the store (the flat, coded form); None for no evidence.

    >>> to_json((Evidence("kind", "time_word", "2023年", 100, 105),
    ...          Evidence("year", "time_word", "2023年", 100, 105)))
    '[0,0,"2023年",100,5]'
    """
    if not evidence:
        return None
    flat: list = []
    for fields, basis, words, start, end in _items(evidence):
        length = None if start is None or end is None else end - start
        flat += (_FIELD_AT.get(fields, fields), _BASIS_AT.get(basis, basis), words, start, length)
    return json.dumps(flat, ensure_ascii=False, separators=(",", ":"))


def to_json_slim(evidence: tuple[Evidence, ...]) -> str | None:
    """The form before migration ``pack`` (an array of words per item; its downgrade)."""
    if not evidence:
        return None
    return json.dumps(_items(evidence), ensure_ascii=False, separators=(",", ":"))


def _word(value: int | str, codes: tuple[str, ...]) -> str:
    return codes[value] if isinstance(value, int) else value


def from_json(raw: str | None) -> tuple[Evidence, ...]:
    """The evidence stored by :func:`to_json` or :func:`to_json_slim` (nothing for None
    or unreadable text)."""
    if not raw:
        return ()
    try:
        rows = json.loads(raw)
        if rows and not isinstance(rows[0], list):  # the flat, coded form
            rows = [
                (
                    _word(rows[i], FIELD_CODES),
                    _word(rows[i + 1], BASIS_CODES),
                    rows[i + 2],
                    rows[i + 3],
                    None if rows[i + 4] is None else rows[i + 3] + rows[i + 4],
                )
                for i in range(0, len(rows) - 4, 5)
            ]
        return tuple(
            Evidence(f, b, t or "", s, e) for fields, b, t, s, e in rows for f in fields.split(",")
        )
    except (ValueError, TypeError, IndexError):
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
