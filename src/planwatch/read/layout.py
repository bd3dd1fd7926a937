"""Assembling a reader's stored text from paragraphs and table grids, with spans.

HTML and DOCX readers walk their documents in order and hand each paragraph
and each table grid to a :class:`TextBuilder`, which writes the stored text:

* paragraphs (blocks) are separated by a blank line (``"\\n\\n"``);
* a table is rendered one cell per line (cells separated by ``"\\n"``), rows
  separated by a blank line; empty cells write nothing (so a blank line always
  means a new row) and get an empty span at their row's position; a merged
  cell's text is written once, at its top-left grid position.

The builder returns :class:`~planwatch.core.data.SourceTable` records whose
cell spans index the text it built, so ``text[cell.span.start:cell.span.end]
== cell.text`` holds by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planwatch.core.data import SourceTable, Span, TableCell

BLOCK_SEP = "\n\n"
CELL_SEP = "\n"
ROW_SEP = "\n\n"

# Characters that are written without spaces between them (CJK and full-width forms).
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_PUNCT = r",.;:!?()\[\]"
# A line break with a CJK character on one side and CJK or punctuation on the other.
_WIDE_BREAK = re.compile(
    rf"(?<=[{_WIDE}])[ \t\f\v]*[\r\n]\s*(?=[{_WIDE}{_PUNCT}])"
    rf"|(?<=[{_PUNCT}])[ \t\f\v]*[\r\n]\s*(?=[{_WIDE}])"
)
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")


@dataclass(frozen=True, slots=True)
class GridCell:
    """A table cell placed on its grid by a reader, before its text is written."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class RawCell:
    """A cell as a row lists it (HTML ``<td>``), before grid placement."""

    text: str
    rowspan: int = 1
    colspan: int = 1


def one_line(text: str) -> str:
    """``text`` as one line: line breaks between CJK characters vanish, other
    whitespace runs (including no-break spaces) become one space; ends stripped.

    Why: source markup wraps Chinese text at arbitrary points; a browser shows
    no gap there, and a space inside ``458.51亿元`` would split a value.
    """
    text = _WIDE_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip(" \u3000")


def place_rows(rows: Sequence[Sequence[RawCell]]) -> tuple[list[GridCell], int, int]:
    """Place HTML-style rows (cells with rowspan/colspan) on a grid.

    Returns ``(cells, n_rows, n_cols)``. Follows the HTML table model: each
    cell takes the first grid column its row leaves free; a rowspan reserves
    the columns below it.
    """
    taken: set[tuple[int, int]] = set()
    cells: list[GridCell] = []
    n_cols = 0
    n_rows = len(rows)
    for r, row in enumerate(rows):
        c = 0
        for raw in row:
            while (r, c) in taken:
                c += 1
            rowspan = max(1, min(raw.rowspan, n_rows - r))
            colspan = max(1, raw.colspan)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, c + dc))
            cells.append(GridCell(r, c, raw.text, rowspan, colspan))
            c += colspan
        n_cols = max(n_cols, c)
    if taken:
        n_cols = max(n_cols, max(col for _, col in taken) + 1)
    return cells, n_rows, n_cols


class TextBuilder:
    """Writes stored text block by block and records table cell spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._tables: list[SourceTable] = []

    @property
    def length(self) -> int:
        return self._length

    def _write(self, s: str) -> None:
        self._parts.append(s)
        self._length += len(s)

    def _separate(self) -> None:
        if self._length:
            self._write(BLOCK_SEP)

    def add_block(self, text: str) -> None:
        """Append one paragraph (a line of text); blank paragraphs are skipped."""
        text = text.strip()
        if text:
            self._separate()
            self._write(text)

    def add_table(self, cells: Sequence[GridCell], n_rows: int, n_cols: int) -> bool:
        """Append a table grid; returns False (writing nothing) if it holds no text."""
        cells = sorted(cells, key=lambda c: (c.row, c.col))
        if not any(one_line(c.text) for c in cells):
            return False
        self._separate()
        start = self._length
        placed: list[TableCell] = []
        current_row = -1
        row_written = False  # has the current row written any text yet?
        any_written = False  # has any earlier row written text (so a row break is due)?
        for cell in cells:
            if cell.row != current_row:
                current_row = cell.row
                any_written = any_written or row_written
                row_written = False
            text = one_line(cell.text)
            if text:
                if row_written:
                    self._write(CELL_SEP)
                elif any_written:
                    self._write(ROW_SEP)
                row_written = True
                span = Span(self._length, self._length + len(text))
                self._write(text)
            else:
                span = Span(self._length, self._length)
            placed.append(TableCell(cell.row, cell.col, text, span, cell.rowspan, cell.colspan))
        self._tables.append(SourceTable(Span(start, self._length), tuple(placed), n_rows, n_cols))
        return True

    def text(self) -> str:
        return "".join(self._parts)

    def tables(self) -> tuple[SourceTable, ...]:
        return tuple(self._tables)
