"""Words around an indicator name that frame it without naming it: the naming stage's last step.

A clause often says whose figure it is and that the figure is an aim in the words the
name is read from: 石家庄市的增速, 我省GDP总量, 浙江GDP首次, 经济增长预期目标是. The place is
the fact's jurisdiction (decided from the clause by the describe stage), the aim word is
the kind's evidence (:mod:`.prose_modality` reads it from the sentence); neither belongs
in the indicator's name, and with them the name matches neither the catalog nor the same
indicator named plainly elsewhere. Word lists: roles ``self_scope`` and ``aim_tail`` of
``planwatch/data/prose_cues.csv``; places: the admin-division table (:mod:`planwatch.describe.areas`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.describe.areas import load_table, scan_names
from planwatch.extract.cues import cues
from planwatch.extract.prose_names import CJK, clean_name

# A rate of change a name ends with once its aim words are gone (经济增长预期目标 -> 经济增长):
# a % after it is a growth, as it was with the aim words.
_GROWTH_END_RE = re.compile(r"(?:增长|增速|增幅)$")
# Words that make 目标 a noun of its own (主要目标, 规划目标, 年度计划目标): no aim word then.
_AIM_NOUN_RE = re.compile(r"(?:主要|规划|年度|计划|发展|控制|任务|下达|既定|原定)$")
# The most places a name may open with (a list of them: 北京、上海、广东).
_PLACES_MAX = 4
# A scope the figure is ranked or first in, ending the name (地区生产总值在全省县域率先 突破…,
# 财政收入在全市率先: an outline's aims of being first among its peers): not the indicator.
_SCOPE_TAIL_RE = re.compile(r"在全[国省市区县州盟][^在,，、]{0,8}?(?:率先|领先|首先)$")


@lru_cache(maxsize=1)
def _self_scope_re() -> re.Pattern[str]:
    words = sorted(cues().by_role.get("self_scope", ()), key=len, reverse=True)
    return re.compile("^(?:" + ("|".join(map(re.escape, words)) or "(?!)") + ")")


@lru_cache(maxsize=1)
def _aim_tail_re() -> re.Pattern[str]:
    words = sorted(cues().by_role.get("aim_tail", ()), key=len, reverse=True)
    return re.compile("(?:的)?(?:" + ("|".join(map(re.escape, words)) or "(?!)") + ")$")


def _enough(name: str, generic_ok: bool = False) -> bool:
    """Whether ``name`` still names something: two Chinese characters or an acronym (GDP),
    and not only a cue word (增长), nor a generic word (增速: whose?) unless ``generic_ok``
    (the caller completes it)."""
    first = CJK.search(name)
    if not (
        (first is not None and CJK.search(name, first.end()) is not None)
        or re.search(r"[A-Z]{2,}", name)
    ):
        return False
    C = cues()
    return not C.token_re.fullmatch(name) and (generic_ok or not C.generic_re.match(name))


def _place_end(name: str) -> int:
    """Where a place that opens ``name`` ends (0: none). A place counts when it is written in
    full (石家庄市, 天津滨海新区), is a province's short name (浙江, 湖北) or is followed by 的;
    a county's short name before a noun (玉龙机场) is part of a proper name."""
    if len(name) < 4 or name[:2] not in load_table().prefixes:
        return 0
    first = next(iter(scan_names(name)), None)
    if first is None or first[0] != 0:
        return 0
    end, rows = first[1], first[2]
    word = name[:end]
    full = any(row.written_in_full(word) for row in rows)
    province = any(row.level == "province" for row in rows)
    if full or province or name[end : end + 1] == "的":
        return end
    return 0


def unframed(name: str) -> tuple[str, bool]:
    """``name`` without the place or self-reference opening it (石家庄市的, 我省) and the aim
    words ending it (预期目标是); the second item is True when a rate of change is left
    where aim words were taken off (经济增长预期目标 -> 经济增长: the figure is its growth).
    The name is kept as it is when too little would be left; a place before a generic word
    goes (石家庄市的增速 -> 增速), for the caller to complete."""
    out = name
    for _ in range(_PLACES_MAX):  # (北京、上海、广东2020年GDP增长目标; 天津滨海新区的增速)
        end = _place_end(out)
        rest = out[end:].lstrip("的、和与及") if end else ""
        rest = clean_name(rest) if rest else ""
        if not _enough(rest, generic_ok=True):
            break
        out = rest
    scope = _self_scope_re().match(out)
    if scope:
        rest = clean_name(out[scope.end() :])
        if _enough(rest):
            out = rest
    scope_tail = _SCOPE_TAIL_RE.search(out)
    if scope_tail and _enough(out[: scope_tail.start()]):
        out = out[: scope_tail.start()]
    grew = False
    tail = _aim_tail_re().search(out)
    if tail and tail.start() > 0:
        rest = out[: tail.start()]
        # (主要目标, 完成规划目标: the aim is what is named or counted.)
        if _enough(rest) and not _AIM_NOUN_RE.search(rest) and not cues().outcome_re.search(rest):
            grew = _GROWTH_END_RE.search(rest) is not None
            out = rest
    return out, grew
