"""A pace assumed for a projection: 按年均增长6%测算，2025年全市地区生产总值需达到917.5亿元.

An evaluation (or an outline's review) projects where an indicator will stand, or what it
still needs, from a pace it assumes, put in a clause of its own between 按/按照 and 测算/计算
(按照年均增长7%的规划目标测算，后三年…需年均增长8.4%; 据测算，按年均增长5%左右计算，预计到2025年
全区地区生产总值可达…). The pace is an aim (the plan's, or the one the projection holds to), not
a result, and the clause names no indicator of its own: the figure the projection gives after
it in the sentence names it (its subject). Measured on the dev sets: real13 c431, real19 c495,
plans5 c111 (plans10 c213 names the pace by its item's heading).
"""

from __future__ import annotations

import re
from dataclasses import replace

from planwatch.core.data import Fact

# The clause's words before the pace (按, 按照, 按年均增长) and after it up to its comma (测算,
# 的规划目标测算, 左右计算).
_LEAD_RE = re.compile(r"[\s\u3000]*按照?[^,，。;；:：\d]{0,16}")
_CLOSE_RE = re.compile(r"[^,，。;；\d]{0,12}?(?:测算|计算)\s*[,，]")
# A name that is only the clause's words (测算, 按照, 计算): no indicator.
_HOLLOW_RE = re.compile(r"(?:据|按照?|测算|计算|的|规划|目标|\s)+")


def assumed_pace(view: str, cs: int, v_start: int, v_after_end: int) -> tuple[int, int] | None:
    """The span of 按/按照 when the value at ``v_start`` is the pace a projection assumes in a
    clause starting at ``cs`` (see the module doc); else None."""
    if _LEAD_RE.fullmatch(view, cs, v_start) is None or not _CLOSE_RE.match(view, v_after_end):
        return None
    at = view.index("按", cs, v_start)
    return at, at + 1


def name_assumed(facts: list[Fact], paces: set[int]) -> list[Fact]:
    """``facts`` of a sentence, each pace at a start in ``paces`` whose name is only the
    clause's words named by the next figure of the sentence."""
    out = list(facts)
    for i, f in enumerate(out):
        if f.start in paces and _HOLLOW_RE.fullmatch(f.indicator or ""):
            after = next((g for g in out[i + 1 :] if g.start not in paces), None)
            if after is not None and after.indicator:
                out[i] = replace(f, indicator=after.indicator, indicator_id=after.indicator_id)
    return out
