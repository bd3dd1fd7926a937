"""Reading composed text in tests: a document's meta and its facts keyed by the characters
each covers (the round tests look figures up by how they are printed)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def analysed(name: str, text: str):
    """The document's meta and its facts by the characters they cover."""
    got = analyse_text(name, text)
    return got.document.meta, {text[f.start : f.end]: f for f in got.facts}


def facts_by_text(name: str, text: str) -> dict[str, object]:
    """The document's facts by the characters they cover."""
    return analysed(name, text)[1]
