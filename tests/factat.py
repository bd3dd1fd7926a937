"""A bare fact placed on a value of a composed text, for the tests of who a figure is about."""

from __future__ import annotations

import re

from planwatch.core.data import Fact, Kind, Measure


def fact_at(
    text: str,
    value: str,
    occurrence: int = 0,
    *,
    indicator: str = "指标",
    kind: Kind = Kind.ACTUAL,
    measure: Measure = Measure.LEVEL,
) -> Fact:
    """A fact on the ``occurrence``-th ``value`` of ``text`` (its number read from the
    value's leading digits, unit %), as the extractor would hand it to the jurisdiction
    stage."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return Fact(
        doc="t.txt",
        start=start,
        end=start + len(value),
        quote_start=start,
        quote_end=start + len(value),
        indicator=indicator,
        kind=kind,
        measure=measure,
        value=float(re.match(r"[\d.]+", value).group()),
        unit="%",
    )
