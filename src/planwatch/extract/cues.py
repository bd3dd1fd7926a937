"""Cue words of the prose extractor, loaded from ``planwatch/data/prose_cues.csv``.

Each cue has a role (see the CSV's header comment): change verbs (up/down),
"reaches" verbs (to), comparators (ge/le/approx), 年均 (avg), 同比 (yoy),
分别 (each), empty leading words (lead), kind cues (target/actual), what may
follow 零 (zero), bracketed asides (aside), generic words that name no indicator by
themselves (generic, generic_lead) and where a subject's predicate starts
(predicate), and measure nouns that replace each other when a generic word is completed
(measure_noun), empty words ending a name (tail), framing words before a figure named after it (frame), the parts of a plan
(structure) and how they fared (outcome), change verbs opening a name (down_lead,
up_lead), round marks a figure passes (milestone) and the price basis of a growth
(constant_price, nominal) or of an adjustment (adjusted). This module turns them into compiled patterns once.

The catalog's indicator names that hold a kind cue (人均预期寿命 holds 预期) are no cues:
they join ``not_modal``, so a figure of life expectancy is not an aim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from planwatch.core.datafiles import records
from planwatch.core.periods import LISTED_BASE_YEAR, PLAN_NAME, PLAN_QUOTES
from planwatch.core.regex import skipping


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lists by role and the patterns built from them."""

    by_role: dict[str, frozenset[str]]
    role_of: dict[str, tuple[str, ...]]  # word -> its roles ("增长" -> ("up",))
    chain_re: re.Pattern[str]  # a run of value cues at the end of a clause prefix
    token_re: re.Pattern[str]  # one value cue (to split a chain)
    lead_re: re.Pattern[str]  # a run of empty leading words at the start of a name
    zero_re: re.Pattern[str]  # 零 followed by a measured outcome
    aside_re: re.Pattern[str]  # a bracketed remark: (下同), (2016-2020 年,下同)
    generic_re: re.Pattern[str]  # a whole name that is only generic words: 累计完成投资, 总量
    generic_head_re: re.Pattern[str]  # a generic word at the start of a name: 数量, 增速
    predicate_re: re.Pattern[str]  # where a subject's predicate starts: 在, 位居, 实现
    measure_noun_re: re.Pattern[str]  # a measure noun ending a name: 面积, 总产量, 里程
    frames: tuple[str, ...]  # framing words a lead may end with: 纲要提出, 为与
    structure_re: re.Pattern[str]  # what a plan is made of: 主要指标, 方面, 篇
    outcome_re: re.Pattern[str]  # how a plan's parts fared: 完成, 滞后
    change_lead_re: re.Pattern[str]  # 减少 before what fell (group d), 净增
    tails: tuple[str, ...]  # empty words ending a name: 增速将, 总量可望 (longest first)
    milestone_re: re.Pattern[str]  # a round mark after a figure: 台阶, 大关 (no name)
    # Kind cues in one pass, the longest word at a place: its kind in ``modal_kind``, ``n``
    # (not a cue: 主要), ``e`` (预计), ``t`` or ``a`` (由原来 a result's start, not 由原 an aim's).
    modal_re: re.Pattern[str]
    modal_kind: dict[str, str]
    # The price basis of a growth: group ``c`` constant prices (实际, 可比价), ``n`` nominal.
    price_re: re.Pattern[str]

    def roles(self, word: str) -> tuple[str, ...]:
        return self.role_of.get(word, ())


