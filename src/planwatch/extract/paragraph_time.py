"""The time a paragraph sets for its sentences (``ParagraphTime``), read sentence by sentence.

The prose extractor (``prose``) moves a ``ParagraphTime`` along the sentences it reads: a
paragraph's first sentence sets the time its later sentences are of unless they name
their own; a short run-in heading passes that to the sentence after it; a paragraph
opening with 其中 or a dash item goes on the one before in its time. Moved out of
``prose`` (round 32) as one stage with its word patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from planwatch.core.data import DocType
from planwatch.extract.aim_compared import PLAN_SAYS
from planwatch.extract.clause_topic import TOPIC_LEAD as _TOPIC_LEAD
from planwatch.extract.cues import words_re
from planwatch.extract.sections import DocFrame, SectionIndex
from planwatch.extract.time_forms import start_point
from planwatch.extract.timewords import TimeMark, TimeState

# The longest sentence taken for a run-in heading before a paragraph's first statement.
_RUN_IN_HEAD_MAX = 16
# Marks that can set a paragraph's time (a start point 从2015年 or a base 比2015年 cannot).
_TOPIC_KINDS = frozenset({"year", "range", "plan", "planend", "since", "span", "rel", "review"})
# The spans a look back opens on (“十二五”期间, 2011—2015年); not “十四五”以来 leading
# into the aims set after it (…为“十五五”发展打下了坚实基础。…主要目标是：).
_SPANS_BEHIND = frozenset({"plan", "range"})
# The years ahead or left of a plan under way (今后五年, 后三年).
_YEARS_LEFT = frozenset({"ahead_span", "last"})
# A paragraph that opens with 其中 ("of which") breaks down the figures of the one before
# and keeps its time (2013年至2015年…投资260亿元。\n其中，公路150亿元); not one where 其中
# leads a word of saying (其中提出，到2025年，…: a news page quoting the plan, in its own time).
_CONTINUES_RE = words_re("says_verb", r"\s*其中(?!(?:还|又|也)?(?:{}))")
# One that opens with 同时 and a comma and names no time of its own adds to the one before in
# its time (到“十四五”末，…达到300亿元。\n同时，城镇化率达到45%以上), as news of a plan's aims
# goes on paragraph by paragraph.
_ADDS_RE = re.compile(r"\s*(?:与此)?同时[,，]")
# The years ahead named as those the aims set are for (我们对今后五年的发展提出了…具体目标): the
# sentences after it state those aims, in those years.
_AIMS_SET_RE = re.compile(
    r"[^。；;\n]{0,30}?(?:提出|确定|明确|设定|制定)[^。；;\n]{0,20}?目标"
    # (…的总体要求和目标任务; 今后五年某市发展蓝图：)
    r"|[^。；;\n，,]{0,16}?的?(?:主要|发展|奋斗)?(?:目标(?:是|为|任务)|蓝图\s*[:：是为])"
)
# A dash item (——综合实力稳步提升。…) naming no time of its own under a paragraph that looks back
# (过去五年，…取得新成效。) is one of its results, in its time: a work report lists the five
# years' results so (round 25).
_DASH_ITEM_RE = re.compile(r"\s*(?:——|－－|--)")
# A paragraph of points (一是…。二是…) naming no time of its own goes on the one before in its
# time: the points of what it summed up (今年上半年，全省…主要指标好于预期。\n一是经济…增长10.6%).
_POINT_RE = re.compile(r"\s*[一二三四五六七八九十]是(?=[\u4e00-\u9fff])")
# A paragraph opening with its speaker going on (某某称，… / 他介绍，…) naming no time of its own,
# after one over a span of years (“十三五”时期，某市地区生产总值年均增长7%。\n某某称，…从A亿元
# 增加到B亿元): the same speaker on the same years, as news retells a report.
_SPEAKER_ON_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{1,4}(?:还|又|也)?(?:称|说|表示|介绍|指出)\s*[,，:：]"
)
# A later item of a numbered list (2、… / (3) …) naming no time of its own, after one setting
# aims for a year ahead (1、到2020年，…达到70%): the list's next aim, of that year.
_ITEM_LEAD_MAX = 6  # the list number and spaces before the item's opening year
_NEXT_ITEM_RE = re.compile(
    r"\s*(?:[2-9]|1\d)\s*[、.．]|\s*[（(](?:[2-9]|1\d|[二三四五六七八九十])[)）]"
)


def breaks_down(view: str, s: int) -> bool:
    """Whether the paragraph at ``s`` opens with 其中, breaking down the figures before it."""
    return _CONTINUES_RE.match(view, s) is not None


def goes_on(view: str, s: int) -> bool:
    """Whether the paragraph at ``s`` may go on the one before in its time (其中, a dash item)."""
    return breaks_down(view, s) or _DASH_ITEM_RE.match(view, s) is not None


def _from_rel(view: str, mark: TimeMark) -> bool:
    """Whether ``mark`` is a relative year after 由/从: a start point (由上年的4.2：42.1)."""
    return mark.kind == "rel" and start_point(view, mark.start, mark.end)


# No time set (a frozen value: one shared by every paragraph that starts without one).
_NO_TIME = TimeState()


class ParagraphTime:
    """The time a paragraph sets for its sentences.

    A paragraph's first sentence sets it (五年来, …); after a short run-in heading
    (民生保障更加有力。2025 年, …) the next sentence does when it opens with a time word;
    and a clause that opens with a time word followed by a comma (胡衡华说, 2014年, …)
    sets it for the sentences after it when the paragraph had none.
    """

    def __init__(self, view: str, frame: DocFrame) -> None:
        self.view, self.frame = view, frame
        self.state = _NO_TIME
        self.para_start = -1
        self.open = False  # the paragraph so far is only a run-in heading
        # The paragraph's time is years ahead named as those aims are set for (我们对今后五年
        # 的发展提出了…具体目标): the paragraphs after it naming no time state those aims,
        # as a spokesman's answer goes on paragraph by paragraph.
        self.aims: TimeState | None = None
        self.led = False  # the paragraph's time was set by its opening words (1、到2020年，…)

    def _fold(self, marks: list[TimeMark], base: TimeState | None = None, s: int = -1) -> None:
        # A paragraph's time words read against its section's time (五年累计 under
        # “十四五”时期取得的成效 looks back on 2021-2025, not ahead on the plan's years);
        # only a mark that changes that time becomes the paragraph's. The years left
        # named after the sentence's opening (…仍差79公里，后三年任务较重) are their
        # clause's: the sentences after them report results; so are the ones after the
        # sentence's first words (财政增收乏力，一般公共预算收入后三年需年均增长10.4%；…).
        start = self.state if self.state.explicit or base is None else base
        state = start
        for i, mark in enumerate(marks):
            if (
                mark.kind in _YEARS_LEFT
                and (i or s >= 0 and self._after_opening(s, mark))
                and not _AIMS_SET_RE.match(self.view, mark.end)
            ):
                break
            # A start point (从2015年的…) or a plan named as a document (“十三五”规划的
            # 良好开局) is no paragraph time; nor is 上年 as a start point (由上年的2.07).
            aims_set = mark.kind in _YEARS_LEFT and _AIMS_SET_RE.match(self.view, mark.end)
            if mark.kind not in ("from", "planname") and not _from_rel(self.view, mark):
                if self._titled_years(mark):
                    continue
                state = state.fold(
                    mark,
                    self.frame.ref_year,
                    self.frame.review_year,
                    self.frame.period_start,
                    self.frame.now_year,
                )
            if aims_set and state.future:
                self.aims = state
        if state.ended_aim is not None:  # (an aim's year holds for its own sentence only)
            state = replace(state, ended_aim=None)
        if state is not start or start is self.state:
            self.state = state

    def _titled_years(self, mark: TimeMark) -> bool:
        """Whether ``mark`` is the years of a plan's title (以实施《…规划纲要(2008-2020年)》为
        主轴) in a release of results, whose paragraphs a plan named as a guide dates not."""
        return (
            mark.kind == "range"
            and self.frame.doc_type in _RESULTS_RELEASES
            and self.view[mark.start - 1 : mark.start] in ("(", "（")
            and _TITLE_CLOSE_RE.match(self.view, mark.end) is not None
        )

    def _looks_back(self) -> bool:
        """Whether the paragraph's time is over: a look back, or a year under review."""
        state, review = self.state, self.frame.review_year
        if not state.explicit:
            return False
        return state.retro or (
            state.year is not None and review is not None and state.year <= review
        )

    def _next_aim_item(self, s: int) -> bool:
        """Whether the paragraph at ``s`` is a numbered list's next item after one opened
        by a year ahead (1、到2020年，…), whose time it goes on in; not after an item whose
        deadline came at its end (…到2023年底完成总任务的60%以上: that clause's own)."""
        return self.led and self.state.future and _NEXT_ITEM_RE.match(self.view, s) is not None

    def _after_opening(self, s: int, mark: TimeMark) -> bool:
        """Whether ``mark`` comes after words of the sentence at ``s`` (not its opening)."""
        return bool(self.view[s : mark.start].strip(_TOPIC_LEAD))

    def enter(
        self, s: int, e: int, marks: list[TimeMark], sections: SectionIndex | None = None
    ) -> bool:
        """Move to the sentence ``[s, e)``; True when it is the first of its paragraph
        (whose own marks then apply directly, not the paragraph's). ``sections`` give the
        time of the section around it, which the paragraph's marks are read against."""
        view = self.view
        line_start = view.rfind("\n", 0, s) + 1
        if line_start != self.para_start:
            self.para_start = line_start
            goes_on = _CONTINUES_RE.match(view, s) or (
                not marks
                and (
                    _ADDS_RE.match(view, s)
                    or _POINT_RE.match(view, s)
                    or self._next_aim_item(s)
                    or self.state.period_start is not None
                    and _SPEAKER_ON_RE.match(view, s)
                    or self.state.retro
                    and _DASH_ITEM_RE.match(view, s)
                )
            )
            if self.state.explicit and goes_on:
                self.open = False
                return False  # goes on the last paragraph, in its time
            if self.aims is not None and not marks:
                if _aims_go_on(self.aims, s, sections):
                    self.state, self.open = self.aims, False
                    return False  # (the aims set in a paragraph before go on)
                self.aims = None  # (a heading of another year ends them)
            self.state = _NO_TIME
            if not (self.frame.is_evaluation and _PLAN_SAYS_RE.match(view, s)):
                self._fold(marks, sections.at(s).state if sections and marks else None, s)
            src = self.state.src
            self.led = src is not None and 0 <= src[0] - line_start <= _ITEM_LEAD_MAX
            if self._looks_back():
                self.aims = None  # (a paragraph of a time over, its own, ends them)
            self.open = not marks and len(view[s:e].strip()) <= _RUN_IN_HEAD_MAX
            return True
        if self.open:
            self.open = False
            lead = marks[0] if marks else None
            if (
                lead is not None
                and lead.kind != "from"
                and not view[s : lead.start].strip(_TOPIC_LEAD)
            ):
                self._fold(marks, sections.at(s).state if sections else None)
            return True
        return False

    def pass_over(self, s: int) -> bool:
        """Pass over the paragraph whose first sentence starts at ``s`` unread (see
        ``_quiet_paragraphs``); True when it is a paragraph of its own (as :meth:`enter`
        says of its first sentence). Its time is not read: the next paragraph sets its own."""
        self.para_start = self.view.rfind("\n", 0, s) + 1
        self.open = False
        if self.state.explicit and (
            _CONTINUES_RE.match(self.view, s)
            or self.state.retro
            and _DASH_ITEM_RE.match(self.view, s)
            or self._next_aim_item(s)
        ):
            return False  # (goes on the last paragraph, in its time: nothing changes)
        self.state, self.led = _NO_TIME, False
        return True

    def leave(self, s: int, marks: list[TimeMark]) -> None:
        """After a sentence: a topic time opening one of its clauses holds for the rest of
        a paragraph that had no time of its own (…说, 2014年, 全市…)."""
        view = self.view
        if self.state.explicit:
            if not (self._ahead_opened(s, marks) or self._behind_opened(s, marks)):
                self._newer_year(s, marks)
            return
        for mark in marks:
            if mark.kind not in _TOPIC_KINDS or view[mark.end : mark.end + 1] not in ",，":
                continue
            head = view[s : mark.start].rstrip(_TOPIC_LEAD)
            if not head or head[-1] in ",，:：":
                self.state = _NO_TIME
                self._fold([mark])

    def _ahead_opened(self, s: int, marks: list[TimeMark]) -> bool:
        """A later sentence of a paragraph of a year or years behind that opens with the years
        ahead (2012年，全县…。今后五年，全县…的主要目标是：A…；B…；C…): the clauses after it
        (its list's items, parted by semicolons) are of those years, as the paragraph's were
        of the years behind. True when it set them."""
        lead = marks[0] if marks else None
        if self.state.future or lead is None or lead.kind != "ahead_span":
            return False
        if self._after_opening(s, lead):
            return False
        return self._refold(lead, lambda: self.state.future)

    def _behind_opened(self, s: int, marks: list[TimeMark]) -> bool:
        """A later sentence of a paragraph of years ahead that opens with a span now over
        (…“十三五”是我县…关键时期。…“十二五”期间，我县…。农业…增加值达3711元): the
        sentences after it naming no time report that span's results, as a plan's look back
        on the last plan goes on in one paragraph. True when it set them."""
        lead = marks[0] if marks else None
        if not self.state.future or lead is None or lead.kind not in _SPANS_BEHIND:
            return False
        if self._after_opening(s, lead) or self.view[lead.end : lead.end + 1] not in ",，":
            return False
        # (“十三五”时期 in a plan of 2016-2020: its own years, ahead, no look back)
        return self._refold(lead, lambda: not self.state.future and self._looks_back())

    def _refold(self, lead: TimeMark, keep: Callable[[], bool]) -> bool:
        """The paragraph's time read anew from ``lead`` alone, kept when ``keep`` says so of
        it, else the time before restored. True when kept."""
        before = self.state
        self.state = _NO_TIME
        self._fold([lead])
        if keep():
            return True
        self.state = before
        return False

    def _newer_year(self, s: int, marks: list[TimeMark]) -> None:
        """A later sentence of a paragraph in one year that opens with a year of its own
        (2024年全市…。预计2025年全市…。预计规模以上工业…): the sentences after it that name
        no time are of that year, as the paragraph's were of its first. Not a part of a
        year (2025年1—9月); in a paragraph over a span or looking back (纲要实施以来…。
        2022年全市…。研发经费投入强度达到2.74%), only the year under review."""
        state, view = self.state, self.view
        lead = marks[0] if marks else None
        as_of = lead is not None and _as_of(view, lead, self.frame.ref_year)
        if lead is None or (lead.kind != "year" and not as_of) or lead.year == state.year:
            return
        if not state.future and _INLINE_HEAD_RE.search(view, s, lead.start):
            # (A heading run into the line opens on that year: 今年以来，…。重点报告以下情况：
            # 一、2021年财政决算情况 全区…: the sentences after it are of that year.)
            self.state = _NO_TIME
            self._fold([lead])
            return
        if state.future or state.part:
            return
        # (An earlier year of a look back is a step on the way: 2019年…是2015年的1.8倍。
        # 受疫情影响，2020年…。现有… is of the last year, not 2019.)
        # (截至2019年，累计实现… in a look back over 十三五时期: what follows is as of it.)
        if (state.period_start is not None or state.retro) and lead.year != self.frame.review_year:
            if not as_of:
                return
        if view[s : lead.start].strip(_TOPIC_LEAD) not in ("", "预计"):
            return
        if _MONTH_AFTER_RE.match(view, lead.end) or len(marks) > 1 and marks[1].kind == "part":
            return
        self.state = _NO_TIME
        self._fold([lead])


