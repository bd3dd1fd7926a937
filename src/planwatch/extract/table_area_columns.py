"""Tables whose columns are areas: a statistical yearbook's comparison of a prefecture's
counties, its rows indicators (指标名称 | 计量单位 | 全州 | 博乐市 | 精河县 …).

A header cell that is wholly an area's full name (博乐市, 精河县) is a column of that area's
figures when the header already holds a column of the whole (全州, 全市: ``population`` in
``data/table_words.csv``) or of another area: alone, an area's name on a line is as often a
row's name (an area table's rows, ``table_area_rows``). Its figures are of the table's year
like the whole's, and each one's jurisdiction is its column's area (an Evidence record,
field ``jurisdiction``, basis ``table_column``, kept by the jurisdiction pass).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planwatch.describe.areas import areas_by_name
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import Column, ColumnRole, population_column
from planwatch.extract.table_words import squeeze

# The last characters of an area's full name at county level and above.
_AREA_ENDS = ("省", "市", "县", "区", "旗", "州", "盟")


def area_name_cell(text: str) -> str | None:
    """The area a header cell wholly names by its full name (博乐市), or None."""
    s = squeeze(text)
    if len(s) < 2 or not s.endswith(_AREA_ENDS):
        return None
    return s if any(a.name == s for a in areas_by_name(s)) else None


def whole_or_area_column(text: str) -> bool:
    """Whether a header cell is a column of the whole or a part of its population (全州,
    全市城镇居民) or of an area (博乐市)."""
    return population_column(text) or area_name_cell(text) is not None


def extends_area_header(text: str, header: Sequence[TextCell]) -> bool:
    """Whether a one-cell-a-line ``text`` goes on a header whose last cell is a column of
    the whole (全州) or of an area: an area's column."""
    if not header or area_name_cell(text) is None:
        return False
    return whole_or_area_column(header[-1].text)


def area_columns(columns: Sequence[Column]) -> list[Column]:
    """``columns`` with each area's column (博乐市 after 全州) read as the whole's column is, of
    its own area; unchanged where no area's column follows a column of the whole."""
    out: list[Column] = []
    whole: Column | None = None
    for c in columns:
        area = area_name_cell(c.label)  # (a value column already where a results table's are)
        if area is not None and whole is not None:
            c = replace(whole, label=c.label, spans=c.spans, area=area)
        elif c.role is ColumnRole.VALUE and population_column(c.label):
            whole = c
        else:
            whole = None if area is None else whole
        out.append(c)
    return out


def area_cells(cells: Sequence[TextCell]) -> list[TextCell]:
    """The cells of a header line that are areas' columns (each after the whole's or another
    area's): header cells, though no header word."""
    return [c for i, c in enumerate(cells) if i and extends_area_header(c.text, cells[:i])]
