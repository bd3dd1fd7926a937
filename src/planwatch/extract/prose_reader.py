"""Reading one sentence's values into facts: the assembly stage of the prose extractor.

For each value (:mod:`.prose_values`) the reader takes the words between the previous
figure and this one, splits them into a name and a run of value cues (增长, 达到, 比2015年,
以上), and asks the stages in turn: the name (:mod:`.prose_names`), the measure and sign
from the cues, the comparator, the time in force (:mod:`.timewords`), the kind and year
with their evidence (:mod:`.prose_modality`) and the period (:mod:`.prose_period`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from planwatch.core.data import Evidence, ExtractContext, Fact, Kind, Measure
from planwatch.extract.aim_compared import (
    PLAN_AIM,
    aim_named_after,
    compared_aim_year,
    weighed_aim_name,
)
from planwatch.extract.aim_moved import base_of_aim, moved_aim
from planwatch.extract.aim_years import aim_aside_year, aim_time, quota_year, share_of_aim_year
from planwatch.extract.assumed_pace import assumed_pace, name_assumed
from planwatch.extract.change_start import before_year_in_force
from planwatch.extract.cues import cues
from planwatch.extract.gap_named import directed_gap
from planwatch.extract.group_counts import names_group
from planwatch.extract.judged import judged_count_year, status_count_state
from planwatch.extract.meeting_counts import meeting_year
from planwatch.extract.name_spelled import spelled_out
from planwatch.extract.naming_compared import opens_on_comparison
from planwatch.extract.naming_each import listed_each
from planwatch.extract.numbers import NumberMatch
from planwatch.extract.prose_around import QUOTA
from planwatch.extract.prose_clauses import (
    Aside,
    ClauseBindings,
    clauses_of,
    figure_asides,
    left_in_clause,
    shut_asides,
    without_asides,
)
from planwatch.extract.prose_measure import cue_comparator, figure_measure, measure_after
from planwatch.extract.prose_modality import (
    decide_kind,
    decide_year,
)
from planwatch.extract.prose_names import (
    BULLET_RE,
    LIST_SEPS,
    SentenceState,
    clean_name,
    clean_name_cut,
    hollow_name,
    mask_asides,
)
from planwatch.extract.prose_naming import choose_name
from planwatch.extract.prose_period import Timing, period_of
from planwatch.extract.prose_script import BLANK
from planwatch.extract.prose_shared import at_least
from planwatch.extract.prose_values import (
    Value,
    as_its_lower_bound,
    own_projects,
    sentence_values,
)
from planwatch.extract.quoted_aims import name_aim_figure
from planwatch.extract.sections import PLAN_REVIEWS, DocFrame, SectionInfo
from planwatch.extract.time_forms import MONEY_MOVE, compared_before, start_point
from planwatch.extract.timewords import TimeMark, TimeState, in_own_sentence

# After a 从/由 value, the word that leads to the second value (由 3 家增至 7家).
_FROM_TO_AFTER_VALUE_RE = re.compile(r"\d[^,，。;；]*?(?:至|到|为)")
# 同 before 比 and a year (同比2015年增长, a plan's review): a base year, not the year before.
_SAME_BEFORE_YEAR_RE = re.compile(r"同(?=比\s*(?:19|20)\d{2}\s*年)")
# A revenue's or spending's change verb right after the base's own figure (比上年同期144987万元
# 增收1858万元): the verb the base leads, as 比上年同期增收 would be without the figure between.
_BARE_MOVE_RE = re.compile(rf"\s*{MONEY_MOVE}了?\s*")
_BASE_WITH_FIGURE_RE = re.compile(
    r"(?P<base>(?:比|较)(?:上年|去年)(?:同期)?)\s*[\d.,，]+\s*[\u4e00-\u9fff]{0,3}$"
)


# (Words before values recur in and across documents: each cleaned once; by text, emptied
# per document by bench/peer_bench.py.)
@lru_cache(maxsize=4096)
def subject_name(subject: str) -> str:
    """The name the words before a value give (:func:`clean_name`), "" when what is left is
    a cue word or a hollow word."""
    name, lead_cut = clean_name_cut(subject)
    # (完成规划目标的60%: a share of the aim, named by its lead verb, is no hollow name.)
    if name and (
        cues().token_re.fullmatch(name)
        or hollow_name(clean_name(subject, keep_lead=True) if lead_cut else name)
    ):
        name = ""  # 保持40%以上增长、达357万辆: a cue word left over names nothing
    return name


@dataclass(slots=True)
class Reading:
    """What the reader learned about one value so far (filled stage by stage)."""

    v: Value
    seg_start: int
    cs: int
    ce: int
    pre: str  # the words before the value, asides blanked, bullet cut
    subject: str  # ``pre`` without the trailing run of value cues
    tokens: list[str]
    roles: set[str]
    name_raw: str
    name_start: int
    list_only: bool
    name: str = ""
    quote_end: int = 0
    inherited: bool = False
    after_name: str = ""
    consumed_extra: int = 0
    zero_unit: str = ""
    share_of_prev: bool = False
    # how much of a plan or a budget the figure before reached (完成年度计划的101%, 占计划的
    # 100%): the next unnamed figure (增长6%) is again of that figure's indicator
    of_plan: bool = False
    excess: bool = False
    base_year: int | None = None  # the base year of a comparison (比2015年), once decided


class SentenceReader:
    """Reads the values of one sentence into facts."""

    def __init__(
        self,
        view: str,
        s: int,
        e: int,
        ctx: ExtractContext,
        frame: DocFrame,
        section: SectionInfo,
        base_state: TimeState,
        inherited_kind: Kind | None,
        marks: list[TimeMark],
    ) -> None:
        self.view, self.s, self.e = view, s, e
        self.ctx, self.frame = ctx, frame
        self.section = section
        self.base_state = base_state
        self.inherited_kind = inherited_kind
        self.prev_kind: Kind | None = None  # the kind of the sentence's last figure read
        self.marks = marks
        # The last name of the paragraph's sentences before (其中，预计2022年达…); by the caller.
        self.para_name = ""
        # The names of the figures of the paragraph's sentence before, in order (…达到A、B
        # 的目标；两年多来分别实现a、b: a 分别 naming nothing shares them out); set by the caller.
        self.prev_names: list[str] = []
        self.brackets: list[tuple[int, int]] = []
        self.clause_starts: list[int] = [s]
        self._bindings = ClauseBindings(view)
        self.groups: list[tuple[int, int]] = []  # the counts naming a group (names_group)
        # the figures that are shares of a plan or a budget (完成年度目标的69.1%): their
        # names are no indicator for the next sentence
        self.plan_shares: set[int] = set()
        self.asides: list[tuple[int, int]] = []  # brackets holding figures (figure_asides)

    def _find_clauses(self) -> None:
        """The sentence's brackets and clause starts (read once it has a value)."""
        self.brackets, self.clause_starts = clauses_of(self.view, self.s, self.e)

    def clause_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.clause_starts, pos) - 1
        cs = self.clause_starts[i]
        ce = self.clause_starts[i + 1] - 1 if i + 1 < len(self.clause_starts) else self.e
        return cs, ce

    def read(
        self, numbers: list[NumberMatch], extra: list[Value], maybe: list[bool] | None = None
    ) -> list[Fact]:
        return self.read_values(sentence_values(self.view, self.s, self.e, numbers, extra, maybe))

    def read_values(self, values: list[Value]) -> list[Fact]:
        """The facts of the sentence's values (:func:`sentence_values`, found before)."""
        if not values:
            return []  # (most sentences with a number state no value: no clauses read)
        self._find_clauses()
        st = SentenceState()
        if self.prev_names and opens_on_comparison(self.view, self.s):
            st.names.append(self.prev_names[-1])  # (naming_compared: the figure before's)
        facts: list[Fact] = []
        prev_end = prev_after_end = -1
        clauses = [self.clause_of(v.start) for v in values]
        # 在全省12个设区市中排名第2位: the 12 names the group, no value; the group's words,
        # not its count, are read into the names of the figures after it.
        group = [names_group(self.view, v, *c) for v, c in zip(values, clauses, strict=True)]
        if any(group):
            self.groups = [(v.start, v.after_end) for v, g in zip(values, group, strict=True) if g]
            values = [v for v, g in zip(values, group, strict=True) if not g]
            clauses = [c for c, g in zip(clauses, group, strict=True) if not g]
        aside = Aside(self.view, self.brackets)
        self.asides = figure_asides(self.brackets, [v.start for v in values])
        lefts = left_in_clause(clauses)
        for i, v in enumerate(values):
            cs, ce = clauses[i]
            if prev_end > v.start:  # the last figure's noun comes after this one: 240公顷(3600亩)
                prev_end = prev_after_end
            seg_start = max(cs, prev_end) if prev_end >= cs else cs
            seg_start = max(seg_start, aside.enter(v.start, st))
            quoted = None  # (the quote's reading, when it names the value: the figure's own)
            if v.quote_open >= seg_start:
                if not st.prev_name:
                    quoted = self._reading(v, v.quote_open + 1, cs, ce)
                    quoted = quoted if quoted.name else None
                if st.prev_name or quoted is not None:
                    seg_start = v.quote_open + 1  # “增速达到8%”: the quote names its value
            fact = self._fact(quoted or self._reading(v, seg_start, cs, ce, lefts[i]), st, lefts[i])
            prev_end, prev_after_end = max(v.after_end, st.consumed_end), v.after_end
            if fact is not None:
                facts.append(as_its_lower_bound(fact, v, facts, values))
        paces = {v.start for v, c in zip(values, clauses, strict=True) if _pace(self.view, c, v)}
        return name_assumed(facts, paces) if paces else facts

    def _reading(self, v: Value, seg_start: int, cs: int, ce: int, left: int = 1) -> Reading:
        """Split the words before a value into a subject and a run of value cues."""
        C = cues()
        pre = mask_asides(self.view[seg_start : v.start])
        for gs, ge in self.groups:  # (全省16个地级市平均…: the group without its count)
            if seg_start <= gs < v.start:
                pre = pre[: gs - seg_start] + BLANK * (ge - gs) + pre[ge - seg_start :]
        bullet = BULLET_RE.match(pre)
        lead_off = bullet.end() if bullet else 0
        pre = pre[lead_off:]
        lead_blanks = len(pre) - len(pre.lstrip(BLANK))
        # Junk blanked inside a cue (提(ti)高) hides it: cues and names read without it.
        pre = pre[lead_blanks:].replace(BLANK, "")
        lead_off += lead_blanks
        chain_m = C.chain_re.search(pre)  # (the run of cues ending ``pre``)
        chain = pre[chain_m.start() :] if chain_m else ""
        subject = pre[: chain_m.start()] if chain_m else pre
        if not chain and _BARE_MOVE_RE.fullmatch(pre):  # (rare: the clause searched only then)
            if (base := _BASE_WITH_FIGURE_RE.search(self.view, cs, seg_start)) is not None:
                chain, subject = base["base"] + pre.strip(), ""
        # (同比2015年增长: a base year after 同比 makes it 比2015年, not year-on-year.)
        tokens = C.token_re.findall(_SAME_BEFORE_YEAR_RE.sub("", chain))
        roles = {r for t in tokens for r in C.roles(t)}
        if any(t.startswith(("比", "较")) and len(t) > 1 for t in tokens):
            roles.add("base")
        if any("分别" in t for t in tokens):
            roles.add("each")  # 同比分别下降: a cue word holding 分别 shares out too
        name_start = seg_start + lead_off + (len(subject) - len(subject.lstrip()))
        name = subject_name(subject)
        list_only = (
            not name and seg_start > cs and all(ch in LIST_SEPS + "(（)）≥≤＞＜" for ch in pre)
        )
        if listed_each(subject, left, list_only, self.view[v.end : ce]):
            roles.add("each")  # (教育、科技支出8.67亿元、0.96亿元: one name each, as after 分别)
        return Reading(
            v, seg_start, cs, ce, pre, subject, tokens, roles, subject, name_start, list_only, name
        )

    def _kind(self, r: Reading, state: TimeState) -> tuple[Kind, Evidence]:
        """The figure's kind: the clause's cues and time (decide_kind), then an aim moved or
        adjusted, or last year's aim a new one is set against (aim_moved)."""
        v = r.v
        kind, kind_ev = decide_kind(
            without_asides(self.view, shut_asides(self.asides, v.start)),
            self.s,
            v.start,
            state,
            self.frame,
            self.section,
            self.inherited_kind,
            max(v.after_end, v.range_end),  # (a range's words after it are both bounds')
        )
        kind, kind_ev = moved_aim(self.view, r, kind, kind_ev)
        kind, kind_ev = base_of_aim(self.view, state, self.prev_kind, kind, kind_ev)
        self.prev_kind = kind
        return kind, kind_ev

    def _fact(self, r: Reading, st: SentenceState, left: int = 1) -> Fact | None:
        v, cs, ce = r.v, r.cs, r.ce
        if (
            not choose_name(self, r, st, left)
            or _structure_count(self.view, r)
            or own_projects(self.view, r.cs, r.v)
        ):
            return None
        name_aim_figure(self.view, r, st)  # 与规划目标1.5%相差…: the aim of the figure before
        review = self.frame.doc_type in PLAN_REVIEWS
        measure, sign, unit = measure_after(
            self.view, v, *figure_measure(r, st, self.view[cs : v.start], review)
        )
        sign, name = directed_gap(  # (低于规划目标0.7个百分点: named by its direction)
            self.view[self.s : v.start], v.start - cs, r, measure, unit, sign
        )
        value = v.value * sign if measure != Measure.LEVEL else v.value
        weighed = aim_named_after(self.view, v.end)  # (低于1.2%的规划目标: no bound of the aim)
        comparator = (
            v.comparator
            or (None if weighed else cue_comparator(r.tokens))
            or at_least(self.view, cs, v.start)
        )
        _each(r, st, left)
        timing = self._timing(r)
        names_shared = st.dist_clause == cs and len(set(st.dist_items)) >= 2
        averaged = "avg" in r.roles or (
            r.list_only and any(w in self.view[cs : v.start] for w in cues().by_role["avg"])
        )
        if st.each_clause == cs and not averaged and not names_shared:
            # (A list shared over names, A、B分别…, is one time for all; one name twice,
            # 分别达到A元、B元，分别增长…, is one indicator over the years; a list member
            # after an average's, 两年年均分别增长4.9%和7.6%, is an average over the span too.)
            timing = Timing(self._each_year(r, st, timing.state), timing.base_year)
        kind, kind_ev = self._kind(r, timing.state)
        if kind_ev.basis == PLAN_AIM:  # (完成规划目标53%: the aim of the figure before, unnamed)
            name = weighed_aim_name(name) or st.prev_name or name
        # (后两年…；…还差0.6个百分点: now; 还需年均增长10.2%: the years left to the aim)
        timing = Timing(
            aim_time(self.view, kind, kind_ev, timing.state, self.frame), timing.base_year
        )
        year, year_ev = self._year(v, timing.state, kind, kind_ev)
        # (A quota a higher level set under a year the sentence names is dated as the result it
        # frames, aim_years.quota_year; with no time of its own, a plan's aim covers the plan.)
        dated_as = Kind.ACTUAL if kind_ev.basis == QUOTA and timing.state.explicit else kind
        year, period_start = period_of(self, r, st, timing, measure, dated_as, year)
        binding = self._bindings.of(cs, ce)
        q_start = r.name_start if not r.inherited else min(st.prev_quote_start, r.name_start)
        q_start = max(self.s, min(q_start, v.start))
        _remember(st, r, q_start, (measure, sign, unit), period_start)
        if r.of_plan:
            self.plan_shares.add(r.v.start)
        return Fact(
            doc=self.ctx.doc,
            start=v.start,
            end=v.end,
            quote_start=q_start,
            quote_end=max(r.quote_end, v.end),
            indicator=spelled_out(name, self.view),
            kind=kind,
            measure=measure,
            value=value,
            unit=unit,
            year=year,
            period_start=period_start,
            comparator=comparator,
            binding=binding,
            origin="prose",
            evidence=(kind_ev, year_ev, *self._price_basis(r, measure)),
        )

    def _year(
        self, v: Value, state: TimeState, kind: Kind, kind_ev: Evidence
    ) -> tuple[int | None, Evidence]:
        """The year of a figure of ``kind`` (decided by ``kind_ev``) under the time ``state``."""
        if kind_ev.basis == "status_count":
            # A count of indicators by status is as of now, the year the document reviews,
            # unless dated (judged.status_count_state).
            state = status_count_state(self.view, v, self.frame.ref_year)
        elif kind_ev.basis == "start_point" and (state.future or not state.explicit):
            state = TimeState()  # the start point is now: the year the document reviews
        year, year_ev = (
            aim_aside_year(self.view, state, self.frame, kind_ev)
            or compared_aim_year(self.view, state, self.frame, kind_ev)
            or share_of_aim_year(self.view, state, self.frame, kind, kind_ev)
            or quota_year(self.view, state, self.frame, kind_ev)
            or meeting_year(self.view, self.s, v, self.frame, state)
            or decide_year(self.view, state, self.frame, kind)
        )
        return judged_count_year(self.frame, kind_ev, year_ev, v.unit) or year, year_ev

    def _price_basis(self, r: Reading, measure: Measure) -> tuple[Evidence, ...]:
        """The price basis a growth's cue run states (扣除价格因素实际增长, 名义增长), or a
        clause right before it that only states one (按可比价格计算，比上年增长8%): evidence
        ``price`` with basis ``constant_price`` or ``nominal``, so that an evaluation tells a
        real growth from a nominal one in the same sentence; nothing when both are silent."""
        if measure != Measure.GROWTH:
            return ()
        view, C = self.view, cues()
        found = None
        if r.roles & {"constant_price", "nominal"}:
            chain_from = r.v.start - (len(r.pre) - len(r.subject)) - 2  # (slack: blanked junk)
            for m in C.price_re.finditer(view, max(r.seg_start, chain_from), r.v.start):
                found = m
        elif r.cs > self.s:
            ps, pe = self.clause_of(r.cs - 2)
            clause = view[ps:pe]
            if len(clause) > _PRICE_CLAUSE_MAX:
                return ()
            lead, trail = len(clause) - len(clause.lstrip()), len(clause) - len(clause.rstrip())
            found = C.price_re.fullmatch(view, ps + lead, pe - trail)
        if found is None:
            return ()
        basis = "constant_price" if found.lastgroup == "c" else "nominal"
        return (Evidence("price", basis, found.group(), found.start(), found.end()),)

    def _each_year(self, r: Reading, st: SentenceState, state: TimeState) -> TimeState:
        """A 分别 list of values over a list of years (2016年、2017年和2018年…分别增长), run
        after run when it holds a multiple of their number, or over the years of a period
        as long as the list (前3年…分别为): one year each."""
        years: list[tuple[int, int, int]] = []  # (year, start, end) of each year listed
        for m in self.marks:
            if not m.start < r.v.start or m.year is None:  # (years of the first clause too)
                continue
            if m.kind == "year":
                years.append((m.year, m.start, m.end))
            elif m.kind == "range" and m.first is not None and "、" in self.view[m.start : m.end]:
                # 2016年、2017年 is two years listed, not a period.
                years += [(m.first, m.start, m.end), (m.year, m.start, m.end)]
        i, n = st.each_index, st.each_total
        if len(years) >= 2 and i < n and n % len(years) == 0:
            # More values than years (分别以15%、13.6%的增速位列第三、第二位): each run of
            # values goes over the years again.
            year, ys, ye = years[i % len(years)]
            return TimeState(year, None, None, False, True, state.part, (ys, ye))
        first, last = state.period_start, state.year
        if first is not None and last is not None and last - first + 1 == n >= 2 and i < n:
            return TimeState(first + i, None, None, False, True, False, state.src, state.retro)
        return state

    def _timing(self, r: Reading) -> Timing:
        """The time in force at the value: the paragraph's or section's, then the sentence's
        marks before the value, in text order."""
        view, v, frame = self.view, r.v, self.frame
        state = self.base_state
        base_year = None
        from_state: TimeState | None = None
        from_end = -1
        shut = shut_asides(self.asides, v.start)
        for mark in self.marks:
            if mark.start >= v.start:
                break
            if any(a < mark.start < b for a, b in shut):
                continue  # (（2025年预计为28600元）: the aside's year is its figure's)
            if _ahead_closed(view, mark, r):
                continue  # (…的目标提前一年实现，高速公路密度达到4.6…: the year in force)
            if mark.kind == "from" or start_point(view, mark.start, mark.end):
                # (由去年的9%下调到8%: a start point; after one with no end year, its time before.)
                from_state, from_end = (state if from_state is None else from_state), mark.end
                mark = before_year_in_force(mark, from_state, view, frame.review_year)
            elif from_state is not None and mark.kind != "base":
                if mark.kind == "relbase":  # (由上年的41.2%提高到41.8%，比上年…: the year before)
                    state = from_state
                from_state = None  # 从2020年的1.9%提高到2024年的2.6%: the end has its own year
            state = state.fold(
                in_own_sentence(mark),
                frame.ref_year,
                frame.review_year,
                frame.period_start,
                frame.now_year,
            )
            if mark.kind in ("base", "baseplan", "basebase", "ago") and (
                mark.start >= r.cs or compared_before(view, mark.end, r.cs)
            ):
                base_year = mark.year if mark.year is not None else state.base  # (比基期)
        if from_state is not None and r.seg_start > from_end:
            if _FROM_TO_AFTER_VALUE_RE.search(view, from_end, v.start):
                # 从2015年的第77位跃升至第59位: the second value is not at the start point.
                state = from_state
            elif _changed_since(r, from_state, state):
                # 由“十一五”末的第15位提升2~3位: the change runs from the start point on.
                state = replace(from_state, period_start=(state.year or 0) + 1)
            elif from_end <= r.cs:
                # 水质从2013年的劣Ⅴ类提升到Ⅲ类，断面比例达到83%: a start point with no figure
                # of its own dates nothing after its clause.
                state = from_state
        return Timing(state, base_year)


