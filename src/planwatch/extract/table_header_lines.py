"""A spaced table's header printed over two lines, read back into one cell per column.

A PDF table copied as text keeps its rows on their lines and its cells parted by
spaces; a header whose cells were two lines high comes out as two lines, the second
holding the lower half of some cells only (``2020年`` over ``基期值``, ``年均增长`` over
``〔累计〕``, ``指标`` over ``属性``). Read as a flat run of cells, the lower half would be
columns of its own and every figure would shift. The halves are joined by where they
stand on their lines: each lower cell belongs to the upper cell it sits under (widths
counted as printed: a Chinese character is two columns wide).

A two-level header (规划目标 over 2025年 and 2035年) puts two lower cells under one
upper cell: that is a group over its sub-columns, which the header reader handles, and
such a header is left as it is.

A tab-delimited table copied from a spreadsheet or a word processor keeps a line break
typed inside a header cell (``2024年`` / ``预期目标``): the line ends in the middle of the
cell and the next line goes on with it, so the header comes out as several lines of
fewer cells than the rows have, each line's last cell continued by the next line's
first. :func:`broken_header` joins them back (``2024年预期目标``) when the joined header
is exactly as wide as the row under it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import pairwise

from planwatch.core.data import Span
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import (
    YEAR_CELL_RE,
    ColumnRole,
    _role,
    is_header_word,
    years_in,
)
from planwatch.extract.table_lines import line_at, spaced_cells
from planwatch.extract.table_words import has_word, squeeze, words


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _columns(text: str, cell: TextCell) -> tuple[int, int]:
    """The printed columns a cell covers on its line: [first, past-last)."""
    line_start = text.rfind("\n", 0, cell.span.start) + 1
    first = _width(text[line_start : cell.span.start])
    return first, first + _width(cell.text)


def _line_of(text: str, cell: TextCell) -> int:
    return text.rfind("\n", 0, cell.span.start)


def _under(text: str, upper: Sequence[TextCell], cell: TextCell) -> int | None:
    """The upper cell ``cell`` sits under: the one it overlaps most, by half the narrower
    of the two at least; else none (lines whose cells do not stand in columns)."""
    a, b = _columns(text, cell)
    best, best_overlap = None, 0
    for i, u in enumerate(upper):
        ua, ub = _columns(text, u)
        overlap = min(b, ub) - max(a, ua)
        if overlap > best_overlap and 2 * overlap >= min(b - a, ub - ua):
            best, best_overlap = i, overlap
    return best


def stacked_header(text: str, header: Sequence[TextCell]) -> list[TextCell]:
    """``header`` with a second header line's cells joined to the cells they sit under
    (``2020年`` + ``基期值``); unchanged when the header is one line, when the lower line
    is not set in under the first column (its cells stand in no columns then), when a
    lower cell sits under no upper cell, or when two sit under one (a group over
    sub-columns)."""
    lines = sorted({_line_of(text, c) for c in header})
    if len(lines) != 2:
        return list(header)
    upper = [c for c in header if _line_of(text, c) == lines[0]]
    lower = [c for c in header if _line_of(text, c) == lines[1]]
    if _columns(text, upper[0])[0] >= _columns(text, lower[0])[1]:
        return _set_in_joined(text, upper, lower) or list(header)
    if _columns(text, lower[0])[0] <= _columns(text, upper[0])[0]:
        return list(header)  # (a lower line set in under a blank name column, or no columns)
    homes = _year_homes(upper, lower) or [_under(text, upper, c) for c in lower]
    return _halves_joined(upper, lower, homes, above=False) or list(header)


def _halves_joined(
    base: Sequence[TextCell],
    halves: Sequence[TextCell],
    homes: Sequence[int | None],
    *,
    above: bool,
) -> list[TextCell] | None:
    """``base`` (a header line of every column) with each of ``halves`` joined to the cell
    ``homes`` gives it, the halves standing ``above`` the base line or under it; None when
    a half has no home or two share one. The upper half's text comes first and its span
    is kept: a span covers one run of the stored text, and the upper half is what names
    the column's year or kind as evidence."""
    if any(h is None for h in homes) or len(set(homes)) != len(homes):
        return None
    out = list(base)
    for cell, home in zip(halves, homes, strict=True):
        assert home is not None
        own = out[home]
        top, low = (cell, own) if above else (own, cell)
        out[home] = TextCell(top.text + low.text, top.span, own.line_end, own.slot, own.width)
    return out


