"""Whether a paragraph or list states aims by the line leading it in: the one place that
decides it.

Plans and work reports lead in their aims two ways. A line ending in a colon names a year
ahead and an aim's word (到2025年，…实现以下主要目标： / 2026年…主要预期目标是： / 到2025年将
实现：), and the paragraphs, numbered items or list after it are that year's aims
(``aims_lead``); or a numbered paragraph opens with a run-in heading naming aims
((二)发展目标。到2025年，…: ``aims_run_in``). The aim's words are the heading words of aims
(``head_target``) and an aim's verbs (``aim_verb``), both in ``data/time_words.csv``; a
review's words (``head_actual``) there say a line reviews its aims instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planwatch.extract.section_lines import aim_item_line, cell_line
from planwatch.extract.time_words import pattern
from planwatch.extract.timewords import TimeState, time_marks

if TYPE_CHECKING:
    from planwatch.extract.sections import DocFrame

_ACTUAL_HEAD = pattern("head_actual")
_TARGET_HEAD = pattern("head_target")
_AIM_VERB = pattern("aim_verb")
_NEXT_LINE_RE = re.compile(r"\s*([^\n]*)")
# A lead-in's last sentence only opening the list (它们分别是：, 具体如下：, 主要包括：).
_BARE_OPENER_RE = re.compile(
    r"\s*(?:它们|具体|主要|分别|内容|项目)?(?:分别|具体|主要)?(?:是|为|如下|包括)\s*[:：]\s*"
)
# A year opening a paragraph as its topic (2023年，全州…): the time of what the paragraph says.
_TOPIC_YEAR_RE = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:[以]?来)?\s*[，,]")
# A numbered paragraph's run-in heading and more text on the line ((二)发展目标。到2025年，…).
_RUN_IN_HEAD_RE = re.compile(
    r"[ \t　]*(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
    r"\s*([^\s\d，,。；;：:]{2,12})。(?=[^\n]*\S)"
)

# What ``aims_lead`` finds: the time in force (no longer explicit), the aim's word, and how
# the lines after it are laid out (True: one item a line; False: one cell a line; None:
# paragraphs and numbered items, ended by a heading).
AimsLead = tuple[TimeState, tuple[int, int], bool | None]


def aims_lead(frame: DocFrame, text: str, start: int, end: int) -> AimsLead | None:
    """Whether the lead-in line ``text[start:end]`` (ending in a colon) states aims: it names
    a year ahead and, in its last sentence, an aim's word (a heading word of aims, else an
    aim's verb: 主要预期目标是：, 到2025年将实现：); never in an evaluation. A year beyond
    the present (到2025年, 今后五年) leads in aims whatever follows; the present aims' year (a
    work report's 今年) only a list laid out one item or one cell a line, and only with no
    review's word in the line (2025年主要预期目标完成情况如下: the results of its aims). A
    list's year may be named in an earlier sentence of its line (到2025年，…。具体目标如下：)."""
    layout = _layout(text, end)
    last = max(start, text.rfind("。", start, end) + 1)
    state = lead_time(frame, text, start, end)
    if layout is not None and not state.explicit:
        state = lead_state(frame, text, start, end)
    if not state.explicit and _TARGET_HEAD.search(text, last, end):
        state = _first_item_horizon(frame, text, end)
    if not state.explicit or state.year is None or state.part or frame.is_evaluation:
        return None
    if not state.future and (
        layout is None
        or not _year_ahead(frame, state.year)
        or _ACTUAL_HEAD.search(text, start, end)
    ):
        return None
    cue = _TARGET_HEAD.search(text, last, end) or _AIM_VERB.search(text, last, end)
    if cue is None and _BARE_OPENER_RE.fullmatch(text, last, end):
        # (…是今年的十件民生实事候选项目。它们分别是：: the list's words are the line's)
        cue = _TARGET_HEAD.search(text, start, last) or _AIM_VERB.search(text, start, last)
    if cue is None:
        return None
    review = _ACTUAL_HEAD.search(text, last, cue.start())
    if review is not None:  # (现将2024年工作开展情况和2025年工作计划报告如下: both parts)
        return None
    return replace(state, explicit=False), cue.span(), layout