# The longest clause that may state only a price basis (按当年价格计算, with spaces).
_PRICE_CLAUSE_MAX = 12
# 提前N年 closing its clause with the verb of reaching (目标提前一年实现，, 提前两年完成“十三五”
# 规划目标，): when the aim was reached, no time of the clauses after it (their figures are of
# the year in force, as in every such sentence of the dev sets).
_AHEAD_CLOSED_RE = re.compile(r"\s*(?:实现|完成|达成|达到)了?[^,，。;；\d]{0,16}?[,，;；]")
# A clause going on with the aim's own figure (目标提前一年完成，达到48.6%): the year reached.
_GOES_ON_RE = re.compile(r"\s*(?:并|已|均)?(?:达到|达|为|提高到|增加到|降至|降到|下降到)")


def _ahead_closed(view: str, mark: TimeMark, r: Reading) -> bool:
    """Whether ``mark`` is 提前N年 closing an earlier clause than the value's (see
    ``_AHEAD_CLOSED_RE``) that the value's clause does not go on from."""
    return (
        mark.kind == "ahead"
        and mark.end <= r.cs
        and _AHEAD_CLOSED_RE.match(view, mark.end) is not None
        and _GOES_ON_RE.match(view, r.cs) is None
    )


def _changed_since(r: Reading, before: TimeState, start: TimeState) -> bool:
    """Whether the value is a change (提升2~3位) after a start point of an earlier year than
    the time in force before it: a change over the years between."""
    if not r.roles & {"up", "down"} or before.year is None or start.year is None:
        return False
    return before.year > start.year and before.period_start is None


