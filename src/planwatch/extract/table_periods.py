"""Years and plan periods a table's title and header cells print.

Split out of :mod:`table_header`, which reads the rest of a header's meaning: a
column's years (``years_in``), the plan period a title names (``period_from_words``)
or its header's years imply (``period_from_years``, ``series_before_aim``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planwatch.core.data import Span
from planwatch.core.periods import plan_mentions
from planwatch.extract.table_words import has_word, squeeze


@dataclass(frozen=True, slots=True)
class PlanPeriod:
    """A plan period: first and last year (十四五 -> 2021, 2025); ``base`` is the year before."""

    start: int
    end: int

    @property
    def base(self) -> int:
        return self.start - 1


YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
YEAR_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-—–~～至到]\s*((?:19|20)\d\d)(?!\d)")


def period_from_words(text: str) -> PlanPeriod | None:
    """The plan period a text names: ``“十三五”`` -> 2016-2020, ``(2021-2025年)`` -> 2021-2025."""
    s = squeeze(text)
    named = next(plan_mentions(s), None)
    if named is not None:
        return PlanPeriod(*named.years)
    r = YEAR_RANGE_RE.search(s)
    if r:
        a, b = int(r.group(1)), int(r.group(2))
        if 0 < b - a <= 15:
            return PlanPeriod(a, b)
    return None


def years_in(text: str) -> list[int]:
    """The four-digit years printed in ``text``. Spaces part numbers first (表1 2022年 is
    no 12022); only a text with no year so read is squeezed (2 0 2 0年 spaced out)."""
    text = _GLUED_NUMBER_RE.sub(r"\g<0>|", text)  # (表62017年…: table 6 of 2017)
    found = YEAR_RE.findall(_SPACES_RE.sub("|", text))
    return [int(y) for y in found or YEAR_RE.findall(squeeze(text))]


_SPACES_RE = re.compile(r"\s+")
# A table's number run into the year after it (表62017年全市…): the number ends where a year
# (19xx年, 20xx年) would begin.
_GLUED_NUMBER_RE = re.compile(r"(?<![\d.])(?<=表)\s*\d{1,2}?(?=(?:19|20)\d\d\s*年)")


def period_from_years(years: Sequence[int]) -> PlanPeriod | None:
    """A plan period guessed from a header's year columns (2020, 2025, 2035 -> 2021-2025)."""
    ys = sorted(set(years))
    if len(ys) >= 2:
        base = ys[0]
        end = next((y for y in ys[1:] if y - base <= 10), ys[1])
        return PlanPeriod(base + 1, end)
    if len(ys) == 1:
        return PlanPeriod(ys[0] - 4, ys[0])
    return None


def series_before_aim(
    labelled: Sequence[tuple[Sequence[str], Sequence[Span]]],
) -> PlanPeriod | None:
    """The period a run of year columns before one naming its year's aim implies (2000年 …
    2005年 | 2006年目标, a monitoring table in a plan): the bare years are results, the
    last of them the base of the aimed years. (A plan's yearly columns with no aim named,
    2021年 … 2025年, are its aims: ``period_from_years``.)"""
    aims: list[int] = []
    bare: list[int] = []
    for parts, _ in labelled:
        joined = "".join(parts)
        aimed = has_word(joined, "target") or has_word(joined, "expected")
        (aims if aimed else bare).extend(years_in(parts[-1]))
    if not aims or len(bare) < 2 or max(bare) >= min(aims):
        return None
    return PlanPeriod(max(bare) + 1, max(aims))
