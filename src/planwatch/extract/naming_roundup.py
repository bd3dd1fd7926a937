"""A figure said of an area with no indicator named: how news round-ups and comparisons write.

Two-sessions news gathering several areas' aims writes each area's economic growth with
the area alone as its subject, or the verb the reporter retells it with: 甲县提出增长7%左右,
乙县和丙县的目标分别为增长6%和5.5%, 丁县锚定增长6.5%的目标, 各地经济增长目标普遍设定在
5.5%以上. Such a growth is the area's 地区生产总值 growth (GOLD_SPEC names an indicator
without verbs; the area is the fact's jurisdiction). A statistics release quotes another
area's figure for comparison the same way (…增长4.5%。全省同期增长4.1%，全国增长4.5%):
that figure is of the indicator named before it. A part's share given right after its whole
(一般公共预算收入118.3亿元，增长4.5%，其中税收占比达到68.2%) is its share of that whole
(税收占一般公共预算收入比重).

Word lists: roles ``roundup_filler`` and ``place_filler`` (the words around the places that
name nothing) and
``economy`` of ``planwatch/data/prose_cues.csv``; the places are the admin-division table's
(:mod:`planwatch.describe.areas`) and the scopes 全国, 全省, 我市 ….
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from planwatch.core.data import DocType
from planwatch.describe.areas import load_table, scan_names
from planwatch.extract.cues import cues
from planwatch.extract.naming_lines import name_line_before
from planwatch.extract.prose_names import SCOPE_ONLY_RE, previous_clause_name

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_names import SentenceState
    from planwatch.extract.prose_reader import Reading, SentenceReader

# The growth of the economy as a whole, as the catalog names it; a text that calls it GDP
# more often than by that name (各省份GDP增长目标, round-ups of the provinces' aims) names it so.
ECONOMY_NAME = "地区生产总值"
_GDP = "GDP"
_ECONOMY_WORDS_RE = re.compile(r"GDP|生产总值")  # (on the folded view: 生產總值 reads so too)


@lru_cache(maxsize=4)
def _economy_name(view: str) -> str:
    """The name the text gives the economy's output most often: GDP or 地区生产总值."""
    said = Counter(m.group() == _GDP for m in _ECONOMY_WORDS_RE.finditer(view))
    return _GDP if said[True] > said[False] else ECONOMY_NAME


# Genres where the economy's growth is written 经济增长 and means 地区生产总值 (a plan or an
# evaluation may keep its own word for it, 经济增速).
_NEWS = frozenset({DocType.NEWS, DocType.STATISTICAL_NEWS})
# Scopes that are no area of the table: the nation, the area itself (全省, 我市: the naming
# stage's scopes, and a delegate's 我们区, 本县) and groups of areas (各地, 多地, 各县（市、区）).
_SCOPE_RE = re.compile(
    rf"全国|{SCOPE_ONLY_RE.pattern}|(?:我们|本)[省市区县州盟旗]"
    r"|[各多](?:地|省份?|市|县)(?:[(（]?[市区县、]+[)）]?)?"
)
# The space or bar between a headline's parts (…两会接力召开 多地增长目标…, 两会聚焦丨今年…).
_HEAD_PART_RE = re.compile(
    r"(?<=[\u4e00-\u9fff”」])(?:[\s\u3000]+|\s*[丨|｜]\s*)(?=[\u4e00-\u9fffA-Za-z“「])"
)
_HEADLINE_MAX = 64  # (a headline is a short line ending no sentence)


def _on_headline(view: str, r: Reading) -> bool:
    """Whether the figure stands on a headline: a short line with no sentence end."""
    start = view.rfind("\n", 0, r.v.start) + 1
    end = view.find("\n", r.v.start)
    line = view[start : len(view) if end < 0 else end]
    return len(line) <= _HEADLINE_MAX and not any(ch in line for ch in "。；;！？")


# A year, or a time word (去年, 上年, 前三季度, 1—9月): the time of an area's figure, no name
# (全国去年增长5.0%, 吉安市上年增长5.6%, 全国前三季度增长4.8%).
_YEAR_RE = re.compile(
    r"(?:19|20)\d\d年|[今去上前明本当同]一?年(?:同期)?|[上下]半年|前?[一二三四两]季度"
    r"|1\s*[-—–~至]\s*1?\d\s*月份?|前\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*个月"
)
_TIME_CHARS = "今去上前明本当同一年期下半二三四两季度月份个五六七八九十-—–~至 "
# The base a figure is compared with, all its words may be (…达到86万元，比前年增长了15%;
# …安排96.9亿元，比2025年执行数增长4.0%: a budget's base is last year's outcome).
_BASE_RE = re.compile(
    r"(?:比|较|与)(?:上年|去年|前年|上一年|(?:19|20)\d\d年)(?:执行数|预算数|决算数|完成数|同期)?"
)
_JOINS = " 、,，:：()（）"
_GROWTH_RE = re.compile(r"增长|增速|增幅|下降")
_COMPARED_RE = re.compile(r"全国|全[省市区县州盟旗]|同期")


