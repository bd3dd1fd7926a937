"""The year of the first value of a change 由 A 到 B (科技支行由3家增至7家): at the start of the
period in force, at a start point named before it (由2025年的…), the plan's base in a plan's
evaluation, or the year before the one reviewed; and where an average's change starts. A
stage of the prose extractor's periods (prose_period)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Kind
from planwatch.extract.span_years import years_levelled
from planwatch.extract.time_forms import CHANGE_TO, undated_start
from planwatch.extract.timewords import TimeMark, TimeState

if TYPE_CHECKING:  # types only: the reader imports the periods, which import this module
    from planwatch.extract.prose_reader import Reading, SentenceReader

_FROM_TO_RE = re.compile(CHANGE_TO)


def change_start(
    reader: SentenceReader, r: Reading, state: TimeState, kind: Kind, year: int | None
) -> tuple[int | None, bool]:
    """The year of the first value of a change 由 A 到 B, and whether it is the start of the
    period in force (implied, not named)."""
    starts_change = _starts_change(reader.view, r)
    # (An aim's first value, 增速指标由12%左右调整为11%左右, is the aim as first set: its
    # year is the aim's, not the year before the period.)
    if starts_change and state.period_start is not None and kind != Kind.TARGET:
        # 科技支行由 3 家增至 7家 in a 十三五 review: the first value is at the period's start.
        return _span_first(reader.view, state), True
    if starts_change and kind == Kind.ACTUAL:
        # …由2025年的1.7%上升到2030年的2.2%,专利拥有量由0.4件增加到4.9件: the second
        # change starts where the first one named its start.
        first = start_point_year(reader, r)
        if first is not None and year is not None and first < year:
            return first, False
        frame = reader.frame
        if first is None and undated_start(
            reader.view, r.cs, r.v.start, [m.start for m in reader.marks]
        ):
            named = _paragraph_start_point(reader.view, r.cs, year)
            if named is not None:
                # (全省生产总值由2002年的A增加到2007年的B。财政收入由C增加到D: C is 2002's too)
                return named, False
            if frame.is_evaluation and frame.period_start is not None:
                # 人均体育场地面积由1.02平方米提高到1.38平方米 in a plan's evaluation: a change
                # naming no start is the plan's own, from the year before its first.
                return frame.period_start - 1, True
            base = _compared_base(reader, r) or state.base
            if base is not None and year is not None and base < year:
                # (与2010年第六次全国人口普查相比，…由22912人上升为30262人: the base's year)
                return base, False
            if year is not None and state.period_start is None and not frame.is_plan:
                # (2023年，…比重由42.5%提高到43.1%: the year before's; a plan's 由1.1%提高到
                # 1.6% starts from its base, the year already found)
                return year - 1, False
    return year, False


# A span of years named by both ends (2015年至2020年, 2018—2022年).
_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|－|-|–|～|~)+\s*(?:19|20)\d\d\s*年")


def _span_first(view: str, state: TimeState) -> int:
    """The year of a change's first value over ``state``'s period: the year before it (十三五,
    2016—2020年, 2021年以来: from the base), but the span's own first year where both its ends
    are named and it opens on no plan's first year (2015年至2020年，从A提高到B: A is 2015's)."""
    start = state.period_start
    assert start is not None
    src = state.src
    span = _YEAR_SPAN_RE.search(view, src[0], src[1] + 1) if src else None
    if span is not None and int(span.group(1)) == start and start % 5 != 1:
        return start
    return start - 1


# 由 before a value, or before the members of a ratio it belongs to (由9.4:54.5:36.1演进为…),
# or before the rate's own "per" words (由每人每月90元提高到…, as standards of pay, pensions
# and 低保 are written).
# Or the later first values of a list of changes (分别由24352元、7424元增长到…). Or a rank's
# start, its whole named before it (从全省第10位跃升至第8位).
# (The starts of a list's changes, 分别从16518元和6829元提高到…, are each a start.)
_FROM_LEAD_RE = re.compile(
    r"(?:由|从)\s*(?:每[人户月年天日]){0,2}\s*(?:全[国省市州区县盟旗]第?)?"
    r"(?:\d+(?:\.\d+)?\s*(?:[:：︰]|[^\d,，。;；、:：︰和]{0,4}[、和])\s*)*$"
)
_RATIO_RUN_RE = re.compile(
    r"(?:\s*[:：︰]\s*\d+(?:\.\d+)?|[^\d,，。;；、和]{0,4}[、和]\s*\d+(?:\.\d+)?)*"
)


def _starts_change(view: str, r: Reading) -> bool:
    """Whether the value is the first of a change 由 A 到 B (科技支行由3家增至7家)."""
    v = r.v
    if _FROM_LEAD_RE.search(view, max(r.cs, v.start - 40), v.start) is None:
        return False
    after = _RATIO_RUN_RE.match(view, v.after_end).end()
    return _FROM_TO_RE.search(view, after, min(r.ce, after + 6)) is not None


# A change naming both its ends' years (由2002年的3519.7亿元增加到2007年的…).
_NAMED_CHANGE_RE = re.compile(
    r"(?:由|从)\s*((?:19|20)\d\d)\s*年(?:末|底)?的?[^。；;\n]{0,40}?(?:到|至|为)\s*((?:19|20)\d\d)\s*年"
)


def _paragraph_start_point(view: str, sentence_start: int, year: int | None) -> int | None:
    """The start year a change in an earlier sentence of the paragraph named with both its
    ends, when it ends in ``year``: later changes of the same review leave both years out."""
    if year is None:
        return None
    lo = max(view.rfind("\n", 0, sentence_start) + 1, sentence_start - 600)
    found = None
    for m in _NAMED_CHANGE_RE.finditer(view, lo, sentence_start):
        if int(m.group(2)) == year and int(m.group(1)) < year:
            found = int(m.group(1))
    return found


def levels_start(reader: SentenceReader, r: Reading, year: int | None) -> int | None:
    """The year an average's change starts at: a start point (由2025年的…) or the earlier of
    two levels named by their years (2025年为812亿元，2030年达到1105亿元，年均增长6.1%)."""
    start = start_point_year(reader, r)
    return start if start is not None else years_levelled(reader, year, r.v.start)


def start_point_year(reader: SentenceReader, r: Reading) -> int | None:
    """The year of a start point (由2025年的…) named earlier in the value's sentence."""
    return _last_mark_year(reader, r, "from")


