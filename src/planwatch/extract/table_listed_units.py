"""The unit of a table row among the units its unit line lists.

A table's unit line may list several units (单位：亿元、公里、%): the rows that print
none of their own are each in one of them, told by the row's name
(``data/listed_units.csv``: a share in %, a length in 公里, a per-head amount in 元);
a name that tells none is in the first listed (the table's money unit).
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.datafiles import records
from planwatch.core.units import normalise_unit

_LIST_SEP_RE = re.compile(r"[、，,/ \u3000]")


@cache
def _affinities() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["unit"], re.compile(r["pattern"])) for r in records("listed_units.csv"))


def listed_unit(listed: str | None, name: str) -> str | None:
    """The unit of a row named ``name`` under a unit line listing ``listed`` (亿元、%、元)."""
    if not listed:
        return None
    units = [u.strip() for u in _LIST_SEP_RE.split(listed) if u.strip()]
    if len(units) < 2:
        return units[0] if units else listed
    for unit, pattern in _affinities():
        if unit in units and pattern.search(name):
            return normalise_unit(unit) or unit
    return normalise_unit(units[0]) or units[0]
