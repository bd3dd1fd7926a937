"""Rows stacked in one cell of a flattened table: a row and its 其中 parts, one figure each.

A plan's indicator table often prints a row and its parts in one cell, one name a line
(幼儿教师专科及以上学历比例（%） / 其中：本科及以上学历比例（%）), and each column's figures
for them in one cell too, one a line. Copied one cell per line, the names come first, then
each column's figures in turn, the row's before its part's:

    1.幼儿教师专科及以上学历比例(%) / 其中:本科及以上学历比例(%) / 97.7% / 49.9% / 100% / 50%

The row reader takes that for one row with four figures. Here a row whose names hold a
其中 part and whose figures are a whole number of times the table's value columns, as many
as it has names or fewer, is the last so many names' rows, each column's figures handed out
in the names' order; names before them (4.义务教育标准班额比例 over 其中：小学 / 初中) are
their parent. A numbered row (5.…) after such parts is no part of them: its parent goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_rows import RowDraft

_OF_WHICH_RE = re.compile(r"\s*其中\s*[:：]?\s*")
_NUMBERED_RE = re.compile(r"\s*\d{1,2}\s*[.、．]")


def unstacked(drafts: Sequence[RowDraft], columns: int) -> list[RowDraft]:
    """``drafts`` with each stacked row split into its rows (see the module doc);
    ``columns``: how many value columns the table has."""
    out: list[RowDraft] = []
    parts_parent: str | None = None  # the parent the last split rows were given
    for d in drafts:
        if parts_parent is not None and d.parent is not None and _NUMBERED_RE.match(d.name):
            d = replace(d, parent=None)  # (5.… after 4.…'s parts: a row of its own)
        split = _split(d, columns)
        parts_parent = split[-1].parent if len(split) > 1 else parts_parent
        out.extend(split)
    return out


def _split(d: RowDraft, columns: int) -> list[RowDraft]:
    """The rows stacked in ``d`` (``[d]`` itself when it is no such row)."""
    names = _name_cells(d)
    if columns < 1 or len(names) < 2 or not any(_OF_WHICH_RE.match(n.text) for n in names[1:]):
        return [d]
    rows, left = divmod(len(d.values), columns)
    if left or not 2 <= rows <= len(names):
        return [d]
    heads, own = names[: len(names) - rows], names[len(names) - rows :]
    if heads:  # (4.义务教育… over 其中：小学 / 初中: the rows' parent)
        parents = [_NUMBERED_RE.sub("", "".join(n.text for n in heads), count=1)] * rows
    else:  # (1.幼儿教师… / 其中：本科…: the row, then its part)
        outer = None if d.parent == own[0].text else d.parent
        parents = [outer] + [own[0].text] * (rows - 1)
    out = []
    for r, (name, parent) in enumerate(zip(own, parents, strict=True)):
        values = tuple(d.values[c * rows + r] for c in range(columns))
        cells = (name, *values) if r else (*heads, name, *values)
        index = d.index if not r else None
        out.append(
            replace(d, cells=cells, parent=parent, names=(name,), values=values, index=index)
        )
    return out


def _name_cells(d: RowDraft) -> list[TextCell]:
    """The row's name cells in the order printed, its parent's where the reader made the
    first of them the row's parent (4.义务教育… / 其中：小学 / 初中 read as 初中 under 其中：小学)."""
    first_value = d.values[0] if d.values else None
    cells = []
    for c in d.cells:
        if c is first_value:
            break
        if d.index is not None and c is d.index:
            continue
        cells.append(c)
    return cells
