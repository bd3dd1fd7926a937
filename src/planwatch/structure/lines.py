"""The text as lines: offsets of each non-empty line with its surrounding whitespace cut."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.quickinit import quick_init

# Whitespace around a line's content: ASCII, NBSP (web pages) and the ideographic space.
SPACE = " \t\r\f\v\xa0\u3000\u2002\u2003\u200b\ufeff"
_LINE_RE = re.compile(r"[^\n]+")


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
    for m in _LINE_RE.finditer(text):
        raw = m.group(0)
        stripped = raw.strip(SPACE)
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip(SPACE)))
        out.append(Line(len(out), start, start + len(stripped), stripped))
    return out
