"""The time word lists of ``planwatch/data/time_words.csv``, loaded once.

The lists (section heading roles, relative years, flow words, annual and stock names)
live in the data file with a note on where they come from; this module turns them into
the patterns and tables :mod:`.sections`, :mod:`.timewords` and :mod:`.prose_period` use.
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.datafiles import records


@cache
def _rows() -> dict[str, list[tuple[str, str]]]:
    by_role: dict[str, list[tuple[str, str]]] = {}
    for row in records("time_words.csv"):
        by_role.setdefault(row["role"], []).append((row["word"], row["value"] or ""))
    return by_role


def words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in file order."""
    return tuple(word for word, _ in _rows().get(role, ()))


def alternation(role: str) -> str:
    """The words of ``role`` as one regex alternation, longest first (上一年 before 上年)."""
    return "|".join(re.escape(w) for w in sorted(words(role), key=len, reverse=True))


@cache
def pattern(role: str, suffix: str = "") -> re.Pattern[str]:
    """The words of ``role`` compiled as one pattern (``suffix``: ``$`` for a name's end)."""
    return re.compile(f"(?:{alternation(role)}){suffix}")


@cache
def relative_years() -> dict[str, int]:
    """Relative years and their offset from the document's "now" (去年: -1)."""
    return {word: int(value) for word, value in _rows().get("rel", ())}
