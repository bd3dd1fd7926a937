"""Items of a list that share what the last item names after them (省、市重点项目 -> 省重点
项目, 市重点项目; 城镇居民、农村居民人均可支配收入; 高技术制造业、装备制造业增加值): a naming
stage of the prose extractor, split from ``prose_names``."""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.describe.areas import scan_names
from planwatch.extract.cues import words
from planwatch.extract.prose_names import CJK, SCOPE_LEAD_RE, clean_name

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


_SPENDING = "支出"


def _budget_functions(items: list[str], last: str) -> bool:
    """Whether the items and the last one's words before its 支出 are all classes of
    government spending (data/prose_words.csv ``budget_function``)."""
    classes = _budget_classes()
    return last.endswith(_SPENDING) and all(
        it in classes for it in (*items, _unscoped(last[: -len(_SPENDING)]))
    )


@lru_cache(maxsize=1)
def _budget_classes() -> frozenset[str]:
    """The classes of ``budget_function`` in data/prose_words.csv."""
    return frozenset(words("budget_function"))


def _class_measure(item: str, last: str) -> str:
    """What the last item measures of a class of goods (类价格 of 交通通讯类价格, 类零售额) when
    ``item`` names a class of its own without 类; else ""."""
    k = last.rfind("类")
    if k < 1 or "类" in item or len(item) > 8:
        return ""
    measure = last[k:]
    return measure if _CLASS_MEASURE_RE.fullmatch(measure) else ""


# A class's measure: its prices, their index, its sales (类价格, 类价格指数, 类商品零售额).
_CLASS_MEASURE_RE = re.compile(r"类(?:商品)?(?:价格(?:指数)?|零售额|销售额)")


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
    if _budget_functions(heads, last):
        return [*(it + _SPENDING for it in heads), last]  # (教育、科技、医疗卫生支出)
    share = _SHARE_TAIL_RE.search(last)
    for it in heads:
        if share and share.start() > 0 and "占" not in it:
            out.append(it + share.group())  # (进出口总额和出口总额占全省比重: both shares)
        elif klass := _class_measure(it, last):
            out.append(it + klass)  # (烟、酒、衣着类价格: 烟类价格 …, a price index's classes)
        elif measured := _sector_measure(it, last):
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


# The share of a whole closing the last item (…出口总额占全省比重): every item's.
_SHARE_TAIL_RE = re.compile(r"占[^占，,、]{1,12}?(?:比重|比例)$")


def _whole_area(text: str) -> int:
    """The length of the area name ``text`` opens with (0 if none)."""
    first = next(iter(scan_names(text)), None)
    return first[1] if first is not None and first[0] == 0 else 0


def _from_trailing_area(text: str) -> str:
    """``text`` from the area name it ends with (支持甲市 -> 甲市), else unchanged."""
    names = list(scan_names(text))
    return text[names[-1][0] :] if names and names[-1][1] == len(text) else text


def areas_share_noun(items: list[str], after: str = "") -> list[str]:
    """Areas listed before one indicator (分区县看，张店区、临淄区一般公共预算收入分别…;
    海安市、如皋市学前教育公办率分别…): each area's figure is of that indicator, so each area
    item gets the noun after the last item's area. The clause's verb before the first area
    (支持甲市、乙市地区生产总值分别增长…) is no part of its name. Areas alone before 分别,
    the indicator after it (``after``: 香洲、金湾和斗门三个行政区分别实现地区生产总值a、b、c),
    name that indicator each."""
    if len(items) >= 2 and _whole_area(items[0]) != len(items[0]):
        items = [_from_trailing_area(items[0]), *items[1:]]
    if len(items) < 2 or any(_whole_area(it) != len(it) for it in items[:-1]):
        return items
    k = _whole_area(items[-1])
    noun = items[-1][k:]
    group = _GROUP_COUNT_RE.match(noun)
    if k and (not noun or (group is not None and group.end() == len(noun))):
        named = clean_name(after)
        # (a verb and its noun after 分别, 实现地区生产总值; not a move alone, 分别增长)
        return [named] * len(items) if len(named) >= 2 and named != after.strip() else items
    if k == 0 or len(noun) < 2:
        return items
    if group is not None and len(noun) - group.end() >= 2:
        # (长沙、株洲、湘潭三市PM2.5浓度: the count of the areas listed names none of them.)
        noun = noun[group.end() :]
    return [it + noun for it in items[:-1]] + [items[-1][:k] + noun]


# The count of the areas just listed, closing the list (三市, 两县, 3个区, 四县（市、区）).
_GROUP_COUNT_RE = re.compile(
    r"[两二三四五六七八九十\d]{1,2}个?(?:市州|县市区|县区|行政区|市|县|区|州|旗|省)(?:[(（][^()（）]{1,6}[)）])?"
)
