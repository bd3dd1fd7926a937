"""A new plan's outline draft told of in a report of the plan's first year, or its news.

A transition year's report (or a page about it) submits the new plan's outline draft and
tells of its aims: 国务院编制了《…第十五个五年规划纲要（草案）》，提交大会审查。这里就主要
目标指标…作简要报告 / 《纲要草案》细化提出20项主要指标，…提出研发经费投入年均增长7%以上.
The figures after such a statement are the plan's aims (its last year; averages and sums
over its years), under the headings that follow with no time of their own (主要目标指标,
创新驱动方面), down to the paragraph that turns to the year's own work (今年…, 2026年…) or
a heading naming another time. Seen on national and provincial two-sessions pages of 2021
and 2026; before, a news page's aims were all dated the page's year.

The draft's plan is the one named with it (《十五五规划纲要》草案, 第十五个五年规划纲要
（草案）), else the one starting in the year the report sets targets for. A report that
only asks for the draft to be reviewed with it (请连同《…纲要（草案）》一并审议) tells no
aims there: its own sections date its figures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planwatch.core.data import Kind
from planwatch.core.periods import plan_mentions, plan_number, plan_years
from planwatch.extract.aim_leads import lead_state
from planwatch.extract.timewords import TimeMark, TimeState

if TYPE_CHECKING:  # types only: the section stage imports this module
    from planwatch.extract.sections import DocFrame, SectionInfo

# The outline draft: 纲要（草案）, 纲要(草案), 纲要草案, 《…纲要》草案.
_DRAFT_RE = re.compile(r"纲要\s*》?\s*(?:[（(]\s*草案\s*[)）]|草案)")
# What the statement says the draft is given or does: compiled, submitted, proposing.
_TELLS_RE = re.compile(r"编制|提交|提请|提出|细化|量化|明确|设置|设定")
# The report asking for the draft to be reviewed along with it.
_ALONG_RE = re.compile(r"一并审议|连同")
_SENTENCE_END = "。！？!?"


def draft_aims(text: str, start: int, end: int, frame: DocFrame) -> TimeState | None:
    """The time of the aims of the plan whose outline draft the line ``[start, end)``
    tells of (its years, as a heading naming the plan gives them), or None."""
    ahead = frame.target_year or frame.ref_year
    if ahead is None:
        return None
    for m in _DRAFT_RE.finditer(text, start, end):
        s, e = _sentence(text, start, end, m.start(), m.end())
        if _ALONG_RE.search(text, s, e) or not _TELLS_RE.search(text, s, e):
            continue
        named = [p.years for p in plan_mentions(text, s, m.end())]
        n = plan_number(ahead)
        years = named[-1] if named else (plan_years(n) if n else None)
        if years is None or not ahead - 1 <= years[0] <= ahead:
            continue  # (no plan, or one under way or over: no new plan's aims)
        mark = TimeMark(m.start(), m.end(), "plan", years[1], years[0])
        return TimeState().fold(
            mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
        )
    return None


def _sentence(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """The sentence of the line ``[start, end)`` around ``[s, e)``."""
    first = max([start] + [text.rfind(ch, start, s) + 1 for ch in _SENTENCE_END])
    ends = [i for i in (text.find(ch, e, end) for ch in _SENTENCE_END) if i >= 0]
    return first, min(ends, default=end)


def this_years_work(state: TimeState, frame: DocFrame) -> bool:
    """Whether a line's time (folded from its marks) is the year the report sets targets
    for, or its review (今年…, 2026年…, 过去一年): the plan's aims are over."""
    if not state.explicit or state.year is None or state.period_start is not None:
        return False
    return state.year in (frame.target_year, frame.ref_year, frame.review_year)


def draft_marks(
    text: str,
    start: int,
    end: int,
    marks: list[SectionInfo],
    frame: DocFrame,
    cue: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """For the paragraph ``[start, end)`` of the section stage (its ``marks`` so far, the
    draft's words ``cue`` heading the section in force, if any): a mark heading the plan's
    aims when it tells of a new plan's outline draft, or one returning to the section
    before when it turns to the year's own work. The draft's words in force after it."""
    if cue is None or marks[-1].cue != cue:
        state = draft_aims(text, start, end, frame)
        if state is None or state.src is None:
            return cue
        marks.append(replace(marks[-1], start=start, kind=Kind.TARGET, state=state, cue=state.src))
        return state.src
    if this_years_work(lead_state(frame, text, start, end), frame):
        before = next((x for x in reversed(marks) if x.cue != cue), marks[0])
        marks.append(replace(before, start=start))
        return None
    return cue
