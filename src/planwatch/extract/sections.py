"""What a document's position says about its figures: the section's kind and year.

A figure's kind and year often come from where it sits, not from its sentence:
everything under "2026年重点任务" is a 2026 target, everything under
"2025年工作回顾" a 2025 result, everything under "“十四五”时期发展成就" a result
of 2016-2020. This module reads heading-like lines (short lines without a full
stop) and, when the outline is known, its headings, and answers for any offset
which kind cue and which time state apply there. It also gives the document's
frame: the years against which 今年/去年 and past/future are judged, as the describe
stage decided them (``DocumentMeta``); nothing of them is decided here again (a
mid-term evaluation's own as-of statement, 截至2022年底，…, is the describe stage's:
``DocumentMeta.as_of_year``; its words are the year's evidence of the figures it dates). Heading words of reviews and plans are listed in ``data/time_words.csv``;
datelines, issue lines (某市统计局 2015年3月) and table rows are no headings.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind
from planwatch.core.linetable import line_table
from planwatch.extract.aim_leads import aims_lead, lead_time
from planwatch.extract.judged import judged_year
from planwatch.extract.outline_draft import draft_marks
from planwatch.extract.section_lines import (
    CAPTION_RE,
    aim_item_line,
    cell_line,
    last_item_line,
    no_heading,
    numbered_figure_line,
    table_row,
    worded_item_line,
)
from planwatch.extract.time_forms import plan_title_year
from planwatch.extract.time_words import pattern
from planwatch.extract.timewords import TimeMark, TimeState, time_marks

# Heading words of a review and of a plan (data/time_words.csv); a review word wins.
_ACTUAL_HEAD = pattern("head_actual")
_TARGET_HEAD = pattern("head_target")
_CHAPTER_HEAD = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[章节篇部分]|[一二三四五六七八九十]+、)"
)
# With heading numbers lost (a Word or web export), a line opened by 2. may be a chapter.
_ARABIC_HEAD = re.compile(r"^\s*\d{1,2}[.．、](?![\d.．])")
# (Not a heading of what the report set, 2020年政府工作报告确定的主要目标任务完成情况: a section.)
# (A number with a decimal, a magnitude or a per cent after it is an amount, no year: a
# flattened 一图读懂's short line 达到2000亿元 reads as a heading. Round 25.)
# (Not a count or amount in its unit: ●实施省级重点项目2000个 is no heading of 2000.)
_BARE_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?!\d|[.．]\d|\s*[万亿%％个家项人元户所张吨亩件座辆次名条台套倍斤])"
)
_SENTENCE_MARK_RE = re.compile(r"[。,，]")


def _list_goes_on(line: str, items: bool) -> bool:
    """Whether a line goes on an aims lead-in's list laid out one item a line (``items``:
    an item with its figure, or one stating its aim in words) or one cell a line."""
    if items:
        return aim_item_line(line) or worded_item_line(line) or last_item_line(line)
    return cell_line(line) and not table_row(line)


def _numbered(line: str) -> bool:
    """Whether a line opens with a heading's number (第一章, 一、, 1., （一）): a heading
    even above the body's first paragraph, where unnumbered lines are the title's."""
    return bool(_CHAPTER_HEAD.match(line) or _ARABIC_HEAD.match(line) or _PAREN_HEAD.match(line))


_PAREN_HEAD = re.compile(r"^\s*[（(][一二三四五六七八九十\d]{1,3}[)）]")


def _bare_year(line: str, y: re.Match[str], bases: list[tuple[int, int]]) -> bool:
    """Whether a bare year of a heading dates it: no comparison's base (比2015年), no part
    of a plan's title (…规划和2035年远景目标纲要), nor of a site's topic banner (【专题】2022某市两会)."""
    banner = _EVENT_BANNER_RE.match(line)
    return not (banner or _inside(y.start(), bases) or plan_title_year(line, y.start(), y.end()))


_EVENT_BANNER_RE = re.compile(r"\s*【专题】|[^\n]{0,20}两会\s*$")


@dataclass(frozen=True, slots=True)
class SectionInfo:
    """The kind cue and time of the section around an offset (either may be unknown)."""

    start: int
    kind: Kind | None
    state: TimeState
    cue: tuple[int, int] | None = None  # the heading words that gave the kind (回顾, 目标)


# Genres whose figures are aims unless a clause says otherwise (a plan and its table).
_TARGET_GENRES = frozenset(
    {DocType.FIVE_YEAR_PLAN, DocType.PLAN_TABLE, DocType.PLAN_REVISION, DocType.SECTOR_PLAN}
)
# Genres that look back on a plan: their figures are results unless a clause quotes an aim.
_REVIEW_GENRES = frozenset({DocType.MIDTERM_EVALUATION, DocType.FINAL_EVALUATION})
# With annual implementation reports, the genres weighing a plan's results against its aims.
PLAN_REVIEWS = _REVIEW_GENRES | {DocType.IMPLEMENTATION_REPORT}


@dataclass(frozen=True, slots=True)
class DocFrame:
    """The document-wide frame for judging time, as the describe stage decided it.

    ``ref_year`` is "now" for the document (``meta.present_year``: the year it was
    delivered or published; a plan's first year). ``review_year`` is the year its
    results report by default (``meta.reviewed_year``) and ``target_year`` the last
    year it speaks of as present (``meta.horizon_year``): a work report delivered early
    in 2024 reviews 2023 and sets targets for 2024. ``aim_year`` is the year its aims
    are for by default (``meta.target_year``, else the horizon). ``ref_basis`` says
    where the reference year came from (``reference_date``, ``meta_year`` or
    ``plan_period``). Nothing here is decided again: see ``DocumentMeta``.
    """

    doc_type: DocType
    ref_year: int | None
    period_start: int | None
    period_end: int | None
    review_year: int | None = None
    target_year: int | None = None
    ref_basis: str = "reference_date"
    aim_year: int | None = None
    now_year: int | None = None  # the year 目前 / 截至目前 means (None: ``review_year``)
    # The year an evaluation judges its indicators in (N项达到序时进度) when it is not the
    # year its results are as of (describe/asof.py ``MOSTLY``); None: ``review_year``.
    judged_year: int | None = None

    @property
    def is_plan(self) -> bool:
        return self.doc_type in _TARGET_GENRES

    @property
    def is_evaluation(self) -> bool:
        return self.doc_type in _REVIEW_GENRES

    def default_kind(self) -> Kind:
        return Kind.TARGET if self.is_plan else Kind.ACTUAL

    def default_year(self, kind: Kind) -> int | None:
        if kind == Kind.TARGET:
            return self.aim_year if self.aim_year is not None else self.target_year
        return self.review_year


def reference_year(meta: DocumentMeta) -> tuple[int | None, str]:
    """The document's "now" (``meta.present_year``) and where it came from."""
    if meta.doc_type in _TARGET_GENRES and meta.period_start:
        basis = "plan_period"
    else:
        basis = "reference_date" if meta.reference_year is not None else "meta_year"
    return meta.present_year, basis


def doc_frame(meta: DocumentMeta) -> DocFrame:
    """The frame of a document from its metadata (the describe stage decided it all)."""
    ref, basis = reference_year(meta)
    return DocFrame(
        meta.doc_type,
        ref,
        meta.period_start,
        meta.period_end,
        meta.reviewed_year,
        meta.horizon_year,
        basis,
        meta.target_year,
        _now_year(meta),
        judged_year(meta),
    )


# From this month on a page's 目前 is its own year (a February report's is the year just ended).
_NOW_FROM_MONTH = 4


def _now_year(meta: DocumentMeta) -> int | None:
    """The year 目前 means: the reference year once its first months are over; else None
    (the year the document reviews). Only a dated page (a month known) says so."""
    if meta.reference_year is None or meta.reference_month < _NOW_FROM_MONTH:
        return None
    if meta.doc_type is DocType.STATISTICAL_COMMUNIQUE:
        return None  # (a year's communiqué: 前三季度 with no year is of that year, not of now)
    return meta.reference_year


def _as_of_state(meta: DocumentMeta) -> TimeState:
    """The as-of statement the describe stage found (截至2022年底，…; evidence basis
    ``as_of_statement``) as a time in force for figures with no time of their own: a look
    back that dates results (the statement's words are their year's evidence), never an
    aim, and decides no kind; else no time."""
    if meta.as_of_year is None:
        return TimeState()
    for ev in meta.evidence:
        if ev.field == "as_of_year" and ev.basis == "as_of_statement" and ev.start is not None:
            src = (ev.start, ev.end or ev.start)
            return TimeState(meta.as_of_year, None, None, False, False, False, src, True)
    return TimeState()


# A heading joining two topics (存在的问题和后三年工作建议): the second's years date no first.
_JOIN_RE = re.compile(r"和|及|与")
_AHEAD_KINDS = frozenset({"ahead_span", "last", "to"})
_PROBLEM_HEAD_RE = re.compile(r"问题|困难|不足|短板")


def _second_topic(line: str) -> int:
    """Where the second topic of a heading joining two starts (after 和/及/与 following a
    heading word of the first: 问题, 回顾, 情况); the line's length when there is none."""
    for m in _JOIN_RE.finditer(line):
        first = line[: m.start()]
        if (
            _ACTUAL_HEAD.search(first)
            or _TARGET_HEAD.search(first)
            or _PROBLEM_HEAD_RE.search(first)
        ):
            return m.end()
    return len(line)


def _joins_year_and_period(state: TimeState, year_state: TimeState) -> bool:
    """Whether a heading names a single year and, after it, a span of years that holds it
    (2027年…和“十五五”…回顾)."""
    first, last, year = state.period_start, state.year, year_state.year
    if first is None or last is None or year is None or year_state.period_start is not None:
        return False
    return first <= year <= last and state is not year_state


def _under_way(state: TimeState, review_year: int | None) -> TimeState:
    """A review heading naming a plan still under way (“十四五”重大项目推进情况 in 2023):
    its progress so far, a look back from the plan's first year to the year under
    review, never the plan's final year."""
    first, last = state.period_start, state.year
    if review_year is None or first is None or last is None or state.retro or state.future:
        return state
    if not first <= review_year < last:
        return state
    return TimeState(review_year, first, None, False, True, False, state.src, True)


# A heading naming the problems found (三、存在的主要问题, 面临的困难和挑战), not a task.
_PROBLEMS_HEAD_RE = re.compile(r"(?:存在的?|主要|面临的?)[^,，。；;]{0,6}?(?:问题|困难|不足|短板)")
_PROBLEMS_HEAD_AT = 8  # (how far into the line, past its number: 三、, （二）, 第三部分)


# A heading whose topic is problems, ending with it (“十四五”期间需要关注的问题).
_PROBLEMS_TOPIC_END_RE = re.compile(r"(?:问题|困难|不足|短板|挑战|风险)\s*$")


def _next_plan_problems(frame: DocFrame, line: str, mark: TimeMark) -> bool:
    """Whether a heading of an evaluation names the plan after the one evaluated as the time
    its problems will weigh on (四、“十四五”期间需要关注的问题 in a 十三五 final evaluation:
    real3 dev c287; the form of the national 中期评估 reports' 仍存在的主要问题 parts): the
    figures under it are results of the years reviewed, not the next plan's aims."""
    if not frame.is_evaluation or frame.period_end is None or mark.kind != "plan":
        return False
    if mark.first is None or mark.first <= frame.period_end:
        return False
    return _PROBLEMS_TOPIC_END_RE.search(line) is not None


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _problems_state(frame: DocFrame, line: str, start: int, state: TimeState) -> TimeState | None:
    """The time of a mid-term evaluation's problems section (三、存在的主要问题) naming none:
    its undated figures (研发投入强度仅为全国平均水平的38%, 全县规模以上工业企业仅有41家)
    are the last full year's statistics, the year before the evaluation's, whatever its
    month or a box above it (专栏…（截至2018年6月底）) said. A look back (never an aim's
    year); None for other headings, genres or a heading naming its own time."""
    if frame.doc_type is not DocType.MIDTERM_EVALUATION or frame.ref_year is None:
        return None
    if state.explicit and state.src is not None and state.src[0] >= start:
        return None  # (the heading names its time: 2022年存在的问题)
    m = _PROBLEMS_HEAD_RE.search(line, 0, _second_topic(line))
    if m is None or CAPTION_RE.match(line) or m.start() > _PROBLEMS_HEAD_AT:
        return None
    year = frame.ref_year - 1
    if frame.review_year is not None:
        year = min(year, frame.review_year)
    src = (start + m.start(), start + m.end())
    return TimeState(year, None, None, False, False, False, src, True)


def setting_ahead(
    frame: DocFrame,
    section: SectionInfo,
    para: TimeState,
    marks: list[TimeMark],
    aims_head: bool = False,
) -> bool:
    """Whether a paragraph's opening time is only the setting of a plan's look at where it
    stands (第二节 发展环境: “十五五”时期，我省发展面临的环境更加复杂。…我省人均地区生产
    总值仅相当于全国平均水平的69%): the years ahead it names frame the paragraph, while
    its figures of no time of their own are the present's (the section's: the year before
    the plan), not the plan's aims. Only under a plan's look-back heading (发展基础,
    发展环境, 面临的机遇和挑战) and a time after the year the plan stands on; a sentence
    looking ahead itself (预计到2025年…；…年均增速可能回落至4.5%左右: ``marks`` are
    the time marks of the sentence up to the figure's clause) stays in the paragraph's
    years. A paragraph opened by a run-in heading naming aims (``aims_head``: （二）发展目标。到
    2025年，… under 二、发展基础与目标) sets its years for its figures: they are the aims."""
    if not frame.is_plan or section.kind is not Kind.ACTUAL or frame.review_year is None:
        return False
    if aims_head:
        return False
    if any(m.kind in _AHEAD_KINDS for m in marks):
        return False
    return para.year is not None and para.year > frame.review_year and not para.retro


def _measures_chapter(frame: DocFrame, line: str, info: SectionInfo) -> bool:
    """Whether a heading is one of a plan's measures chapters: a numbered chapter naming
    neither kind nor time (第三章 构建现代化产业体系, 四、加快建设交通强市) after its aims
    (第二章 总体要求和主要目标). Its figures are the plan's aims as well — 五年累计推动…,
    培育…40家以上 count the plan's own years ahead — unless a clause says otherwise."""
    return frame.is_plan and not info.state.explicit and bool(_CHAPTER_HEAD.match(line))


def _heading_cue(line: str) -> re.Match[str] | None:
    """A heading's kind words: a review's word wins (主要目标完成情况), but not 亮点 right after
    the words of aims (2025年 重点工作亮点: what the year's work will stand out by). A note in
    brackets on how the items are counted (综合指标类9项（按考核目标统计）) names no role."""
    line = _NOTE_RE.sub(lambda m: " " * len(m.group()), line)
    actual, target = _ACTUAL_HEAD.search(line), _TARGET_HEAD.search(line)
    if actual is not None and target is not None and actual.group() == "亮点":
        return target if target.end() == actual.start() else actual
    return actual or target


_NOTE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff\d])[(（](?:按|以)[^()（）\n]{1,18}(?:统计|计算|口径|计)[)）]"
)
# A figure other than a year in a headline (6万亿元, 2.6%).
_FIGURE_RE = re.compile(r"\d")


