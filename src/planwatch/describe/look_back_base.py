"""The year a look back of N years ends, told by the base year it compares with (step 8 of
``refdate``).

A work report's story of a term's results often prints no date but the base its figures
grow from: 五年来，…一般公共预算收入是2011年的1.9倍 (a look back of five years, 2012-2016,
compared with the year before it). That base is the year before the look back, never the
time of writing: the look back ends N years after it and the text is of the year after
that. A base year with no look back before it tells nothing and is passed over.
"""

from __future__ import annotations

import re

from planwatch.describe.dates import cn_number

# A look back over a number of years: 五年来, 过去五年, 近5年来, 这五年.
_LOOK_BACK_RE = re.compile(r"(?:过去|近|这)?\s*([三四五六七八九十两\d])\s*年(?:来|以来|间|里)")
# The word before a year that makes it a base: 比2011年, 较2011年, 是2011年的, 与2011年相比.
BASE_BEFORE = "比较是与同"
_BASE_YEAR_RE = re.compile(rf"(?<=[{BASE_BEFORE}])\s*((?:19|20)\d{{2}})\s*年")
_SAME_PARAGRAPH = 400  # how far after the look back its base may be printed


def is_base_year(view: str, start: int) -> bool:
    """Whether the year printed at ``start`` follows a word that makes it a base."""
    i = start - 1
    while i >= 0 and view[i] in " \u3000":
        i -= 1
    return i >= 0 and view[i] in BASE_BEFORE


def first_not_base(
    pattern: re.Pattern[str], view: str, start: int, end: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` (a year) in ``view[start:end]`` that is no base."""
    for m in pattern.finditer(view, start, end):
        if not is_base_year(view, m.start()):
            return m
    return None


def look_back_end(view: str, within: int) -> tuple[int, int, int] | None:
    """The last year of the first look back opening in ``view[:within]`` that a base year
    after it tells (the base plus N), with the base year's span; else None."""
    for lb in _LOOK_BACK_RE.finditer(view, 0, within):
        years = cn_number(lb[1])
        if not years:
            continue
        stop = view.find("\n", lb.end())
        stop = min(lb.end() + _SAME_PARAGRAPH, len(view) if stop < 0 else stop)
        base = _BASE_YEAR_RE.search(view, lb.end(), stop)
        if base is not None:
            return int(base[1]) + years, base.start(1), base.end(1)
    return None
