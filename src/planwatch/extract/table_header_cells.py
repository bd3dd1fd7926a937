"""A table's header typed one cell a line, read back into one cell per column.

A one-cell-per-line table (an HTML or word-processor table whose cells each came out
on a line of their own) breaks a header cell two lines high into two lines: a short
piece the body would take for a row's name (``进展`` / ``情况``), a bracketed lower half
(``2025年`` / ``（基期）``), fragments of a narrow column (``序`` / ``号``), or cells a blank
line parts unlike the lines of one cell. The readers here join such pieces back, each
joined cell keeping the upper piece's span (a span covers one run of the stored text).
Split out of :mod:`table_header_lines` (a header printed over two spaced lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from planwatch.extract.table_area_columns import area_cells
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import (
    ColumnRole,
    _role,
    category_names_rows,
    is_header_word,
    years_in,
)
from planwatch.extract.table_header_lines import _BRACKETED_RE
from planwatch.extract.table_words import has_word, squeeze, words

# The longest piece of a header cell broken over two lines of a one-cell-per-line table.
_MAX_PIECE = 4


def header_pieces(
    header: Sequence[TextCell], body: Sequence[TextCell]
) -> tuple[list[TextCell], list[TextCell]]:
    """A one-cell-per-line table's header with its last cell taken back from the body
    when a header cell was broken over two lines (``进展`` / ``情况``): a short line opening
    the body that is no header word but completes the header's last cell into a longer
    one, or two short lines opening the body that join into a header word, are that
    cell (its span the upper half's).

    A statistics communiqué's header runs on past such a break (:func:`_header_more`):
    the pieces are taken back one after another while the lines opening the body are
    header cells or pieces of them."""
    head, rest = list(header), list(body)
    if len(head) < 2:
        return _header_piece(head, rest)
    while rest:
        got = _header_piece(head, rest)
        if len(got[1]) == len(rest):
            got = _header_more(head, rest)
        if len(got[1]) == len(rest):
            break
        head, rest = got
    return head, rest


def _header_piece(
    header: list[TextCell], body: list[TextCell]
) -> tuple[list[TextCell], list[TextCell]]:
    """One broken header cell taken back from the body (:func:`header_pieces`)."""
    if header and body and len(body[0].text) <= _MAX_PIECE and not is_header_word(body[0].text):
        top = header[-1]
        if _word_across(top.text, body[0].text):
            return [*header[:-1], TextCell(top.text + body[0].text, top.span)], body[1:]
    if len(body) < 2:
        return header, body
    a, b = body[0], body[1]
    if len(a.text) > _MAX_PIECE or len(b.text) > _MAX_PIECE or is_header_word(a.text):
        return header, body
    if not (is_header_word(a.text + b.text) and _word_across(a.text, b.text)):
        return header, body
    return [*header, TextCell(a.text + b.text, a.span)], body[2:]


# A header piece of a statistics table's column: a short word, no figure (产量, 比上年).
_SHORT_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def is_figure(text: str | None) -> bool:
    """Whether a cell one a line is a figure, a body's (12.9, not 2020年): a header word
    it follows is the first row's name (用水总量（亿立方米） 12.9), not a header cell."""
    return bool(text) and classify(text) is CellClass.NUMBER and not is_header_word(text)


def _header_more(
    header: list[TextCell], body: list[TextCell]
) -> tuple[list[TextCell], list[TextCell]]:
    """The header of a statistics table typed one cell a line, run on past a line it
    does not know (绝对数 / （元） / 比上年增长 / （%）; 产量 / 比上年 / 增长（%）): a
    header word opening the body is a header cell; a bracketed unit after a header cell
    is its lower half (绝对数（元）); a short word that is no header word is the upper
    half of the header word it makes with the line after it (比上年 + 增长（%）), or else
    a column of its own (产量) when header words follow it. Nothing is taken when the
    line opening the body is none of these (a row's name)."""
    a = body[0]
    nxt = body[1].text if len(body) > 1 else ""
    top = header[-1]
    if _BRACKETED_RE.fullmatch(squeeze(a.text)) and is_header_word(top.text + a.text):
        return [*header[:-1], TextCell(top.text + a.text, top.span)], body[1:]
    if len(a.text) <= 24 and is_header_word(a.text) and classify(a.text) is not CellClass.GROUP:
        return ([*header, a], body[1:]) if not is_figure(nxt) else (header, body)
    if not _SHORT_WORD_RE.fullmatch(squeeze(a.text)) or not nxt:
        return header, body
    if is_header_word(nxt) and is_header_word(a.text + nxt):
        return [*header, TextCell(a.text + nxt, a.span)], body[2:]
    after = body[2].text if len(body) > 2 else ""
    if (
        is_header_word(nxt)
        or _SHORT_WORD_RE.fullmatch(squeeze(nxt))
        and is_header_word(nxt + after)
    ):
        return [*header, a], body[1:]
    return header, body


# A blank line (spaces at most) between two lines.
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\u3000\xa0]*\n")


