"""The year a census or sample survey bulletin reports: its standard moment's.

A census counts as of one moment, its standard moment (标准时点), which the bulletin names
in its opening (以2020年11月1日零时为标准时点; 普查的标准时点是2018年12月31日). It is
published months later, often in the next year or the one after (a fourth economic
census, as of the end of 2018, published in May 2020): the year the bulletin covers is the
moment's, not the year before its publication, as a yearly communiqué's would be. The
moment is also no date of writing (``refdate``). A bulletin that prints no moment (its later
numbers often do not) covers the year of the national census it names (data/censuses.csv).
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.data import Evidence
from planwatch.core.datafiles import records
from planwatch.describe.dates import FoundDate, Reading, find_dated

# A date with its hour, the moment a census counts at (2020年11月1日零时).
_MOMENT_RE = re.compile(r"\s*(?:零|0|24)\s*时")
# (Or named as the census's standard moment: 普查的标准时点为2016年12月31日.)
_MOMENT_BEFORE_RE = re.compile(r"时点\s*(?:为|是)\s*$")
# A census or sample survey's own bulletin or data, named in its title or opening (第七次全国
# 人口普查公报, 第四次全国经济普查主要数据公报, 1%人口抽样调查主要数据): not a year's
# communiqué citing the census its figures were revised by.
_CENSUS_RE = re.compile(r"(?:普查|抽样调查)(?:[^\n。，,]{0,12}?(?:公报|主要数据)|数据)")
_OPENING_CHARS = 1500
# A year's communiqué titled so (2019年国民经济和社会发展统计公报): its year is its own.
_YEARLY_RE = re.compile(r"(?:19|20)\d\d\s*年[^\n。]{0,30}统计公报")


def is_moment(view: str, f: FoundDate) -> bool:
    """Whether the date ``f`` found in ``view`` is a census's standard moment."""
    return bool(
        _MOMENT_RE.match(view, f.end)
        or _MOMENT_BEFORE_RE.search(view, max(0, f.start - 8), f.start)
    )


def census_year(text: str) -> tuple[int, Evidence] | None:
    """The year of the standard moment a census bulletin names in its opening, else of the
    national census it names by its ordinal (第四次全国经济普查: 2018, data/censuses.csv),
    with its span; None where the opening names no census."""
    read = Reading.of(text, _OPENING_CHARS)
    view = read.view.text
    census = _CENSUS_RE.search(view)
    if census is None or _YEARLY_RE.search(view, 0, census.start()):
        return None  # (a year's communiqué citing the census its figures were revised by)
    named = _NAMED_CENSUS_RE.search(view)
    for f in find_dated(view):
        if f.date.day is not None and is_moment(view, f) and not _other_census(view, f, named):
            return f.date.year, read.evidence("year", "census_moment", f.start, f.end)
    year = _census_years().get((named[2], named[1])) if named else None
    if named is None or year is None:
        return None
    return year, read.evidence("year", "census_moment", *named.span())


# A national census named by its ordinal (第七次全国人口普查, 第四次全国经济普查, 第六次人口普查).
_NAMED_CENSUS_RE = re.compile(r"第([一二三四五六七八九])次(?:全国)?(人口|经济|农业)普查")


def _other_census(view: str, f: FoundDate, own: re.Match[str] | None) -> bool:
    """Whether the moment ``f`` is that of a census other than the bulletin's own (``own``,
    the first it names), named right before it: the base it is compared with (同第五次全国
    人口普查2000年11月1日零时的…相比 in the sixth's bulletin)."""
    before = list(_NAMED_CENSUS_RE.finditer(view, max(0, f.start - 16), f.start))
    return bool(before and own and before[-1].group(1, 2) != own.group(1, 2))


@cache
def _census_years() -> dict[tuple[str, str], int]:
    """(census, ordinal) -> the year of its standard moment (data/censuses.csv)."""
    return {(r["census"], r["ordinal"]): int(r["year"]) for r in records("censuses.csv")}
