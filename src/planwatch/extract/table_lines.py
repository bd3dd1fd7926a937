"""The lines and cells of stored text as the table finder reads them.

A table in text is lines: one cell a line, or one row a line with its cells parted
by pipes, tabs or spaces. These are the finder's primitives (``table_find``): a
line's bounds, a line without its surrounding spaces as a cell, the non-blank
lines after or before a place, and the cells of a one-row line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planwatch.core.spans import span_unchecked
from planwatch.core.widths import display_width
from planwatch.extract.table_area_columns import whole_or_area_column
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import is_header_word
from planwatch.extract.table_words import squeeze, words

# What parts a delimited line's cells: a tab or a bar (the table finder's, the title reader's).
CELL_BAR_RE = re.compile(r"[\t|｜]")


def line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def strip_line(text: str, start: int, end: int) -> TextCell | None:
    """The line ``text[start:end]`` without surrounding spaces, or None when blank (or only
    question marks: a mirror's stand-in for an image it lost, ? between a title and its table)."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    body = seg.strip()
    if not body.strip("?？"):
        return None
    # (A span made without the constructor's check: the finder asks for every line.)
    return TextCell(body, span_unchecked(start + lead, start + lead + len(body)), indent=lead)


def lines_forward(text: str, pos: int) -> Iterator[TextCell]:
    """Non-blank lines from the line starting at ``pos`` on."""
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        cell = strip_line(text, pos, end)
        if cell is not None:
            yield cell
        pos = end + 1


def lines_backward(text: str, pos: int) -> Iterator[TextCell]:
    """Non-blank lines before the line starting at ``pos``, nearest first."""
    end = pos - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        cell = strip_line(text, start, end)
        if cell is not None:
            yield cell
        end = start - 1


def split_row_line(
    text: str, line: TextCell, *, single_space: bool | None = None
) -> tuple[str, list[TextCell]]:
    """The cells of a one-row line and its layout (``delimited`` or ``spaced``).

    Cells carry their position (``slot``) among the line's cells in
    delimited layouts, where empty cells keep their place.
    """
    # The raw line, not the stripped cell: a leading tab is an empty first cell.
    base, line_end = line_at(text, line.span.start)
    t = text[base:line_end].rstrip("\r")
    if "|" in t or "｜" in t or "\t" in t:
        sep = r"[|｜]" if ("|" in t or "｜" in t) else r"\t"
        out: list[TextCell] = []
        pos = 0
        spans: list[tuple[int, int]] = []
        for raw in re.split(sep, t):  # every separator is one character
            spans.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        if sep == r"\t":
            spans = _spaced_inside(t, spans)
        # Border pipes (| a | b |) leave empty pieces at both ends.
        if sep != r"\t" and spans and not t[spans[0][0] : spans[0][1]].strip():
            spans = spans[1:]
        if sep != r"\t" and spans and not t[spans[-1][0] : spans[-1][1]].strip():
            spans = spans[:-1]
        for slot, (a, b) in enumerate(spans):
            cell = strip_line(text, base + a, base + b)
            if cell is not None:
                out.append(TextCell(cell.text, cell.span, slot=slot))
        slots = len(spans)
        return "delimited", _mark_line_end(out, slots)
    base += len(t) - len(t.lstrip())
    t = t.strip()
    wide = spaced_cells(text, base, base + len(t))
    if single_space is None:
        single_space = len(wide) < 3
    if not single_space:
        return "spaced", _mark_line_end(wide, None)
    tokens = space_tokens(text, base, base + len(t))
    merged: list[TextCell] = []
    for tok in tokens:
        if merged and (_spread_pair(merged[-1], tok) or _joinable(merged[-1], tok)):
            prev = merged[-1]
            merged[-1] = TextCell(
                text[prev.span.start : tok.span.end], span_unchecked(prev.span.start, tok.span.end)
            )
        else:
            merged.append(tok)
    return "spaced", _mark_line_end(merged, None)


def space_tokens(text: str, start: int, end: int) -> list[TextCell]:
    """The runs of characters between spaces in ``text[start:end]``, each a cell (a line whose
    cells are parted by single spaces)."""
    return [
        TextCell(m.group(), span_unchecked(m.start(), m.end()))
        for m in _TOKEN_RE.finditer(text, start, end)
    ]


def _spaced_inside(t: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tab-parted cells, a cell a copy ran together with spaces (…占地区生产总值比重   %   4.5
    8   （3.5）, a web table pasted half with tabs) parted as a spaced line's cells are: where
    two spaces or more stand and a part is a figure (a header word spread over its cell,
    指    标, stays one)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        parts = [(a + m.start(), a + m.end()) for m in _SPACED_CELL_RE.finditer(t[a:b])]
        if len(parts) > 1 and any(classify(t[x:y]) is CellClass.NUMBER for x, y in parts):
            out.extend(parts)
        else:
            out.append((a, b))
    return out


# A token of a spaced line (cells parted by single spaces are joined back: _joinable).
_TOKEN_RE = re.compile(r"\S+")

# A spaced line's cell: runs of characters joined by single spaces (a name may hold one);
# two spaces or more part cells (how a PDF's text keeps a table's columns apart).
_SPACED_CELL_RE = re.compile(r"\S+(?:[ \u3000\xa0]\S+)*")


# One character a cell: a header word spaced out to its column's width (指    标, 市  别).
_LONE_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# The widest space a word spaced out so keeps between its characters.
_SPACED_OUT_GAP = 6


def spaced_cells(text: str, start: int, end: int) -> list[TextCell]:
    """The cells of the space-parted line ``text[start:end]`` (two spaces part cells).

    Statistical tables print a short header word spread over its column (指    标,
    项  目, 市  别): two or more cells of one character each, side by side, are one cell."""
    cells: list[TextCell] = []
    lone = False  # whether the last cell is a run of lone characters
    for m in _SPACED_CELL_RE.finditer(text, start, end):
        one = _LONE_CJK_RE.fullmatch(m.group()) is not None
        gap = m.start() - cells[-1].span.end if cells else 0
        if (
            one
            and lone
            and (gap <= _SPACED_OUT_GAP or _spread_head(cells[-1].text, m.group(), gap))
        ):
            a = cells[-1].span.start
            cells[-1] = TextCell(text[a : m.end()], span_unchecked(a, m.end()))
            continue
        cells.append(TextCell(m.group(), span_unchecked(m.start(), m.end())))
        lone = one
    return cells


# A wide column's header word spread over it (行        业, 指          标): as wide a gap only
# between the characters of a name column's word.
_SPREAD_GAP = 24
_SPREAD_WORDS = ("name", "name_cell", "index", "area_column")


def _spread_pair(prev: TextCell, tok: TextCell) -> bool:
    """Whether a lone character completes a name column's header word spread wide over its
    column after the lone character ``prev`` (行          业, as :func:`spaced_cells` joins it)."""
    if _LONE_CJK_RE.fullmatch(tok.text) is None or _LONE_CJK_RE.fullmatch(prev.text) is None:
        return False
    gap = tok.span.start - prev.span.end  # (a narrower gap is read as before: 类 别　指　标)
    return gap > _SPACED_OUT_GAP and _spread_head(prev.text, tok.text, gap)


def _spread_head(before: str, ch: str, gap: int) -> bool:
    """Whether ``ch`` after a gap of ``gap`` spaces completes a name column's header word
    begun by the lone characters ``before`` (行 … 业: 行业)."""
    if gap > _SPREAD_GAP:
        return False
    word = squeeze(before) + ch
    return any(word in words(group) for group in _SPREAD_WORDS)


# A year a PDF's text layer spaced off from its 年 (2015 年目标, 2012 年): one header cell.
_BARE_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def year_spaced_off(prev: TextCell, tok: TextCell) -> bool:
    """Whether ``tok`` is the 年 (with what follows it) of the bare year ``prev``, one space
    between them."""
    return (
        tok.span.start - prev.span.end == 1
        and tok.text.startswith("年")
        and _BARE_YEAR_RE.fullmatch(prev.text) is not None
    )


# A comparator word alone (the suffix a figure cell may close on: 6左右, 3.0以内).
_SUFFIX_ONLY_RE = re.compile(r"左右|以上|以内|以下")


def _joinable(prev: TextCell, tok: TextCell) -> bool:
    """Whether two space-separated tokens are one cell (a name with a space in it, a year
    spaced off from its 年)."""
    gap = tok.span.start - prev.span.end
    if gap > 1:  # (空    调 台 95: a row's two-character name spread over its cell)
        return gap <= _SPACED_OUT_GAP and bool(
            _LONE_CJK_RE.fullmatch(prev.text) and _LONE_CJK_RE.fullmatch(tok.text)
        )
    if year_spaced_off(prev, tok):
        return True
    if _SUFFIX_ONLY_RE.fullmatch(tok.text):
        # (7.5 左右, 4 以内: a PDF's text layer spaces a figure's comparator off from it)
        return classify(prev.text) in (CellClass.NUMBER, CellClass.INDEX)
    if is_header_word(prev.text) or is_header_word(tok.text):
        return False
    if whole_or_area_column(prev.text) and whole_or_area_column(tok.text):
        return False  # (全市城镇居民 盐湖区 全市农村居民: columns of the population's parts, areas)
    # (The token is classified first: ``prev`` is the cell grown so far, a new text at
    # each join, and a long one on a prose line; the token was classified as the cell
    # before it was joined, an answer kept.)
    return classify(tok.text) in (CellClass.TEXT, CellClass.UNIT) and (
        classify(prev.text) is CellClass.TEXT
    )


def _mark_line_end(cells: list[TextCell], slots: int | None) -> list[TextCell]:
    """``cells`` with the last marked as ending its line and each given the line's width
    ``slots`` (positions count only when widths agree), ``indent`` 0; a cell that is so
    already is kept, not copied (a spaced line's: no width)."""
    if not cells:
        return cells
    last = cells[-1]
    out = [
        c
        if c.width == slots and not c.indent
        else TextCell(c.text, c.span, c.line_end, c.slot, slots)
        for c in cells[:-1]
    ]
    out.append(TextCell(last.text, last.span, True, last.slot, slots))
    return out


def printed_columns(text: str, start: int, body: str) -> tuple[int, int]:
    """The printed columns [first, past-last) of ``body`` standing at ``start`` on its line."""
    first = display_width(text[line_at(text, start)[0] : start])
    return first, first + display_width(body)


def _columns_on_page(text: str, cells: list[TextCell]) -> list[tuple[int, int]] | None:
    """Each cell's first and last column on its line as printed, or None when the cells
    stand on more than one line."""
    base = line_at(text, cells[0].span.start)[0]
    if any(line_at(text, c.span.start)[0] != base for c in cells):
        return None
    return [printed_columns(text, c.span.start, text[c.span.start : c.span.end]) for c in cells]


def placed_by_position(text: str, cells: list[TextCell], header: list[TextCell]) -> list[TextCell]:
    """A spaced row short of the header's width with each figure placed under the column
    it stands beneath on the page (a communiqué's 年末数 | 比重 table leaves the 比重 of its
    total row blank: 常住人口  224.58 is the 年末数's), or the row as it is when a figure
    stands under no header cell or under two. Columns are counted as printed, a Chinese
    character two wide."""
    if not 2 <= len(cells) < len(header) or any(c.slot is not None for c in cells):
        return cells
    heads = _columns_on_page(text, header)
    own = _columns_on_page(text, cells)
    if heads is None or own is None or own[0][1] > heads[1][0]:
        return cells  # (the row's name reaches under the first value column)
    slots = [0]
    for a, b in own[1:]:
        under = [j for j, (ha, hb) in enumerate(heads) if j > 0 and a <= hb and ha <= b]
        if len(under) != 1 or under[0] <= slots[-1]:
            return cells
        slots.append(under[0])
    width = len(header)
    return [TextCell(c.text, c.span, c.line_end, s, width, c.indent) for c, s in zip(cells, slots)]