def blank_parted(text: str, header: Sequence[TextCell]) -> list[TextCell]:
    """A one-cell-per-line header whose cells a blank line parts (an HTML table as a
    converter prints it, each ``<td>`` a paragraph) with the lines of one cell joined: a
    header cell two rows high (2015年 over 规划目标, 绝对数 over （亿元）) comes out as two
    lines with no blank line between them. Joined (the span the upper line's) only where
    blank lines part most of the header's cells, two at least (a scrape's junk lines,
    blank once read, part a few); a header without them is as printed."""
    gaps = [
        _BLANK_LINE_RE.search(text, a.span.end, b.span.start) is not None
        for a, b in pairwise(header)
    ]
    if sum(gaps) < 2 or all(gaps) or sum(gaps) <= len(gaps) - sum(gaps):
        return list(header)
    out = [header[0]]
    for cell, parted in zip(header[1:], gaps, strict=True):
        if parted:
            out.append(cell)
        else:
            top = out[-1]
            out[-1] = TextCell(top.text + cell.text, top.span)
    return out


# The header words a broken cell's halves may split (table_words groups).
_SPLIT_GROUPS = ("status", "remark", "actual", "target", "base", "level", "growth", "name")


def _word_across(upper: str, lower: str) -> bool:
    """Whether a header word stands across the break between two lines (进展 | 情况 ->
    进展情况): in the two joined, in neither alone."""
    a, b = squeeze(upper), squeeze(lower)
    joined = a + b
    return any(w in joined and w not in a and w not in b for g in _SPLIT_GROUPS for w in words(g))


# A table's header typed one cell per line over rows typed one per line (a word processor's
# table pasted as text: the header row's cells were each broken onto a line, the rows kept
# whole, cells parted by tabs or spaces). Read as one cell per line, each row would be one
# long word cell; read as rows, the header is the lines above the first row.
_PIECE_RE = re.compile(r"\t|[|｜]|[ \u3000\xa0]+")


def row_line(cell: TextCell, header: Sequence[TextCell]) -> bool:
    """Whether a line under a header typed one cell per line is a whole row: three cells
    at least, parted by tabs, pipes or spaces, the first not a figure and two figures after
    it (a tab-parted row: one). A header line holding tabs or pipes is no cell of its own
    (a delimited header with line breaks in its cells: :func:`broken_header`)."""
    if any("\t" in h.text or "|" in h.text or "｜" in h.text for h in header):
        return False
    pieces = [p for p in _PIECE_RE.split(cell.text) if p.strip()]
    if len(pieces) < 3 or classify(pieces[0]) is CellClass.NUMBER:
        return False
    figures = sum(classify(p) is CellClass.NUMBER for p in pieces[1:])
    return figures >= (1 if "\t" in cell.text else 2)


