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

A header two lines high whose name cell stands on the lower line only (an HTML table's
two header rows, the upper one's first cell empty: 2015年 2020年 2017年 完成进度 评估 over
指标名称 基数 规划目标 完成情况 （%） 结论), printed one cell a line, puts the upper
line's cells above the name: each joins the lower cell in its place after the name
(2015年基数, 完成进度（%）, 评估结论) when the two lines are as wide and every pair makes a
header word (:func:`upper_line_joined`).

Round 56 (pages converted from HTML, the robustness bench's ``htmlcells`` form): the columns
two lines high after the name (单位, 属性) are passed over before the halves are paired, an
upper line of years may end on whole columns (… 2022年 属性 评估 over 基期值 目标值 完成值), and a
category column printed once a group (类别 over 经济发展 before its first row) is left out of the
header, each category read as a group row (:func:`grouped_body`).
"""

from __future__ import annotations

import re
from itertools import islice, pairwise

from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import (
    YEAR_CELL_RE,
    ColumnRole,
    _role,
    is_header_word,
    years_in,
)
from planwatch.extract.table_lines import line_at, lines_backward, lines_forward
from planwatch.extract.table_words import has_word, squeeze

# Fewer rows than this is a heading and a few lines of figures, not a table.
_MIN_ROWS = 3
# Cells that stand where a row's figures do.
_FIGURES = (CellClass.NUMBER, CellClass.INDEX, CellClass.PLACEHOLDER, CellClass.PHRASE)
# Columns whose cells are words, not figures: a row's cell there may read like a name.
_WORD_COLUMNS = (ColumnRole.OTHER, ColumnRole.ATTRIBUTE)


def paired_header(header: list[TextCell]) -> list[TextCell]:
    """The header's columns with a year cell and the value word under it (2024年 /
    预期目标) joined into one (2024年预期目标), and a value column with its kind in
    brackets under it (年均增长 / （累计）)."""
    out: list[TextCell] = []
    for cell in header:
        top = out[-1] if out else None
        if top is not None and (
            years_in(top.text)
            and top.text.endswith("年")
            and not years_in(cell.text)
            and _role(cell.text) is ColumnRole.VALUE
            or _BRACKETED_KIND_RE.fullmatch(cell.text)
            and _role(top.text) is ColumnRole.VALUE
            and not _BRACKETED_KIND_RE.search(top.text)
        ):
            out[-1] = TextCell(top.text + cell.text, top.span)
        else:
            out.append(cell)
    return out


def one_of_twins(header: list[TextCell]) -> list[TextCell]:
    """A header printed twice side by side (产品名称 单位 产量 同期 同比±% 产品名称 单位 …:
    a county communiqué's product table set in two halves, one cell a line once copied)
    as its first half: the rows under it are each one half's, of the half's width."""
    n = len(header) // 2
    if n < 3 or len(header) % 2:
        return header
    first = [squeeze(c.text) for c in header[:n]]
    return header[:n] if first == [squeeze(c.text) for c in header[n:]] else header


# A column's kind in brackets under its name: （累计）, (五年累计).
_BRACKETED_KIND_RE = re.compile(r"[（(](?:五年)?累计[)）]")


def _row_ends(after: CellClass | None) -> bool:
    """Whether the cell after a row of words and figures opens the next row (a name or a
    group row) or the body has ended."""
    return after in (None, CellClass.TEXT, CellClass.GROUP)


def flat_body(
    header: list[TextCell], cells: list[TextCell], grouped: bool = False
) -> list[TextCell] | None:
    """The body from ``cells`` (one a line, from the body's first), each row's last cell
    marked as its line's end as in a one-row-per-line table: the rows of the header's
    width, the first run that is no such row ending the table. None with fewer than
    ``_MIN_ROWS`` rows or without a name column first. ``grouped``: the header's category
    column left out, a category's cell (经济发展 before its first row's name, an HTML cell
    spanning its rows) is a group row."""
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
        category = grouped and kinds[k] is CellClass.TEXT and kinds[k + 1 : k + 2] == [kinds[k]]
        if kinds[k] is CellClass.GROUP or category:
            body.append(_ending(cells[k]))
            k += 1
            continue
        row = kinds[k : k + width]
        if len(row) < width or row[0] not in (CellClass.TEXT, CellClass.PHRASE):
            break  # (a name may read as a phrase: 水土保持率 holds 保持)
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


def grouped_body(
    header: list[TextCell], printed: tuple[TextCell, ...], cells: list[TextCell]
) -> tuple[list[TextCell], list[TextCell]] | None:
    """A header opening on 类别 over categories printed once a group (经济发展 before its
    first row's name, an HTML cell spanning its rows): the header without that column and
    the body with each category a group row, the header's cells paired (``header``) or as
    ``printed``, whichever the rows fit; None for any other."""
    if len(header) <= 2 or _role(header[0].text) is not ColumnRole.CATEGORY:
        return None
    for columns in (header[1:], list(printed[1:])):
        body = flat_body(columns, cells, grouped=True)
        if body is not None:
            return columns, body
    return None


def _ending(cell: TextCell) -> TextCell:
    return TextCell(cell.text, cell.span, True)


# The most cells an upper header line holds (a few lines looked at, never the document).
_MAX_UPPER_CELLS = 16
# The longest line of an upper header line's cell printed one cell a line (完成进度, 2020年).
_MAX_UPPER = 8
_PIECE_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _upper_cell(text: str) -> bool:
    """A cell of a header's upper line printed one a line: a year, a header word or the
    upper half of one (评估 over 结论)."""
    return len(text) <= _MAX_UPPER and bool(
        is_header_word(text) or _PIECE_RE.fullmatch(text) or YEAR_CELL_RE.fullmatch(text)
    )


def _name_cell(text: str, first: TextCell) -> TextCell | None:
    """The name cell ``first`` is, or the first after it when ``first`` opens an upper
    header line (2015年 …); None when a line that is no upper cell comes first."""
    for k, cell in enumerate(lines_forward(text, line_at(text, first.span.start)[0])):
        role = _role(cell.text)
        if role is ColumnRole.NAME:
            return cell
        if k > _MAX_UPPER or role is ColumnRole.INDEX or not _upper_cell(cell.text):
            return None
    return None


def upper_line_joined(text: str, first: TextCell) -> tuple[list[TextCell], int] | None:
    """The header of a one-cell-a-line table whose name cell opens the lower of two
    header lines, the upper line's cells printed above it (see the module doc), ``first``
    the name or the upper line's first cell: the name, then each upper cell joined to the
    lower one in its place (the span the upper half's), and where the body starts; None
    for any other header."""
    name = _name_cell(text, first)
    if name is None:
        return None
    line_start, line_end = line_at(text, name.span.start)
    upper = upper_cells(list(islice(lines_backward(text, line_start), _MAX_UPPER_CELLS))[::-1])
    lower: list[TextCell] = []
    for cell in lines_forward(text, line_end + 1):
        if len(lower) == len(upper):
            break
        lower.append(cell)
    joined = halves_joined(upper, lower)
    return None if joined is None else ([name, *joined], lower[-1].span.end)


def upper_cells(before: list[TextCell]) -> list[TextCell]:
    """The cells of an upper header line that end ``before`` (the cells before a lower
    line's name cell, in text order): years, header words and their upper halves."""
    k = len(before)
    while k > 0 and _upper_cell(before[k - 1].text):
        if _role(before[k - 1].text) in (ColumnRole.NAME, ColumnRole.INDEX):
            break
        k -= 1
    return before[k:]


def halves_joined(upper: list[TextCell], lower: list[TextCell]) -> list[TextCell] | None:
    """Each cell of an upper header line over bare years (two at least) joined to the
    lower line's cell in its place after the name (2015年基数, 完成进度（%）, 评估结论; the
    span the upper half's); None unless the lower line is as wide, holds no year, and every
    pair makes a header word."""
    if sum(bool(YEAR_CELL_RE.fullmatch(c.text)) for c in upper) < 2 or len(lower) != len(upper):
        return None
    joined = [TextCell(u.text + w.text, u.span) for u, w in zip(upper, lower, strict=True)]
    if any(years_in(w.text) or not is_header_word(j.text) for w, j in zip(lower, joined)):
        return None
    return joined


def name_over_halves(cells: list[TextCell], h0: int, h1: int) -> tuple[list[TextCell], int] | None:
    """A header two lines high flattened (one cell a line, or run on) with its name on the
    upper line, ``cells[h0:h1]`` its header words (指标名称 2020年 2025年 2022年 完成, then
    基期值 规划目标 实际值 情况): the name, then each upper cell joined to the lower one in
    its place, and where the body starts; the lower line may end past the header words
    (情况 makes one with 完成 only). The upper line is its years, then the upper halves of
    other columns (no year after those: 2020年 基数 2025年 目标 is one line of years and
    their kinds), and a year's lower half names a kind (基期值, 规划目标; 评价 under a
    year is no lower half). The widest split that joins is taken."""
    name = h0 + (_role(cells[h0].text) is ColumnRole.CATEGORY)
    if _role(cells[name].text) is not ColumnRole.NAME:
        return None
    first = name + 1  # (单位 属性 after the name: columns two lines high, no upper halves)
    while first < h1 and _role(cells[first].text) in (ColumnRole.UNIT, ColumnRole.ATTRIBUTE):
        first += 1
    # (The upper line's last cell, 评估, may have been read for the body's: a verdict's word
    # marks no header; so the upper line may take one cell more than the header.)
    for n in range(h1 - first + 1, 1, -1):
        upper, lower = cells[first : first + n], cells[first + n : first + 2 * n]
        years = [bool(YEAR_CELL_RE.fullmatch(c.text)) for c in upper]
        if any(y and not x for x, y in pairwise(years)):
            continue  # (a year after a cell that is none: no upper line)
        if any(y and not _kind_half(w.text) for y, w in zip(years, lower)):
            continue
        joined = _growth_pair(upper, lower) or halves_joined(upper, lower)
        if joined is not None:
            return [*cells[h0:first], *joined], first + 2 * n
        joined = _last_whole(upper, lower[:-1])
        if joined is not None:
            return [*cells[h0:first], *joined], first + 2 * n - 1
    return _years_over_kinds(cells, h0, first, h1)


def _years_over_kinds(
    cells: list[TextCell], h0: int, first: int, h1: int
) -> tuple[list[TextCell], int] | None:
    """An upper line of years and whole columns after them (2020年 2025年 2022年 属性 评估,
    its last cell maybe read for the body's) over a lower line of the years' kinds only
    (基期值 目标值 完成值): each year joined to its kind, the whole columns as they are, and
    where the body starts; None unless the lower line names a kind for each year, no year."""
    for end in (h1 + 1, h1):
        upper = cells[first:end]
        years = [i for i, c in enumerate(upper) if YEAR_CELL_RE.fullmatch(c.text)]
        if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
            continue
        lower = cells[end : end + len(years)]
        if len(lower) < len(years) or not all(
            _kind_half(w.text) and not years_in(w.text) for w in lower
        ):
            continue
        joined = list(upper)
        for i, w in zip(years, lower, strict=True):
            joined[i] = TextCell(upper[i].text + w.text, upper[i].span)
        return [*cells[h0:first], *joined], end + len(years)
    return None


def _growth_pair(upper: list[TextCell], lower: list[TextCell]) -> list[TextCell] | None:
    """A growth column printed over two kind columns and a verdict column beside it two
    lines high (… 2022年 年均增长（%） 评价 over … 完成 目标 实际): flattened, the verdict
    seems to take the last kind word, yet a verdict has no kind; the growth column takes
    both (年均增长（%）目标, 年均增长（%）实际), the verdict none. None for any other pair
    of lines."""
    if len(upper) < 3 or _role(upper[-1].text) is not ColumnRole.OTHER:
        return None
    growth = upper[-2].text
    if years_in(growth) or not has_word(growth, "growth") or _role(growth) is not ColumnRole.VALUE:
        return None
    if not all(_kind_half(w.text) and not years_in(w.text) for w in lower[-2:]):
        return None
    joined = halves_joined(upper[:-1], lower[:-1])
    if joined is None:
        return None
    pair = TextCell(growth + lower[-1].text, upper[-2].span)
    return [*joined, pair, upper[-1]]


def _last_whole(upper: list[TextCell], lower: list[TextCell]) -> list[TextCell] | None:
    """An upper line whose last cell, a verdict column two lines high named by a kind word
    (完成情况 after 2010年 2015年 2015年), has no lower half: the years joined to the kind
    words under them (基数 规划目标 实际完成), the last cell as it is; a split one cell
    narrower would take that last cell for the first year's lower half. None unless every
    lower cell is a kind word naming no year (a verdict named otherwise, 评价, pairs with no
    year: the header is read whole, ``table_header_lines.flat_lower_half``)."""
    last = upper[-1].text if len(upper) >= 3 else ""
    if not last or years_in(last) or not _kind_half(last):
        return None
    if not all(_kind_half(w.text) and not years_in(w.text) for w in lower):
        return None
    joined = halves_joined(upper[:-1], lower)
    return None if joined is None else [*joined, upper[-1]]


def _kind_half(text: str) -> bool:
    return any(has_word(text, g) for g in ("target", "actual", "base", "level"))