# A plan's title closing after its years (…纲要(2008-2020年)》), and the genres that only report
# results, in which such a title dates no paragraph.
_TITLE_CLOSE_RE = re.compile(r"\s*[)）]\s*》")
_RESULTS_RELEASES = frozenset({DocType.STATISTICAL_COMMUNIQUE, DocType.STATISTICAL_NEWS})
# An evaluation's paragraph opening with what the plan set (《规划》确定“十四五”期间总投资…):
# the plan's years are that aim's, not the time of the results the paragraph goes on to.
_PLAN_SAYS_RE = re.compile(rf"\s*{PLAN_SAYS}")
# A numbered heading run into a line (…如下： 一、 / （一）) right before a year.
_INLINE_HEAD_RE = re.compile(
    r"(?:^|[\s:：。])(?:[一二三四五六七八九十]{1,3}、\s*|[（(][一二三四五六七八九十]{1,3}[)）]\s*)+$"
)


def _as_of(view: str, mark: TimeMark, ref_year: int | None) -> bool:
    """Whether ``mark`` names a past year a state is told as of (截至2019年, 截止到2019年底: a
    to-mark opening on 截, as ``time_forms.to_year_form`` tells them from 到2025年)."""
    return (
        mark.kind == "to"
        and mark.year is not None
        and ref_year is not None
        and mark.year < ref_year
        and view[mark.start] == "截"
    )


_MONTH_AFTER_RE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:[-—–~～至到]|月)")


def _aims_go_on(aims: TimeState, s: int, sections: SectionIndex | None) -> bool:
    """Whether ``aims`` set in a paragraph before go on at ``s``: not under a heading of
    another year (三、2022年主要预期目标 after 今后五年…的主要目标是：)."""
    head = sections.at(s).state if sections is not None else None
    return head is None or not head.explicit or head.year == aims.year
