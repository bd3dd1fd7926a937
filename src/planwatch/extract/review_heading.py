"""The year a review heading looks back at (一、2023年国民经济和社会发展计划执行情况).

An annual plan report's or work report's review section is headed by the year it
reviews; a figure under that heading, with no time word of its own, is that year's.
Read by :mod:`.timewords` when it dates a stretch of text.
"""

from __future__ import annotations

import re

# A heading line reviewing a year: its number, the year, and a review word.
_REVIEW_HEAD_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|第[一二三四五六七八九十]{1,2}部分)[^\n。]{0,20}?"
    r"((?:19|20)\d{2})\s*年[^\n。]{0,30}?(?:执行情况|工作回顾|回顾|完成情况)[^\n。]{0,10}$",
    re.MULTILINE,
)
# How far back a heading is looked for.
_HEAD_WINDOW = 2000


def reviewed_in_heading(text: str, at: int) -> int | None:
    """The year the nearest heading line before ``at`` reviews (一、2023年国民经济和社会发展
    计划执行情况), if that heading is the last one before ``at``; else None."""
    found = None
    for m in _REVIEW_HEAD_RE.finditer(text, max(0, at - _HEAD_WINDOW), at):
        found = m
    if found is None or _ANY_HEAD_RE.search(text, found.end(), at):
        return None
    return int(found.group(1))


_ANY_HEAD_RE = re.compile(
    r"\n\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|第[一二三四五六七八九十]{1,2}部分)"
)