# Units of a count of a plan's parts (25项主要指标, 4个方面, 十三篇).
_PART_UNITS = frozenset({"项", "个", "类", "篇", "章"})


def _structure_count(view: str, r: Reading) -> bool:
    """Whether the value counts the parts of a plan (《纲要》提出了25项主要指标, 其中预期性指标
    11个, 共十三篇) without saying how they fared: the plan's make-up, no fact. A count of
    indicators that were met or lag (5项指标提前完成) is one."""
    v, C = r.v, cues()
    if v.unit not in _PART_UNITS or v.fixed_measure is not None:
        return False
    counted = view[v.after_end : v.after_end + 6].lstrip()
    part = (
        v.unit in ("篇", "章", "类")
        or C.structure_re.match(counted) is not None
        or _KIND_OF_INDICATORS_RE.match(counted) is not None
        or C.structure_re.search(r.name[-5:]) is not None
        and r.name.endswith(("指标", "方面", "目标"))
        or _CATEGORY_BEFORE_RE.search(view, max(r.cs, v.start - 8), v.start) is not None
    )
    clause = _EXAMINED_RE.sub("", view[r.cs : r.ce].replace(BLANK, ""))
    if not part or C.outcome_re.search(clause) and not _MOST_OF_RE.match(view, v.after_end):
        return False
    # (除受疫情影响较大的3项指标外，其余30项指标均已完成: the parts set apart from the rest
    # whose outcome the next clause tells fared otherwise, a count by status.)
    rest = _EXCEPT_REST_RE.match(view, v.after_end)
    return rest is None or C.outcome_re.search(rest.group().replace(BLANK, "")) is None