def _above_body(
    info: SectionInfo, news: bool, as_of: TimeState, line: str, now: int | None
) -> SectionInfo:
    """A headline above a page's first paragraph: a news page's dates the page but sets no
    role (锚定目标…); in any genre a look ahead there (后两年需加力补齐短板; 到2025年全省地区
    生产总值迈上6万亿元台阶; 某区：2026年地区生产总值突破2000亿元) is the page's message, not the
    time of the figures below it. A heading naming its year and no figure heads what is under it
    (【2025年主要预期目标】). (A plan still running named there, 奋力开创“十四五”…新局面, and a
    box of its indicators, “十四五”时期主要发展指标（目标年为2025年）, keep its years: the aims below
    are of its period.)"""
    heading = (_BARE_YEAR.search(line) is not None or info.kind is Kind.TARGET) and not (
        _FIGURE_RE.search(_BARE_YEAR.sub("", line))
    )
    year, ahead = info.state.year, info.state.future
    if year is not None and now is not None and year > now and info.state.period_start is None:
        ahead = ahead or re.search(rf"{year}\s*年\D{{0,16}}\d", line) is not None  # (its aim)
    if ahead and not heading:
        info = replace(info, state=as_of)
    return replace(info, kind=None, cue=None) if news else info


_YEAR_AIMS_RE = re.compile(r"(?:今年|(?:19|20)\d\d\s*年)[^。\n]{0,24}主要预期目标(?:是|为)")
_OPENS_ON_RESULTS_RE = re.compile(
    r"\s*(?:(?:(?:19|20)\d\d\s*年)?\s*(?:[一二三四]季度|上半年|前三季度|1\s*[-—至~]\s*\d{1,2}\s*月|今年以来)"
    r"|去年|上年|过去一年|一年来|过去五年|五年来)"
)


