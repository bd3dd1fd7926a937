"""The year of an aim stated beside a result, and of how much of an aim was done: the
year helpers the sentence reader asks after ``prose_modality.decide_kind`` has called a
figure an aim in a bracket beside its result (增长6.3%（预期目标为7%左右）) or a share of an
aim done (完成“十三五”下降15%目标的52.7%), and the time a gap left or a pace still needed sets
(:func:`aim_time`: 还需年均增长10.2% runs over the years left to the aim). Apart from
``prose_modality`` so that module stays a reader of kinds; the years follow
``prose_modality.decide_year``.
"""

from __future__ import annotations

import re

from planwatch.core.data import Evidence, Kind
from planwatch.extract.prose_around import AIM_ASIDE, NEED_PACE, PROGRESS, QUOTA
from planwatch.extract.prose_modality import decide_year
from planwatch.extract.sections import DocFrame
from planwatch.extract.timewords import TimeState


def aim_aside_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of an aim in a bracket beside its result (增长6.3%（预期目标为7%左右）): the
    result's year, in a document reviewing a year (a work report, an implementation report,
    their news); a plan's and its evaluation's aims are for the plan's end. None when the
    figure is no such aim."""
    if frame.is_plan or frame.is_evaluation:
        return None
    if kind_ev.basis == "cue" and _plan_span_compared(view, state, kind_ev):
        return state.year, _year_word(view, state)
    if kind_ev.basis != AIM_ASIDE:
        return None
    return decide_year(view, state, frame, Kind.ACTUAL)


# The words between a figure and the aim named after it (6.5%的规划目标, 12%以上的规划进度).
_COMPARED_AIM_RE = re.compile(r"[\d%％](?:左右|以上|以下|以内)?(?:的|之)?[^\s\d,，。;；、]{0,6}$")


def _plan_span_compared(view: str, state: TimeState, kind_ev: Evidence) -> bool:
    """Whether an aim named after its figure is weighed against the results of a look back
    over a plan's five years (过去五年，…年均增长7.4%，高于6.5%的规划目标, in a report
    reviewing the plan's last year): the plan's aim for those years, not next year's."""
    if not (state.retro and state.year and state.period_start) or kind_ev.start is None:
        return False
    if state.year - state.period_start != 4:
        return False
    return _COMPARED_AIM_RE.search(view, max(0, kind_ev.start - 12), kind_ev.start) is not None


def aim_time(
    view: str, kind: Kind, kind_ev: Evidence, state: TimeState, frame: DocFrame
) -> TimeState:
    """The time a figure's kind words set for it over the time in force: a gap left to an aim
    under a span ahead is as of now (:func:`gap_now`); the pace still needed to reach an aim
    (还需年均增长10.2%, 后三年需年均增长8.7%) runs from the year after the one its results stand
    at to the aim's year — the years ahead named (后三年), an aim's year the sentence named
    (与2020年…的目标相比), else the plan's end."""
    if gap_now(view, kind, kind_ev, state):
        return TimeState()
    if kind_ev.basis != NEED_PACE or kind_ev.start is None or kind_ev.end is None:
        return state
    now = state
    if state.future and state.year is not None:
        if state.before_aim is None:
            return state  # (后三年: the years named)
        year, now = state.year, state.before_aim  # (实现2020年目标需年均增长9.5%)
    elif state.ended_aim is not None and state.ended_aim.year is not None:
        year = state.ended_aim.year  # (与2020年…的目标相比，还需年均增长…)
    else:
        year = frame.period_end or frame.aim_year
    first = (now.year or frame.review_year or 0) + 1
    if year is None or first > year:
        return state
    return TimeState(year, first, None, True, True, False, (kind_ev.start, kind_ev.end))


def quota_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of a quota a higher level set, framed by the result's words (能耗累计下降17.2%，
    超额完成市下达的16%任务; 用水总量控制在自治区下达的…以内): the year of that result, as the
    clause dates a result; None when the figure is no such quota."""
    if kind_ev.basis != QUOTA:
        return None
    return decide_year(view, state, frame, Kind.ACTUAL)


def share_of_aim_year(
    view: str, state: TimeState, frame: DocFrame, kind: Kind, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of how much of an aim was done when the time in force was named inside the
    aim it quotes (完成“十三五”下降15%目标的52.7%) or is the aim's horizon (到2020年达到…的
    目标，完成进度为…): the plan's last year is the aim's, not the share's; the share is the
    result's, dated as a result with no time of its own would be. None when the figure is
    no such share."""
    src, start, end = state.src, kind_ev.start, kind_ev.end
    if kind == Kind.ACTUAL and kind_ev.basis == PROGRESS and state.future:
        # (按照到2020年达到25亿元的目标，完成进度为69.4%: the aim's horizon dates the aim, the
        # progress is the year under review's.)
        return decide_year(view, state.before_aim or TimeState(), frame, kind)
    if kind != Kind.ACTUAL or kind_ev.basis != "cue" or src is None or start is None:
        return None
    if not (start <= src[0] and src[1] <= (end or start)):
        return None
    return decide_year(view, state.before_aim or TimeState(), frame, kind)


def _year_word(view: str, state: TimeState) -> Evidence:
    """The time word in force as the evidence of a year."""
    if state.src is None:
        return Evidence("year", "time_word")
    s, e = state.src
    return Evidence("year", "time_word", view[s:e], s, e)


# The words of a gap left to an aim (还差0.6个百分点, 相差…): how far off the figure is now.
_GAP_LEFT_WORDS = frozenset({"相差", "尚差", "还差", "仍差", "差距", "差距为"})
_AHEAD_WORDS_RE = re.compile(r"今后|未来|后")


def gap_now(view: str, kind: Kind, kind_ev: Evidence, state: TimeState) -> bool:
    """Whether the figure is a gap left to an aim under a span ahead named earlier in its
    sentence (后两年…需年均增长8.7%…；研发投入强度距规划目标还差0.6个百分点): the gap is as of
    now, the document's own time, not of the years ahead (an aim's own year, 距2030年目标
    尚差…, is read by the aim's clause)."""
    if kind is not Kind.ACTUAL or kind_ev.text not in _GAP_LEFT_WORDS or not state.future:
        return False
    return state.src is not None and _AHEAD_WORDS_RE.match(view, state.src[0]) is not None