def stacked_cells(
    header: Sequence[TextCell], layout: str, first_row: Sequence[TextCell]
) -> list[TextCell]:
    """A header typed one cell per line, as the header line of the rows under it: a
    bracketed lower half (（基期）, （目标）) joined to the cell above it (its span the upper
    half's), and in a delimited layout each cell given its position when the header is
    as wide as the first row."""
    out: list[TextCell] = []
    for cell in header:
        if out and _BRACKETED_RE.fullmatch(squeeze(cell.text)):
            top = out[-1]
            out[-1] = TextCell(top.text + cell.text, top.span)
        else:
            out.append(cell)
    width = first_row[0].width if first_row else None
    if layout != "delimited" or width != len(out):
        return out
    return [TextCell(c.text, c.span, i == width - 1, i, width) for i, c in enumerate(out)]


# A one-cell-per-line header whose cells were two lines high in the page copied (a PDF's
# narrow columns): 序 / 号 and 预计 / 执行 come out as two lines each. A fragment is a line of
# one or two Chinese characters that is no header word by itself.
FRAGMENT_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _fragment(cell: TextCell) -> bool:
    return bool(FRAGMENT_RE.fullmatch(cell.text)) and not is_header_word(cell.text)


def _header_line(cell: TextCell) -> bool:
    return len(cell.text) <= 24 and is_header_word(cell.text)


def _value_line(cell: TextCell) -> bool:
    """A header line of a value column (预计, 完成): the upper half a fragment may complete
    (a 单位 or 指标 cell is whole: 单位 / 产量 are two columns)."""
    return _header_line(cell) and _role(cell.text) is ColumnRole.VALUE


def mended_lines(lines: Iterator[TextCell]) -> Iterator[TextCell]:
    """``lines`` with a header cell broken over two lines joined back (its span the upper
    half's): two fragments that make a header word (序 / 号 -> 序号), or a fragment after a
    short header word of a value column with a header line after it (预计 / 执行 / 备注 ->
    预计执行, 备注)."""
    buf: list[TextCell] = []
    for cell in lines:
        buf.append(cell)
        if len(buf) < 3:
            continue
        a, b, c = buf
        if _fragment(a) and _fragment(b) and is_header_word(a.text + b.text):
            buf = [TextCell(a.text + b.text, a.span), c]
            continue
        if len(a.text) <= 4 and _value_line(a) and _fragment(b) and _header_line(c):
            buf = [TextCell(a.text + b.text, a.span), c]
            continue
        yield buf.pop(0)
    yield from buf


def few_header_words(head: list[TextCell], words: list[TextCell]) -> bool:
    """Whether under 60 % of a header line's cells are header words or areas' columns (全市 |
    屯溪区 | 歙县: table_area_columns): a row of something else."""
    return len(words) + len(area_cells(head)) < 0.6 * len(head)


def usable_header(cells: list[TextCell]) -> bool:
    """A header with a value column and a column naming its rows: a name or index, or a
    类别 opening it with neither (``table_header.category_names_rows``)."""
    roles = [_role(c.text) for c in cells]
    named = bool({ColumnRole.NAME, ColumnRole.INDEX}.intersection(roles))
    return ColumnRole.VALUE in roles and (named or category_names_rows(roles))


def value_header(cells: list[TextCell]) -> bool:
    """A header of value columns only (its name column's cell left blank: | 2025年 |
    2030年 | 年均增长): a table when the rows under it start with a name."""
    return len(cells) >= 2 and all(_role(c.text) is ColumnRole.VALUE for c in cells)


def name_and_value(cells: list[TextCell]) -> bool:
    """A header of a name column and one value column naming a measure and no year
    (行业 | 比上年增长（%）: a communiqué's table of one figure per row, its rows the
    branches of a total; 指标 | 2024年 over wider rows is none)."""
    roles = [_role(c.text) for c in cells]
    if roles != [ColumnRole.NAME, ColumnRole.VALUE] or years_in(cells[1].text):
        return False
    return has_word(cells[1].text, "growth") or has_word(cells[1].text, "level")
