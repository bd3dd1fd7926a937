"""Flattened tables in plain text: runs of short cell lines, many of them numbers.

Scraped indicator tables come out one cell per line ("序号", "1",
"地区生产总值(亿元)", "--", "9.1", "预期性"). Their group rows ("一、经济发展")
look like headings and must not restart the outline, so heading detection
skips the regions found here.
"""

from __future__ import annotations

import re

from planwatch.structure.lines import Line

MAX_CELL_CHARS = 30
MIN_RUN_LINES = 8
MIN_NUMERIC_CELLS = 4
MIN_NUMERIC_SHARE = 0.25

# A cell holding a value: 9.1, 374.76, [1.98], -3.43, 6左右, 控制在3.0以内, --, 预期性.
_NUMERIC_CELL_RE = re.compile(
    r"^(?:控制在)?[\[［(（]?[-+−]?\d[\d.,，]*\s*%?[\]］)）]?\s*(?:左右|以上|以内|以下)?$"
    r"|^[-—–－/]{1,3}$|^(?:预期性|约束性)$"
)
_SENTENCE_END = "。；;！!？?"


def is_cell(line: Line) -> bool:
    """A line short enough to be one table cell and not a sentence."""
    return len(line.text) <= MAX_CELL_CHARS and line.text[-1] not in _SENTENCE_END


def is_numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL_RE.match(text))


def find_table_regions(
    lines: list[Line], skip: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Index ranges ``[first, last]`` of lines that form flattened tables."""
    regions: list[tuple[int, int]] = []
    run: list[Line] = []
    for line in lines + [None]:
        if line is not None and line.index not in skip and is_cell(line):
            run.append(line)
            continue
        if len(run) >= MIN_RUN_LINES:
            numeric = sum(1 for x in run if is_numeric_cell(x.text))
            if numeric >= MIN_NUMERIC_CELLS and numeric / len(run) >= MIN_NUMERIC_SHARE:
                regions.append((run[0].index, run[-1].index))
        run = []
    return regions
