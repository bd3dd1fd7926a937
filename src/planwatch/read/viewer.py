"""A document-sharing site's viewer page: its chunk numbers inside the text.

Sites that show a .docx or .pdf as text (a 文库 page: 《….docx》由会员分享，可在线阅读…
(6页珍藏版)》请在…上搜索) cut the document into chunks and number each at the start of
its line, 1、 2、 3、, wherever the chunk ends: inside a sentence, between an indicator
and its figure (新改建农村公路 / 3、526公里), inside a word (农业农 / 2、村局). The numbers
are no part of the document. Found by their form: a viewer's head line near the top
(``viewer_head`` of ``data/page_chrome.csv``) and line-opening numbers running 1, 2, 3…
in order; the reading view blanks them as it blanks chrome (``blank_chrome``) and joins a
sentence they cut (:func:`planwatch.read.chrome.reading_view`). Seen on such pages of 人大 调研报告
(search corpus "pages") and real2 dev c277.
"""

from __future__ import annotations

import re

from planwatch.core.normalise import fold
from planwatch.read.chrome import chrome_line_re

_HEAD_LINES = 5  # the viewer's head stands in the page's first lines
_MARK_RE = re.compile(r"(?m)^[ \t\u3000]*(\d{1,3})、")
# A line that ends a sentence or a block: a chunk starting after it cuts nothing.
_ENDS_RE = re.compile(r"[。！？!?：:；;]\s*$")


def viewer_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each chunk number of a viewer page (``1、``), in text order; none
    in a text without a viewer's head."""
    head = fold(text[:2000]).split("\n")[:_HEAD_LINES]
    pattern = chrome_line_re("viewer_head")
    if not any(pattern.fullmatch(line.strip()) for line in head):
        return []
    marks, want = [], 1
    for m in _MARK_RE.finditer(text):
        if int(m.group(1)) == want:
            marks.append((m.start(1), m.end()))
            want += 1
    return marks if len(marks) >= 2 else []


def viewer_cuts(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gaps (from the end of the line before to the text after the number, as
    :func:`planwatch.read.wrap.wrap_gaps` gives them) where a chunk number cuts a sentence:
    the line before ends none."""
    gaps = []
    for a, b in marks:
        line_end = text.rfind("\n", 0, a)
        if line_end <= 0:
            continue
        before = text[text.rfind("\n", 0, line_end) + 1 : line_end]
        if before.strip() and not _ENDS_RE.search(before):
            gaps.append((line_end, b))
    return gaps
