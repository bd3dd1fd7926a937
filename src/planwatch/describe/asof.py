"""The as-of year of a review: the year whose results a document reports by default.

A mid-term evaluation or an implementation report is dated by its genre and month
(``DocumentMeta.reviewed_year``): one published from October on (a mid-term
evaluation of unknown month too) reviews its own year. When the document says it
reports as of an earlier year, in a statement opening a clause (截至2022年底，…,
到2022年末，…, 截至去年底，… in a page dated 2023; a 十四五 mid-term evaluation written in October 2023 counting its
indicators as of the end of 2022), that year dates its undated results instead:
the latest such year within the plan and before the genre's year (without a plan
period, only the year before it). A deadline (2022年底前) is an aim and says nothing.

An implementation report delivered in the summer or autumn of Y (to the standing
committee) on Y's first part, headed so (关于2023年上半年…计划执行情况的报告), reviews
Y itself (not Y-1 as the genre and month would say before October); its undated
figures are Y's part-year results and its aims Y's, not Y+1's
(``DocumentMeta.horizon_year``, from the evidence's basis ``part_year_review``).

A mid-term evaluation dated late in its year (October on, its genre year its own), or
early in the next (its genre year the last one, whose statistics are not out yet either),
that opens its result clauses with the year before (。2022年全市地区生产总值达到…,
，2022年末…) and never with its own (that comes in parts: 今年前三季度, 1—9月)
reports as of that last whole year too: its words are those clause-opening years
(evidence basis ``as_of_statement`` as well). Its looks back since the plan began
(“十四五”以来) still run to its own year (extract/timewords.py).

Measured against the gold (devcorpus dev, composed dev), weaker evidence does not
carry: an evaluation that counts 两年多来 / 两年半 reports cumulative figures as of
its own year, and one of unknown month (made in its plan's third year) still gives
its indicator counts (37项指标达到进度要求) as of its own year; so a statement or a
clause-opening year moves the year. The time words here are grammar, not phrases of
a sample document.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from planwatch.core.data import DocType, DocumentMeta, Evidence
from planwatch.core.periods import PLAN_NAME
from planwatch.describe.census import census_year
from planwatch.describe.dates import Reading, cn_number
from planwatch.describe.release_year import part_year_release, year_so_far

# How far into a document its as-of evidence is looked for (evaluations are short;
# a long report has dated itself in its first pages).
_AS_OF_CHARS = 30000
_AS_OF_GENRES = frozenset({DocType.MIDTERM_EVALUATION, DocType.IMPLEMENTATION_REPORT})
_Y = r"((?:19|20)\d{2})"
# 截至2022年底， / 截止到2022年末， / 到2022年底，: a statement opening a clause (its comma)
# dates what follows; one inside a clause (截至2022年底已达到…) dates that figure only,
# and a deadline (2022年底前) is an aim.
_STATEMENT_RE = re.compile(
    rf"(?:截至|截止到?|到)\s*(?:{_Y}\s*年|(?P<rel>去年|上年|上一年))\s*(?:底|末)(?=\s*[,，])"
)

# 2021—2022年，… / 2021—2022年是“十四五”开局起步的两年: the years under review named
# as a span from the plan's first year, opening a clause (its comma, or 是 of a
# statement about them), date the review's results as the span's last year; so does the
# span whose implementation the evaluation says it reviews (对2011—2012年《纲要》实施情况
# 进行了评估, 2021—2022年规划实施情况).
_SPAN_RE = re.compile(
    rf"{_Y}\s*年?\s*[-—–~至到]\s*{_Y}\s*年"
    r"(?=\s*(?:[,，是]|(?:《[^》\n]{1,24}》|规划|纲要)?\s*(?:的)?\s*实施情况))"
)

# The plan's first years named as what the review stands on (依据“十二五”前两年的发展形势, “十四五”
# 前两年实施情况): its results are as of the last of them. (A figure's own span, “十二五”前两年年均
# 增长14.1%, says nothing of the review's.)
_FIRST_YEARS_RE = re.compile(
    rf"[“\"]?{PLAN_NAME}[”\"]?\s*(?:规划)?(?:实施)?(?:的)?前(?P<n>[两二三四])年"
    r"(?:的)?(?:发展|实施|运行|经济)?(?:形势|情况|数据|进展|态势)"
)

# A year labelling a table's column is no clause: a header cell (2025年目标, 2022年完成 or a
# bare 2025年 alone on its line in a table flattened one cell a line, or between tabs or
# bars) or a note on a column (注：2022年实际栏中…). It names what the column holds, not a
# year the text reports results of (nor a later year it reports: 2025年目标 over a column).
_COLUMN_LABEL = (
    r"[ \u3000]*(?:(?:基期|目标|实际|完成|预计|规划|计划|预期)(?:值|数)?"
    r"[ \u3000]*(?:[(（][^()（）\n]{0,8}[)）])?)?[ \u3000]*(?:栏|列|[\t\n|｜]|$)"
)

# 。2022年全市地区生产总值达到…, ，2022年末全市常住人口…: a whole year opening a clause
# reports that year's results. Part of a year (2023年前三季度, 上半年, 1—9月, 以来), a
# deadline (2023年前, 底前) or one end of a span (2021—2022年) is not a year reported.
# A list of years opening a clause (2021年、2022年，…分别为…; 2021年和2022年…) reports each,
# the last the latest: the match is its last year (evaluations set their first two years'
# results side by side; counting only the first made the last one's results aims).
_RESULT_YEAR_RE = re.compile(
    r"(?:^|(?<=[\n。，,；;：:]))\s*(?:(?:19|20)\d{2}\s*年\s*(?:、|和|及|与)\s*)*"
    rf"{_Y}\s*年(?!\s*(?:前|以前|底前|上半年|下半年|前三季度|"
    rf"[一二三四]季度|\d|以来|是|[-—–~至到]|度(?!\s*[,，])))(?!{_COLUMN_LABEL})"
)


# A year's result told as reached (2014年达到17690亿元, 2013年全省城镇化率突破50%): a year over
# when written. (Not an aim's: 到2015年, 预计2015年, 力争2015年达到, 2019年即可实现; nor a part
# of a year, 2023年上半年完成, nor a span's end, 2021—2023年…累计完成.)
_YEAR_REACHED_RE = re.compile(
    r"(?<![到至计争保—\-–~～])(?<!预计\s)((?:19|20)\d{2})\s*年(?:底|末)?\s*[,，]?"
    r"(?:(?!可|将|能|要|需|累计|上半年|下半年|季度|月)[^,，。;；\d]){0,12}?(?:达到|达|实现|突破|完成)\s*\d"
)


def closed_years(view: str, first: int) -> list[tuple[int, re.Match[str]]]:
    """The years ``view`` states its results as of, each with the words that say so: an
    as-of statement opening a clause (截至2023年底，… ; 到2023年底，… only before a later
    year is known: it is also how an aim is put), a span of years from the plan's
    ``first`` year (2021—2023年，…) and a year's result told as reached (2014年达到…). Each
    names a year already over when written."""
    found = [
        (int(m[1]), m)
        for m in _STATEMENT_RE.finditer(view)
        if m["rel"] is None and not m.group().startswith("到")
    ]
    found += [(int(m[2]), m) for m in _SPAN_RE.finditer(view) if int(m[1]) == first]
    found += [(int(m[1]), m) for m in _YEAR_REACHED_RE.finditer(view)]
    return found


def latest_closed(view: str) -> tuple[int, tuple[int, int]] | None:
    """The latest year ``view`` states its results as of (:func:`closed_years`, no plan's
    first year known) and where it says so, or None."""
    found = closed_years(view, 0)
    if not found:
        return None
    year, m = max(found, key=lambda f: f[0])
    return year, m.span()


# 今年上半年 / 今年前三季度 / 今年1—9月 / 今年以来: the text's own year, in part, by its word
# for "this year" (without a year of its own: 2023年上半年 names its year).
_THIS_YEAR_PART_RE = re.compile(
    r"今年\s*(?:以来|上半年|前三季度|[一二三]季度|前\s*\d{1,2}\s*个?月|1\s*[-—–~～至到]\s*\d{1,2}\s*月)"
)
# 2020年目标2000, 2025年预期: the year an aim is set for, not one reported.
_AIMED = re.compile(r"\s*(?:的)?(?:目标|预期|规划|计划)")
# 2023年上半年, 2023年前三季度, 2023年1—9月: a part of a year named with its year (also the
# text-year step's).
# (Not the start of a look back, 创下自2009年一季度以来的最低水平: a part-year release of a later year.)
PART_YEAR_RE = re.compile(
    rf"{_Y}\s*年\s*(?:上半年|前三季度|[一二三]季度|1\s*[-—–~～至到]\s*\d{{1,2}}\s*月)"
    r"(?!\s*(?:的)?(?:以来|来))"
)
# ，2011年、2012年，全省…: the last of the years a result clause opens with, listed.
_LISTED_YEAR_RE = re.compile(
    rf"(?:^|(?<=[\n。，,；;：:]))\s*(?:(?:19|20)\d{{2}}\s*年\s*[、和及与]\s*)+{_Y}\s*年(?=\s*[,，]?\s*[\u4e00-\u9fff])"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Written:
    """The latest year a text's words let it be written in: the year after the latest year
    (whole or in part) it states results of (a year's statistics are out early in the
    next, and a text reports the latest it has). ``exact`` where it also calls a part of
    its own year 今年 (今年上半年, 今年前三季度) beside them: a text of a later year would name
    that year's part by its number, so it is written in that year. ``match`` the words
    that say so (the 今年, else the latest year)."""

    year: int
    exact: bool
    match: re.Match[str]


def written_in(view: str) -> Written | None:
    """The year ``view``'s own words place its writing in at the latest (see
    :class:`Written`): the whole years opening a result clause (。2022年全市地区生产总值
    达到…; 。2011年、2012年，…), the end of a span of years stated (2021—2022年，…) and the
    parts of years named (2023年上半年); a deadline, a horizon (到2025年), an aim's year
    (2025年目标) or a column label is none of them."""
    whole = [
        (int(m[1]), m) for m in _RESULT_YEAR_RE.finditer(view) if not _AIMED.match(view, m.end())
    ]
    whole += [(int(m[2]), m) for m in _SPAN_RE.finditer(view)]
    whole += [(int(m[1]), m) for m in _LISTED_YEAR_RE.finditer(view)]
    parts = [(int(m[1]), m) for m in PART_YEAR_RE.finditer(view)]
    if not whole and not parts:
        return None
    now = _THIS_YEAR_PART_RE.search(view)
    if now is not None and whole:
        last = max(y for y, _ in whole)
        if all(y <= last + 1 for y, _ in parts):
            return Written(last + 1, True, now)
    year, m = max(whole + parts, key=lambda found: found[0])
    return Written(year + 1, False, m)


# An implementation report on a year's first part names it in its heading, on the line
# of 执行情况: 2023年上半年…计划执行情况, 2023年1—8月…执行情况. A report of the first
# months (before the half-year is over) cannot be one.
_PART_HEAD_CHARS = 600
_FIRST_PART = r"(?:上半年|前三季度|1\s*[-—–至到]\s*[6-9]\s*月)"
_PART_HEAD_RE = re.compile(rf"{_Y}\s*年\s*{_FIRST_PART}[^\n。]{{0,40}}?执行情况")
# A line heading the year's first part with no year of its own (上半年计划执行情况:), or the
# report's opening naming it as this year's (将我县今年上半年…计划执行情况报告如下).
_PART_ONLY_HEAD_RE = re.compile(
    rf"(?:(?:^|\n)\s*|今年\s*)({_FIRST_PART}[^\n。，,]{{0,20}}?计划执行情况)"
)
_SPRING_MONTHS = (1, 2, 3, 4, 5, 6)


def _ev(basis: str, read: Reading, start: int, end: int) -> Evidence:
    return read.evidence("as_of_year", basis, start, end)


def as_of_evidence(text: str, meta: DocumentMeta) -> tuple[int, Evidence] | None:
    """The year ``text`` says it reports as of, when that is not the genre's reviewed
    year (see the module doc), with the words that say so."""
    if meta.doc_type not in _AS_OF_GENRES:
        return None
    genre_year = meta.genre_reviewed_year
    if genre_year is None:
        return None
    if meta.doc_type is DocType.IMPLEMENTATION_REPORT:
        part = _part_year_review(text, meta, genre_year)
        if part is not None:
            return part
    first = meta.period_start if meta.period_start is not None else genre_year - 1
    read = Reading.of(text, _AS_OF_CHARS)
    view = read.view.text
    best: tuple[int, re.Match[str]] | None = None
    for m in _STATEMENT_RE.finditer(view):
        year = _stated_year(m, meta)
        if year is not None and first <= year < genre_year and (best is None or year > best[0]):
            best = year, m  # (the latest year stated: 截至2021年底 of one figure, 2022年底 of all)
    for m in _SPAN_RE.finditer(view):
        year = int(m[2])
        if int(m[1]) == first and year < genre_year and (best is None or year > best[0]):
            best = year, m
    for m in _FIRST_YEARS_RE.finditer(view):
        year = first + (cn_number(m["n"]) or 0) - 1
        if meta.period_start is not None and year < genre_year and (best is None or year > best[0]):
            best = year, m  # (依据“十二五”前两年的发展形势: 2011-2012, its last year)
    if best is not None:
        return best[0], _ev("as_of_statement", read, *best[1].span())
    if _scope_to(view) == genre_year or _MIDDLE_NOW_RE.search(view):
        # (实施以来至2023年6月底的执行情况: the evaluation's own year, its months; 到“十一五”
        # 中期，…已达到…: the plan's middle, the year it is written in.)
        return None
    if meta.doc_type is DocType.MIDTERM_EVALUATION and (
        meta.reference_month
        or _own_part_named(view, genre_year)
        or not _own_part_at_all(view, genre_year)
    ):
        # (Dated late in its year, its genre year its own: core/data.py; or early in the
        # next, its genre year the last one, whose statistics are not out yet either.)
        return _latest_result_year(read, view, genre_year, meta.reference_year)
    return None


# The span an evaluation says it reviews, up to a month of a year (对《规划》实施以来至2023年6月底
# 的执行情况进行了中期评估, 评估截至2023年6月底): its results are as of that year, however
# its clauses open (2022年全县用水总量… is a figure of the year before, named so).
_SCOPE_RE = re.compile(
    rf"(?:截至|截止到?|至)\s*{_Y}\s*年\s*\d{{1,2}}\s*月(?:底|末)?\s*(?:的)?"
    r"[^。\n，,]{0,8}?(?:执行|实施|进展|完成|推进)情况"
)


# The plan's middle named as the time results stand at, opening a clause (到“十一五”中期，).
_MIDDLE_NOW_RE = re.compile(r"(?:到|截至|截止到?)\s*[“\"]?十[一二三四五六]五[”\"]?\s*中期\s*[,，]")


def _scope_to(view: str) -> int | None:
    """The year of the month an evaluation says its review runs to (``_SCOPE_RE``), or None."""
    m = _SCOPE_RE.search(view)
    return int(m[1]) if m is not None else None


def _own_part_named(view: str, genre_year: int) -> bool:
    """Whether a mid-term evaluation of unknown month names its own year's first three
    quarters by its number (2023年前三季度实现…, 2023年1—9月): it was written after them, late
    in the year, and reads as one dated so (a report copied onto a 范文 site without its date, real25 dev
    c559's form; the national report's news of December names its year's parts too)."""
    return any(int(m[1]) == genre_year for m in _LATE_PART_RE.finditer(view))


def _own_part_at_all(view: str, genre_year: int) -> bool:
    """Whether an evaluation of unknown month names any part of its own year (今年上半年,
    2013年上半年, 1—9月 of it): one naming none, whose result clauses open with the year
    before only (（一）…。2022年全区实现地区生产总值… in an evaluation of 2023 copied without its
    date), reports as of that year as one dated late does (real81 dev c1123, c1133); one naming
    its own half-year (devcorpus dev d301, d306) reports as of its own year."""
    if _THIS_YEAR_PART_RE.search(view):
        return True
    return any(int(m[1]) == genre_year for m in PART_YEAR_RE.finditer(view))


# 2023年前三季度, 2023年1—10月: a part of a year whose figures are out from late October on.
# (A half-year's are out in July: a report naming it may be of the summer, its own year's
# statistics its latest, as the devcorpus dev gold reads 2013年上半年 beside 2011~2012年.)
_LATE_PART_RE = re.compile(rf"{_Y}\s*年\s*(?:前三季度|三季度|1\s*[-—–~～至到]\s*(?:9|1[01])\s*月)")


def _latest_result_year(
    read: Reading, view: str, genre_year: int, ref_year: int | None
) -> tuple[int, Evidence] | None:
    """The year before ``genre_year``, when a mid-term evaluation written late in its
    year opens its result clauses with that year and never with its own (its own year
    comes in parts: 前三季度, 1—9月): it reports as of the last whole year. One that
    opens a clause with its own year now and then (2023年城乡低保标准提高到…, beside
    2022年… opening most) reports as of the last whole year too, its judgement of the
    plan's indicators still its own year's (basis ``MOSTLY``: ``DocFrame.judged_year``)."""
    opened: dict[int, re.Match[str]] = {}
    counts: Counter[int] = Counter()
    for m in _RESULT_YEAR_RE.finditer(view):
        opened[int(m[1])] = m
        counts[int(m[1])] += 1
    for m in _MONTH_STATEMENT_RE.finditer(view):
        counts[int(m[1])] += 1  # (截至2023年6月底，9项指标…: the count's year)
    last = opened.get(genre_year - 1)
    if last is None:
        return None
    # (A year after the writing year is an aim's, 按年均增长6%测算，2025年需达到…: no result of
    # its own year, though it speaks from it as one that opens a clause with it now and then.)
    now = ref_year if ref_year is not None and ref_year >= genre_year else genre_year
    own = sum(n for y, n in counts.items() if genre_year <= y <= now)
    ahead = sum(n for y, n in counts.items() if y > now)
    if not own and not ahead:
        return genre_year - 1, _ev("as_of_statement", read, *last.span(1))
    if own * _MOSTLY_RATIO <= counts[genre_year - 1]:
        return genre_year - 1, _ev(MOSTLY, read, *last.span(1))
    return None


# 。截至2023年6月底，9项指标进度符合预期…: a sentence counting the plan's indicators by status
# as of a date inside a year (a month's end) judges them as of that year; a late evaluation
# dating its count so in its own year speaks from its own year as one opening a clause with it
# does (real19 dev c499, a bureau's summary of December beside one clause of the year before;
# real3 dev c281 states such dates beside fifteen clauses of the year before). A date opening
# a paragraph on the plan's projects (截至2023年8月底，已开工205个) dates their progress only.
_MONTH_STATEMENT_RE = re.compile(
    rf"(?:^|(?<=[。\n]))[ \u3000]*(?:截至|截止到?)\s*{_Y}\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:底|末)"
    r"(?=\s*[,，][^。\n]{0,30}?(?:\d+|[一二三四五六七八九十]+)\s*项)"
)


# How many more clauses a late evaluation opens with the last whole year than with its own
# for it to report as of the last whole year (real3 dev c281: six to one; eval6 dev c125).
_MOSTLY_RATIO = 3
# The evidence basis of that reading.
MOSTLY = "as_of_mostly"


def _stated_year(m: re.Match[str], meta: DocumentMeta) -> int | None:
    """The year an as-of statement names: its digits, or 去年/上年 before the reference year
    (截至去年底，… in a page of November 2028: 2027)."""
    if m["rel"] is None:
        return int(m[1])
    return meta.reference_year - 1 if meta.reference_year is not None else None


def _part_year_review(
    text: str, meta: DocumentMeta, genre_year: int
) -> tuple[int, Evidence] | None:
    """The reference year, when an implementation report heads itself as a review of
    that year's first part (关于2023年上半年…计划执行情况的报告, delivered in the summer
    or autumn): its results are that year's and so are its aims (a report of October
    on 前三季度 sets no aims for the next year)."""
    ref = meta.reference_year
    if ref is None or genre_year not in (ref - 1, ref) or meta.reference_month in _SPRING_MONTHS:
        return None
    read = Reading.of(text, _PART_HEAD_CHARS)
    for m in _PART_HEAD_RE.finditer(read.view.text):
        if int(m[1]) == ref:
            return ref, _ev("part_year_review", read, *m.span())
    # (上半年计划执行情况 heading a story of August on the report: the page's own year's part)
    m = _PART_ONLY_HEAD_RE.search(read.view.text)
    return (ref, _ev("part_year_review", read, *m.span(1))) if m else None


def with_as_of(meta: DocumentMeta, text: str) -> DocumentMeta:
    """``meta`` with its as-of year decided again from ``text`` (see the module doc), and a
    census bulletin's year its standard moment's (:mod:`.census`)."""
    meta = _census_covered(meta, text)
    found = as_of_evidence(text, meta) or part_year_release(text, meta) or year_so_far(text, meta)
    kept = tuple(e for e in meta.evidence if e.field != "as_of_year")
    if found is None:
        return dataclasses.replace(meta, as_of_year=None, evidence=kept)
    year, ev = found
    return dataclasses.replace(meta, as_of_year=year, evidence=(*kept, ev))


def _census_covered(meta: DocumentMeta, text: str) -> DocumentMeta:
    """A census bulletin (a communiqué) covers its standard moment's year, however late it
    is published (a moment after the page's date is no year it covers: a page misdated)."""
    if meta.doc_type is not DocType.STATISTICAL_COMMUNIQUE:
        return meta
    found = census_year(text)
    if found is None or found[0] == meta.year:
        return meta
    # (A year only guessed from the first one the text names, text_year, dates no page.)
    dated = any(e.field == "reference_date" and e.basis != "text_year" for e in meta.evidence)
    if dated and found[0] > (meta.reference_year or found[0]):
        return meta
    kept = tuple(e for e in meta.evidence if e.basis != "census_moment")
    return dataclasses.replace(meta, year=found[0], evidence=(*kept, found[1]))
