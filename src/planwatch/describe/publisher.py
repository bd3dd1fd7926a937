"""The area of the body that publishes a page, from its navigation line.

A bureau's or a government's site files its pages under its own name: the first item of
a page's navigation line (克拉玛依市统计局 > 统计数据 > 统计分析, 某县人民政府 > 政务公开 > …) is
the publisher. A statistical release or a short notice may name its area nowhere else, and
the describe stage reads the text with that line blanked (page chrome is no title, heading
or figure). Where the text names no area, the publisher's is the document's.
"""

from __future__ import annotations

import re

from planwatch.core.data import Evidence
from planwatch.core.normalise import fold
from planwatch.describe.jurisdiction import AreaDecision, decide_area
from planwatch.read.chrome import NAV_LINE_RE

# A publisher named by its office (a government, a bureau, a commission, a congress's
# standing committee, a media centre): the words an office's name ends with.
_OFFICE_RE = re.compile(
    r"(?:人民政府|政府(?:办公室)?|统计局|调查队|发展和改革委员会|发展改革委|发改委|财政局"
    r"|人大常委会|人民代表大会常务委员会|融媒体中心)$"
)
_FIRST_ITEM_RE = re.compile(r"^\s*([^>＞»›|｜/\s][^>＞»›|｜/]{1,30}?)\s*[>＞»›|｜/]")
_HEAD_LINES = 6  # a navigation line stands among a page's first non-empty lines


def publisher_area(text: str) -> AreaDecision:
    """The area of the office whose navigation line heads the page ``text`` (the stored
    text), with the office's name as evidence (basis ``publisher``); none if no such line."""
    seen, pos = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        view = fold(line)
        m = _FIRST_ITEM_RE.match(view)
        if m is None or not NAV_LINE_RE.search(view) or not _OFFICE_RE.search(m.group(1)):
            continue
        decided = decide_area(line[m.start(1) : m.end(1)])
        if decided.area is not None:
            s, e = start + m.start(1), start + m.end(1)
            return AreaDecision(decided.area, (Evidence("area", "publisher", text[s:e], s, e),))
    return AreaDecision(None)
