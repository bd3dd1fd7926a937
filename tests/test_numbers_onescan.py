"""Numbers found in one scan (Arabic and Chinese numerals in one pattern) are the numbers
the two scans found, one pattern each, merged in text order: checked against that plain
definition on text generated from the characters that matter (digits, signs, points,
Chinese numerals with 点, 万/亿, 唯一, brackets and spaces)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import Span
from planwatch.extract import numbers
from planwatch.extract.numbers import NumberMatch, find_numbers

# The Chinese scan of the two-scan definition (a run of Chinese numeral characters).
_CHINESE_RE = re.compile(f"[{numbers._CN_CHARS}]+")


def _two_scans(text: str) -> list[NumberMatch]:
    """The numbers as first found: every Arabic match, then every Chinese one, sorted."""
    view = numbers.to_view(text)
    found = [
        NumberMatch(
            Span(m.start(), m.end()), numbers._arabic_value(m.group()), text[m.start() : m.end()]
        )
        for m in numbers._ARABIC_RE.finditer(view)
    ]
    taken = 0
    for m in _CHINESE_RE.finditer(view):
        s, e = m.start(), m.end()
        if s < taken:
            continue
        if view[s] == "一" and view[s - 1 : s + 1] in numbers._ONE_WORDS:
            s += 1
            if s == e:
                continue
        dec = numbers._CN_DECIMAL_RE.match(view, e) if view[e : e + 1] in "点點" else None
        if dec:
            e = taken = dec.end()
        while e > s and view[e - 1] in "万亿":
            e -= 1
        if e == s:
            continue
        value = numbers._chinese_value(view[s:e])
        if value is not None:
            found.append(NumberMatch(Span(s, e), value, text[s:e], True))
    found.sort(key=lambda n: n.span.start)
    return found


_PIECES = list("0123456789.,-+ [(（:：\n一二三十百千万亿点點两〇零唯统") + [
    "２", "．", "－", "增长", "亿元", "　", "个", "%",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_one_scan_finds_what_two_scans_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert find_numbers(text) == _two_scans(text)


def test_one_scan_in_a_sentence() -> None:
    text = "唯一一个指标增长十二点八%，达到（-3.5）万元，1,234.5亿元和三万人"
    found = [(n.raw, n.value, n.chinese) for n in find_numbers(text)]
    assert found == [
        ("一", 1.0, True),
        ("十二点八", 12.8, True),
        ("-3.5", -3.5, False),
        ("1,234.5", 1234.5, False),
        ("三", 3.0, True),
    ]
    assert find_numbers(text) == _two_scans(text)
