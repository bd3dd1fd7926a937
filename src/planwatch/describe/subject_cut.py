"""An area named as a figure's subject is its jurisdiction, not a word of its indicator.

A provincial communiqué names its cities as the subjects of their figures (吕梁市增速居全省
第一, 大同市地区生产总值增速居全省第二): the jurisdiction pass gives each such figure the city
(an Evidence record, field ``jurisdiction``, basis ``clause``, holding the printed name), and
the indicator is what is measured of it (增速全省排名), without the city's name in front. A
name that would be left with fewer than two Chinese characters keeps the area's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from planwatch.core.data import Fact
from planwatch.core.normalise import fold

_MIN_LEFT = 2


def _left(name: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in name)


def subject_cut(facts: Iterable[Fact]) -> list[Fact]:
    """``facts`` with the printed name of the area each was given as its clause's subject cut
    from the front of its indicator (see the module doc)."""
    out = []
    for f in facts:
        named = [
            ev.text
            for ev in f.evidence
            if ev.field == "jurisdiction" and ev.basis == "clause" and ev.text
        ]
        name = f.indicator or ""
        folded = fold(name)
        for area in named:
            a = fold(area)
            if folded.startswith(a) and _left(name[len(a) :]) >= _MIN_LEFT:
                name = name[len(a) :]
                break
        out.append(f if name == f.indicator else f.with_(indicator=name))
    return out
