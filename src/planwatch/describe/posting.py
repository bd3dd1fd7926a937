"""A document's own date against the date of the page that carries it.

A web page prints when *it* was posted (发布时间, 更新时间, a catalogue's 发布日期); a
document prints when it was delivered or issued (a meeting line under its title, a
date line under the issuer, a 落款 — the issuing office and the date — under its body).
The two agree on a first posting; a page posted again years later (a portal's re-post,
a mirror, an update) dates the posting, not the document. So the reference date
(:mod:`planwatch.describe.refdate`) takes the document's own date lines first, the
page's date only where the document prints none, and not even then where the page is
dated after the document can have been written:

* a report's or communiqué's year stated by its own words (the title's
  2023年…统计公报, a congress session, 2024年主要预期目标, a review of 2023) is earlier;
  or, for a communiqué, later: a page dated within the year its title says it covers
  was dated by a mirror, not when the communiqué came out;
* a plan's page is dated after the years its genre is written in, while its plan
  runs: an outline is adopted in its plan's first year (the congress of that spring), a
  sector plan by its third; an evaluation by the year after the plan's last;
* a mid-term evaluation's page (one its words call so: 中期评估) is dated after its plan's
  fourth year: the evaluation is made in the third year and reported by the next;
* the page is dated after the year the text's own words place it in
  (:func:`planwatch.describe.asof.written_in`): a text that calls part of a year 今年
  (今年上半年, 今年前三季度) beside the results of the years before (2021—2022年，…;
  2022年全市…) is written in the year after the last of them (and posted by the first
  months of the next); any other text but a
  plan's, by the year after next (a page of January 2024 on a mid-term evaluation
  reports 2022's figures: 2023's are not out yet). A plan (outline, table, sector plan)
  states its base year's figures only and is adopted years later: only its 今年 says
  when.
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.data import DocType
from planwatch.core.datafiles import records
from planwatch.core.normalise import fold
from planwatch.core.periods import PLAN_NAME
from planwatch.describe.asof import Written
from planwatch.describe.dates import DatedText, FoundDate, find_dated
from planwatch.read.chrome import chrome_kind

_SIGNATURE_CHARS = 1500  # a 落款 stands in a document's last lines
_SIGNATURE_LINES = 4  # non-empty lines from the end where it stands


def same_month_to_the_day(issue: DatedText | None, monthly: DatedText | None) -> bool:
    """Whether ``issue`` dates the month ``monthly`` names, to its day."""
    if issue is None or monthly is None or issue.day is None:
        return False
    return (issue.year, issue.month) == (monthly.year, monthly.month)


def portal_clock(view: str, end: int, own: DatedText | None, page: DatedText | None) -> bool:
    """Whether a date line ending at ``end`` is a portal's clock: today's date printed over
    its navigation crumbs (2025年05月11日 above 当前位置: 首页 > …), later than the page's own
    posting (发布日期:2022-12-26) — no document's date line is. Parts unstated count as not
    later."""
    if own is None or page is None:
        return False
    later = (own.year, own.month or 0, own.day or 0) > (page.year, page.month or 12, page.day or 31)
    if later and _WEEKDAY_RE.match(view, end):
        return True  # (2024年06月23日 星期天: today's date with its weekday, a portal's clock)
    return later and chrome_kind(view[end:].lstrip().split("\n", 1)[0]) == "crumb"


_WEEKDAY_RE = re.compile(r"[ \t\u3000\xa0]*(?:星期|礼拜|周)[一二三四五六日天]")


def _early_next(words: tuple[int, str] | None, page_year: int, page_month: int | None) -> bool:
    """Whether a page is of the first months of the year after the words' year."""
    early = page_month is not None and page_month <= _EARLY_MONTHS
    return words is not None and early and page_year == words[0] + 1


def summed_up_after(year_end: bool, month: int) -> int:
    """1 when words dating a text at its year's end (a year's work summary) come under a
    dateline of the next year's first months, else 0: a meeting summing up the year is held
    after it (召开2018年度工作总结大会 under 2月15日: of 2019)."""
    return int(year_end and 1 <= month <= _SUMMED_UP_MONTHS)


_SUMMED_UP_MONTHS = 3  # (the meetings summing up a year's work are held by March)


