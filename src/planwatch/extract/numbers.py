"""Finding and parsing numbers in Chinese planning text.

Numbers are found on a *view* of the stored text in which full-width digits,
points, commas and percent signs are replaced by their ASCII forms. The
replacement is one character for one character, so every offset in the view
is the same offset in the stored text: spans found here index the stored text
directly and the stored text itself is never rewritten. Spaces inside a number
(``2 . 8``) are tolerated by the pattern rather than removed, again so that
offsets need no mapping table.

What is recognised:

* Arabic numerals with decimals and thousands separators: ``458.51``,
  ``1,234.5``, ``１２３``, ``2 . 82``;
* Chinese numerals: ``六千六百`` (6600), ``十五`` (15), ``二〇二三`` (2023),
  ``两`` (2), ``零`` (0); a trailing 万/亿 is *not* taken into the number but
  left to the unit (``三万人`` -> 3 with unit 万人), the same way ``3万人`` reads.

``parse_number`` reads a whole string as one number (used on table cells);
``find_numbers`` lists every number in a stretch of text. Whether a number is
a *fact* (and not a year, a list number or part of a name) is for the
extractors to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from planwatch.core.data import Span
from planwatch.core.normalise import BLANK, FULLWIDTH_FROM, FULLWIDTH_TO
from planwatch.core.numerals import BIG_UNITS, DIGITS, parse_chinese_numeral
from planwatch.core.numerals import CHARS as _CN_CHARS
from planwatch.core.quickinit import quick_init
from planwatch.core.regex import skipping
from planwatch.core.spans import span_unchecked

# Full-width forms -> ASCII, one character for one, so offsets are unchanged (the pairs:
# core.normalise.FULLWIDTH_FROM / FULLWIDTH_TO).
_FULLWIDTH = str.maketrans(FULLWIDTH_FROM, FULLWIDTH_TO)


# An Arabic number: thousands-grouped or plain integer part, optional decimals.
# Spaces are allowed only around the decimal point ("2 . 8"), never between
# digits, because flattened tables put separate cells' numbers a space apart.
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[ ]*\.[ ]*\d+)?"
# A sign counts only at the start of a cell-like context ("[-3.43]", "(-2)").
# (Led by its first characters, a sign or a digit: five times faster over prose.)
_ARABIC_RE = skipping(re.compile(r"(?:(?<=[\[(（【:：\s])[-+])?" + _ARABIC))
# Both in one scan (their characters are disjoint, so the matches are the two scans'):
# a Chinese numeral is the match whose first character is one of its characters.
# Written to open with the class of its first character, consumed (a sign, a digit or a
# Chinese numeral; a lookbehind then tells which it was), so that the engine itself skips
# the characters that cannot start a number instead of trying a lookahead at each: the
# matches of ``(?:(?<=[[(（【:：\s])[-+])?ARABIC|[CN]+``, a fifth faster over prose.
_DECIMALS = rf"(?:[ ]*\.[ ]*\d+(?:{BLANK}+\d+)*)?"
# A figure a PDF's line broke between two digits (26 / 8.4亿元, 186.4 / 2亿元 in its decimals):
# the reading view makes the break inside it the blank of planwatch.core.normalise
# (read.wrap.in_word_gap), read across.
_BROKEN = f"(?:{BLANK}+\\d+)*"
_ANY_NUMBER_RE = re.compile(
    rf"[-+\d{_CN_CHARS}](?:(?<=[\[(（【:：\s][-+])(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+){_DECIMALS}"
    rf"|(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+(?!\d)|\d*{_BROKEN}){_DECIMALS}|(?<=[{_CN_CHARS}])[{_CN_CHARS}]*)"
)
_CN_SET = frozenset(_CN_CHARS)
# The decimal part of a Chinese numeral, digit by digit: 十二点八 (12.8), 三點零五 (3.05).
_CN_DIGITS = "".join(d for d in DIGITS if d not in "OＯ")
# Words ending in 一 that are no numeral (唯一, 统一, 逐一, 之一): the 一 is not a digit.
_ONE_WORDS = frozenset({"唯一", "统一", "逐一", "之一", "同一", "单一", "专一", "万一", "萬一"})
_CN_DECIMAL_RE = re.compile(f"[点點]([{_CN_DIGITS}]+)")
_POINTS = frozenset("点點")
_WHOLE_ARABIC_RE = re.compile(r"\s*[-+]?\s*" + _ARABIC + r"\s*")


@quick_init
@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in text.

    ``span`` indexes the text given to :func:`find_numbers` and covers exactly
    the printed number (without unit); ``raw`` is ``text[span.start:span.end]``;
    ``chinese`` tells a Chinese-numeral number (``六千六百``) from an Arabic one.
    """

    span: Span
    value: float
    raw: str
    chinese: bool = False


