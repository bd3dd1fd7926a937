"""``build_outline``: headings, table of contents, paragraphs and sentences as spans."""

from __future__ import annotations

from planwatch.core.data import Heading, Outline, Span
from planwatch.structure.headings import (
    HeadingLine,
    assign_levels,
    is_matter,
    numbered_heading,
    unnumbered_heading,
)
from planwatch.structure.lines import Line, split_lines
from planwatch.structure.markers import is_strong
from planwatch.structure.sentences import split_sentences
from planwatch.structure.tables import find_table_regions
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


def table_rows(lines: list[Line], toc_lines: set[int]) -> set[int]:
    """Indices of lines inside flattened tables, where only 第…章/节 can be headings.

    Headings glued to a table are let through: the numbered lines opening a
    run (一、发展目标 right above the table) and its last line (二、重点任务
    right below it); a table's own group rows sit after its header cells.
    """
    rows: set[int] = set()
    for first, last in find_table_regions(lines, skip=toc_lines):
        while first < last and numbered_heading(lines[first]) is not None:
            first += 1
        rows.update(range(first, last))
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


def build_outline(text: str) -> Outline:
    """The outline of a document's stored ``text``: every part as spans of that text."""
    lines = split_lines(text)
    toc_bounds = find_toc(lines)
    toc_lines = set(range(toc_bounds[0], toc_bounds[1] + 1)) if toc_bounds else set()
    in_table = table_rows(lines, toc_lines)
    found = find_heading_lines(lines, toc_lines, in_table)
    headings = with_sections(len(text), assign_levels(found))
    paragraphs = tuple(Span(x.start, x.end) for x in lines if x.index not in toc_lines)
    sentences = tuple(s for p in paragraphs for s in split_sentences(text, p))
    return Outline(
        headings=headings,
        toc=toc_span(lines, toc_bounds),
        paragraphs=paragraphs,
        sentences=sentences,
    )
