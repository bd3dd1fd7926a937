"""Grounding a model's proposed fact: its quote and value found in the stored text.

A quote is found in the chunk that was sent (exact match first, then a match
that ignores whitespace and full-width/ASCII differences, mapped back to
offsets of the stored text); the value text inside that quote the same way;
the value must be a number printed in the value text.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from planwatch.core.data import Span
from planwatch.extract.numbers import find_numbers, to_view


@dataclass(frozen=True, slots=True)
class Located:
    """Where a proposed fact's value and quote are in the stored text."""

    value: Span
    quote: Span


# ---- grounding ----------------------------------------------------------------

# Differences a model introduces when it copies text: full-width forms made
# ASCII, curly quotes made straight. One character for one, so offsets survive.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x201C: 0x22, 0x201D: 0x22, 0x2018: 0x27, 0x2019: 0x27})
_MAX_OCCURRENCES = 50  # candidate positions examined per string (bounds the work)


def fold(s: str) -> tuple[str, list[int]]:
    """``s`` without whitespace and with full-width forms made ASCII, and where each char was.

    ``fold('地区生产总值 249.03 亿元')`` gives ``('地区生产总值249.03亿元', [0, 1, …])``:
    the second list maps each folded character to its index in ``s``.
    """
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(s.translate(_FOLD)):
        if ch.isspace():
            continue
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


def _find_all(hay: str, needle: str) -> Iterator[int]:
    i = hay.find(needle)
    found = 0
    while i != -1 and found < _MAX_OCCURRENCES:
        yield i
        found += 1
        i = hay.find(needle, i + 1)


def find_verbatim(hay: str, needle: str) -> list[Span]:
    """Spans of ``hay`` showing ``needle``: exact matches, else whitespace/width-insensitive ones.

    A fallback match is mapped back to ``hay``'s offsets and covers exactly the
    characters from the first to the last matched one (inner spaces included).
    """
    if not needle:
        return []
    exact = [Span(i, i + len(needle)) for i in _find_all(hay, needle)]
    if exact:
        return exact
    folded_needle, _ = fold(needle)
    if not folded_needle:
        return []
    folded_hay, where = fold(hay)
    return [
        Span(where[i], where[i + len(folded_needle) - 1] + 1)
        for i in _find_all(folded_hay, folded_needle)
    ]


_ARABIC_PART = set("0123456789")
_CHINESE_PART = set("零〇两一二三四五六七八九十百千")


def whole_number_at(view: str, span: Span) -> bool:
    """Whether ``view[span]`` does not cut a printed number: ``5%`` in ``15%`` does.

    ``view`` is the text with full-width digits made ASCII (:func:`to_view`).
    """
    first, last = view[span.start], view[span.end - 1]
    before = view[span.start - 1] if span.start > 0 else ""
    after = view[span.end : span.end + 2]
    if first in _ARABIC_PART and before and before in _ARABIC_PART | {".", ","}:
        return False
    if first in _CHINESE_PART and before and before in _CHINESE_PART:
        return False
    if (
        last in _ARABIC_PART
        and after
        and (after[0] in _ARABIC_PART or (after[0] in ".," and after[1:2] in _ARABIC_PART))
    ):
        return False
    return not (last in _CHINESE_PART and after and after[0] in _CHINESE_PART)


def locate(chunk: str, offset: int, quote: str, value_text: str) -> list[Located]:
    """Every place in ``chunk`` where ``quote`` shows and ``value_text`` shows inside it.

    A value that would cut a longer printed number (``29.4`` inside ``229.4``)
    is no place. Spans are offsets of the stored text (``offset`` is where the
    chunk starts).
    """
    found: list[Located] = []
    view = to_view(chunk)
    for q in find_verbatim(chunk, quote):
        for v in find_verbatim(chunk[q.start : q.end], value_text):
            if not whole_number_at(view, Span(q.start + v.start, q.start + v.end)):
                continue
            found.append(
                Located(
                    value=Span(offset + q.start + v.start, offset + q.start + v.end),
                    quote=Span(offset + q.start, offset + q.end),
                )
            )
    return found


def printed_values(value_text: str) -> set[float]:
    """The values a printed figure can stand for: its numbers, and the % of 成 and 番.

    ``'三成'`` -> {3, 30}; ``'翻一番'`` -> {1, 100}; ``'458.51亿元'`` -> {458.51}.
    """
    view = to_view(value_text)
    values: set[float] = set()
    for n in find_numbers(view):
        v = abs(n.value)
        values.add(v)
        after = view[n.span.end : n.span.end + 1]
        if after == "成":  # tenths, read as a share in %
            values.add(v * 10)
        elif after == "番" and v < 20:  # 翻n番: growth to 2**n times, (2**n - 1) * 100 %
            values.update({v * 100, (2**v - 1) * 100})
    return values


def value_is_printed(value: float, value_text: str) -> bool:
    """Whether ``value`` (sign aside: declines are negated) is a number ``value_text`` prints."""
    return any(
        math.isclose(abs(value), v, rel_tol=1e-9, abs_tol=1e-9) for v in printed_values(value_text)
    )