_FULLWIDTH_RE = re.compile(f"[{re.escape(FULLWIDTH_FROM)}]+")


def _ascii(m: re.Match[str]) -> str:
    return m.group().translate(_FULLWIDTH)


def to_view(text: str) -> str:
    """The text with full-width digits and signs made ASCII (same length)."""
    # Only the full-width runs are translated: ``str.translate`` over a whole document
    # costs far more than a regex scan that finds the few runs there are.
    return _FULLWIDTH_RE.sub(_ascii, text)


def parse_number(s: str) -> float | None:
    """Read all of ``s`` (surrounding spaces allowed) as one number; None if it is not one.

    ``'1,234.5'`` -> 1234.5, ``'１２３'`` -> 123, ``' 2 . 82'`` -> 2.82,
    ``'六千六百'`` -> 6600, ``'十四点一'`` -> 14.1, ``'三成'`` -> 30 (成 is tenths: a share in %),
    ``'0'`` -> 0, ``'-3.43'`` -> -3.43.
    """
    if not s:
        return None
    view = to_view(s).strip()
    if _WHOLE_ARABIC_RE.fullmatch(view):
        return float(re.sub(r"[\s,]", "", view))
    if view.endswith("成") and len(view) > 1:
        # 三成 = 30 %, 1.5成 = 15 %: 成 counts tenths.
        inner = parse_number(view[:-1])
        return None if inner is None else round(inner * 10, 10)
    return _chinese_value(view)  # (with a decimal part read digit by digit: 十四点一)


def _arabic_value(raw: str) -> float:
    return float(raw.replace(",", "").replace(" ", "").replace(BLANK, ""))


# Chinese numerals in running text are few and recur (一, 两, 十四, 三百): read each once.
@lru_cache(maxsize=4096)
def _chinese_value(s: str) -> float | None:
    """A Chinese numeral's value, with a decimal part read digit by digit (十二点八)."""
    whole, sep, frac = s.replace("點", "点").partition("点")
    value = parse_chinese_numeral(whole)
    if not sep or value is None:
        return value
    return value + float("0." + "".join(str(DIGITS[ch]) for ch in frac))


# A number as found, before it is a NumberMatch: (start, end, value, raw, chinese).
NumberRow = tuple[int, int, float, str, bool]


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, chinese: bool = True
) -> list[NumberMatch]:
    """Every number in ``text[start:end]``, in text order; spans index ``text``.

    With ``chinese=False`` only Arabic numerals are returned. Chinese numerals
    are returned with ``chinese=True`` on the match; a trailing 万/亿 is left
    out of the match (it belongs to the unit), and a lone 万/亿 is no number.
    Numbers glued to Latin letters (5G, PM2.5) are still returned: telling a
    name from a figure needs the context, which is the extractor's job.
    """
    if not chinese:
        view = to_view(text[start : len(text) if end is None else end])
        return [
            NumberMatch(
                Span(start + m.start(), start + m.end()),
                _arabic_value(m.group()),
                text[start + m.start() : start + m.end()],
            )
            for m in _ARABIC_RE.finditer(view)
        ]
    return as_matches(scan_numbers(text, start, end))


def as_matches(rows: list[NumberRow]) -> list[NumberMatch]:
    """Number rows of :func:`scan_numbers` as matches (a scan's spans are in order)."""
    return [NumberMatch(span_unchecked(s, e), v, raw, cn) for s, e, v, raw, cn in rows]


def scan_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberRow]:
    """The numbers of :func:`find_numbers` as plain rows, Chinese numerals included: a
    document's prose reads few of its numbers, and makes matches of those only."""
    if end is None:
        end = len(text)
    view = to_view(text if start == 0 and end == len(text) else text[start:end])
    found: list[NumberRow] = []
    taken = 0  # the end of the last decimal part of a Chinese numeral read
    for m in _ANY_NUMBER_RE.finditer(view):
        s, e = m.span()
        if view[s] not in _CN_SET:
            found.append(
                (start + s, start + e, _arabic_value(m.group()), text[start + s : start + e], False)
            )
            continue
        if s < taken:
            continue
        if view[s] == "一" and view[s - 1 : s + 1] in _ONE_WORDS:
            s += 1  # 唯一一个: the 一 of 唯一 is a word, the next one a count
            if s == e:
                continue
        dec = _CN_DECIMAL_RE.match(view, e) if view[e : e + 1] in _POINTS else None
        if dec:
            e = dec.end()
            taken = e
        # Leave a trailing 万/亿 to the unit: 三万人 reads like 3万人.
        while e > s and view[e - 1] in BIG_UNITS:
            e -= 1
        if e == s:
            continue
        value = _chinese_value(view[s:e])
        if value is None:
            continue
        found.append((start + s, start + e, value, text[start + s : start + e], True))
    return found
