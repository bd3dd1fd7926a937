"""Core types of the tables a document holds (re-exported by ``planwatch.core.data``).

A reader's grid (:class:`TableCell`, :class:`SourceTable`) and a table as the
table extractor read it (:class:`GridCell`, :class:`TableRecord`). Spans follow
the span rule of ``planwatch.core.data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planwatch.core.data import Span


@dataclass(frozen=True, slots=True)
class TableCell:
    """One cell of a table found by a reader (HTML/DOCX/PDF), grid-placed.

    ``span`` locates the cell's text in the stored text (may be empty for an
    empty cell). ``row`` and ``col`` are the cell's top-left grid position.
    """

    row: int
    col: int
    text: str
    span: Span
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A table whose grid a reader knew (HTML ``<table>``, DOCX, PDF).

    ``span`` covers the whole table's text in the stored text.
    Tables in plain text have no SourceTable: the table extractor finds them.
    """

    span: Span
    cells: tuple[TableCell, ...]
    n_rows: int
    n_cols: int


@dataclass(frozen=True, slots=True)
class GridCell:
    """One cell of a recovered table as shown: its text, where it is (None for
    a cell the table reader filled in, such as a row's cleaned name) and, for
    a cell that became a fact, the fact's reading (``target level 2030 亿元``)."""

    text: str
    span: Span | None = None
    reading: str | None = None


@dataclass(frozen=True, slots=True)
class TableRecord:
    """An indicator table found in a document, as the table extractor read it.

    Stored at ingest so that pages and ``planwatch tables`` show it without
    extracting again. ``columns`` are (header label, meaning) pairs, ``rows``
    the body as rows × columns; ``reason`` says why a table that was found
    gave no facts (None when it was read).
    """

    span: Span
    title: str | None
    layout: str  # "lines" | "delimited" | "spaced" | "runon" | "grid" | "areas" (rows of areas)
    columns: tuple[tuple[str, str], ...] = ()
    rows: tuple[tuple[GridCell, ...], ...] = ()
    reason: str | None = None