def set_in_upper(text: str, head: Sequence[TextCell]) -> list[TextCell]:
    """The line right above a spaced header line when it holds the upper halves of the
    header's cells (``2015年`` over ``基数``, ``完成进度`` over ``（%）``): set in past the
    first cell (指标名称 has nothing above it), no figure in it, header words mostly, each
    cell standing over a header cell of its own. Its cells, else none."""
    start = line_at(text, head[0].span.start)[0]
    if len(head) < 3 or start == 0:
        return []
    cells = spaced_cells(text, *line_at(text, start - 1))
    if len(cells) < 2 or _columns(text, cells[0])[0] < _columns(text, head[0])[1]:
        return []
    words = [is_header_word(c.text) for c in cells]
    if 2 * sum(words) <= len(cells):
        return []
    if any(re.search(r"\d", c.text) for c, w in zip(cells, words) if not w):
        return []  # (a figure: a row of something else)
    homes = [_under(text, head, c) for c in cells]
    if None in homes or 0 in homes or len(set(homes)) != len(homes):
        return []
    return [TextCell(c.text, c.span, i == len(cells) - 1) for i, c in enumerate(cells)]


# A figure run into the name before it (城镇居民人均可支配收入（元）27860): a name as
# wide as its column leaves no space before the first figure. The name ends in a Chinese
# character or a closing bracket (a Latin letter before digits is a name's: PM2.5).
_GLUED_RE = re.compile(r"(?P<name>.*[\u4e00-\u9fff）)])(?P<figure>[-−]?\d+(?:\.\d+)?)")


def glued_apart(text: str, cells: list[TextCell], header: Sequence[TextCell]) -> list[TextCell]:
    """A spaced row's cells with a figure glued to the end of its first cell (the name)
    cut off as a cell of its own, when the figure stands under a header cell that is not
    the name's (a footnote mark after a name stands under the name's header)."""
    m = _GLUED_RE.fullmatch(cells[0].text) if len(cells) >= 2 else None
    if m is None or classify(m["name"]) is not CellClass.TEXT:
        return cells
    start = cells[0].span.start
    figure = TextCell(m["figure"], Span(start + m.start("figure"), cells[0].span.end))
    home = _under(text, header, figure)
    if home is None or _role(header[home].text) in (ColumnRole.NAME, ColumnRole.INDEX):
        return cells
    name = TextCell(m["name"], Span(start, start + m.end("name")))
    return [name, figure, *cells[1:]]


def _set_in_joined(
    text: str, upper: Sequence[TextCell], lower: Sequence[TextCell]
) -> list[TextCell] | None:
    """The lower line's cells with the upper halves set in over them (:func:`set_in_upper`)
    joined on, or None when an upper cell stands over none or two over one."""
    homes = [_under(text, lower, c) for c in upper]
    return _halves_joined(lower, upper, homes, above=True)


def flat_lower_half(header: Sequence[TextCell]) -> list[TextCell]:
    """A header two lines high flattened one cell a line (or run on), its lower line's
    cells after the upper line's with their places lost (序号 指标 2020年 规划目标 实际完成
    属性 完成进度, then 基数 (2025年) (2022年)): a header's value columns stand before its
    属性 column, so year or kind words after it (a bracket, or a short word of a kind:
    基数, 目标) are the lower halves of the value columns before it, joined in order
    when there are no more of them than of those columns. Unchanged otherwise."""
    roles = [_role(c.text) for c in header]
    if ColumnRole.ATTRIBUTE not in roles:
        return _year_lower_halves(header)
    attribute = roles.index(ColumnRole.ATTRIBUTE)
    k = len(header)
    while k > attribute + 1 and _lower_half(header[k - 1].text):
        k -= 1
    lower = header[k:]
    values = [i for i in range(attribute) if roles[i] is ColumnRole.VALUE]
    if len(lower) < 2 or len(lower) > len(values):
        return list(header)
    return _halves_joined(header[:k], lower, values[: len(lower)], above=False) or list(header)


