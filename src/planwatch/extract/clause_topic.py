"""The time a clause past a semicolon takes from its sentence's opening: a stage of the prose
extractor (moved out of :mod:`.prose`, which calls it for a clause naming no time of its own).

A topic time opening a sentence (报告回顾，2023年全市…；…, 今年上半年，…；…, 截至2023年6月底，…；…,
到2027年，…：…；…) holds for the clauses after its semicolons, read over the time the clause
would have; a span closed by a range's end (由2015年的…增加到2020年的…；…) dates them by its
later year; an earlier item's time (一是…；二是…) does not carry.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from planwatch.extract.prose_items import item_between
from planwatch.extract.sections import DocFrame
from planwatch.extract.sentence_start import full_sentence_start
from planwatch.extract.timewords import TimeMark, TimeState


class Marks(Protocol):
    """The document's time marks (``prose.DocMarks``)."""

    def within(self, s: int, e: int) -> list[TimeMark]: ...


# What may stand before a topic time at the start of a clause: 在2014年, 截至2018年底.
TOPIC_LEAD = ' “”"到至截止在'

_DATE_AFTER_YEAR_RE = re.compile(r"\s*\d{1,2}\s*月")
# An as-of date opening a sentence (截至2023年6月底，…；…, in news 截至今年6月底, 截至2024年底):
# the date its figures stand at, past its semicolons too, as a year opening it is.
_AS_OF_OPEN_RE = re.compile(
    r"\s*截(?:至|止到?)\s*(?:(?:19|20)\d{2}\s*年|今年)\s*(?:\d{1,2}\s*月份?\s*)?(?:末|底)?\s*[,，]"
)


# A year's review heading run into the sentence (2024年工作回顾 - …): its time holds after it.
_REVIEW_HEAD_RE = re.compile(r"\s*(?:工作)?回顾")
# What parts two clauses between a range's ends: not a comma between digits (2,417.5亿元).
_CLAUSE_BREAK_RE = re.compile(r"[，;；]|(?<!\d),|,(?!\d)")


def _range_end(view: str, within: list[TimeMark], i: int) -> bool:
    """The mark ``within[i]`` ends a span of two figures in its clause (地区生产总值由2015年的
    300亿元增加到2020年的469亿元): the later year is the time the sentence reports, and the
    clauses after its semicolon that name none go on in it."""
    mark = within[i]
    if mark.kind != "to" or i == 0 or within[i - 1].kind != "from":
        return False
    between = view[within[i - 1].end : mark.start]
    return _CLAUSE_BREAK_RE.search(between) is None and view[mark.end : mark.end + 1] in "的末底"


def _horizon_topic(
    view: str, start: int, within: list[TimeMark], frame: DocFrame, base: TimeState
) -> TimeState | None:
    """The time of a horizon opening a clause of the sentence (其中提出，到2027年，…：…；培育…，
    累计建成…30个): the aims after its semicolons are of that year too, within the period
    in force when it ends then (a 2025-2027 programme's 累计 counts from 2025)."""
    for mark in reversed(within):
        if mark.kind != "to" or view[mark.end : mark.end + 1] not in ",，":
            continue
        head = view[start : mark.start].rstrip(TOPIC_LEAD)
        if head and head[-1] not in ",，:：":
            continue
        state = base.fold(
            mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
        )
        if not state.future:
            return None
        if base.period_start is not None and base.year == state.year:
            state = replace(state, period_start=base.period_start)
        return state
    return None


