"""Indicator names as printed, without what the layout or the footnotes add.

Shared by the table reader and the prose extractor: a footnote mark
(☆ 约束性 in some plans, ① a note number, * a revised figure) is not part of a
name, and a space between two Chinese characters is justification or a line
wrap (合格 率), not a word break.
"""

from __future__ import annotations

import re

# Marks printed before or after a name: stars, asterisks, triangles, circled
# numbers, and # (a statistics table's 其中, 'of which').
MARKS = "#＃☆★※*＊△▲①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_EDGE_MARKS_RE = re.compile(f"^[{MARKS}\\s]+|[{MARKS}\\s]+$")
_LAYOUT_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff(（])")


# 其中: (of which) before a sub-item of a statistics table: a mark of the row's rank.
_OF_WHICH_RE = re.compile(r"^其中\s*[:：]\s*")


def strip_marks(name: str) -> str:
    """``name`` without footnote marks at either end, a leading 其中: and layout spaces.

    >>> strip_marks("☆森林覆盖 率①")
    '森林覆盖率'
    """
    s = _OF_WHICH_RE.sub("", _EDGE_MARKS_RE.sub("", name.strip()))
    s = _LAYOUT_SPACE_RE.sub("", s)
    return re.sub(r"\s+", " ", s)