# What an evaluation examines of the parts, a noun (对25个主要指标实现情况进行监测评价, 检查…主要
# 指标完成情况): no word of how they fared. (Round 24 probes: news of evaluations launched, heard.)
_EXAMINED_RE = re.compile(r"(?:实现|完成|进展|执行|推进|落实)(?:的)?情况|(?:监测|跟踪)评价")
# The parts counted as a whole, then how most of them fared (24个主要指标大多数达到预期进度要求):
# the count is the plan's make-up, the outcome is the most's.
_MOST_OF_RE = re.compile(
    r"\s*(?:主要|约束性|预期性)?指标(?:中)?[，,]?\s*(?:绝大多数|大多数|多数|绝大部分|大部分)"
)
# The plan's indicators counted by their category (预期性指标19项（经济发展类10项，创新驱动类4项）, a
# city's mid-term report to its standing committee, round 25's probes): its make-up too.
_CATEGORY_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,6}类\s*$")
# Indicators of a kind a plan sets (22个主要定量指标, 18项主要经济指标): its parts too.
_KIND_OF_INDICATORS_RE = re.compile(r"(?:主要|核心|关键)?[\u4e00-\u9fff]{1,3}?指标")
# A count set apart (除…N项指标外，其余…): the words to the end of the next clause.
_EXCEPT_REST_RE = re.compile(r"[^，,。；;]{0,8}外[，,]其[余他][^，,。；;]{0,24}")


