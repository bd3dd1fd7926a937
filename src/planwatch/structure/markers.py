"""Heading numbering as printed: 第一章, 第一节, 一、, (一), 1., (1), ①.

Each kind of numbering is a marker *type*; a document's outline levels follow
the types it uses (see :mod:`planwatch.structure.headings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = r"[一二三四五六七八九十百零〇两]{1,5}"

# Types with 第…: their relative order is fixed (篇 > 部分 > 章 > 节).
STRONG_TYPES = ("pian", "bufen", "zhang", "jie")
# Common-style numbering, in the usual official order (一、 > (一) > 1. > (1) > ①).
WEAK_TYPES = ("cn", "paren_cn", "arabic", "paren_arabic", "circled")
_UNIT_TYPE = {"篇": "pian", "部分": "bufen", "章": "zhang", "节": "jie"}

MARKER_RE = re.compile(
    rf"(?P<strong>第\s*(?:{_CN}|\d{{1,3}})\s*(?P<unit>篇|部分|章|节))"
    r"|(?P<cn>[一二三四五六七八九十]{1,3}\s*[、．]|[一二三四五六七八九十]{1,3}\.(?!\d))"
    r"|(?P<paren_cn>[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])"
    r"|(?P<arabic>\d{1,2}\s*(?:[、．]|\.(?![\d.])))"
    r"|(?P<paren_arabic>[(（]\s*\d{1,2}\s*[)）])"
    r"|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"
)
# Characters allowed between a marker and its title.
MARKER_GAP = " \t\xa0\u3000、.．:："


@dataclass(frozen=True, slots=True)
class Marker:
    """A numbering at the start of a line."""

    type: str
    text: str  # as printed: 第一章, 一、, （一）, 1.
    end: int  # offset in the line just after the marker


def match_marker(line: str) -> Marker | None:
    """The heading numbering that opens ``line``, if any."""
    m = MARKER_RE.match(line)
    if m is None:
        return None
    if m.group("strong"):
        kind = _UNIT_TYPE[m.group("unit")]
    else:
        kind = next(k for k in WEAK_TYPES if m.group(k))
    return Marker(kind, m.group(0), m.end())


def is_strong(kind: str) -> bool:
    """True for the 第…篇/部分/章/节 types."""
    return kind in STRONG_TYPES
