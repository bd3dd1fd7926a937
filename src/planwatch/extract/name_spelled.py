"""An area's output named by its abbreviation, spelled out.

A communiqué's title line or a release's lead names the area's output by its abbreviation
after the area's word (前三季度全市GDP同比增长5.9%, 全市人均GDP为…元) where its body writes the
name out (地区生产总值（GDP）…): the figure is the area's 地区生产总值, the name the body's
figures carry. A name that is the area's lead word (全市, 全县 …), maybe 人均, and the
abbreviation is given spelled out (全市人均GDP: 人均地区生产总值) where the document writes
the long name at all (a report saying only 全区GDP names it so); the abbreviation without
the area's word (今年GDP增长6%, 人均GDP: as printed, the way news of a report names it) and a
name holding it among other words (单位GDP能耗, 研发经费占GDP比重) are kept as printed. The
pairs are ``spelled_out`` in ``data/prose_words.csv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.extract.cues import words


@lru_cache(maxsize=1)
def _pairs() -> dict[str, str]:
    return dict(w.split("=", 1) for w in words("spelled_out") if "=" in w)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(k) for k in sorted(_pairs(), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?P<area>全[省市县区州盟旗])(?P<per>人均)?(?P<short>{alt})")


def spelled_out(name: str, view: str) -> str:
    """``name`` spelled out when it is an area's abbreviated output and the document
    (``view``, read as simplified) writes the name out somewhere (see the module doc); a
    report that only ever says 全区GDP names it so."""
    m = _pattern().fullmatch(name) if name else None
    if m is None:
        return name
    long = _pairs()[m["short"]]
    return (m["per"] or "") + long if long in view else name