def clause_topic(
    view: str, s: int, marks: Marks, frame: DocFrame, base: TimeState
) -> TimeState | None:
    """The year opening a clause earlier in the sentence (past a semicolon) for a clause
    that names no time (报告回顾，2023年全市…增长6.7%；全市地区生产总值预计达到1891亿元:
    2023), as a topic time holds for the rest of its sentence, read over ``base`` (the
    time the clause would have); not an earlier item's."""
    start = full_sentence_start(view, s)
    if start >= s or item_between(view, start, s):
        return None
    within = marks.within(start, s)
    part = _part_topic(view, start, within)
    if part:  # (今年上半年，A增长5.4%；B增长7.8%: both of the year's first half)
        return _folded(base, part, frame)
    back = _span_topic(view, start, within, frame, base)
    if back is not None:  # (五年来，A年均增长10.2%；B年均增长12.4%: both over the five years)
        return back
    if not base.future:
        ahead = _horizon_topic(view, start, within, frame, base)
        if ahead is not None:
            return ahead
    opening = _AS_OF_OPEN_RE.match(view, start)
    as_of = None
    if opening and within and within[0].start < opening.end():
        as_of = base.fold(
            within[0], frame.ref_year, frame.review_year, frame.period_start, frame.now_year
        )
    if base.period_start is not None:
        if not _look_back_before(base, start):
            # (a period in force, 十二五时期, holds: its years' growths are its; but an as-of
            # date of another year is its figures': “十四五”…。截至2024年底，…；… in 2025)
            return as_of if as_of is not None and as_of.year != base.year else None
        topic = clause_topic(view, s, marks, frame, replace(base, period_start=None))
        return topic if topic is not None and topic.year != base.year else None
    if as_of is not None:
        return as_of
    for i, mark in enumerate(reversed(within)):
        if _range_end(view, within, len(within) - 1 - i):
            # (read as the span it closes: a 年均 growth after it is of its years)
            first = within[len(within) - 2 - i].year + 1
            span = TimeMark(mark.start, mark.end, "range", mark.year, first)
            return base.fold(
                span, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
            )
        if mark.kind == "year" and _REVIEW_HEAD_RE.match(view, mark.end):
            # (…进行总结 2024年工作回顾 - 经济运行稳中向好：…；…: a review's heading run in)
            return base.fold(
                mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
            )
        if mark.kind != "year" or view[mark.end : mark.end + 1] in ",，":
            continue
        if _DATE_AFTER_YEAR_RE.match(view, mark.end):
            continue  # (2021年1月19日, the day news came: no year of figures)
        head = view[start : mark.start].rstrip(TOPIC_LEAD)
        if not head or head[-1] in ",，:：":
            return base.fold(
                mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
            )
    return None


# A short lead to what a release tells, closed by a colon (结果显示：, 数据表明：).
_TOLD_LEAD_RE = re.compile(r"\s*[^,，。；;:：\d]{1,12}[:：]\s*")


def _part_topic(view: str, start: int, within: list[TimeMark]) -> list[TimeMark]:
    """The marks of a part of a year opening the sentence at ``start`` as its topic, before a
    comma (今年上半年，…; 2023年1—6月，…; after a lead to what is told, 结果显示：2011年1至6月份，…):
    they hold for its later clauses too; else none."""
    if not within:
        return []
    head = view[start : within[0].start]
    if head.strip(TOPIC_LEAD) and not _TOLD_LEAD_RE.fullmatch(head):
        return []
    lead = within[:2] if within[0].kind in ("rel", "year") else within[:1]
    if lead[-1].kind != "part" or view[lead[-1].end : lead[-1].end + 1] not in ",，":
        return []
    if len(lead) == 2 and lead[1].start != lead[0].end:
        return []
    return lead


# Spans a sentence may open with, looking back (五年来, 2011—2015年, “十二五”时期, 2016年以来).
_SPAN_KINDS = frozenset({"span", "range", "plan", "since"})
_OPENING_END_RE = re.compile(r"[,，；;]")


def _span_topic(
    view: str, start: int, within: list[TimeMark], frame: DocFrame, base: TimeState
) -> TimeState | None:
    """The span looked back on that opens the sentence at ``start`` before its first comma
    (五年来，…; “十二五”前两年，…), read over ``base``: the years of its later clauses'
    figures too; None if the sentence opens otherwise or the span is no look back (五年间
    in an outline: its own years ahead)."""
    if not within or within[0].kind not in _SPAN_KINDS:
        return None
    lead = within[0]
    if view[start : lead.start].strip(TOPIC_LEAD) or base.src == (lead.start, lead.end):
        return None  # (not opening the sentence; or already the time in force)
    comma = _OPENING_END_RE.search(view, lead.end)
    opening = [m for m in within if comma is None or m.start < comma.start()]
    state = _folded(base, opening, frame)
    now = frame.ref_year
    if state.future or state.period_start is None or now is None or (state.year or now) >= now:
        return None
    return state


def _folded(base: TimeState, marks: list[TimeMark], frame: DocFrame) -> TimeState:
    """``base`` with ``marks`` read over it in order, against the document's frame."""
    state = base
    for mark in marks:
        state = state.fold(
            mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
        )
    return state


def _look_back_before(base: TimeState, start: int) -> bool:
    """Whether the period in force was named in an earlier sentence, a look back (“十四五”
    规划纲要实施以来，…。2022年全市…；一般公共预算收入达到…) or a plan's years (“十二五”时期
    …年均增长8%。…2011年…的主要目标是：…；城镇登记失业率控制在2.5%以内): a year opening this
    sentence other than the span's last dates its later clauses, not that span (as it dates
    the first). The span's own last year leaves it in force (两年累计…。2017年…；新增造林
    面积540万亩: a flow over the two years)."""
    return base.src is not None and base.src[1] <= start
