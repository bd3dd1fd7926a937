"""How wide text prints: the one rule every stage uses to measure a line or a cell.

A Chinese character, a full-width form and a character whose width East Asian fonts
decide (Unicode's "ambiguous" class: “”, ·, ①, ‰) take two columns on a Chinese page;
a digit, a Latin letter and a space take one (Unicode Standard Annex #11). Where text was
laid out for a terminal or a fixed-width web table, the ambiguous characters take one
column, which ``ambiguous_wide=False`` counts.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_WIDE = frozenset("WF")
_WIDE_OR_AMBIGUOUS = frozenset("WFA")


@lru_cache(maxsize=4096)
def _columns(ch: str, ambiguous_wide: bool) -> int:
    wide = _WIDE_OR_AMBIGUOUS if ambiguous_wide else _WIDE
    return 2 if unicodedata.east_asian_width(ch) in wide else 1


def display_width(text: str, *, ambiguous_wide: bool = False) -> int:
    """How many columns ``text`` takes on a fixed-width page.

    >>> display_width("增长6.1%"), display_width("“十四五”"), display_width("“十四五”", ambiguous_wide=True)
    (8, 8, 10)
    """
    if text.isascii():
        return len(text)
    return sum(_columns(ch, ambiguous_wide) for ch in text)
