"""A header printed on one line over a body printed one cell a line.

A PDF text layer or a page converted to text can keep a table's header row on one line
(``指标名称（单位） 2024年 预期目标 2024年 执行情况 …``) and put each body cell on a
line of its own. Such a body is read like a one-cell-per-line table under the header's
columns when it falls into rows of the header's width: a name, then cells that are no
names (figures, units, placeholders, 预期性) but under a column of words (备注,
进展情况) or where the next row's name follows (a target in words, 稳定增长); a row holds
a figure at least, and a group row (一、经济发展) stands alone. A header cell printed over two lines
(2024年 / 预期目标) comes out as two cells on the header line: a year cell followed by a
value word without a year is one column.
"""

from __future__ import annotations

from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import ColumnRole, _role, years_in

# Fewer rows than this is a heading and a few lines of figures, not a table.
_MIN_ROWS = 3
# Cells that stand where a row's figures do.
_FIGURES = (CellClass.NUMBER, CellClass.INDEX, CellClass.PLACEHOLDER, CellClass.PHRASE)
# Columns whose cells are words, not figures: a row's cell there may read like a name.
_WORD_COLUMNS = (ColumnRole.OTHER, ColumnRole.ATTRIBUTE)


def paired_header(header: list[TextCell]) -> list[TextCell]:
    """The header's columns with a year cell and the value word under it (2024年 /
    预期目标) joined into one (2024年预期目标)."""
    out: list[TextCell] = []
    for cell in header:
        top = out[-1] if out else None
        if (
            top is not None
            and years_in(top.text)
            and top.text.endswith("年")
            and not years_in(cell.text)
            and _role(cell.text) is ColumnRole.VALUE
        ):
            out[-1] = TextCell(top.text + cell.text, top.span)
        else:
            out.append(cell)
    return out


def _row_ends(after: CellClass | None) -> bool:
    """Whether the cell after a row of words and figures opens the next row (a name or a
    group row) or the body has ended."""
    return after in (None, CellClass.TEXT, CellClass.GROUP)


def flat_body(header: list[TextCell], cells: list[TextCell]) -> list[TextCell] | None:
    """The body from ``cells`` (one a line, from the body's first), each row's last cell
    marked as its line's end as in a one-row-per-line table: the rows of the header's
    width, the first run that is no such row ending the table. None with fewer than
    ``_MIN_ROWS`` rows or without a name column first."""
    roles = [_role(c.text) for c in header]
    if len(roles) < 2 or roles[0] not in (ColumnRole.NAME, ColumnRole.CATEGORY):
        return None
    if ColumnRole.VALUE not in roles:
        return None
    width = len(roles)
    wordy = [r in _WORD_COLUMNS for r in roles]
    kinds = [classify(c.text) for c in cells]
    body: list[TextCell] = []
    k = rows = used = 0
    while k < len(cells):
        if kinds[k] is CellClass.GROUP:
            body.append(_ending(cells[k]))
            k += 1
            continue
        row = kinds[k : k + width]
        if len(row) < width or row[0] is not CellClass.TEXT:
            break
        named = [c in (CellClass.TEXT, CellClass.GROUP) for c in row[1:]]
        after = kinds[k + width] if k + width < len(kinds) else None
        if any(n and not w for n, w in zip(named, wordy[1:])) and not _row_ends(after):
            break  # (words under a figure's column: a 稳定增长 target, if a name follows)
        if not any(c in _FIGURES for c in row[1:]):
            break
        body.extend(cells[k : k + width - 1])
        body.append(_ending(cells[k + width - 1]))
        k += width
        rows += 1
        used = len(body)
    return body[:used] if rows >= _MIN_ROWS else None


def _ending(cell: TextCell) -> TextCell:
    return TextCell(cell.text, cell.span, True)
