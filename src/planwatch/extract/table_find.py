"""Finding indicator tables in stored text.

Three text layouts are recognised:

* ``lines``: the table was flattened to one cell per line (empty cells simply
  missing), the usual result of scraping an HTML table;
* ``delimited``: one row per line, cells separated by ``|`` or tabs (empty
  cells kept as empty positions);
* ``spaced``: one row per line, cells separated by spaces (PDF text).

A table is anchored on its header (序号 / 指标 / 属性 next to year, target or
growth words). A cheap regular-expression pass over the whole text finds the
candidate lines first, so a long document without tables costs little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from planwatch.core.data import Span
from planwatch.extract.table_area_columns import extends_area_header
from planwatch.extract.table_cells import (
    CellClass,
    TextCell,
    classify,
    count_numbers,
    shape_problem,
)
from planwatch.extract.table_cells_flat import (
    flat_body,
    grouped_body,
    name_over_halves,
    one_of_twins,
    paired_header,
    upper_line_joined,
)
from planwatch.extract.table_header import ColumnRole, _role, is_header_word
from planwatch.extract.table_header_cells import (
    FRAGMENT_RE,
    blank_parted,
    few_header_words,
    header_pieces,
    is_figure,
    mended_lines,
    name_and_value,
    row_line,
    stacked_cells,
    usable_header,
    value_header,
)
from planwatch.extract.table_header_lines import (
    broken_header,
    glued_apart,
    lower_halves_in_order,
    name_apart,
    set_in_header,
)
from planwatch.extract.table_header_spaced import spaced_row_cells
from planwatch.extract.table_lines import CELL_BAR_RE, placed_by_position, split_row_line
from planwatch.extract.table_lines import line_at as _line_at
from planwatch.extract.table_lines import lines_backward as _lines_backward
from planwatch.extract.table_lines import lines_forward as _lines_forward
from planwatch.extract.table_lines import strip_line as _strip
from planwatch.extract.table_marks import header_marked
from planwatch.extract.table_mirror import found_without_pinyin
from planwatch.extract.table_quantity_columns import quantity_columns
from planwatch.extract.table_runon import runon_cells
from planwatch.extract.table_runon_bars import barred_runon_cells
from planwatch.extract.table_runon_glued import glued_runon_cells
from planwatch.extract.table_runon_spaced import spaced_runon_cells
from planwatch.extract.table_runon_units import unit_glued_cells
from planwatch.extract.table_titles import NOTE_RE as _NOTE_RE
from planwatch.extract.table_titles import TITLE_ANCHOR, UNIT_LINE_RE, header_under_title
from planwatch.extract.table_titles import notes_from as _notes_from
from planwatch.extract.table_view import table_view
from planwatch.extract.table_words import squeeze, words


def _anchor_re() -> re.Pattern[str]:
    """Lines that might carry a header: an index, name or attribute word of
    data/table_words.csv (序号, 指标, 项目, 属性 …) or a year column (2025年). A
    table is found by its shape, a header over rows of a name and numbers; the
    words only say where to look (a cheap pass over a long document)."""
    heads = {
        w for g in ("index", "name", "name_cell", "attribute") for w in words(g) if len(w) == 2
    }
    spaced = "|".join(sorted(rf"{w[0]}\s*{w[1]}" for w in heads))
    # (Every branch opens with a character, the year's lookbehind standing after its first
    # digit: the engine passes a long document over in one sweep for those characters, not
    # word by word, and faster than under a lookahead on them.)
    # (Or three bare years or more in a row, a yearbook's column heads: 1995 2000 2005.)
    year = r"\d\d(?:\s*年|(?:[ \t]+(?:19|20)\d\d){2,}(?![\d.]))"
    return re.compile(rf"{spaced}|1(?<!\d1)9{year}|2(?<!\d2)0{year}|{TITLE_ANCHOR}")


_ANCHOR_RE = _anchor_re()
# As many space-parted cells as a header and two rows of a narrow table hold: a line this
# parted may be a table run on, however short.
_RUNON_CELLS = 10
_HEADING_RE = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,4}[章节篇部分]")
# The title of the next table (表2 …, 附表1 …) ends the one before it.
_TABLE_TITLE_RE = re.compile(r"\s*(?:附\s*)?表\s*[\d一二三四五六七八九十]{1,3}(?:[\s:：.、-]|$)")
_SEPARATOR_RE = re.compile(r"[\s|:：\-—+=]+")
_MAX_CELL, _MAX_TITLE, _MAX_ROW_LINE = 40, 60, 300  # the longest cell, title, row line
# What parts a line's cells (a space of any kind, a tab, a pipe): a header line without
# one inside its stripped text is one cell, never a header of a one-row-per-line table.
_CELL_GAP_RE = re.compile(r"[\s|｜]")


@dataclass(frozen=True, slots=True)
class TextTableBlock:
    """A table found in text: title, header cells, body cells and notes, with spans."""

    layout: str  # "lines" | "delimited" | "spaced"
    span: Span
    title: TextCell | None
    header: tuple[TextCell, ...]
    body: tuple[TextCell, ...]
    notes: tuple[TextCell, ...]
    slots: int | None = None  # cells per header line in delimited layouts
    rejected: str | None = None  # why a header found over this body is no indicator table
    unit: str | None = None  # the unit a 单位: line above the header gives every figure


def find_text_tables(text: str) -> list[TextTableBlock]:
    """Every indicator table laid out in ``text``, in text order, not overlapping.

    Cells are read from :func:`table_view` (markup and junk blanked, same
    offsets), so their spans index ``text`` itself. The outline and the table
    extractor both ask for a document's tables: the last answers are kept.
    """
    return list(_find_cached(text))


@lru_cache(maxsize=2)
def _find_cached(text: str) -> tuple[TextTableBlock, ...]:
    return tuple(found_without_pinyin(_find, text))


# A short cell spaced out letter by letter, as typesetters print a header's (指  标  名  称).
_SPACED_OUT_RE = re.compile(r"(?:[\u4e00-\u9fff][ \t\u3000]+){1,5}[\u4e00-\u9fff]")
_WORDS_RE = re.compile(r"\S{2,}(?: \S{2,}){2,}")  # 行业 增速% 结构: a short row of cells


def _find(text: str) -> list[TextTableBlock]:
    text = table_view(text)
    found: list[TextTableBlock] = []
    covered_to = -1
    last_line = -1
    # Header blocks of one-cell-per-line tables that held no table: every anchor of the
    # block (序号, 规划名称, 项目类别 …) walks back to its first line and reads the same.
    no_table: set[int] = set()
    for m in _ANCHOR_RE.finditer(text):
        if m.start() < covered_to:
            continue
        start, end = _line_at(text, m.start())
        if start == last_line:
            continue  # one look per line
        last_line = start
        line = _strip(text, start, end)
        if line is None:
            continue
        block = None
        if end - start > _MAX_ROW_LINE:
            block = _runon_table(text, line)  # long lines are prose, or a glued table
        elif (len(line.text) <= 12 or _SPACED_OUT_RE.fullmatch(line.text)) and is_header_word(
            line.text
        ):  # (指    标    名    称: a header cell spaced out letter by letter)
            block = _flattened_table(text, line, no_table)
            if block is None and (CELL_BAR_RE.search(line.text) or _WORDS_RE.fullmatch(line.text)):
                block = _row_table(text, line)  # (a short parted header: 指标\t单位, 指标 | 增幅)
        elif len(line.text) > 6:
            block = _row_or_flat_table(text, line)
            if block is None and (len(line.text) > 100 or len(line.text.split()) >= _RUNON_CELLS):
                block = _runon_table(text, line)  # (a short table run on: 3 rows of 4 cells)
        under = header_under_title(text, line, _header_cell) if block is None else None
        if under is not None and not CELL_BAR_RE.search(under.text):
            block = _flattened_from(text, under.span.start)  # (表1 … / 单位数（个） / 比重（%）)
        elif under is not None and not _ANCHOR_RE.search(under.text):
            block = _row_table(text, under)  # (| 单位数(个) | 比重(%) |: no anchor)
        if block is not None:
            found.append(block)
            covered_to = block.span.end
    return found


def table_spans(text: str) -> list[Span]:
    """Where the text's indicator tables stand, header to last row (title and notes
    left out): the outline takes no headings there but 第…章/节 (一、经济发展 is a
    group row). The one table finder serves both the outline and the extractor."""
    return [
        Span(b.header[0].span.start, b.body[-1].span.end)
        for b in find_text_tables(text)
        if not b.rejected and b.header and b.body
    ]


def _name_over_halves(
    header: list[TextCell], body: list[TextCell]
) -> tuple[list[TextCell], list[TextCell]]:
    """A header two lines high one cell a line with its name on the upper line, its
    halves joined in place (table_cells_flat.name_over_halves); as it is otherwise."""
    # (The name may come after a unit line taken for the header's: （单位：公里、%）.)
    k = next((i for i, c in enumerate(header[:2]) if _role(c.text) is ColumnRole.NAME), None)
    if k is None or len(header) - k < 5:
        return header, body
    cells = [*header, *body]
    got = name_over_halves(cells, k, len(header))
    return ([*header[:k], *got[0]], cells[got[1] :]) if got is not None else (header, body)


def _drop_trailing_groups(body: list[TextCell]) -> list[TextCell]:
    """A group row with no row under it (二、重点任务 right below a table) is the next
    heading, not part of the table."""
    while body and classify(body[-1].text) is CellClass.GROUP:
        body = body[:-1]
    return body


def _header_cell(text: str) -> bool:
    """A header cell of a one-cell-per-line table; 一、发展目标 above it is a heading."""
    return is_header_word(text) and classify(text) is not CellClass.GROUP


# A header over rows of words alone (a list of projects with 建成 / 投运 under years).
_NO_FIGURES = "no figures under the header: its rows hold words only"


def _header_or_unit(text: str) -> bool:
    """A cell of a header's line: a header word, or a unit in brackets that a line under
    the header prints for the column above it (年末数 over （万人））."""
    return is_header_word(text) or (classify(text) is CellClass.UNIT and text.strip()[:1] in "(（")


def _named_rows(body: list[TextCell]) -> bool:
    """Rows that open with a name, each followed by figures (the shape a header of
    value columns alone needs under it)."""
    kinds = [classify(c.text) for c in body]  # (一、法人单位: a group row's name, as good)
    names = sum(k in (CellClass.TEXT, CellClass.GROUP) for k in kinds)
    first = bool(kinds) and kinds[0] in (CellClass.TEXT, CellClass.GROUP)
    return first and names >= 2 and count_numbers(body) >= names


def _title_before(text: str, pos: int) -> tuple[TextCell | None, str | None]:
    """The title line above a table and the unit a 单位:吨 line under the title gives."""
    unit = None
    for prev in _lines_backward(text, pos):
        m = UNIT_LINE_RE.fullmatch(prev.text)
        if m and unit is None:
            # (单位：亿元、%、元 lists the table's units: a row printing none is in the one
            # its name tells, extract.table_listed_units.)
            unit = m.group(1)
            continue
        if len(prev.text) <= _MAX_TITLE and not prev.text.endswith(("。", ";", "；")):
            return prev, unit
        return None, unit
    return None, unit


def _is_body_line(cell: TextCell) -> bool:
    t = cell.text
    return not (
        len(t) > _MAX_CELL
        or t.endswith(("。", "；", ";"))
        or _NOTE_RE.match(t)
        or _HEADING_RE.match(t)
        or _TABLE_TITLE_RE.match(t)
    )


def _flattened_table(
    text: str, anchor: TextCell, no_table: set[int] | None = None
) -> TextTableBlock | None:
    """A one-cell-per-line table around the header cell ``anchor``; None, and its header's
    first line added to ``no_table``, when there is none (asked again, not read again)."""
    if _WORDS_RE.fullmatch(anchor.text):
        return None  # (a row of cells, no cell a line)
    start = anchor.span.start
    lines = _lines_backward(text, _line_at(text, start)[0])
    for prev in lines:
        if FRAGMENT_RE.fullmatch(prev.text) and not _header_cell(prev.text):
            upper = next(lines, None)  # (序 / 号: a header cell broken over two lines)
            if upper is None or not _header_cell(upper.text + prev.text):
                break
            start = upper.span.start
            continue
        if len(prev.text) > 12 or not _header_cell(prev.text) or UNIT_LINE_RE.fullmatch(prev.text):
            break  # (单位:亿元 above the header: the table's unit, not a cell)
        start = prev.span.start
    if no_table is None:
        return _flattened_from(text, start)
    if start in no_table:
        return None
    block = _flattened_from(text, start)
    if block is None:
        no_table.add(start)
    return block


def _flattened_from(text: str, start: int) -> TextTableBlock | None:
    """The one-cell-per-line table whose header's first line starts at ``start``."""
    header: list[TextCell] = []
    body: list[TextCell] = []
    stop: TextCell | None = None
    first = _strip(text, *_line_at(text, start))
    upper = upper_line_joined(text, first) if first is not None else None
    if upper is not None:  # (a name on the lower of two header lines: table_cells_flat)
        header, start = upper[0], _line_at(text, upper[1])[1] + 1
    cells = mended_lines(_lines_forward(text, _line_at(text, start)[0]))
    named = 0 if upper else quantity_columns(text, start)  # (指标 / 招生数 / 在校生数 …)
    nxt = next(cells, None)
    while nxt is not None:
        cell, nxt = nxt, next(cells, None)
        if not body and len(header) < named:
            header.append(cell)
            continue
        if (
            not body
            and len(cell.text) <= 24
            and (
                header_marked(cell.text, _header_cell, header)
                or extends_area_header(cell.text, header)
            )
        ):
            if len(header) < 2 or not is_figure(nxt and nxt.text):  # (else a row's name)
                header.append(cell)
                continue
        if not body and len(header) >= 2 and row_line(cell, header):
            # (Header cells one per line over rows one per line: table_header_cells.)
            return _row_table(text, header[0], stacked=(header, cell))
        if not _is_body_line(cell) or len(body) > 800:
            stop = cell
            break
        body.extend(name_apart(cell))  # (规上工业增加值增长（%）7: a figure run into a name)
    if upper is None:
        header = blank_parted(text, header)  # (2015年 / 规划目标: a cell two rows high)
        halves = _name_over_halves(header, body)  # (before pieces: 评估 / 基期值 are two)
        if halves[0] is header:  # (进展 / 情况: a header cell in two lines)
            halves = _name_over_halves(*header_pieces(header, body))
        header, body = halves
    header = one_of_twins(header)
    body = _drop_trailing_groups(_without_repeated_header(body, header))
    if len(header) < 2 or not body:
        return None
    if not (named or usable_header(header) or value_header(header) and _named_rows(body)):
        return None
    rejected = shape_problem(body) if _has_number(body) else _NO_FIGURES
    top = header[1] if upper is not None else header[0]  # (the upper line's first cell)
    title, unit = _title_before(text, top.span.start)
    if len(header) == 2 and (rejected or count_numbers(body) < 4 and unit is None):
        return None  # a name and one value column: only a long run of figures (or a unit
        # line under its title: 表1 … / 单位:%) makes it a table
    notes = _notes_from(text, stop.span.start) if stop is not None else []
    end = (notes or body)[-1].span.end
    return TextTableBlock(
        "lines",
        Span((title or top).span.start, end),
        title,
        tuple(header),
        tuple(body),
        tuple(notes),
        rejected=rejected,
        unit=unit,
    )


# What a line of one cell inside a row-per-line table may be: a group row, a name's
# wrapped part, or its unit wrapped under it (每千人口拥有3岁以下婴幼儿托位数 / （个）).
_LONE_CELLS = (CellClass.GROUP, CellClass.TEXT, CellClass.UNIT)


def _row_table(
    text: str, anchor: TextCell, stacked: tuple[list[TextCell], TextCell] | None = None
) -> TextTableBlock | None:
    """A one-row-per-line table whose header line is ``anchor``, or whose header cells
    stand one per line from ``anchor`` on (``stacked``: those cells and the first row)."""
    if stacked is None and _CELL_GAP_RE.search(anchor.text) is None:
        return None  # one cell on the line (most prose lines): no header of two or more
    layout, head = split_row_line(text, stacked[1] if stacked else anchor)
    rows_from = anchor.span.end + 1
    if stacked is not None:
        head, rows_from = stacked_cells(stacked[0], layout, head), stacked[1].span.start
        anchor = stacked[1]  # (the first row says how its rows' cells are parted)
    broken = _broken_header(text, anchor, layout) if stacked is None else None
    if broken is not None:  # (header cells holding line breaks: table_header_lines)
        head, rows_from = broken[0], broken[1] + 1
    elif stacked is None and layout == "spaced":  # (2015年 set in over 基数: its upper half)
        head = set_in_header(text, head)
    open_cell = _open_last_cell(anchor.text) if stacked is None and broken is None else False
    values_only = value_header(head)
    if len(head) < _fewest_cells(head, anchor.text if stacked is None else "", open_cell):
        return None
    words = [c for c in head if is_header_word(c.text)]
    if few_header_words(head, words) or not (usable_header(words) or values_only):
        return None
    header = list(head)
    body: list[TextCell] = []
    stop: TextCell | None = None
    single = layout == "spaced" and len(re.findall(r"\S+(?:[ \u3000\xa0]\S+)*", anchor.text)) < 3
    in_header = True
    for line in _lines_forward(text, rows_from):
        if _SEPARATOR_RE.fullmatch(line.text):
            continue
        if (
            len(line.text) > _MAX_ROW_LINE
            or _NOTE_RE.match(line.text)
            or _HEADING_RE.match(line.text)
            or _TABLE_TITLE_RE.match(line.text)
            or line.text.endswith(("。", "；", ";"))
        ):
            stop = line
            break
        _, cells = split_row_line(text, line, single_space=single if layout == "spaced" else None)
        if layout == "spaced":
            cells = spaced_row_cells(glued_apart(text, cells, header), header)  # (positions)
            cells = placed_by_position(text, cells, header)  # (a short row: where it stands)
        if in_header and cells and all(_header_or_unit(c.text) for c in cells):
            open_cell = _header_goes_on(header, cells, open_cell, line.text, text, layout)
            continue
        if not in_header and len(cells) >= 2 and all(is_header_word(c.text) for c in cells):
            if [squeeze(c.text) for c in cells] != [squeeze(c.text) for c in head]:
                stop = line  # the header of another table
                break
        in_header = False
        only = cells[0].text if cells else line.text
        if len(cells) < 2 and classify(only) not in _LONE_CELLS:
            stop = line
            break
        if len(cells) < 2 and len(only) > 20:
            stop = line
            break
        body.extend(cells)
    body = _drop_trailing_groups(_without_repeated_header(body, header))
    if not body or values_only and not _named_rows(body):
        return None
    rejected = shape_problem(body) if _has_number(body, len(header)) else _NO_FIGURES
    notes = _notes_from(text, stop.span.start) if stop is not None else []
    top = header[0] if stacked or header[0].span.start < anchor.span.start else anchor
    title, unit = _title_before(text, top.span.start)
    end = (notes or body)[-1].span.end
    return TextTableBlock(
        layout,
        Span((title or top).span.start, end),
        title,
        tuple(header),
        tuple(body),
        tuple(notes),
        head[0].width,
        rejected,
        unit,
    )


def _fewest_cells(head: list[TextCell], line: str, open_cell: bool) -> int:
    """The fewest cells a header line (``line``; "" for stacked cells) may have: two for a
    header of values, one whose last cell is left open or closed by its bar (产品名称 | 产量 |:
    a web table's two columns as text), or one of a name and a value; else three."""
    closed = line.rstrip().endswith(("|", "｜"))
    return 2 if value_header(head) or open_cell or closed or name_and_value(head) else 3


def _header_goes_on(
    header: list[TextCell],
    cells: list[TextCell],
    open_cell: bool,
    line: str,
    text: str,
    layout: str,
) -> bool:
    """Add a line of header words or units (the header's lower half) to ``header``; the
    first goes on with the cell the line above left open (播种面积 / （亩） |); a spaced
    line set in under no cell, each of its cells joined to the header's last cells in order
    (2020年 / 基期值 with the columns' widths lost). Whether this line leaves its own last
    cell open."""
    halves = lower_halves_in_order(text, header, cells) if layout == "spaced" else None
    if halves is not None:
        header[:] = halves
        return False
    if open_cell:
        header[-1] = TextCell(header[-1].text + cells[0].text, header[-1].span)
        cells = cells[1:]
    header.extend(cells)
    return _open_last_cell(line)


def _open_last_cell(line: str) -> bool:
    """Whether a pipe-parted header line leaves its last cell open (品 名 | 播种面积, the
    next line going on with （亩） |): pipes part its cells and close each row but this."""
    s = line.rstrip()
    return ("|" in s or "｜" in s) and not s.endswith(("|", "｜"))


def _broken_header(text: str, anchor: TextCell, layout: str) -> tuple[list[TextCell], int] | None:
    """A tab-parted header whose cells hold line breaks, or a spaced one broken the same
    way (2020年 / 规划目标 over two lines): table_header_lines.broken_header."""
    if "\t" not in anchor.text and layout != "spaced":
        return None
    return broken_header(text, _line_at(text, anchor.span.start)[0], spaced=layout == "spaced")


def _row_or_flat_table(text: str, line: TextCell) -> TextTableBlock | None:
    """The one-row-per-line table under the header ``line``; where its body is one cell a
    line (a name, then a figure alone on the next line), the table read so
    (table_cells_flat)."""
    block = _row_table(text, line)
    if block is None or block.rejected != _NO_FIGURES:
        return block
    # (a name, its unit: what a flat body's first row shows before its figures; under 类别 a
    # category's cell first)
    if len(block.body) > 2 + (_role(block.header[0].text) is ColumnRole.CATEGORY):
        return block
    return _flat_table(text, block) or block


def _flat_table(text: str, block: TextTableBlock) -> TextTableBlock | None:
    """``block``'s header over a body one cell a line, or None if the lines below it
    make no rows of the header's width."""
    header = paired_header(list(block.header))
    body = flat_body(header, _flat_lines(text, block.body[0].span.start))
    line_end = _line_at(text, header[0].span.start)[1]
    if body is None and header[-1].span.start > line_end:  # (用水总量 read as the header's)
        header = [c for c in header if c.span.start < line_end]
        body = flat_body(header, _flat_lines(text, line_end + 1))
    if body is None and (
        got := grouped_body(header, block.header, _flat_lines(text, line_end + 1))
    ):
        header, body = got
    if body is None:
        return None
    notes = _notes_from(text, _line_at(text, body[-1].span.end)[1] + 1)
    title, unit = _title_before(text, header[0].span.start)
    end = (notes or body)[-1].span.end
    return TextTableBlock(
        "runon",  # (rows marked as one-row-per-line tables' are: the reader goes by them)
        Span((title or header[0]).span.start, end),
        title,
        tuple(header),
        tuple(body),
        tuple(notes),
        rejected=shape_problem(body),
        unit=unit,
    )


def _flat_lines(text: str, start: int) -> list[TextCell]:
    cells: list[TextCell] = []
    for cell in _lines_forward(text, _line_at(text, start)[0]):
        if not _is_body_line(cell) or len(cells) > 800:
            break
        cells.append(cell)
    return cells


def _without_repeated_header(body: list[TextCell], header: list[TextCell]) -> list[TextCell]:
    """The body without the header printed again (a table continued on a new page)."""
    want = [squeeze(c.text) for c in header]
    n = len(want)
    squeezed = [squeeze(c.text) for c in body]  # (once each, not once per window)
    out: list[TextCell] = []
    i = 0
    while i < len(body):
        if n and squeezed[i : i + n] == want:
            i += n
            continue
        out.append(body[i])
        i += 1
    return out


def _runon_table(text: str, line: TextCell) -> TextTableBlock | None:
    """A table whose cells run together on the one long ``line`` (see table_runon)."""
    found = barred_runon_cells(text, line) or runon_cells(text, line)
    found = found or spaced_runon_cells(text, line)
    found = found or glued_runon_cells(text, line) or unit_glued_cells(text, line)
    if found is None:
        return None
    title, header, body = found
    start = (title or header[0]).span.start
    return TextTableBlock(
        "runon", Span(start, body[-1].span.end), title, tuple(header), tuple(body), ()
    )


def _has_number(cells: list[TextCell], width: int = 0) -> bool:
    """Whether the body holds figures: a number, or small whole numbers (each an index
    candidate, 99 | 86) two or more a row (每百户 counts), more than a row-number column."""
    kinds = [classify(c.text) for c in cells]
    if CellClass.NUMBER in kinds:
        return True
    rows = len(cells) // width if width else 0
    return rows > 0 and kinds.count(CellClass.INDEX) >= 2 * rows
