"""Comparators written apart from their figure: a naming-free step of the prose extractor.

Officials state two or three indicators' aims or results in one clause, the figures listed
after 分别 and parted by 和, 及, 与 or 、: a comparator word written once, after the last
figure (分别达到95%和80%以上, 年均分别增长7%和9%以上) or before the first (分别突破1500亿元和
1000亿元, 分别增加约1.2万人和0.9万人), is every listed figure's (GOLD_SPEC: 分别增长8%和8.5%左右
— 左右 covers both). And 至少 with the verb of what is to be done between it and the figure
(每个乡镇至少建成1所, 每所学校至少配备1名): a floor, ``ge``. Marks crossed one after
another (连续跨越110万亿元、120万亿元) share the verb's comparator too. Grammar words only (the cue words
of ``data/prose_cues.csv``); no phrase of a sample document.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Comparator
from planwatch.extract.cues import cues

if TYPE_CHECKING:
    from planwatch.extract.prose_special import Value

# What parts two listed figures: a list word, nothing else (no name, no verb).
_JOIN_RE = re.compile(r"\s*(?:和|及|与|以及|、)\s*")
# 分别 before the first figure, in its clause (分别较2020年削减8%和8.5%左右).
_EACH_RE = re.compile(r"分别[^,，。;；:：]{0,12}$")
_CMP = {"ge": Comparator.GE, "le": Comparator.LE, "approx": Comparator.APPROX}
_GE = Comparator.GE


def _lead_comparator(view: str, v: Value, at: int | None = None) -> Comparator | None:
    """The comparator of a cue word right before the first figure (突破, 约, 超过), or
    right before ``at``."""
    at = v.start if at is None else at
    tokens = cues().token_re.findall(view[max(0, at - 6) : at])
    for t in reversed(tokens):
        for role in cues().roles(t):
            if role in _CMP and view.endswith(t, 0, at):
                return _CMP[role]
    return None


def _lists(view: str, vals: list[Value]) -> list[list[Value]]:
    """Runs of two figures or more parted by list words only."""
    runs: list[list[Value]] = []
    for v in vals:
        if runs and _JOIN_RE.fullmatch(view, runs[-1][-1].end, v.start):
            runs[-1].append(v)
        else:
            runs.append([v])
    return [r for r in runs if len(r) > 1]


def share_list_comparators(view: str, s: int, vals: list[Value]) -> None:
    """Give the figures of a list told with 分别 the comparator written once for them all."""
    for run in _lists(view, vals):
        first, last = run[0], run[-1]
        if any(v.range_upper >= 0 or v.range_lower >= 0 for v in run):
            continue  # (a range 6%—7% is no list)
        if _EACH_RE.search(view, max(s, first.start - 16), first.start) is None:
            # (连续跨越3000亿元、4000亿元, 先后突破200亿元、300亿元, 相继跨越了…: a floor passed
            # written once before bare figures is each one's, as a review of the plan writes it)
            _share_lead(view, run)
            continue
        if last.comparator is not None and all(v.comparator is None for v in run[:-1]):
            shared = last.comparator
            for v in run[:-1]:
                v.comparator = shared
        elif all(v.comparator is None for v in run):
            lead = _lead_comparator(view, first)
            for v in run[1:] if lead is not None else ():
                v.comparator = lead


# Marks passed one after another, told with 连续/先后/相继 and the verb before the first
# (经济总量连续跨越110万亿元、120万亿元、130万亿元; news of a plan's final years, round 25
# probes): the verb's comparator is each mark's (GOLD_SPEC: a threshold the area crosses, ``ge``).
_SUCCESSIVE_RE = re.compile(r"(?:连续|先后|相继|接连|依次)[^\d,，。;；:：、]{1,4}$")


def _share_lead(view: str, run: list[Value]) -> None:
    """The comparator of the cue before a list's first bare figure, given to every figure: a
    floor (突破, 跨越) always; another comparator only after a word of succession (连续, 先后)."""
    if any(v.comparator is not None for v in run):
        return
    first = run[0]
    at = first.start - (1 if view.endswith("了", 0, first.start) else 0)  # (跨越了)
    lead = _lead_comparator(view, first, at)
    if lead is _GE or (
        lead is not None and _SUCCESSIVE_RE.search(view, max(0, first.start - 8), first.start)
    ):
        for v in run[1:]:
            v.comparator = lead


# 至少 and a verb of two or three characters before the figure (至少建成, 至少配备, 至少办好).
_AT_LEAST_RE = re.compile(r"至少[^\d\s,，。;；、:：]{1,3}$")


def at_least(view: str, cs: int, v_start: int) -> Comparator:
    """``ge`` when 至少 and a verb stand right before the figure in its clause; else ``eq``."""
    return Comparator.GE if _AT_LEAST_RE.search(view, cs, v_start) else Comparator.EQ
