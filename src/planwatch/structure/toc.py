"""Table of contents: found so that its entries are not taken for the document's headings."""

from __future__ import annotations

import re

from planwatch.core.data import Span
from planwatch.structure.lines import Line
from planwatch.structure.markers import match_marker

_TOC_TITLE_RE = re.compile(r"^(?:目\s*录|目\s*次|CONTENTS|Contents)$")
# An entry ends with its page number after spaces or leader dots: "第一节 指导思想 13".
_PAGE_NO_RE = re.compile(r"(?:[\s\xa0\u3000]+|[.·…．\-—]{2,}\s*)\d{1,4}$")
MAX_ENTRY_CHARS = 60
MIN_UNTITLED_RUN = 5  # entries in a row needed to call a run a TOC without a 目录 line


def _has_page_number(line: Line) -> bool:
    return len(line.text) <= MAX_ENTRY_CHARS and bool(_PAGE_NO_RE.search(line.text))


def _normal(s: str) -> str:
    return re.sub(r"[\s\xa0\u3000]+", "", s)


def find_toc(lines: list[Line]) -> tuple[int, int] | None:
    """Indices ``[first, last]`` of the lines making up the table of contents, or None.

    After a 目录 line, entries are lines ending with a page number, or heading
    lines that come again later in the body (a TOC without page numbers).
    Without a 目录 line, a run of at least five numbered-heading lines with
    page numbers is a TOC.
    """
    for i, line in enumerate(lines):
        if len(line.text) <= 12 and _TOC_TITLE_RE.match(_normal(line.text)):
            last_seen: dict[str, int] | None = None
            j = i + 1
            while j < len(lines):
                entry = lines[j]
                if _has_page_number(entry):
                    j += 1
                    continue
                if match_marker(entry.text) and len(entry.text) <= MAX_ENTRY_CHARS:
                    if last_seen is None:  # built once, only for TOCs without page numbers
                        last_seen = {_normal(x.text): x.index for x in lines}
                    if last_seen.get(_normal(entry.text), -1) > j:
                        j += 1
                        continue
                break
            if j > i + 1:
                return i, j - 1
    run_start = None
    for i, line in enumerate(lines + [Line(-1, 0, 0, "")]):
        if line.text and _has_page_number(line) and match_marker(line.text):
            run_start = i if run_start is None else run_start
            continue
        if line.text and run_start is not None and _has_page_number(line):
            continue  # unnumbered entries (附件…) inside a run
        if run_start is not None and i - run_start >= MIN_UNTITLED_RUN:
            return run_start, i - 1
        run_start = None
    return None


def toc_span(lines: list[Line], bounds: tuple[int, int] | None) -> Span | None:
    """The character span of the TOC lines."""
    if bounds is None:
        return None
    return Span(lines[bounds[0]].start, lines[bounds[1]].end)
