"""``build_outline``: headings, table of contents, paragraphs and sentences as spans."""

from __future__ import annotations

from collections.abc import Sequence

from planwatch.core.data import Heading, Outline, Span
from planwatch.core.spans import span_unchecked
from planwatch.structure.headings import (
    HeadingLine,
    assign_levels,
    is_matter,
    numbered_heading,
    unnumbered_heading,
)
from planwatch.structure.lines import Line, split_lines
from planwatch.structure.markers import is_strong
from planwatch.structure.sentences import split_paragraphs
from planwatch.structure.toc import find_toc, toc_span


def find_heading_lines(
    lines: list[Line], excluded: set[int], in_table: set[int]
) -> list[HeadingLine]:
    """Numbered and unnumbered heading lines, outside the TOC; table rows only if 第…章/节."""
    found: list[HeadingLine] = []
    for i, line in enumerate(lines):
        if i in excluded:
            continue
        h = numbered_heading(line)
        if h is not None:
            if i in in_table and not is_strong(h.type):
                continue  # 一、经济发展 as a table's group row
            found.append(h)
            continue
        # In a table only 前言/附件-like lines: 附件1 is often glued to the table it introduces.
        matter = len(line.text) <= 8 and is_matter(line.text)
        if (i not in in_table or matter) and (i + 1) not in excluded:
            h = unnumbered_heading(lines, i)
            if h is not None:
                found.append(h)
    return found


def table_rows(lines: list[Line], toc_lines: set[int], tables: Sequence[Span]) -> set[int]:
    """Indices of lines inside indicator tables, where only 第…章/节 can be headings.

    ``tables`` are the spans of the tables' headers and rows, as the table finder
    (``planwatch.extract.table_find.table_spans``) gives them: its group rows
    (一、经济发展) must not restart the outline.
    """
    rows: set[int] = set()
    if not tables:
        return rows
    ordered = sorted(tables)
    k = 0
    for line in lines:
        while k < len(ordered) and ordered[k].end <= line.start:
            k += 1
        if k < len(ordered) and ordered[k].start <= line.start < ordered[k].end:
            if line.index not in toc_lines:
                rows.add(line.index)
    return rows


def with_sections(text_len: int, leveled: list[tuple[HeadingLine, int]]) -> tuple[Heading, ...]:
    """Headings whose section runs to the next heading of the same or a higher level."""
    ends = [text_len] * len(leveled)
    open_: list[int] = []  # indices of headings whose section is still open
    for k, (h, level) in enumerate(leveled):
        while open_ and leveled[open_[-1]][1] >= level:
            ends[open_.pop()] = h.start
        open_.append(k)
    return tuple(
        Heading(
            level=level,
            marker=h.marker,
            title=h.title,
            span=Span(h.start, h.end),
            section=Span(h.start, ends[k]),
        )
        for k, (h, level) in enumerate(leveled)
    )


def build_outline(text: str, tables: Sequence[Span] = ()) -> Outline:
    """The outline of a document's stored ``text``: every part as spans of that text.

    ``tables``: where the text's indicator tables stand (see :func:`table_rows`).
    """
    lines = split_lines(text)
    toc_bounds = find_toc(lines)
    toc_lines = set(range(toc_bounds[0], toc_bounds[1] + 1)) if toc_bounds else set()
    in_table = table_rows(lines, toc_lines, tables)
    found = find_heading_lines(lines, toc_lines, in_table)
    headings = with_sections(len(text), assign_levels(found))
    paragraphs = tuple(span_unchecked(x.start, x.end) for x in lines if x.index not in toc_lines)
    sentences = tuple(split_paragraphs(text, paragraphs))
    return Outline(
        headings=headings,
        toc=toc_span(lines, toc_bounds),
        paragraphs=paragraphs,
        sentences=sentences,
    )
