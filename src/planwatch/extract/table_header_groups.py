"""A flattened header two lines high whose upper line mixes a group with single columns.

An evaluation's table often heads its plan's figures with one cell over two columns and
its other columns with a cell each over a lower half (规划目标 over 2020年 | 2025年, then
2022年 over 完成值 and 是否达到 over 序时进度, 属性 two lines high). Printed one cell a line
(a PDF text layer, line by line), the upper line's cells come first, then the lower
line's: 序号 指标 单位 规划目标 2022年 是否达到 属性 2020年 2025年 完成值 序时进度. The
lower cells belong to the upper cells in order: a group takes the run of years (or growth
or cumulative words) that are its columns, a year cell the kind word under it, any other
value or verdict cell the word under it. The header is given back as the header reader
reads a group (``table_header.columns_from_cells``): the single columns joined with their
lower halves in place, the group's columns trailing after the last upper cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import (
    ColumnRole,
    _role,
    is_group_label,
    is_header_word,
    is_leaf_label,
    years_in,
)

# The cells of an upper line that take no lower half (printed two lines high).
_WHOLE = (ColumnRole.INDEX, ColumnRole.NAME, ColumnRole.UNIT, ColumnRole.ATTRIBUTE)


def group_lower_halves(header: Sequence[TextCell]) -> list[TextCell] | None:
    """``header`` (see the module doc) with its lower line's cells given to the upper
    line's in order, the group's columns after the rest; None unless the upper line ends in
    属性, holds one group at least (a kind word naming no year: 规划目标) that takes a year,
    and every lower cell finds its upper cell."""
    roles = [_role(c.text) for c in header]
    if ColumnRole.ATTRIBUTE not in roles:
        return None
    split = roles.index(ColumnRole.ATTRIBUTE) + 1
    upper, lower = list(header[:split]), list(header[split:])
    if len(lower) < 2 or not any(is_group_label(c.text) for c in upper):
        return None
    out: list[TextCell] = []
    leaves: list[TextCell] = []
    at = 0
    for cell, role in zip(upper, roles[:split], strict=True):
        if role in _WHOLE:
            out.append(cell)
        elif is_group_label(cell.text) and not years_in(cell.text):
            run = at
            while run < len(lower) and is_leaf_label(lower[run].text):
                run += 1
            if run == at or not any(years_in(c.text) for c in lower[at:run]):
                return None
            out.append(cell)
            leaves += lower[at:run]
            at = run
        elif at < len(lower) and _half_of(cell.text, lower[at].text):
            out.append(TextCell(cell.text + lower[at].text, cell.span))
            at += 1
        else:
            out.append(cell)
    if at != len(lower):
        return None
    return [*out, *leaves]


def _half_of(top: str, half: str) -> bool:
    """Whether ``half`` is the lower half of the single column ``top`` heads: no year, no
    group's column, a header word of its own or with ``top`` (2022年 over 完成值, 是否达到
    over 序时进度)."""
    if years_in(half) or is_leaf_label(half):
        return False
    return is_header_word(half) or is_header_word(top + half)