# Words whose year a later page date does not override (refdate's evidence bases): a title's
# year, a congress session, the year a report sets aims for or reviews (2024年工作回顾, 2023年，
# opening a paragraph): the year the document was written in, whenever the page was posted.
STRONG_WORDS = ("title", "congress_session", "target_year", "reviewed_year", "this_year_named")

# The latest year of its plan a document of a plan genre is written in, as an offset from
# the plan's first year (outline, table, sector plan) or last year (evaluations).
_LATEST_FROM_START = {DocType.FIVE_YEAR_PLAN: 0, DocType.PLAN_TABLE: 1, DocType.SECTOR_PLAN: 2}
# (A look back at a plan is a mid-term or a final evaluation by the year its page gives,
# doctype.place_in_plan: either is written by the year after the plan's last.)
_LATEST_FROM_END = {DocType.MIDTERM_EVALUATION: 1, DocType.FINAL_EVALUATION: 1}
# How many years after the year after its latest stated year a text without 今年 may be
# posted (early in a year, the last year's statistics are not out yet).
_UNSTATED = 1
# A text written late in a year (今年前三季度) is often posted in the first months of the next.
_EARLY_MONTHS = 2
# A mid-term evaluation the words name (not one the date is to place): by its plan's 4th year.
_MIDTERM_LATEST_FROM_START = 3


@cache
def _source_line_re() -> re.Pattern[str]:
    """A source or repost word (data/area_cues.csv ``repost_line``: 来源, 转载, 原载 …)."""
    words = [r["word"] for r in records("area_cues.csv") if r["kind"] == "repost_line"]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def on_source_line(view: str, start: int) -> bool:
    """Whether a date at ``start`` stands on a source or repost line after its word
    (转载自《某日报》2021年1月18日第2版, 来源：某日报 2021-01-20, （原载《某日报》2021年1月18日）):
    when the story first ran, wherever it is posted again."""
    line_start = view.rfind("\n", 0, start) + 1
    return _source_line_re().search(view, line_start, start) is not None


# An issuer's name right before a date that closes its line (…统计局…领导小组办公室2021年5月31日):
# the 落款 printed under a bulletin's title, issuer and date run together.
_ISSUER_TAIL_RE = re.compile(r"(?:局|办公室|人民政府|委员会|领导小组)[ \t\u3000]*$")
_LINE_END_RE = re.compile(r"[ \t\u3000\xa0]*(?:\n|$)")


def issuer_dated(view: str, start: int, end: int, *, day: int | None) -> bool:
    """Whether the date at ``view[start:end]`` is its issuer's: closing a short line after the
    issuer's name, or (with its ``day``) followed by how it was issued (2022年1月14日印发)."""
    if day is not None and _ISSUED_RE.match(view, end):
        return True
    line_start = view.rfind("\n", 0, start) + 1
    return (
        start - line_start <= _ISSUER_LINE_CHARS
        and _ISSUER_TAIL_RE.search(view, line_start, start) is not None
        and _LINE_END_RE.match(view, end) is not None
    )


_ISSUER_LINE_CHARS = 60
# An official document's date line closes on how it was issued: 2022年1月14日印发.
_ISSUED_RE = re.compile(r"\s*(?:印发|发布|公布|制发)")


# Words before the date a reposted story first ran (原文发布于2019年1月17日, 首发于…).
_FIRST_RAN_RE = re.compile(r"(?:原文|原稿)(?:发布|发表|刊发|刊登)(?:于|时间[:：]?)\s*$|首发于\s*$")


def first_ran(view: str, start: int) -> bool:
    """Whether the date at ``start`` is when a reposted story first ran (本文转自…，原文发布于
    2019年1月17日): the document's own date, whenever the repost is dated."""
    return _FIRST_RAN_RE.search(view, max(0, start - 12), start) is not None


def signature(text: str) -> FoundDate | None:
    """The date of a document's 落款: a date alone on one of its last lines (before a
    web page's tail), with its span in ``text``."""
    base = max(0, len(text) - _SIGNATURE_CHARS)
    view = fold(text[base:])
    seen = 0
    lines = view.split("\n")
    pos = len(view)
    for line in reversed(lines):
        pos -= len(line) + 1
        if not line.strip():
            continue
        if chrome_kind(line) is not None:
            continue  # (a page number, an editor's or share line under the body)
        seen += 1
        if seen > _SIGNATURE_LINES:
            return None
        dated = find_dated(line)
        if len(dated) == 1 and dated[0].date.month is not None:
            f = dated[0]
            rest = line[: f.start] + line[f.end :]
            if not rest.strip(" \t\u3000\xa0()（）") or on_source_line(line, f.start):
                start = base + pos + 1 + f.start
                return FoundDate(f.date, start, start + (f.end - f.start))
    return None