def aims_run_in(view: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` opens with a numbered run-in heading that names
    aims (目标, 任务) and no review (发展基础, 成就): its paragraph states the aims."""
    m = _RUN_IN_HEAD_RE.match(view, line_start)
    if m is None:
        return False
    words = m.group(1)
    return bool(_TARGET_HEAD.search(words)) and not _ACTUAL_HEAD.search(words)


def _first_item_horizon(frame: DocFrame, text: str, end: int) -> TimeState:
    """The horizon the first line after a lead-in names (具体目标为：\n一是…到“十四五”末，…):
    a lead-in naming aims but no year leads in aims of that year; else no time."""
    first = _NEXT_LINE_RE.match(text, end)
    state = lead_state(frame, text, *first.span(1)) if first else TimeState()
    present = frame.ref_year
    if state.future or (state.year and present is not None and state.year > present):
        return replace(state, future=True)  # (到“十四五”末 ahead of the page: a horizon)
    return TimeState()


def _layout(text: str, end: int) -> bool | None:
    """How the lines after a lead-in ending at ``end`` are laid out, by the first: one item
    a line with its figure (◆地区生产总值增长5%；: True), one cell a line starting with a name
    (地区生产总值增长 / 5%左右, as news pages and cards print a report's targets: False), or
    neither (None)."""
    first = _NEXT_LINE_RE.match(text, end)
    name = first.group(1).strip() if first else ""
    if aim_item_line(name):
        return True
    if cell_line(name) and not any(c.isdigit() for c in name):
        return False
    return None


def _year_ahead(frame: DocFrame, year: int) -> bool:
    """Whether a year is the document's present aims' or later (a work report's 今年)."""
    ahead = frame.target_year or frame.ref_year
    return (
        ahead is not None
        and year >= ahead
        and not (frame.review_year is not None and year <= frame.review_year)
    )


def lead_time(frame: DocFrame, text: str, start: int, end: int) -> TimeState:
    """The time a lead-in line names: its last sentence's (the one with the colon), or a
    topic year opening the paragraph (2023年，…。…如下：)."""
    last = max(start, text.rfind("。", start, end) + 1)
    state = lead_state(frame, text, last, end)
    topic = _TOPIC_YEAR_RE.match(text, start, last) if last > start else None
    if not state.explicit and topic is not None:
        state = lead_state(frame, text, start, topic.end())
    return state


def lead_state(frame: DocFrame, text: str, start: int, end: int) -> TimeState:
    """The time a stretch of a lead-in line names (its bases and plan names aside)."""
    state = TimeState()
    for mark in time_marks(text, start, end):
        if mark.kind not in ("from", "planname", "base", "baseplan", "basebase"):
            state = state.fold(
                mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
            )
    return state


# A report's plans set out after a colon in the sentence (…提出：, …描绘了…的蓝图：, 部署了…重点
# 任务：, 会议批准的2024年县级预算安排为：): the clauses after it are aims, when they name no cue of
# their own.
_AIMS_COLON_RE = re.compile(
    r"(?:(?:提出|部署|明确|要求)了?|(?:蓝图|目标任务|重点任务|主要任务|重点工作)|预算安排(?:为|如下)?)"
    r"\s*[:：]$"
)


def aims_led_in(view: str, s: int, v_start: int) -> tuple[int, int] | None:
    """The span of the words leading the sentence's aims in before its last colon (its
    clauses parted by ； read as sentences of their own), or None."""
    start = max(view.rfind("。", 0, s), view.rfind("\n", 0, s), s - _LEAD_REACH) + 1
    colon = max(view.rfind("：", start, v_start), view.rfind(":", start, v_start))
    if colon < 0 or "。" in view[colon:v_start]:
        m = None
    else:
        m = _AIMS_COLON_RE.search(view, max(start, colon - 8), colon + 1)
    if m is None:  # (建设任务为，新建中小学30所；新建幼儿园40所: the aims after a comma)
        m = _AIMS_COMMA_RE.search(view, start, s)
    return m.span() if m else None


# The aims' own noun and copula ending a clause (今年，学校建设任务为，…; 主要目标是，…): the clauses
# after it, parted by ；, are the aims it names.
_AIMS_COMMA_RE = re.compile(r"(?:目标|任务)\s*(?:为|是)(?=\s*[,，][^。]*$)")


_LEAD_REACH = 200  # how far back before the clause a colon may lead its aims in
