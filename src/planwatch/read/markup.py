"""Markdown emphasis in a stored text: a page converted to Markdown sets its bold and
italic runs between ``**`` or ``*`` (or ``__``): ``**一、主要目标**``, ``**增长6.5%**``.
The marks are no part of the words: a heading's number must open its line, a cue must
meet its figure, and a star glued to a figure is no footnote mark there.

:func:`blank_emphasis` gives a same-length view in which a pair of such marks on one line,
each touching the run it sets (no space inside), is blank: spaces at a line's or a
clause's edge, :data:`~planwatch.core.normalise.BLANK` between two characters of words
(全市**地区生产总值…**: the sentence reader reads names and cues across it); a lone star (58.9*, a
footnote's; 注：*为快报数) is left to :mod:`planwatch.read.figures`. Offsets still index the
stored text, which is never changed.
"""

from __future__ import annotations

import re

from planwatch.core.normalise import BLANK

# A run set between a pair of the same marks on one line: ** or __ (bold), * (italic);
# the run starts and ends with no space and holds no mark of its kind. An italic run ends
# no sentence or clause, and opens a line or follows a space or punctuation (a star after a
# figure or its unit is a footnote's): two footnote stars of one line (注：*为快报数。…亿元*。;
# 增长6.2%*，…19家*、; 由16803.1亿元*增加到…4.4万元*；) are no pair.
_EMPHASIS_RE = re.compile(
    r"(?P<m>\*\*|__)(?=[^\s*_])(?:(?!(?P=m)).)*?(?<=[^\s*_])(?P=m)"
    r"|(?:^|(?<=[\s，,。；;、：:（(“]))\*(?=[^\s*，,。；;、：:）)])[^*\n。；;]*?(?<=[^\s*])\*(?!\*)",
    re.M,
)
# A run of italics holds a word (a star pair around a figure alone, *3.5*, is two marks).
_WORD_RE = re.compile(r"[\u4e00-\u9fff]")


def _blank(text: str, at: int, outside: int) -> str:
    """What a mark at ``at`` reads as: BLANK between two characters of words (全市**地区:
    a name or a cue runs across it), else spaces (a heading's line, a clause's edge)."""
    edge = text[outside : outside + 1]
    return BLANK if edge and (_WORD_RE.match(edge) or edge.isalnum()) else " "


def blank_emphasis(text: str) -> str:
    """``text`` with each pair of Markdown emphasis marks blank (see the module); else
    ``text``."""
    if "*" not in text and "__" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _EMPHASIS_RE.finditer(text):
        a, b = m.span()
        mark = 2 if m.group().startswith(("**", "__")) else 1
        if mark == 1 and not _WORD_RE.search(m.group()):
            continue
        out.append(text[pos:a])
        out.append(_blank(text, a, a - 1) * mark if a else " " * mark)
        out.append(text[a + mark : b - mark])
        out.append(_blank(text, b, b) * mark)
        pos = b
    out.append(text[pos:])
    return "".join(out)