def _each(r: Reading, st: SentenceState, left: int) -> None:
    """Keep count of the values of a 分别 list (分别增长9%、8.8%、9%)."""
    if "分别" in r.subject or "each" in r.roles:
        st.each_clause, st.each_index, st.each_total = r.cs, 0, left
    elif st.each_clause == r.cs and (r.list_only or st.each_index + 1 < st.each_total):
        st.each_index += 1  # (a value after words, 位列第二, starts the list's next run)
    else:
        st.each_clause = -1


def _remember(
    st: SentenceState,
    r: Reading,
    q_start: int,
    measured: tuple[Measure, int, str | None],
    period_start: int | None,
) -> None:
    """What the next figure of the sentence reads of this one (its name, measure, where the
    words it used end)."""
    v, (measure, sign, unit) = r.v, measured
    if not r.of_plan:
        st.prev_name = r.name
    st.prev_quote_start = q_start
    st.prev_measure, st.prev_sign, st.prev_unit = measure, sign, unit
    st.prev_roles, st.prev_base = r.roles, r.base_year
    end = r.quote_end if r.after_name and not r.list_only else v.after_end
    st.consumed_end = end + r.consumed_extra  # (past a noun after the value, or a currency)
    st.prev_after = bool(r.after_name)
    st.prev_avg = "avg" in r.roles and measure == Measure.GROWTH
    st.prev_flow = measure == Measure.LEVEL and period_start is not None and v.unit != "位"
    if not r.of_plan:  # (a share of a plan names no subject for the clauses after it)
        st.names.append(r.name)


def _pace(view: str, clause: tuple[int, int], v: Value) -> tuple[int, int] | None:
    return assumed_pace(view, clause[0], v.start, v.after_end)