def _year_lower_halves(header: Sequence[TextCell]) -> list[TextCell]:
    """A header two lines high flattened one cell a line without a 属性 column, its upper
    line's value columns headed by bare years (指标 2010年 2015年 2015年 完成情况) and its
    lower line the kind words under them (基数 规划目标 实际完成): the kind words ending the
    header, as many as the bare years and all after them, are the years' lower halves,
    joined in order (2010年基数). Unchanged otherwise."""
    k = len(header)
    while k > 0 and _lower_half(header[k - 1].text) and not years_in(header[k - 1].text):
        k -= 1
    n = sum(bool(YEAR_CELL_RE.fullmatch(squeeze(c.text))) for c in header[:k])
    if n < 2 or len(header) - k < n:
        return list(header)
    k = len(header) - n  # (完成情况 before 基数: a column of its own, no lower half)
    years = _year_homes(header[:k], header[k:])
    if years is None:
        return list(header)
    return _halves_joined(header[:k], header[k:], years, above=False) or list(header)


def _lower_half(text: str) -> bool:
    """Whether a header cell reads as the lower half of a value column's: a year or a
    kind word in brackets, or a short kind word alone (基数, 目标), not a progress one."""
    word = squeeze(text)
    if has_word(word, "progress") or not is_header_word(word):
        return False
    if _BRACKETED_RE.fullmatch(word):
        return True
    return len(word) <= _MAX_KIND_WORD and any(has_word(word, g) for g in _KIND_GROUPS)


def slotted_header(text: str, header: Sequence[TextCell]) -> list[TextCell]:
    """A pipe- or tab-delimited header two lines high, the lower line's cells joined to
    the cells above them by position (``2020年`` over ``基数``, ``规划目标`` over
    ``(2025年)``): a spreadsheet's header row and the row under it that gives some cells
    their lower half, the first cells of that row left blank under the name columns.
    Unchanged unless the lower line is no wider than the upper (blank cells after its
    last are not typed), set in (its first cell blank) and each of its cells under a
    cell of the upper line."""
    lines = sorted({_line_of(text, c) for c in header})
    if len(lines) != 2:
        return list(header)
    upper = [c for c in header if _line_of(text, c) == lines[0]]
    lower = [c for c in header if _line_of(text, c) == lines[1]]
    width = upper[0].width
    if width is None or any(c.width != width for c in upper):
        return list(header)
    if any(c.width is None or c.width > width or c.slot is None for c in lower):
        return list(header)
    homes = {c.slot: i for i, c in enumerate(upper)}
    if not lower[0].slot or any(c.slot not in homes for c in lower):
        return list(header)
    return _halves_joined(upper, lower, [homes[c.slot] for c in lower], above=False) or list(header)


def _year_homes(upper: Sequence[TextCell], lower: Sequence[TextCell]) -> list[int] | None:
    """Where a lower line of bracketed kind words alone (（现状） （目标）, （基期） （目标）)
    goes: under the year columns, one each in order, as many as there are, wherever the
    typist set them (a hand-typed header does not keep its columns). None for any other
    lower line."""
    bracketed = all(_BRACKETED_RE.fullmatch(squeeze(c.text)) for c in lower)
    # (Or short kind words a narrow PDF line sets one space apart, no column kept:
    # 2012年 2012年 2013年 over 预计完成 增长 计划增长.)
    groups = _KIND_GROUPS if bracketed else (*_KIND_GROUPS, "growth")
    if not bracketed and any(len(squeeze(c.text)) > _MAX_KIND_WORD for c in lower):
        return None
    if not all(any(has_word(c.text, g) for g in groups) for c in lower):
        return None
    years = [i for i, u in enumerate(upper) if YEAR_CELL_RE.fullmatch(squeeze(u.text))]
    return years if len(years) == len(lower) else None


