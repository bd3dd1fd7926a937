"""The area of the body that publishes a page: the site's own name (:mod:`.site`).

A bureau's or a government's site files its pages under its own name: a line over the
page (某县人民政府门户网站), the first item of its navigation line (克拉玛依市统计局 > 统计数据 >
统计分析, 某县人民政府 > 政务公开 > …) or its foot (主办：某县人民政府办公室). A statistical
release or a short notice may name its area nowhere else, and the describe stage reads the
text with those lines blanked (page chrome is no title, heading or figure). Where the text
names no area, the publisher's is the document's; where it names only several of the
publisher's parts side by side (a city's round-up of its counties), too
(:func:`planwatch.describe.meta.describe`).
"""

from __future__ import annotations

import re

from planwatch.core.data import Evidence
from planwatch.core.normalise import fold
from planwatch.describe.jurisdiction import AreaDecision, decide_area
from planwatch.describe.site import (
    HEAD_LINES,
    OFFICE_RE,
    foot_span,
    office_of_site,
    site_head,
    title_site,
)
from planwatch.read.chrome import NAV_LINE_RE

_HEAD_CHARS = 1500  # the site's head lines stand over the title
_FIRST_ITEM_RE = re.compile(r"^\s*([^>＞»›|｜/\s][^>＞»›|｜/]{1,30}?)\s*[>＞»›|｜/]")


def _named(text: str, start: int, end: int) -> AreaDecision:
    """The area of the office named at ``text[start:end]`` (basis ``publisher``)."""
    decided = decide_area(text[start:end])
    if decided.area is None:
        return AreaDecision(None)
    return AreaDecision(decided.area, (Evidence("area", "publisher", text[start:end], start, end),))


def publisher_area(text: str) -> AreaDecision:
    """The area of the office whose site carries the page ``text`` (the stored text or a
    same-length view), with the office's name as evidence (basis ``publisher``); none if
    the page names no site."""
    head = fold(text[:_HEAD_CHARS])  # (same length: offsets index the text)
    for start, end in site_head(head):
        office = office_of_site(head[start:end])
        if office is not None:
            at = head.index(office, start)
            decided = _named(text, at, at + len(office))
            if decided.area is not None:
                return decided
    seen, pos = 0, 0
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        m = _FIRST_ITEM_RE.match(line)
        if m is None or not NAV_LINE_RE.search(line) or not OFFICE_RE.search(m.group(1)):
            continue
        decided = _named(text, start + m.start(1), start + m.end(1))
        if decided.area is not None:
            return decided
    first = head.split("\n", 1)[0]
    suffix = title_site(first)
    office = office_of_site(first[suffix[0] : suffix[1]]) if suffix is not None else None
    if suffix is not None and office is not None:
        decided = _named(text, suffix[0], suffix[0] + len(office))
        if decided.area is not None:
            return decided
    foot = foot_span(text)
    return AreaDecision(None) if foot is None else _named(text, *foot)