def _alternation(words: set[str] | frozenset[str]) -> str:
    # Longest first so that 增长了 wins over 增长.
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Base-year phrases that sit between a name and its value (比2015年增长, 比“十四五”下降,
# 比全省平均水平高, 比2020年累计下降) are part of the cue chain; 比重, 比例, 比率 and 占比 are nouns (比重年均提高 is
# a share's average change, not 比…高; 占比不低于70% is a share's floor, not 比…低).
_BASE = rf"(?:(?<!占)比(?![重例率])|较[之于]?)(?:[{PLAN_QUOTES} ]*{PLAN_NAME}[{PLAN_QUOTES} ]*(?:期末|末|期间|时期)?|\s*{LISTED_BASE_YEAR}(?:19|20)\d{{2}}\s*年(?:底|末|同期)?(?:累计)?|[^,，。;；、\d]{{1,8}}?(?=高|低))"


# A bracket holding a year, a comma or a known remark is an aside, not part of a name
# (执业(助理)医师数 and 镇(街)公园 keep theirs).
_ASIDE = (
    r"[(（](?:[^()（）\n]{{0,30}}?(?:(?:19|20)\d{{2}}|[,，;；])[^()（）\n]{{0,30}}?|{words})[)）]"
)
# 在 starts a predicate (在全省排名…) except where it is part of a noun (在园幼儿, 在站博士后).
_IN_NOUN = r"(?<!^)(?!在[园站校岗职册读建线营])"

# Time phrases between a name and its value (提高到 2027 年的 3.1%, 是“十四五”期末的2倍)
# belong to the cue chain too, so that they never end up in the indicator name.
_TIME = (
    rf"[{PLAN_QUOTES} ]*{PLAN_NAME}[{PLAN_QUOTES} ]*(?:时期|期间|期末|末)?|(?:19|20)\d{{2}}\s*年(?:底|末|度)?"
    # a span of recent years: 过去五年年均增长, 近三年累计
    r"|(?:过去|近)[一二三四五六七八九十两\d]{1,2}年(?:来|间)?"
    # a count of years before an average or a sum: 两年平均增长, 三年累计
    r"|(?<![\d.])[二三四五六七八九十两\d]{1,2}年(?=年?平均|年均|累计)"
    # the basis of a change (在2025年基础上翻一番)
    r"|在\s*(?:19|20)\d{2}\s*年(?:底|末)?的?基础上"
)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lists and their patterns (read once)."""
    return _led(_built())


# The patterns searched through text whose matches open with no fixed character (a group,
# a lookbehind, an optional word): led by their first characters, a position where none can
# start fails at once (four times faster over prose for the kind cues). The others start
# with a character or are anchored, which the engine uses already.
_LED = ("chain_re", "modal_re", "predicate_re", "price_re", "change_lead_re")


def _led(c: Cues) -> Cues:
    return replace(c, **{name: skipping(getattr(c, name)) for name in _LED})


_MODAL_ROLES = {"e": "estimate", "t": "target", "a": "actual"}


def _built() -> Cues:
    by_role: dict[str, set[str]] = {}
    role_of: dict[str, list[str]] = {}
    for row in records("prose_cues.csv"):
        by_role.setdefault(row["role"], set()).add(row["word"])
        role_of.setdefault(row["word"], []).append(row["role"])
    value_roles = (
        "up", "down", "to", "ge", "le", "approx", "avg", "yoy", "each", "rate",
        "constant_price", "nominal", "adjusted",
    )  # fmt: skip
    not_modal = by_role["not_modal"] | _indicator_names_holding(by_role)
    value_words = set().union(*(by_role.get(r, set()) for r in value_roles))
    # (An open quote after a cue starts a quoted figure: 跨入“9万亿俱乐部”. One space or quote
    # a token: a run of them as one token inside the chain's repeat backtracks without end
    # on a table row's long runs of spaces.)
    token = f"(?:{_BASE}|{_TIME}|{_alternation(value_words)}|[\\s“])"
    # (A word of two kinds takes the first of n, e, t, a: later kinds are written over.)
    modal_kind = {w: k for k in ("a", "t", "e") for w in by_role[_MODAL_ROLES[k]]}
    modal_kind.update(dict.fromkeys(not_modal, "n"))
    return Cues(
        by_role={k: frozenset(v) for k, v in by_role.items()},
        role_of={k: tuple(v) for k, v in role_of.items()},
        chain_re=re.compile(f"(?:{token})+$"),
        token_re=re.compile(f"{_BASE}|{_TIME}|{_alternation(value_words)}"),
        lead_re=re.compile(f"^(?:{_alternation(by_role['lead'])}|[\\s,，、:：])+"),
        # 零死亡 states a result; 零增长行动 names a programme (no fact).
        zero_re=re.compile(
            f'零(?=[”’"]?(?:{_alternation(by_role["zero"])}))'
            r"(?![^，。；,;]{0,5}?(?:行动|工程|计划|活动|专项|示范))"
        ),
        aside_re=re.compile(_ASIDE.format(words=_alternation(by_role["aside"]))),
        generic_re=re.compile(
            f"^(?:{_alternation(by_role['generic_lead'])})*(?:{_alternation(by_role['generic'])})?$"
        ),
        generic_head_re=re.compile(f"^(?:{_alternation(by_role['generic'])})"),
        predicate_re=re.compile(f"{_IN_NOUN}(?:{_alternation(by_role['predicate'])})"),
        measure_noun_re=re.compile(f"(?:{_alternation(by_role['measure_noun'])})$"),
        structure_re=re.compile(_alternation(by_role["structure"])),
        outcome_re=re.compile(_alternation(by_role["outcome"])),
        change_lead_re=re.compile(
            f"(?P<d>{_alternation(by_role['down_lead'])})|{_alternation(by_role['up_lead'])}"
        ),
        frames=tuple(by_role["frame"]),
        tails=tuple(sorted(by_role["tail"], key=lambda w: (-len(w), w))),
        milestone_re=re.compile(f"(?:级)?(?:{_alternation(by_role['milestone'])})"),
        modal_re=re.compile(_alternation(set(modal_kind))),
        modal_kind=modal_kind,
        price_re=re.compile(
            f"(?P<c>{_alternation(by_role['constant_price'])})"
            f"|(?P<n>{_alternation(by_role['nominal'])})"
        ),
    )


def _indicator_names_holding(by_role: dict[str, set[str]]) -> set[str]:
    """The catalog's indicator names and aliases that hold a kind cue (人均预期寿命, 累计建成
    5G基站): inside them the cue says nothing of the figure's kind."""
    from planwatch.catalog.catalog import default_catalog  # loaded once, by the resolver too

    modal = by_role["target"] | by_role["actual"] | by_role["estimate"]
    found = set()
    for indicator in default_catalog():
        for name in (*indicator.names, *indicator.growth_aliases):
            if name not in modal and any(word in name for word in modal):
                found.add(name)
    return found


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, tuple[str, ...]]:
    """The word classes of ``planwatch/data/prose_words.csv`` by role, longest first."""
    by_role: dict[str, set[str]] = {}
    for row in records("prose_words.csv"):
        by_role.setdefault(row["role"], set()).add(row["word"])
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in by_role.items()}


def words(role: str) -> tuple[str, ...]:
    """The words of a class of ``prose_words.csv`` (longest first; empty for no such role)."""
    return _word_lists().get(role, ())


@lru_cache(maxsize=64)
def words_re(role: str, template: str = "(?:{})") -> re.Pattern[str]:
    """A pattern of the words of a class of ``prose_words.csv`` put into ``template`` at
    ``{}`` (an alternation, longest word first)."""
    return re.compile(template.replace("{}", _alternation(set(words(role))) or "(?!)"))
