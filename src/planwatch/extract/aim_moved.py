"""Aims told by how they move: the kind of a figure that the words setting an aim decide
after the clause's own cues, a stage of the prose reader.

An aim moved from one value to another (增长目标由去年的9%左右下调到8%左右, 年均增长指标由12%
调整为11%), a figure adjusted to another (常住人口城镇化率由60%调整为57%), a pace assumed for a
projection (按年均增长6%测算), and last year's figure a new aim is set against (今年目标为8%，
比去年10%左右下调2个百分点: round-ups of the provinces' work reports compare an aim with last
year's aim) are all aims, whatever the time word says of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Evidence, Kind
from planwatch.extract.assumed_pace import assumed_pace

if TYPE_CHECKING:  # the reader passes its reading and time; imported for types only (no cycle)
    from planwatch.extract.prose_reader import Reading
    from planwatch.extract.timewords import TimeState

# An aim moved from one value to another (增长目标由去年的9%左右下调到8%左右, 年均增长指标由12%
# 调整为11%): both values are aims, the first the one set before. So in an evaluation's
# proposals to adjust the plan, the aim called by its value (建议目标值由52000元调整为46500元)
# or the proposal alone under the indicator's heading (（二）固定资产投资年均增速。建议由10%
# 调整为3%), and an aim raised or cut to a value (将…比重目标提高到35%).
_MOVED_AIM_RE = re.compile(
    r"(?:(?:目标|指标)值?|建议)(?:由|从)[^,，。;；]*$"
    r"|目标值?(?:调整|提高|上调|下调|调高|调低|降低|调减)(?:到|为|至)\s*$"
)
# A figure adjusted to another right after 由 (常住人口城镇化率由60%调整为57%, …年均增长由9.5%
# 下调为7.5%左右, as a proposal or a notice adjusting a plan's targets lists them): the verb of
# adjusting is a decision on an aim, both figures are aims. A result that moved is written with
# its start's time (比重由2015年的20.4%调整为2020年的19.9%, 三次产业结构由上年的…调整为…).
_ADJUST = r"(?:调整|调低|调高|下调|上调|调减|调增)(?:为|到|至)"
_ADJUSTED_FROM_RE = re.compile(r"由\s*$")
_ADJUSTED_AFTER_RE = re.compile(rf"[^\d,，。;；由]{{0,4}}?({_ADJUST})")
_ADJUSTED_TO_RE = re.compile(rf"由\s*\d+(?:\.\d+)?[^\d,，。;；由]{{0,4}}?({_ADJUST})\s*$")
# The words opening a comparison's base (比去年的8.5%, 较上年10%左右): see time_marks' baseval.
_COMPARED_WITH = "比较相与同"
_LAST_YEAR_RE = re.compile(r"[比较]\s*(?:去年|上年)(?:同期)?\s*的?")
_AIM_WORD = "目标"
_AIM_WORD_BEFORE = 16  # (今年目标为6.5%左右，比去年…: the aim's clause just before the base)


def _adjusted_aim(view: str, r: Reading) -> tuple[int, int] | None:
    """The span of the verb saying the value is an aim adjusted (see ``_ADJUST``), if any."""
    m = _ADJUSTED_TO_RE.search(view, r.cs, r.v.start)
    if m is None and _ADJUSTED_FROM_RE.search(view, r.cs, r.v.start) is not None:
        m = _ADJUSTED_AFTER_RE.match(view, r.v.after_end, r.ce)
    return m.span(1) if m is not None else None


def moved_aim(view: str, r: Reading, kind: Kind, ev: Evidence) -> tuple[Kind, Evidence]:
    """The kind of a value in a target moved from one value to another: an aim, whatever
    the time word says; else ``kind`` as decided."""
    m = _MOVED_AIM_RE.search(view, r.cs, r.v.start)
    if m is not None:
        return Kind.TARGET, Evidence("kind", "cue", m.group()[:2], m.start(), m.start() + 2)
    verb = _adjusted_aim(view, r) or assumed_pace(view, r.cs, r.v.start, r.v.after_end)
    if verb is None:  # (按年均增长6%测算: an assumed pace, aimed)
        return kind, ev
    return Kind.TARGET, Evidence("kind", "cue", view[verb[0] : verb[1]], *verb)


def base_of_aim(
    view: str, state: TimeState, before: Kind | None, kind: Kind, ev: Evidence
) -> tuple[Kind, Evidence]:
    """The kind of a comparison base's own figure (比去年的8.5%, 比去年10%左右) right after an
    aim of the sentence (今年目标为8%，…): the aim set the year before, as the figure it is
    compared with is an aim; else ``kind`` as decided. (A result's base stays a result:
    增长8%，比去年的7%加快1个百分点.)"""
    src = state.src
    if kind is not Kind.ACTUAL or before is not Kind.TARGET or state.prior is None or not src:
        return kind, ev
    # (Last year's, named relative to this one: 比2020年的60.8亿元 in a plan is a result, and so
    # is 比去年实际增长的7%; and only against an aim called one, 今年目标为8%.)
    if view[src[0]] not in _COMPARED_WITH or not _LAST_YEAR_RE.fullmatch(view, *src):
        return kind, ev
    if _AIM_WORD not in view[max(0, src[0] - _AIM_WORD_BEFORE) : src[0]]:
        return kind, ev
    return Kind.TARGET, Evidence("kind", "context", view[src[0] : src[1]], *src)
