"""The year a census or sample survey bulletin reports: its standard moment's.

A census counts as of one moment, its standard moment (标准时点), which the bulletin names
in its opening (以2020年11月1日零时为标准时点; 普查的标准时点是2018年12月31日). It is
published months later, often in the next year or the one after (a fourth economic
census, as of the end of 2018, published in May 2020): the year the bulletin covers is the
moment's, not the year before its publication, as a yearly communiqué's would be. The
moment is also no date of writing (``refdate``).
"""

from __future__ import annotations

import re

from planwatch.core.data import Evidence
from planwatch.describe.dates import FoundDate, Reading, find_dated

# A date with its hour, the moment a census counts at (2020年11月1日零时).
_MOMENT_RE = re.compile(r"\s*(?:零|0|24)\s*时")
# (Or named as the census's standard moment: 普查的标准时点为2016年12月31日.)
_MOMENT_BEFORE_RE = re.compile(r"时点\s*(?:为|是)\s*$")
# A census or sample survey named in a bulletin's title or opening.
_CENSUS_RE = re.compile(r"普查|抽样调查")
_OPENING_CHARS = 1500


def is_moment(view: str, f: FoundDate) -> bool:
    """Whether the date ``f`` found in ``view`` is a census's standard moment."""
    return bool(
        _MOMENT_RE.match(view, f.end)
        or _MOMENT_BEFORE_RE.search(view, max(0, f.start - 8), f.start)
    )


def census_year(text: str) -> tuple[int, Evidence] | None:
    """The year of the standard moment a census bulletin names in its opening, with its
    span; None where the opening names no census or no moment."""
    read = Reading.of(text, _OPENING_CHARS)
    view = read.view.text
    if _CENSUS_RE.search(view) is None:
        return None
    for f in find_dated(view):
        if f.date.day is not None and is_moment(view, f):
            return f.date.year, read.evidence("year", "census_moment", f.start, f.end)
    return None