class SectionIndex:
    """Kind cue and time state by offset, from heading-like lines and the outline."""

    _draft_cue: tuple[int, int] | None = None  # the outline draft's words heading its aims
    # the section a year's aims paragraph followed, and the aims' words (the mark's cue)
    _before_aims: tuple[SectionInfo, tuple[int, int]] | None = None

    def __init__(self, text: str, ctx: ExtractContext, frame: DocFrame) -> None:
        self._frame = frame
        self._outline = ctx.outline
        self._as_of = _as_of_state(ctx.meta)
        table = line_table(text)  # (the lines every stage shares: core.linetable)
        self._table = table
        self._unnumbered = not any(
            _CHAPTER_HEAD.match(x) for x in (table.raw if table.plain_breaks else text.splitlines())
        )
        marks: list[SectionInfo] = [SectionInfo(0, None, self._as_of)]
        restore: SectionInfo | None = None  # the section a list's lead-in line interrupted
        aims: SectionInfo | None = None  # a plan's aims heading, before its measures chapters
        # an aims lead-in's list laid out one cell or one item a line: (its lead-in's end, the
        # last line's end, whether a line is an item with its figure)
        cells: tuple[int, int, bool] | None = None
        news = ctx.meta.doc_type in (DocType.NEWS, DocType.STATISTICAL_NEWS)
        body = False  # (past the headlines, at the first paragraph: _above_body)
        for i, (start, end, raw, line) in enumerate(
            zip(table.starts, table.ends, table.raw, table.stripped)
        ):
            heading_like = 2 <= len(line) <= 40 and not _SENTENCE_MARK_RE.search(line)
            body = body or "。" in line
            if cells is not None:
                if _list_goes_on(line, cells[2]) and (
                    cells[2] or cells[1] == cells[0] or "\n\n" not in text[cells[1] : start]
                ):
                    cells = (cells[0], end, cells[2])
                    continue  # (名称 / 数值 lines of the list, or its items: no headings)
                cells = None  # (a blank line or a paragraph ends the list: the section goes on)
                if restore is not None:
                    marks.append(replace(restore, start=start))
                    restore = None
            if restore is not None and heading_like:
                if numbered_figure_line(line):
                    continue  # (2、千人床位数达到4.3张: an item of the list led in, no heading)
                marks.append(SectionInfo(start, restore.kind, restore.state, restore.cue))
                restore = None
            if line.endswith((":", "：")) and not heading_like:
                lead, layout = self._lead(text, start, end, marks[-1])
                if layout is not None:
                    cells = (end, end, layout)
                if lead is not None:
                    restore = restore or marks[-1]
                    marks.append(lead)
                continue
            if not heading_like:
                self._draft_outline(text, start, end, marks)
                self._year_aims_said(text, start, end, marks)
                continue
            if no_heading(line, table.next_content(i)):
                continue
            lead = len(raw) - len(raw.lstrip())
            info = self._heading_info(text, line, start + lead)
            if info is None:
                continue
            if not (body or _numbered(line)):
                info = _above_body(info, news, self._as_of, line, frame.ref_year)
            if info.kind is not None:
                aims = info if info.kind is Kind.TARGET else None
            elif aims is not None and _measures_chapter(frame, line, info):
                info = SectionInfo(info.start, Kind.TARGET, info.state, aims.cue)
            prev = marks[-1]
            if not info.state.explicit and info.kind in (None, prev.kind):
                # A sub-heading without a time (主要成效 under 2026年计划执行情况) keeps the
                # time of the heading above it, unless it turns from results to aims.
                info = SectionInfo(info.start, info.kind, prev.state, info.cue)
            problems = _problems_state(frame, line, start + lead, info.state)
            if problems is not None:
                info = SectionInfo(info.start, info.kind, problems, info.cue)
            marks.append(info)
        self._marks = marks
        self._starts = [s.start for s in marks]
        # Offsets where the outline's chain of headings can change (a heading's line or
        # section starts, a section ends): between two of them, with the same mark in
        # force, ``at`` answers alike, so each answer is worked out once (_answered).
        heads = ctx.outline.headings
        self._bounds = sorted(
            {x for h in heads for x in (h.span.start, h.section.start, h.section.end)}
        )
        self._answered: dict[tuple[int, int], SectionInfo] = {}

    def _lead(
        self, text: str, start: int, end: int, prev: SectionInfo
    ) -> tuple[SectionInfo | None, bool | None]:
        """What a line ending in a colon leads in: aims (``aim_leads.aims_lead``, the one place
        deciding it, with how its list is laid out) or the lines of a year (``_lead_in``)."""
        stated = aims_lead(self._frame, text, start, end)
        if stated is None:
            return self._lead_in(text, start, end, prev), None
        return SectionInfo(start, Kind.TARGET, stated[0], stated[1]), stated[2]

    def _draft_outline(self, text: str, start: int, end: int, marks: list[SectionInfo]) -> None:
        """A paragraph telling of a new plan's outline draft heads the plan's aims."""
        self._draft_cue = draft_marks(text, start, end, marks, self._frame, self._draft_cue)

    def _year_aims_said(self, text: str, start: int, end: int, marks: list[SectionInfo]) -> None:
        """A work report's paragraph stating its year's main aims (今年…主要预期目标是…) is
        followed by that year's work: its undated figures are the year's aims, up to a
        paragraph opening on a part of the year or a year past (2022年一季度，…; 过去一年，…)."""
        if self._frame.doc_type not in (DocType.WORK_REPORT, DocType.NEWS):
            return
        before = self._before_aims
        if (
            before is not None
            and marks[-1].cue == before[1]
            and _OPENS_ON_RESULTS_RE.match(text, start)
        ):
            marks.append(replace(before[0], start=start))  # (no heading came between)
            self._before_aims = None
        m = _YEAR_AIMS_RE.search(text, start, end)
        if m is None:
            return
        state = lead_time(self._frame, text, start, m.end())
        if not state.explicit or state.year is None or state.part:
            return
        self._before_aims = (marks[-1], m.span())
        marks.append(SectionInfo(end + 1, Kind.TARGET, replace(state, explicit=False), m.span()))

    def _lead_in(self, text: str, start: int, end: int, prev: SectionInfo) -> SectionInfo | None:
        """A line ending in a colon and naming a year (2026年…完成情况如下:) leads in the lines
        after it: they are of that year, in the section's role (a lead-in stating aims is
        ``aim_leads.aims_lead``'s). The year is ``aim_leads.lead_time``'s; in force, not the
        items' own: it decides no kind."""
        state = lead_time(self._frame, text, start, end)
        if not state.explicit or state.year is None or state.part or state.future:
            return None
        # In an evaluation the year a list is led in with (截至2027年底，…情况如下：) dates
        # its results; the aims it quotes are its plan's (a look back names no aim's year).
        retro = state.retro or self._frame.is_evaluation
        return SectionInfo(start, prev.kind, replace(state, explicit=False, retro=retro), prev.cue)

    def _heading_info(self, text: str, line: str, start: int) -> SectionInfo | None:
        kind: Kind | None = None
        cue = _heading_cue(line)
        if cue is not None:
            kind = Kind.ACTUAL if cue.re is _ACTUAL_HEAD else Kind.TARGET
        state = self._as_of
        frame = self._frame
        year_state: TimeState | None = None
        joined = -1  # (where a second topic starts: looked for once a mark ahead asks)
        bases: list[tuple[int, int]] = []  # (比2015年, 是2015年的: a base dates no section)
        for mark in time_marks(text, start, start + len(line)):
            if mark.kind == "planname" or _next_plan_problems(frame, line, mark):
                continue  # (a title naming its plan, “十四五”规划纲要实施评估, dates no section)
            if mark.kind == "base":
                bases.append((mark.start - start, mark.end - start))
            if mark.kind in _AHEAD_KINDS or mark.kind == "year" and year_state is not None:
                joined = _second_topic(line) if joined < 0 else joined
                if mark.start >= start + joined:
                    continue  # (存在的问题和后三年工作建议: the years ahead are the second topic's;
                    # 2024年工作开展情况和2025年工作计划: so is the second year)
            state = state.fold(
                mark, frame.ref_year, frame.review_year, frame.period_start, frame.now_year
            )
            if mark.kind == "year" and year_state is None:
                year_state = state
        if kind is Kind.ACTUAL:
            state = _under_way(state, frame.review_year)
        if year_state is not None and _joins_year_and_period(state, year_state):
            # 2027年计划执行情况和“十五五”前两年回顾: the year's part comes first and the
            # period's has its own heading below; undated figures under it are the year's.
            state = year_state
        if not state.explicit:
            y = next((y for y in _BARE_YEAR.finditer(line) if _bare_year(line, y, bases)), None)
            if y:
                src = (start + y.start(), start + y.end())
                state = TimeState(int(y.group(1)), None, None, False, True, False, src)
        is_chapter = bool(_CHAPTER_HEAD.match(line)) or self._bare_chapter(text, line, start)
        if kind is None and not state.explicit and not is_chapter:
            return None
        span = (start + cue.start(), start + cue.end()) if cue else None
        return SectionInfo(start, kind, state, span)

    def _bare_chapter(self, text: str, line: str, start: int) -> bool:
        """Whether a heading-like line is a chapter of a document whose chapters lost their
        numbers: opened by an Arabic number, or a problems heading (存在的主要问题, whose
        role dates its figures: ``_problems_state``) followed by a body line (long, or
        with a sentence mark) after blank lines at most. (Other lines standing alone, a
        news item's 亮点 or a box's title, are no chapter: they would end the section.)"""
        if not self._unnumbered:
            return False
        if _ARABIC_HEAD.match(line):
            return True
        if _problems_state(self._frame, line, start, TimeState()) is None:
            return False
        body = self._table.next_content(bisect.bisect_right(self._table.starts, start) - 1)
        return len(body) > 40 or bool(_SENTENCE_MARK_RE.search(body))

    def at(self, offset: int) -> SectionInfo:
        """The section information in force at ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        key = (i, bisect.bisect_right(self._bounds, offset))
        answer = self._answered.get(key)
        if answer is None:
            answer = self._answered[key] = self._at(self._marks[i], offset)
        return answer

    def _at(self, info: SectionInfo, offset: int) -> SectionInfo:
        if self._outline.headings and info.kind is None:
            # A known outline can still name the kind (an outer heading's cue).
            for h in reversed(self._outline.headings_at(offset)):
                span = (h.span.start, h.span.end)
                cue = _heading_cue(h.title)
                if cue is not None and cue.re is _ACTUAL_HEAD:
                    info = SectionInfo(info.start, Kind.ACTUAL, info.state, span)
                    break
                if cue is not None:
                    return SectionInfo(info.start, Kind.TARGET, info.state, span)
        return self._review_period(info)

    def _review_period(self, info: SectionInfo) -> SectionInfo:
        """A plan's review section (发展基础, 主要成就) without a time of its own looks back on
        the previous plan period: 十四五规划's 发展基础 reports 2016-2020."""
        frame = self._frame
        if (
            info.kind != Kind.ACTUAL
            or info.state.explicit
            or not frame.is_plan
            or frame.period_start is None
        ):
            return info
        ps = frame.period_start
        state = TimeState(ps - 1, ps - 5, None, False, True, False, info.cue)
        return SectionInfo(info.start, info.kind, state, info.cue)
