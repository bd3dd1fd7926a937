"""Items of a list that share what the last item names after them (省、市重点项目 -> 省重点
项目, 市重点项目; 城镇居民、农村居民人均可支配收入; 高技术制造业、装备制造业增加值): a naming
stage of the prose extractor, split from ``prose_names``."""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.extract.cues import words
from planwatch.extract.prose_names import CJK, SCOPE_LEAD_RE

# A per-capita base at the start of a name: 每千常住人口, 每万人, 每百户.
_PER_CAPITA_RE = re.compile(
    r"^每[十百千万]{1,2}(?:[\u4e00-\u9fff]{0,4}?(?:人口|居民|人|户|老人|儿童))"
)


def _parallel_head(item: str, last: str) -> bool:
    """Whether ``item`` (城镇居民) and the start of ``last`` (农村居民人均…) are one noun with
    two modifiers of one length, ``last`` going on after it."""
    n = len(item)
    return (
        3 <= n <= 6
        and len(last) >= n + 2
        and last[n - 2 : n] == item[-2:]
        and last[: n - 2] != item[:-2]
        and len(CJK.findall(item)) == n
    )


def _unscoped(it: str) -> str:
    """A list item without the area's scope before a two-character item (全市小学、初中专任
    教师学历合格率: the scope is no part of the item)."""
    scope = SCOPE_LEAD_RE.match(it)
    return it[scope.end() :] if scope and len(it) - scope.end() == 2 else it


def _sector_measure(item: str, last: str) -> str:
    """What the last item measures of a sector (增加值 of 装备制造业增加值) when ``item`` is a
    sector of its own (高技术制造业, …业) and names no measure; else ""."""
    k = last.rfind("业")
    if not item.endswith("业") or k < 1:
        return ""
    measure = last[k + 1 :]
    return measure if measure in _sector_measures() else ""


@lru_cache(maxsize=1)
def _sector_measures() -> frozenset[str]:
    """The measures of ``sector_measure`` in data/prose_words.csv."""
    return frozenset(words("sector_measure"))


def share_heads(items: list[str]) -> list[str]:
    """List items that share the last item's head: 省、市重点项目 -> 省重点项目, 市重点项目."""
    if len(items) < 2:
        return items
    last = items[-1]
    out = []
    heads = [_unscoped(it) for it in items[:-1]]
    # (化学需氧量、氨氮、氮氧化物、挥发性有机物减排量: a list with a whole noun of its own
    # before the last is of whole nouns; a short item takes no modifier's place in the last.)
    modifiers = all(len(it) <= 2 for it in heads)
    for it in heads:
        if measured := _sector_measure(it, last):
            # 高技术制造业、装备制造业增加值, 工业、服务业投资: sectors listed, the measure after
            # the last is everyone's (高技术制造业增加值, 工业投资).
            out.append(it + measured)
        elif modifiers and len(it) < len(last) and len(it) <= 2 and last[len(it) :]:
            out.append(it + last[len(it) :])
        elif _parallel_head(it, last):
            # 城镇居民、农村居民人均可支配收入: the item's head word stands in the last item at
            # the same place, after a modifier of its own; what follows it is everyone's.
            out.append(it + last[len(it) :])
        else:
            out.append(it)
    out.append(last)
    # 每万人口全科医生数和护理员数: the per-capita base of the first item is everyone's.
    per = _PER_CAPITA_RE.match(out[0])
    if per and len(out[0]) > per.end():
        out = [out[0]] + [
            it if it.startswith(("每", "人均")) else per.group() + it for it in out[1:]
        ]
    return out