# An outline's own title on a line of its own (某旗…第十二个五年规划纲要（草案）), or a sector plan's
# (某市环境保护“十二五”规划, as a document-sharing site heads its copy).
_PLAN_TITLE_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:\S{0,30}第[一二三四五六七八九十]{1,3}个五年规划纲要|[^\s。，,]{2,30}?"
    rf"{PLAN_NAME}[”\"’」』]?[^\s。，,]{{0,16}}?规划)[ \t]*(?:[(（](?:草案|摘要|全文)[)）])?[ \t]*$"
)


def plan_titled(view: str) -> bool:
    """Whether ``view`` is headed by a plan's own title (see above)."""
    return _PLAN_TITLE_RE.search(view) is not None


def posted_later(
    page_year: int,
    words: tuple[int, str] | None,
    doc_type: DocType,
    period: tuple[int, int] | None,
    *,
    settled: bool = True,
    written: Written | None = None,
    page_month: int | None = None,
    titled: bool = False,
    year_end: bool = False,
) -> bool:
    """Whether a page dated ``page_year`` was posted after the document was written (see
    the module doc): ``words`` is the year the document's words give and their basis;
    ``settled`` False where ``doc_type`` is a look-back the date is yet to place;
    ``written`` the year the text's own words place it in, ``page_month`` the page's;
    ``titled``: the text is headed by an outline's or a sector plan's own title (:func:`plan_titled`);
    ``year_end``: the words date the text to their year's end (a year's work summary)."""
    if year_end and _early_next(words, page_year, page_month):
        return False  # (2022年工作总结 on a page of February 2023: read out at the year's meetings)
    if words is not None and words[1] in STRONG_WORDS and words[0] < page_year:
        return True
    if (
        words is not None
        and words[1] == "title"
        and doc_type is DocType.STATISTICAL_COMMUNIQUE
        and words[0] > page_year
    ):
        return True  # (a page of 2021 carrying 2021年…统计公报: dated by a mirror, not then)
    if written is not None and page_year > written.year + (0 if written.exact else _UNSTATED):
        early = page_month is not None and page_month <= _EARLY_MONTHS
        if (written.exact and not (early and page_year == written.year + 1)) or (
            not written.exact and doc_type not in _LATEST_FROM_START
        ):
            return True
    if period is None:
        return False
    if doc_type in _LATEST_FROM_START:
        # (An outline's page dated after its plan ended is about the ended plan: a final
        # evaluation, doctype.place_in_plan; but one headed by the outline's own title is the
        # outline posted again, as a government's disclosure pages post old plans; so is a
        # sector plan headed by its own, as document-sharing sites post them.)
        late = titled and doc_type is not DocType.PLAN_TABLE and page_year > period[1]
        return late or period[0] + _LATEST_FROM_START[doc_type] < page_year <= period[1]
    if settled and doc_type is DocType.MIDTERM_EVALUATION:
        return page_year > period[0] + _MIDTERM_LATEST_FROM_START
    if doc_type in _LATEST_FROM_END:
        return page_year > period[1] + _LATEST_FROM_END[doc_type]
    return False


# A site's address or name before a bracket (www.某网.com(2009-11-11)来源); a paper's title
# (某县经济社会发展情况（2013年4月）).
_SITE_BRACKET_RE = re.compile(r"(?:[A-Za-z0-9]|网|报)\s*[(（]$")
_TITLE_BRACKET_RE = re.compile(r"(?:情况|报告|总结|汇报|材料)\s*[(（]$")


def bracketed_date(before: str, after: str, has_day: bool) -> bool:
    """Whether a date closed by a bracket is a date line: a full date bracketed after a
    site's address or name, as news sites print it (not a forum's note of a move, 移动到本区
    (2022-07-12)), or a month bracketed after a paper's title, the date it goes by."""
    if after[:1] not in ")）":
        return False
    return bool(has_day and _SITE_BRACKET_RE.search(before) or _TITLE_BRACKET_RE.search(before))
