"""How wide text prints: the one rule every stage uses to measure a line or a cell.

A Chinese character, a full-width form and a character whose width East Asian fonts
decide (Unicode's "ambiguous" class: “”, ·, ①, ‰) take two columns on a Chinese page;
a digit, a Latin letter and a space take one (Unicode Standard Annex #11). Where text was
laid out for a terminal or a fixed-width web table, the ambiguous characters take one
column, which ``ambiguous_wide=False`` counts.
"""

from __future__ import annotations

import unicodedata

_WIDE = frozenset("WF")
_WIDE_OR_AMBIGUOUS = frozenset("WFA")


_KEPT = 1 << 16


class _Columns(dict[str, int]):
    """Each character's columns, looked up once per process: a line's width is then a sum
    over ``map(self.__getitem__, line)``, run in C (a Python function called per character
    was the reading view's largest cost). Kept for at most :data:`_KEPT` characters, so a
    document of every code point cannot grow it without bound."""

    def __init__(self, wide: frozenset[str]) -> None:
        super().__init__()
        self.wide = wide

    def __missing__(self, ch: str) -> int:
        columns = 2 if unicodedata.east_asian_width(ch) in self.wide else 1
        if len(self) < _KEPT:
            self[ch] = columns
        return columns


_COLUMNS = {True: _Columns(_WIDE_OR_AMBIGUOUS), False: _Columns(_WIDE)}


def display_width(text: str, *, ambiguous_wide: bool = False) -> int:
    """How many columns ``text`` takes on a fixed-width page.

    >>> display_width("增长6.1%"), display_width("“十四五”"), display_width("“十四五”", ambiguous_wide=True)
    (8, 8, 10)
    """
    if text.isascii():
        return len(text)
    return sum(map(_COLUMNS[ambiguous_wide].__getitem__, text))
