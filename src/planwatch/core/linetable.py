"""One table of a text's lines, made once per text and shared by the stages that walk them.

Round 25 found each document's text split into lines by several stages, each with its own
``[^\\n]+`` scan or ``str.splitlines``. :func:`line_table` makes the table once per text
(kept for the last few texts, keyed by the text itself) and every stage moved onto it reads
the same lists: each line's raw span (a maximal run of characters other than ``\\n``, the
lines ``re.finditer(r"[^\\n]+", text)`` yields, in order), its raw text, its text stripped of
whitespace (``str.strip``) and cheap flags. ``plain_breaks`` says whether ``\\n`` is the
only line break ``str.splitlines`` would see, so that a stage which split with it may use
the table and stay exactly the same.
"""

from __future__ import annotations

from functools import lru_cache

# The line breaks str.splitlines knows besides "\n" (a "\r" before "\n" is one of them too).
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
# Figures a fact needs: an Arabic digit (ASCII or full-width) or a Chinese numeral.
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两")


class LineTable:
    """The runs of characters between a text's ``\\n``s (see the module's note)."""

    __slots__ = ("text", "starts", "ends", "raw", "plain_breaks", "_stripped", "_figures")

    def __init__(self, text: str) -> None:
        self.text = text
        raw: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for piece in text.split("\n"):
            if piece:
                raw.append(piece)
                starts.append(pos)
                ends.append(pos + len(piece))
            pos += len(piece) + 1
        self.starts = starts
        self.ends = ends
        self.raw = raw
        self.plain_breaks = not any(b in text for b in _OTHER_BREAKS)
        self._stripped: list[str] | None = None
        self._figures: list[bool] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def next_content(self, i: int) -> str:
        """The stripped text of the first line after line ``i`` with any (``""`` if none)."""
        for body in self.stripped[i + 1 :]:
            if body:
                return body
        return ""

    @property
    def stripped(self) -> list[str]:
        """Per line: its text stripped of whitespace (``str.strip``), made when first asked."""
        if self._stripped is None:
            self._stripped = [x.strip() for x in self.raw]
        return self._stripped

    @property
    def figures(self) -> list[bool]:
        """Per line: whether it holds a digit or a Chinese numeral (else it holds no figure)."""
        if self._figures is None:
            self._figures = [not _NUMERAL_CHARS.isdisjoint(x) for x in self.raw]
        return self._figures


@lru_cache(maxsize=4)
def line_table(text: str) -> LineTable:
    """The table of ``text``'s lines, made once for the last few texts."""
    return LineTable(text)