@lru_cache(maxsize=1)
def _filler_re() -> re.Pattern[str]:
    by_role = cues().by_role  # (with the words a list of places may stand with: 均, 等地)
    words = sorted(by_role["roundup_filler"] | by_role["place_filler"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=1)
def _economy_re() -> re.Pattern[str]:
    words = sorted(cues().by_role.get("economy", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=1)
def _place_chars() -> frozenset[str]:
    """Every character of a place's name or a scope (few indicator names are made of them
    alone: a quick no before the table is scanned)."""
    chars = set("".join(load_table().by_name)) | set("全国我们本各多省份市区县州盟旗")
    return frozenset(chars)


@lru_cache(maxsize=1)
def _roundup_chars() -> frozenset[str]:
    """Every character a name naming nothing may hold: places' and the round-up's words'."""
    by_role = cues().by_role
    words = by_role["roundup_filler"] | by_role["place_filler"] | by_role["economy"]
    return (
        _place_chars()
        | set("".join(words))
        | set(_JOINS + _TIME_CHARS + "0123456789比较上去前一年执行预算决完成数同期")
    )


# A count of the areas listed (…贵州12个省区市): names nothing of its own.
_AREAS_COUNTED_RE = re.compile(r"\d{1,2}(?=个省|个地|个市)")


def _words_out(text: str) -> str:
    """``text`` without the economy, a base of comparison, years, a count of the areas and
    the round-up's words."""
    text = _BASE_RE.sub("", _economy_re().sub("", text))
    return _filler_re().sub("", _AREAS_COUNTED_RE.sub("", _YEAR_RE.sub("", text)))


def _maybe_bare(name: str) -> bool:
    """False when ``name`` surely names something: a character left after the round-up's
    words are taken off is in no place's name."""
    if not _roundup_chars().issuperset(name):
        return False
    chars = _place_chars()
    return all(ch in chars or ch in _JOINS for ch in _words_out(name))


def _table_places_out(name: str) -> tuple[str, bool]:
    """``name`` without the places of the admin-division table, and whether any was there."""
    out, last = [], 0
    for start, end, _rows in scan_names(name):
        out.append(name[last:start])
        last = end
    out.append(name[last:])
    return "".join(out), last > 0


def _places_out(name: str) -> tuple[str, bool]:
    """``name`` without the places of the table and the scopes, and whether any was there."""
    rest, found = _table_places_out(name)
    scoped = _SCOPE_RE.sub("", rest)
    return scoped, found or scoped != rest


def _bare(name: str) -> tuple[bool, bool, bool]:
    """Whether ``name`` names no indicator (only places, scopes, round-up words and the
    economy), whether it holds a place or scope, and whether it names the economy."""
    if not _maybe_bare(name):
        return False, False, False
    rest, placed = _places_out(name)
    economy = _economy_re().search(rest) is not None
    return not _words_out(rest).strip(_JOINS), placed, economy


def roundup_name(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """Name a figure whose words name only an area, a scope, a reporter's verb or the
    economy: the figure named before it in the sentence; in a comparison (全省同期, 全国) or
    with no area named (；今年预期增长5%) the one named before it in the paragraph; else a
    growth is the economy's (甲县提出增长7%左右)."""
    if not r.name or r.v.fixed_name is not None:
        return
    last = _HEAD_PART_RE.split(r.name)[-1] if _HEAD_PART_RE.search(r.name) else r.name
    if last != r.name and (_bare(last)[0] or (len(last) >= 2 and _on_headline(reader.view, r))):
        # (甲市县两会接力召开 多地增长目标定在6%以上, 两会聚焦丨今年我市GDP预期增长6%左右,
        # 江苏13市成绩单出炉 苏州GDP首破2.4万亿元: a headline's last part names its figure)
        r.name = last
    if r.v.unit != "%" or cues().generic_re.match(r.name):
        return  # (增速为8.1%: a generic word, completed by the naming stage)
    bare, placed, economy = _bare(r.name)
    if not bare and r.name in r.name_raw:
        # (今年我们区的目标是增长6%: the lead words cut, 区的目标 is left of the scope; a
        # name borrowed from elsewhere stays)
        bare, placed, economy = _bare(r.name_raw)
    if not bare:
        return
    if economy and reader.frame.doc_type in _NEWS:
        r.name = _economy_name(reader.view)  # (经济增长预期目标为5.5%左右: the economy's)
        return
    if economy:
        return  # (a plan's or an evaluation's own word for it stays)
    topic = _aim_topic(reader.view[reader.s : r.cs])
    if placed and topic and not _economy_re().fullmatch(topic):
        r.name = topic  # (多地提出固定资产投资增长目标，河南提出增长5%以上: the topic's growth)
        return
    before = st.prev_name if not r.inherited else ""
    if not before and (not placed or _COMPARED_RE.search(r.name)):
        before = (
            previous_clause_name(reader.view, reader.s, r.cs)
            or name_line_before(reader.view, reader.s)
            or reader.para_name
        )
    if before and not _bare(before)[0]:
        r.name = before
    elif (
        _GROWTH_RE.search(r.name)
        or _GROWTH_RE.search(reader.view, r.cs, r.v.start)
        or (reader.frame.doc_type in _NEWS and _places_out(reader.view[reader.s : r.v.start])[1])
    ):
        # (甲县提出增长7%左右: the area's economy grows; 乙省增长目标最高，为7%以上, 丙省目标
        # 最低，为4.5%左右: a round-up of the areas' aims for it)
        r.name = _economy_name(reader.view)


# The indicator a round-up's sentence sets out to compare the areas' aims for, before their
# figures (多地提出固定资产投资增长目标，河南提出增长5%以上; 在固定资产投资方面，…).
_AIM_TOPIC_RE = re.compile(
    r"(?:提出|明确|设定|确定)了?(?P<t>[\u4e00-\u9fff]{2,12}?)(?:增长|增速)(?:预期)?目标"
    r"|(?:在|从)(?P<u>[\u4e00-\u9fff]{2,12}?)(?:方面|来看)"
)


def _aim_topic(before: str) -> str:
    """The indicator the last topic phrase before a figure in its sentence names, or ""."""
    found = list(_AIM_TOPIC_RE.finditer(before))
    if not found:
        return ""
    last = found[-1]
    return last.group("t") or last.group("u") or ""


# A part's share with no whole named (其中税收占比, 其中民营企业占比): its whole is the figure before.
_PART_SHARE_RE = re.compile(r"^其中([^占,，。;；]{2,12}?)占比$")
_WHOLE_MAX = 10


def part_share_name(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """Name a part's share written right after its whole (…一般公共预算收入118.3亿元，其中税收
    占比达到68.2%): the part's share of the figure named before it in the sentence."""
    if r.v.unit != "%" or not st.prev_name or r.inherited:
        return
    m = _PART_SHARE_RE.match(reader.view[r.cs : r.v.start].strip().rstrip("达到为是超过约近"))
    if m is None or not r.name.startswith(m.group(1)):
        return
    scope = _SCOPE_RE.match(st.prev_name)
    whole = st.prev_name[scope.end() :] if scope else st.prev_name  # (全区一般公共预算收入)
    if whole.startswith(m.group(1)) or "占" in whole or len(whole) > _WHOLE_MAX:
        # (the share of a share, or of the part itself, names nothing new; a long whole is
        # a description, 引入双一流大学…优秀教师, no indicator the share can be named after)
        return
    r.name = f"{m.group(1)}占{whole}比重"


# A part of the year alone after the figure of the months so far (1—9月…增长7.4%，其中9月
# 当月增长8.2%; 11月份增长8.6%; 二季度增长5.9%): a statistics release's month or quarter of
# the same indicator, which names nothing of its own.
_MONTH_ONLY_RE = re.compile(
    r"(?:其中|单看)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|当月|单月|第?[一二三四]季度)"
    r"(?:当月|单月|份)?(?:当季|单季)?"
)


def month_only(name: str) -> bool:
    """Whether ``name`` is only a month or a quarter (see above)."""
    return _MONTH_ONLY_RE.fullmatch(name) is not None


# A paragraph opening on areas alone, then 为 and a figure (上海为5.5%以上，陕西、广西为5.5%左右，…
# after a paragraph listing the provinces' aims): a round-up's list going on past a line break.
_PLACES_THEN_RE = re.compile(r"\s*([^\n，,。；;：:为是]{2,40}?)(?:均|都|也|分别)?(?:为|是)\s*-?\d")


def places_go_on(view: str, s: int) -> bool:
    """Whether the paragraph at ``s`` opens so (see above): only places of the table before
    its 为."""
    m = _PLACES_THEN_RE.match(view, s)
    if m is None:
        return False
    rest, found = _table_places_out(m.group(1))
    return found and not rest.strip(_JOINS + "和及与")
