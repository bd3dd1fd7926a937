"""A spaced row's cells under its header's columns: a stage of the table finder (moved out
of :mod:`.table_header`, whose column meanings it reads)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planwatch.core.data import Span
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import ColumnRole, _role

# A cell of a spaced row that ran a name and its unit together across one space.
_NAME_UNIT_RE = re.compile(r"(?P<name>\S.*?)[ \u3000\xa0]+(?P<unit>\S+)")


def spaced_row_cells(cells: list[TextCell], header: Sequence[TextCell]) -> list[TextCell]:
    """A spaced row's cells placed under the header's columns when they line up one by one.

    A PDF's single spaces part every cell of a row, so a row with as many cells as the
    header has columns holds one cell per column, a phrase (与经济增长同步) or a dash (—)
    included: its cells get their positions (``slot``), as a delimited row's do. A unit
    run into the name (地区生产总值年均增长 %) is split off first when the header has a
    单位 column and the row is one cell short."""
    width = len(header)
    # (Short of the header's width: a header two lines high counts its lower half's cells.)
    if len(cells) < width and any(_role(h.text) is ColumnRole.UNIT for h in header):
        cells = _unit_apart(cells)
    if len(cells) != width or width < 3:
        return cells
    if not all(_fits(_role(h.text), classify(c.text)) for h, c in zip(header, cells)):
        return cells  # (a category cell printed on a group's first row only: no line-up)
    return [TextCell(c.text, c.span, c.line_end, i, width, c.indent) for i, c in enumerate(cells)]


# The cells each column takes (a value column: a figure, a dash or a phrase in its place).
_COLUMN_CELLS = {
    ColumnRole.INDEX: (CellClass.INDEX,),
    ColumnRole.NAME: (CellClass.TEXT,),
    ColumnRole.UNIT: (CellClass.UNIT,),
    ColumnRole.ATTRIBUTE: (CellClass.ATTRIBUTE, CellClass.PLACEHOLDER),
    ColumnRole.VALUE: (CellClass.NUMBER, CellClass.PLACEHOLDER, CellClass.PHRASE),
    ColumnRole.CATEGORY: (CellClass.TEXT, CellClass.GROUP),
}


def _fits(role: ColumnRole, cls: CellClass) -> bool:
    wanted = _COLUMN_CELLS.get(role)
    return wanted is None or cls in wanted


def _unit_apart(cells: list[TextCell]) -> list[TextCell]:
    """``cells`` with the first name cell ending in a unit after a space split in two."""
    for i, cell in enumerate(cells):
        m = _NAME_UNIT_RE.fullmatch(cell.text)
        if m is None or classify(m["unit"]) is not CellClass.UNIT:
            continue
        if classify(m["name"]) is not CellClass.TEXT:
            continue
        a, u0 = cell.span.start, cell.span.start + m.start("unit")
        name = TextCell(m["name"], Span(a, a + m.end("name")), indent=cell.indent)
        unit = TextCell(m["unit"], Span(u0, cell.span.end), cell.line_end)
        return [*cells[:i], name, unit, *cells[i + 1 :]]
    return cells
