"""The text as lines: offsets of each non-empty line with its surrounding whitespace cut."""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.core.linetable import line_table
from planwatch.core.quickinit import quick_init

# Whitespace around a line's content: ASCII, NBSP (web pages) and the ideographic space.
SPACE = " \t\r\f\v\xa0\u3000\u2002\u2003\u200b\ufeff"


@quick_init
@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line: ``text`` is ``stored_text[start:end]``, stripped of whitespace."""

    index: int  # position among the non-empty lines
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Every line with visible content, in order (``\\r\\n`` and ``\\n`` both end a line)."""
    out: list[Line] = []
    table = line_table(text)  # (the text's shared lines: core.linetable)
    for at, raw in zip(table.starts, table.raw):
        stripped = raw.strip(SPACE)
        if not stripped:
            continue
        start = at + (len(raw) - len(raw.lstrip(SPACE)))
        out.append(Line(len(out), start, start + len(stripped), stripped))
    return out