def _last_mark_year(reader: SentenceReader, r: Reading, kind: str) -> int | None:
    """The year of the last time mark of ``kind`` before the value in its sentence."""
    year = None
    for m in reader.marks:
        if m.start >= r.v.start:
            break
        if m.kind == kind and m.year is not None:
            year = m.year
    return year


def _compared_base(reader: SentenceReader, r: Reading) -> int | None:
    """The year of a comparison's base (与2010年…相比, 比2015年) named earlier in the value's
    sentence, or None; a 与…相比 opening the sentence holds over its clauses parted by ；
    (与2010年相比，A由…上升为…；B由…下降为…)."""
    year = _last_mark_year(reader, r, "base")
    if year is None:
        stop = reader.view.rfind("。", 0, r.v.start) + 1
        found = list(_COMPARED_WITH_RE.finditer(reader.view, max(stop, r.v.start - 300), r.v.start))
        year = int(found[-1].group(1)) if found else None
    return year


_COMPARED_WITH_RE = re.compile(r"(?:与|同)\s*((?:19|20)\d\d)\s*年[^。；;，,]{0,20}?相比")


def before_year_in_force(
    mark: TimeMark, state: TimeState, view: str, review_year: int | None
) -> TimeMark:
    """A start point a year before (由上年的13.4∶53.4∶33.2调整为…, 由去年的40.1%) under a
    year in force (2008年，… in a report of 2009): the year before that year, not before
    the report's. With no year in force, 上年 (the statistician's "year before") is the one
    before the year the document reports (由上年的10.7∶52.5∶36.8调整为… in a release of
    January on the year before), as a communiqué's is; 去年 counts from the page's date.
    Else ``mark``."""
    if mark.kind != "rel" or mark.offset >= 0:
        return mark
    if state.explicit and state.year is not None:
        return TimeMark(mark.start, mark.end, "year", state.year + mark.offset)
    if not state.explicit and review_year is not None and view.startswith("上", mark.start):
        return TimeMark(mark.start, mark.end, "year", review_year + mark.offset)
    return mark
