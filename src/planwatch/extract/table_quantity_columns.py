"""A one-cell-per-line table whose columns are named by what they count.

A communiqué's table copied one cell a line (表7 各类学校招生和在校生情况 / 单位:万人 /
指标 / 招生数 / 在校生数 / 毕业生数 / 普通高校 / 3.6 / 10.1 / 2.77 / 成人高校 / …) names its
columns with words no header list holds (招生数, 在校生数): only the layout tells them from
the rows. After the name column's word (指标, 项目), k short lines without figures, then
rows of a name and k figures, twice at least: the k lines are the header's (the line
after them is the first row's name).
"""

from __future__ import annotations

from collections.abc import Sequence

from planwatch.extract.table_header import ColumnRole, _role
from planwatch.extract.table_header_cells import is_figure
from planwatch.extract.table_lines import line_at, lines_forward

# A column's name is short (招生数, 在校生数, 期末余额); a row's may be longer.
_COLUMN_CHARS = 10
# Fewer rows than this is a list of figures, not a table.
_MIN_ROWS = 2
_LOOK_LINES = 64  # (the header and two rows of the widest such table)


def quantity_columns(text: str, start: int) -> int:
    """How many header cells the one-cell-per-line table whose first line starts at
    ``start`` opens with when its columns are named by what they count (the name column's
    word and k names over rows of a name and k figures, k >= 2); 0 when it is not so laid out."""
    lines = [
        c.text
        for _, c in zip(
            range(_LOOK_LINES), lines_forward(text, line_at(text, start)[0]), strict=False
        )
    ]
    return _named_columns(lines)


def _named_columns(lines: Sequence[str]) -> int:
    if len(lines) < 4 or _role(lines[0]) is not ColumnRole.NAME:
        return 0
    i = 1
    while i < len(lines) and not is_figure(lines[i]):
        i += 1
    k = i - 2  # (the last line before the first figure is the first row's name)
    if k < 2 or any(len(x) > _COLUMN_CHARS or any(c.isdigit() for c in x) for x in lines[1:i]):
        return 0
    rows, j = 0, i - 1
    while j + k < len(lines) and _row(lines, j, k):
        rows, j = rows + 1, j + 1 + k
    return 1 + k if rows >= _MIN_ROWS else 0


def _row(lines: Sequence[str], j: int, k: int) -> bool:
    """Whether ``lines[j]`` names a row whose k figures follow, and no more."""
    after = lines[j + 1 + k] if j + 1 + k < len(lines) else None
    return (
        not is_figure(lines[j])
        and all(is_figure(x) for x in lines[j + 1 : j + 1 + k])
        and not is_figure(after)
    )
