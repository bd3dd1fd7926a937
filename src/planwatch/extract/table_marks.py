"""Footnote marks glued to a table's header cells.

A plan's indicator table flattened from a page prints a note's number as a
superscript after the cell it explains (〔累计〕¹, 2025年²); copied as text, the mark
is a digit glued to the cell (〔累计〕1), and the notes under the table say what it
refers to (注：1.〔 〕内为五年累计数). Read without its mark the cell is the header
word it is (real2 dev c275, after the national 生态环境保护规划's 专栏1; marks glued to
row names, 浓度2, are read by the row reader as before). The cell keeps its mark: a
cell printed on its own, it is a column of its own (〔累计〕 alone under 2025年 would be
read as that column's lower half).

Right after a header's name cell (指标名称), a short cell giving its column's unit in
brackets (人口数（万人）) is a header cell too, whatever its words; once the header has a
column of values, such a cell is a row's name printed with its unit (人均地区生产总值（元）).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from planwatch.core.units import header_unit
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import ColumnRole, _role

# A note's number after a cell's last word or bracket: one digit or a circled number
# (never after a digit: 2025 is a year, not 202 and a mark).
_MARK_RE = re.compile(r"(?<=[^\d\s.．])\s?(?:[1-9]|[①-⑨¹²³])$")


_UNIT_CELL_CHARS = 12  # (人口数（万人）, 从业人员（万人）: a column's words and its unit)


def _unit_column(text: str, header: Sequence[TextCell]) -> bool:
    """A column's words and unit right after the header's name cells (人口数（万人）)."""
    if not header or len(text) > _UNIT_CELL_CHARS or not header_unit(text):
        return False
    return all(_role(c.text) in (ColumnRole.NAME, ColumnRole.INDEX) for c in header)


def unmarked(text: str) -> str | None:
    """``text`` without the footnote mark glued to its end, or None if it has none."""
    m = _MARK_RE.search(text)
    return text[: m.start()] if m is not None and m.start() > 0 else None


def header_marked(text: str, is_header: Callable[[str], bool], header: Sequence[TextCell]) -> bool:
    """Whether a line is a header cell, a footnote mark after it allowed once the header
    has begun (a title line above it is no header cell), or a column's words and unit right
    after the name cells (see the module doc)."""
    if is_header(text) or _unit_column(text, header):
        return True
    bare = unmarked(text) if header else None
    return bare is not None and is_header(bare)