_KIND_GROUPS = ("target", "actual", "base")
_MAX_KIND_WORD = 4


# How many lines a header with broken cells may take (a cell broken twice over three).
_MAX_BROKEN_LINES = 4


def _tab_cells(text: str, start: int, end: int) -> list[TextCell]:
    """The cells of the tab-delimited line ``text[start:end]``, blank ones included
    (stripped; a blank cell has an empty text)."""
    out: list[TextCell] = []
    pos = start
    for raw in text[start:end].split("\t"):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(TextCell(body, Span(pos + lead, pos + lead + len(body))))
        pos += len(raw) + 1
    return out


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end - (text[end - 1 : end] == "\r")


def broken_header(
    text: str, start: int, *, spaced: bool = False
) -> tuple[list[TextCell], int] | None:
    """The header of a tab-delimited table starting on the line at ``start`` whose cells
    hold line breaks, one cell per column (``2024年`` + ``预期目标``), and where its last
    line ends; None unless the lines join into header words exactly as wide as the line
    after them (the first row), each line after the first being header words only.

    ``spaced``: a PDF's header whose cells part by two spaces and break across lines
    (``2020年`` / ``规划目标``, ``完成`` / ``情况``): a line's first piece goes on the cell
    the line above ended with, the two making a header word (the piece alone may be
    none: 情况); the cells a row has, each a position (no ``slot``)."""
    cells_of = spaced_cells if spaced else _tab_cells
    first, end = _line_bounds(text, start)
    cells = cells_of(text, first, end)
    if len(cells) < 2 or not all(c.text and is_header_word(c.text) for c in cells):
        return None
    for _ in range(_MAX_BROKEN_LINES - 1):
        nxt_start, nxt_end = _line_bounds(text, end + 1)
        if nxt_start >= len(text):
            return None
        more = cells_of(text, nxt_start, nxt_end)
        top = cells[-1]
        if spaced:
            if not more or not is_header_word(top.text + more[0].text):
                return None
        if not all(c.text and is_header_word(c.text) for c in more[spaced:]):
            return None
        # (The span stays the upper half's: a span covers one run of the stored text.)
        cells[-1] = TextCell(top.text + more[0].text, top.span)
        cells += more[1:]
        end = nxt_end
        row_start, row_end = _line_bounds(text, end + 1)
        row = cells_of(text, row_start, row_end)
        if len(row) == len(cells) and row[0].text and not is_header_word(row[0].text):
            n = len(cells)
            if spaced:
                return [TextCell(c.text, c.span, i == n - 1) for i, c in enumerate(cells)], end
            return [TextCell(c.text, c.span, i == n - 1, i, n) for i, c in enumerate(cells)], end
        if spaced and _flat_body_after(text, end, cells):
            return [TextCell(c.text, c.span, i == len(cells) - 1) for i, c in enumerate(cells)], end
    return None


def _flat_body_after(text: str, end: int, cells: list[TextCell]) -> bool:
    """Whether a spaced header broken over lines (three cells at least) ends at ``end``
    over a body one cell a line: the next line that is not blank is one cell, a row's
    name, that goes on no header cell (情况 after 完成 does)."""
    pos = end + 1
    while pos < len(text):
        a, b = _line_bounds(text, pos)
        line = spaced_cells(text, a, b)
        if line:
            one = line[0].text
            return (
                len(line) == 1
                and len(cells) >= 3
                and classify(one) is CellClass.TEXT
                and not is_header_word(one)
                and not is_header_word(cells[-1].text + one)
            )
        pos = b + 1
    return False


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
# A header cell wholly in brackets under a year (2025年 / （基期）) is the lower half of it.
_BRACKETED_RE = re.compile(r"[(（〔\[［][^()（）〔〕\[\]［］]{1,6}[)）〕\]］]")


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
