"""Time words of planning prose and what they say about a figure's year.

A figure's year comes from the time words before it: an explicit year
(2020年), a target year (到2025年), a base year (比2015年增长: the period starts
the year after), a year range (2016—2019年), a plan period (“十三五”时期:
2016-2020), a span (五年来), or a relative year (今年, 去年, 明年) read against
the document's reference year. Horizons and look backs may name the document's plan
instead of a year (到规划期末, 规划实施以来, 提前两年实现, 前两年), a deadline (2027年底前)
or a comparison's base that carries its own figure (比2019年10%左右的目标). :func:`time_marks`
finds them in a stretch of text; :class:`TimeState` folds them, in text order, into the
year and period start that apply at a given point. The relative years are listed in
``data/time_words.csv`` (:mod:`.time_words`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from planwatch.core.periods import PLAN_YEARS, THIRD_PLAN_START, plan_number, plan_years
from planwatch.core.quickinit import quick_init
from planwatch.extract.time_marks import TimeMark, time_marks

__all__ = ["TimeMark", "TimeState", "time_marks"]


# Marks read by :meth:`TimeState._plan_relative`.
_PLAN_RELATIVE = frozenset({"aimyear", "aimend", "planbase", "basebase", "ahead_span", "last"})


def _relative(
    mark: TimeMark, ref_year: int, plan_start: int | None, now_year: int | None
) -> TimeState:
    """今年/去年/明年 counted from ``ref_year``. A plan speaks from its first year; a
    proposal for it, or news of it, dated in the year before speaks from then (预计今年…
    in December 2025 is 2025's)."""
    early = now_year is not None and plan_start == ref_year and now_year < ref_year
    year = (now_year if now_year is not None and early else ref_year) + mark.offset
    return TimeState(year, None, None, mark.offset > 0, True, False, (mark.start, mark.end))


def _now(now_year: int | None, review_year: int | None, ref_year: int | None) -> int | None:
    """The year 目前 means: ``now_year``, else the year under review, else ``ref_year``. A
    part-year with no year of its own (前三季度 beside a communiqué's 全年 figures) is of it."""
    if now_year is not None:
        return now_year
    return review_year if review_year is not None else ref_year


def in_own_sentence(mark: TimeMark) -> TimeMark:
    """``mark`` as read for the figures of its own sentence: 两年多来，全省累计新增就业…
    counts the part of the year under way too (two years and more of a plan from 2021,
    written in 2023: 2021-2023), while the sentences after it, as a heading over them,
    state the whole years' results (2021-2022)."""
    return replace(mark, offset=mark.offset + 1, more=False) if mark.more else mark


@quick_init
@dataclass(frozen=True, slots=True)
class TimeState:
    """The year and period that apply at a point, folded from the marks before it.

    ``year`` is the year a figure refers to; ``period_start`` the first year of a
    multi-year period it covers (None for a single year); ``base`` a base year
    named by 比…年 (a growth or change against it starts the year after);
    ``future`` is set by 到2025年 (a target year); ``part`` by 上半年, 前三季度 (a
    result so far). ``src`` is the span of the mark that set the year (its evidence);
    ``retro`` tells a look back (五年来, 以来, 过去一年), whose years are never an aim's.
    """

    year: int | None = None
    period_start: int | None = None
    base: int | None = None
    future: bool = False
    explicit: bool = False  # set by a mark, not inherited from a default
    part: bool = False
    src: tuple[int, int] | None = None
    retro: bool = False  # set by a look back (五年来, 2016年以来, 过去一年): years under review
    # The state before a comparison's base named its own figure (比2019年10%的目标): the
    # base mark after that figure returns to it.
    prior: TimeState | None = None
    # The state before a year naming an aim (2030年目标): its clause over, or for a figure
    # measured against the aim (距2030年目标尚差…), the time is that one again.
    before_aim: TimeState | None = None
    # Set by a span counted back from a past time in force (“十二五”期间…五年累计…): its years
    # are that time's, never a plan's own years ahead.
    anchored: bool = False
    # The aim's own time once its clause is over (2025年预期目标为增长5%左右，报告同时提出…增长7%
    # 左右): a later aim of the sentence with no time of its own is of that year too.
    ended_aim: TimeState | None = None

    def under_way(self, year: int | None) -> bool:
        """Whether the time is a period begun before ``year`` (“十三五”期间 in 2020)."""
        return self.period_start is not None and year is not None and self.period_start < year

    def fold(
        self,
        mark: TimeMark,
        ref_year: int | None,
        review_year: int | None = None,
        plan_start: int | None = None,
        now_year: int | None = None,
    ) -> TimeState:
        """The state after reading ``mark``; ``ref_year`` resolves 今年/去年 and spans,
        ``review_year`` (default: the year before ``ref_year``) 过去一年 and 五年来,
        ``plan_start`` (the first year of the plan the document is about) 前两年,
        ``now_year`` (default: ``review_year``) 目前 and 截至目前."""
        k = mark.kind
        src = (mark.start, mark.end)
        if review_year is None and ref_year is not None:
            review_year = ref_year - 1
        if k == "now" and now_year is not None:
            return TimeState(now_year, None, None, False, True, True, src)
        if k == "now" or (k == "from" and mark.year is None):
            if review_year is None:
                return self
            return TimeState(review_year, None, None, False, True, True, src)
        if k == "year":
            return TimeState(mark.year, None, None, False, True, False, src)
        if k == "from":  # (由2015年的…: the time before it returns once its figure is read)
            return TimeState(mark.year, None, None, False, True, False, src, prior=self)
        if k in ("planterm", "planbegun", "planaim"):
            return self._own_plan(mark, ref_year, review_year, plan_start, now_year)
        if k in _PLAN_RELATIVE:
            return self._plan_relative(mark, ref_year, review_year, plan_start)
        if k == "to":
            return self._horizon(mark, ref_year, review_year, now_year)
        if k in ("range", "plan", "planname"):
            # (A plan speaking of its own period, “十二五”期间累计投入…: its years ahead.)
            own = k == "plan" and plan_start == ref_year and mark.first == plan_start
            return TimeState(mark.year, mark.first, None, own, True, False, src)
        if k == "planend":
            # (到“十四五”末，…年均增速保持在2.6%以上: a pace over the plan's years.)
            return TimeState(mark.year, mark.first, None, False, True, False, src)
        if k == "baseval":
            year = mark.year if mark.year is not None else ref_year and ref_year + mark.offset
            if not year:
                return self
            return TimeState(year, mark.first, None, False, True, False, src, prior=self)
        if self.prior is not None and k in ("base", "relbase"):
            return replace(self.prior, base=mark.year)  # the base's own figure is read
        if k in ("base", "baseplan", "ago"):  # (ago: 是五年前的7倍, before the year in force)
            ago = self.year - mark.offset if self.year and mark.offset else None
            return replace(self, base=ago if k == "ago" else mark.year)
        if k == "since":
            return self._since(mark, ref_year, review_year, now_year)
        if k == "span":
            return self._span(mark, (ref_year, review_year, now_year), plan_start, src)
        if k == "first":
            # (“十五五”前两年 in a document of no plan, “十四五”前四年 or “十四五”以来…前四年 in a
            # 十五五 outline's review: the first years of the period named or looked back on.)
            if self.explicit and (self.period_start or (plan_start is None and not self.retro)):
                plan_start = self.period_start
            if plan_start is None or mark.offset < 1:
                return self
            end = plan_start + mark.offset - 1
            return TimeState(end, plan_start, None, False, True, False, src, True)
        if k == "ahead":
            return self._ahead(mark, now_year or review_year, plan_start, src)
        if k == "relbase":
            return self  # 比上年增长2.8%: growth in the year in force, against the one before
        if k == "review" and review_year is not None:
            return TimeState(review_year, None, None, False, True, False, src, True)
        if k == "part":  # (no year in force: the year 目前 means; a March communiqué's 2024)
            year = self.year if self.explicit else _now(now_year, review_year, ref_year)
            return TimeState(year, None, None, False, year is not None, True, self.src or src)
        if k == "same":
            if self.explicit and self.year is not None and not self.retro:
                return replace(self, period_start=None, part=False, src=self.src or src)
            if review_year is None:
                return self
            return TimeState(review_year, None, None, False, True, False, src)
        if k == "rel" and ref_year is not None:
            return _relative(mark, ref_year, plan_start, now_year)
        return self

    def _since(
        self, mark: TimeMark, ref_year: int | None, review_year: int | None, now_year: int | None
    ) -> TimeState:
        """2010年以来: up to the year in force, else the year the document reviews; “十四五”以来
        where only the document's default time of results is in force — its as-of year,
        截至2022年底 said by an evaluation of late 2023 — the plan's years up to now."""
        end = self.year if self.year and self.year > (mark.first or 0) else review_year
        if end is not None and ref_year is not None and end > ref_year and review_year is not None:
            end = review_year  # (a look back ends by the time of writing, not at an aim's year)
        if self.retro and not self.explicit and now_year is not None and now_year > (end or 0):
            end = now_year
        if end is not None and ref_year is not None and end < (mark.first or 0) <= ref_year:
            end = ref_year  # (“十四五”以来 in a review of 十三五 written in 2021: up to now)
        return TimeState(end, mark.first, None, False, True, False, (mark.start, mark.end), True)

    def _horizon(
        self, mark: TimeMark, ref_year: int | None, review_year: int | None, now_year: int | None
    ) -> TimeState:
        """到2025年: a horizon after the year reviewed; 截至2023年6月底 in August: a look back."""
        src = (mark.start, mark.end)
        back = mark.dated and now_year is not None and mark.year == now_year
        # (截至2011年底 in a plan adopted in 2012: the state as of a year over, a look back; so
        # is 截至2018年8月 in a text of 2018: a state told as of a month is a result.)
        # A page of no known date: its as-of date is all it says of now (截至2017年10月底，…投资
        # 计划完成率为62.4%: a release dated by it alone), a state reached.
        back = back or bool(mark.dated and (ref_year is None or (mark.year or 0) <= ref_year))
        first = self.period_start if self._horizon_keeps_start(mark, back) else None
        if back:
            return TimeState(mark.year, first, self.base, False, True, False, src, True)
        now = review_year if review_year is not None else ref_year
        future = now is None or (mark.year or 0) > now
        return TimeState(mark.year, first, self.base, future, True, False, src)

    def _horizon_keeps_start(self, mark: TimeMark, back: bool) -> bool:
        """Whether a horizon (到2020年) keeps the first year of the period in force. It does
        not when it lies more than a plan's years past that first year (发展基础 reviews
        2011-2015, then 到2020年…年均增长8%), nor, for an aim's year (not a look back,
        ``back``), past the period's last year (到2025年 after a review of 2016-2020: a flow
        aimed at is over the plan's years)."""
        first = self.period_start
        if first is None or mark.year is None:
            return True
        if mark.year - first >= PLAN_YEARS:
            return False
        return back or self.year is None or mark.year <= self.year

    def _span(
        self,
        mark: TimeMark,
        years: tuple[int | None, int | None, int | None],
        plan_start: int | None,
        src: tuple[int, int],
    ) -> TimeState:
        """A span of years (五年来, 五年累计): a look back from the year in force or the year
        under review, or in a plan a length of its own years ahead. ``years`` are the
        reference year, the year under review and the year of writing (目前)."""
        if self.prior is not None:
            # (由2015年的56微克下降到39微克，…五年累计下降16.2%: the from-year is over with its
            # figure; the span counts back from the time before it.)
            return self.prior._span(mark, years, plan_start, src)
        ref_year, review_year, now_year = years
        if mark.lasting and not self.explicit and plan_start == ref_year:
            # 五年累计 in a plan (whose "now" is its first year), no time in force: its
            # own years ahead (a review section or a look back in force anchors it).
            if plan_start is None:
                return self
            end = plan_start + mark.offset - 1
            return TimeState(end, plan_start, None, True, True, False, src)
        if self.retro and self.explicit and self.period_start and self.year:
            if self.year - self.period_start + 1 == mark.offset:
                # (“十三五”以来，…。五年累计完成…: the period looked back on, as long)
                return TimeState(self.year, self.period_start, None, False, True, False, src, True)
        # (2030年…五年来 ends in the year named; another look back names no end, nor does an
        # aim's horizon in force: 到规划期末…；两年多来分别实现… counts up to now.)
        anchored = self.explicit and self.year and not self.retro
        anchored = anchored and not (mark.upto and self.future)
        end = self.year if anchored else review_year
        if end is None:
            return self
        if not anchored and plan_start is not None:
            # 两年来 in a review of a plan under way: its first years (2026-2027); a span
            # counted from the plan's start ends at start + n − 1 or at the writing year
            # (两年半来 in October 2023 of a plan from 2021: 2021-2023, though the review
            # states its whole-year results as of 2022).
            now = now_year if now_year is not None and now_year > end else end
            end = min(now, plan_start + mark.offset - 1)
        if (
            anchored
            and mark.lasting
            and self.future
            and review_year is not None
            and end > review_year
        ):
            # 到2025年…五年累计: the years up to an aim's year, no look back.
            return TimeState(end, end - mark.offset + 1, None, True, True, False, src)
        past = TimeState(end, end - mark.offset + 1, None, False, True, False, src, True)
        return replace(past, anchored=True) if anchored else past

    def _own_plan(
        self,
        mark: TimeMark,
        ref_year: int | None,
        review_year: int | None,
        plan_start: int | None,
        now_year: int | None,
    ) -> TimeState:
        """到规划期末 (the end of the document's plan: an aim's horizon) and 规划实施以来
        (since its first year: a look back), read as 到2030年 and 2026年以来."""
        n = plan_number(plan_start) if plan_start is not None else None
        if plan_start is None or n is None:
            return self
        if mark.kind in ("planterm", "planaim"):
            to = TimeMark(mark.start, mark.end, "to", plan_years(n)[1])
            aim = self.fold(to, ref_year, review_year, plan_start, now_year)
            # (规划期末目标为…: the aim's clause over, the time before it again.)
            return replace(aim, before_aim=self) if mark.kind == "planaim" else aim
        since = TimeMark(mark.start, mark.end, "since", first=plan_start)
        return self.fold(since, ref_year, review_year, plan_start, now_year)

    def _plan_relative(
        self, mark: TimeMark, ref_year: int | None, review_year: int | None, plan_start: int | None
    ) -> TimeState:
        """The marks read against the plan or the year under review: an aim's year for its
        clause (2030年目标), 基期 and 比基期, 今后五年, 后三年."""
        k, src = mark.kind, (mark.start, mark.end)
        if k == "aimyear":
            now = review_year if review_year is not None else ref_year
            future = now is None or (mark.year or 0) > now
            # (完成“十三五”下降16%的目标: a plan's aim is over its years; 2030年目标 names a year.)
            first = mark.first
            return TimeState(mark.year, first, None, future, True, False, src, before_aim=self)
        if k == "aimend":
            if self.before_aim is None:
                return self
            return replace(self.before_aim, ended_aim=self if self.future else None)
        if k in ("planbase", "basebase"):
            if plan_start is None:
                return self
            if k == "basebase":
                return replace(self, base=plan_start - 1)
            return TimeState(plan_start - 1, None, None, False, True, False, src)
        if k == "ahead_span":
            # 今后五年, 未来三年: from the year after the one under review, an aim's years.
            if review_year is None or mark.offset < 2:
                return self
            first = review_year + 1
            return TimeState(first + mark.offset - 1, first, None, True, True, False, src)
        return self._last_years(mark, review_year, plan_start, src)

    def _last_years(
        self, mark: TimeMark, review_year: int | None, plan_start: int | None, src: tuple[int, int]
    ) -> TimeState:
        """后三年: the last years of the plan the document is about, ahead in a mid-term
        review (an aim's years), behind in a final one (a look back); in a document of no
        plan (an annual report), of the plan the year under review falls in."""
        if mark.first is not None:
            plan_start = mark.first  # (“十三五”后三年: the plan named)
        elif plan_start is None and review_year is not None and review_year >= THIRD_PLAN_START:
            plan_start = plan_years((review_year - THIRD_PLAN_START) // 5 + 3)[0]
        n = plan_number(plan_start) if plan_start is not None else None
        if n is None or mark.offset < 2:
            return self
        end = plan_years(n)[1]
        first = end - mark.offset + 1
        future = review_year is None or first >= review_year  # (the year under way is ahead too)
        return TimeState(end, first, None, future, True, False, src, not future)

    def _ahead(
        self, mark: TimeMark, now: int | None, plan_start: int | None, src: tuple[int, int]
    ) -> TimeState:
        """提前两年实现: the year that many years before the aim's year, which is the year or
        plan period in force (“十三五”目标提前两年完成: 2018), else the end of the five-year
        plan the document is about; ahead of ``now`` (the year of writing, else the year
        under review), an aim."""
        if self.explicit and self.year is not None and not (self.retro or self.part):
            due = self.year
        elif plan_start is not None and (n := plan_number(plan_start)) is not None:
            due = plan_years(n)[1]
        else:
            return self
        year = due - mark.offset
        future = now is not None and year > now
        return TimeState(year, None, None, future, True, False, src)
