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

from planwatch.core.data import Span

# Full-width forms -> ASCII, one character for one, so offsets are unchanged.
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，％－＋\u3000",
    "0123456789.,%-+ ",
)

_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_CN_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG)

# An Arabic number: thousands-grouped or plain integer part, optional decimals.
# Spaces are allowed only around the decimal point ("2 . 8"), never between
# digits, because flattened tables put separate cells' numbers a space apart.
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[ ]*\.[ ]*\d+)?"
# A sign counts only at the start of a cell-like context ("[-3.43]", "(-2)").
_ARABIC_RE = re.compile(r"(?:(?<=[\[(（【:：\s])[-+])?" + _ARABIC)
_CHINESE_RE = re.compile(f"[{_CN_CHARS}]+")
_WHOLE_ARABIC_RE = re.compile(r"\s*[-+]?\s*" + _ARABIC + r"\s*")


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


def to_view(text: str) -> str:
    """The text with full-width digits and signs made ASCII (same length)."""
    return text.translate(_FULLWIDTH)


def parse_chinese_numeral(s: str) -> float | None:
    """Value of a Chinese numeral such as 六千六百, 十五, 二〇二三, 三万五千; None if not one."""
    if not s or any(ch not in _CN_CHARS for ch in s):
        return None
    # Digit-by-digit years and codes (二〇二三) have no multipliers at all.
    if len(s) > 1 and all(ch in _CN_DIGITS for ch in s):
        return float(int("".join(str(_CN_DIGITS[ch]) for ch in s)))
    total = 0  # completed 亿/万 groups
    section = 0  # the group being read (below 万)
    digit = 0
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            # 十五 means 15: a bare 十 at the start of a group is one ten.
            section += (digit or 1) * _CN_SMALL[ch]
            digit = 0
        else:  # 万 or 亿
            group = section + digit
            if ch == "亿":
                total = (total + (group or 1)) * _CN_BIG[ch]
            else:
                total += (group or 1) * _CN_BIG[ch]
            section = digit = 0
    return float(total + section + digit)


def parse_number(s: str) -> float | None:
    """Read all of ``s`` (surrounding spaces allowed) as one number; None if it is not one.

    ``'1,234.5'`` -> 1234.5, ``'１２３'`` -> 123, ``' 2 . 82'`` -> 2.82,
    ``'六千六百'`` -> 6600, ``'三成'`` -> 30 (成 is tenths: a share in %),
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
    return parse_chinese_numeral(view)


def _arabic_value(raw: str) -> float:
    return float(raw.replace(",", "").replace(" ", ""))


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
    if end is None:
        end = len(text)
    view = to_view(text[start:end])
    found: list[NumberMatch] = []
    for m in _ARABIC_RE.finditer(view):
        raw = m.group()
        found.append(
            NumberMatch(Span(start + m.start(), start + m.end()), _arabic_value(raw),
                        text[start + m.start() : start + m.end()])
        )
    if chinese:
        for m in _CHINESE_RE.finditer(view):
            s, e = m.start(), m.end()
            # Leave a trailing 万/亿 to the unit: 三万人 reads like 3万人.
            while e > s and view[e - 1] in _CN_BIG:
                e -= 1
            if e == s:
                continue
            value = parse_chinese_numeral(view[s:e])
            if value is None:
                continue
            found.append(
                NumberMatch(Span(start + s, start + e), value, text[start + s : start + e], True)
            )
        found.sort(key=lambda n: n.span.start)
    return found
