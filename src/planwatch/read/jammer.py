"""A forum's anti-copy junk in a reposted page, read as blank.

Bulletin-board software inserts a few random printable characters after runs of a post's
text (a "jammer", hidden by the board's style sheet, printed by a copy of the page as
text): 98.9 t% O4, ＜18 2 ^6 r, 100 / m1 Z, 空气质量优良天数比率（%）& x0 _ — documents
reposted on forums carry them in table cells and at line ends (three blind annotators'
forum mirrors of evaluation reports, rounds 20 and 21; forum pages in the search corpus
"pages"). A run of such tokens closing a line — each one or two printable ASCII
characters, parted by single spaces, with a letter among them and a sign that is neither
a decimal point nor a per cent, or a letter glued to a per cent (t%) — is blanked (spaces,
the same length): the figure before it reads as the cell's, and no token of it is read as
a figure; so is such a run of three tokens or more opening a line before its text (4 o* d,
v6 G: p ●城镇居民…, as a news board's copy prints them). A unit, a percentage or a footnote
(5 %, PM 2.5, 注1) has no such run.
"""

from __future__ import annotations

import re

# One to five tokens of one or two printable ASCII characters closing a line, after a space,
# a closing bracket or a Chinese character it was glued to (…（%）& x0 _, 指标3 k# E8 v).
# (After the cell's own text: a token right after a bar is the cell, | 86 H* y$ 9.)
_RUN_RE = re.compile(
    r"(?m)(?:(?<=[^\s|｜][ \u3000])|(?<=[）)\u4e00-\u9fff]))((?:[!-~]{1,2} ){1,8}[!-~]{1,2})[ \t]*$"
)
_LETTER_RE = re.compile(r"[A-Za-z]")
_SIGN_RE = re.compile(r"[!-$&-\-/:-@\[-`{-~]")  # (no % and no decimal point: 5 %, 2.5)
# A letter glued to a per cent (t%): no unit nor word is written so.
_MIXED_RE = re.compile(r"[A-Za-z]%")


def _junk(run: str) -> bool:
    tokens = run.split()
    if len(tokens) < 2 or not _LETTER_RE.search(run):
        return False
    return bool(_SIGN_RE.search(run) or _MIXED_RE.search(run))


# The longest run, with the spaces after it: only a line's last characters are tried.
_TAIL = 32
# A line ending in a printable ASCII character (and any spaces): the only ones tried.
_ASCII_END_RE = re.compile(r"(?m)[!-~][ \t]*$")


# A run opening a line before its text (4 o* d, v6 G: p ●城镇居民…): three tokens at least.
_OPENING_RUN_RE = re.compile(r"(?m)^[ \t]*((?:[!-~]{1,2} ){2,8}[!-~]{1,2})[ \t]+(?=[^\x00-\x7f])")


def blank_jammer(text: str) -> str:
    """``text`` with a forum's jammer runs made spaces (same length); a text without
    them as it is."""
    runs: list[tuple[int, int]] = []
    for end in _ASCII_END_RE.finditer(text):
        line_start = text.rfind("\n", 0, end.start()) + 1
        m = _RUN_RE.search(text, max(line_start, end.end() - _TAIL), end.end())
        if m is not None and _junk(m.group(1)):
            runs.append(m.span())
    opening = [  # (no bar: | | l2 | 养老…, a table's empty cell and an OCR'd index)
        m.span(1) for m in _OPENING_RUN_RE.finditer(text) if "|" not in m[1] and _junk(m.group(1))
    ]
    runs = sorted(set(runs) | set(opening))
    if not runs:
        return text
    out: list[str] = []
    last = 0
    for a, b in runs:
        a = max(a, last)  # (a line of junk alone: its opening and closing runs overlap)
        if b > a:
            out += [text[last:a], " " * (b - a)]
            last = b
    return "".join(out) + text[last:]


# Characters a page's encoding lost, printed as ASCII question marks inside Chinese text
# (指????标, | ??工??业 |: full-width spaces or indents a mirror could not encode): read as
# blank. A question of the text itself is written ？ in Chinese.
# A run of two at least, or any opening a table's cell (a single one between two words may
# end a sentence: …提出来的?超过…).
_LOST_RE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])\?{2,}|(?:(?<=[|｜])|(?<=[|｜][ \t]))\?+)(?=[\u4e00-\u9fff])"
)


def blank_lost(text: str) -> str:
    """``text`` with the question marks of characters its encoding lost made spaces (same
    length); a text without them as it is."""
    if "?" not in text:
        return text
    return _LOST_RE.sub(lambda m: " " * len(m[0]), text)
