"""A document's reference date: when it was delivered or published.

Every time word of a document (去年, 今年, 过去一年, 到2025年) is resolved against this
date, so it is decided here once, with its evidence. In order of trust:

1. a meeting line under a report's title: ——2024年1月23日在…会议上 (or in brackets:
   (2024年1月23日在…会议上)); one printed to its month only (——2018年9月在县…会议上, as
   reports to a standing committee often are) unless an issue line gives that month's day;
2. an issue line: a date on a line of its own near the top (2023 年 2 月 25 日,
   二〇二一年六月), or after 发布时间/日期/稿源, or followed by a clock time
   (2019-01-31 04:02:08), or by an issuing verb (2022年1月14日印发); else the issue
   number (发文字号) printed under an official document's title (某府发〔2022〕21号,
   发文字号：某政办字〔2021〕45号): the year it was issued;
3. a news dateline (1月23日上午, 南京1月26日电), its year from the steps below;
4. the title's year: 2016年…政府工作报告 is delivered in 2016 (a copy titled by the year
   its review covers, over 2012年…工作回顾, in 2013); 2021年…统计公报 (or the story on it)
   covers 2021 and is published in 2022 (one reposted years later, dated by its page,
   still covers its title's year: ``ReferenceDate.covered``);
5. a session of the national or a provincial people's congress: terms open together (term N
   in 1953 + 5N since the 6th, 1983; a session a year: 四川省第十三届…第五次会议 in 2022) but in
   the few counting their own (上海市第十五届 in 2018: data/congress_terms.csv); not a city's;
6. the year a report looks back on or plans for: 2024年工作回顾 → 2025,
   2025年主要预期目标 → 2025, results of 2022年至2024年完成… → 2025;
7. the plan: an outline is published in its first year, a mid-term evaluation in
   its plan's third year — or the year after the latest year it states its results as
   of (截至2023年底，…; 2021—2023年，…: that year is over when it is written);
8. the first full date in the text (a page's timestamp, a date in its first
   paragraphs), else a year in its first lines (a title's; not a horizon such
   as 到2025年): a communiqué's covers that year and is published the year after.

A work report delivered early in year Y reviews Y-1 and sets targets for Y
(``DocumentMeta.reviewed_year`` / ``target_year``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.clock import clock_at
from planwatch.core.data import DocType, Evidence
from planwatch.core.normalise import fold
from planwatch.describe.asof import Written, closed_years, latest_closed, written_in
from planwatch.describe.body import body_end
from planwatch.describe.census import is_moment
from planwatch.describe.congress import congress_year
from planwatch.describe.dates import (
    DatedText,
    FoundDate,
    Reading,
    dated_after,
    find_dated,
    in_a_sentence,
    opens_line,
    wired,
)
from planwatch.describe.drafting import drafting
from planwatch.describe.plan_year_named import (
    last_year_said,
    milestone_year,
    named_basis,
    plan_reference_year,
    plan_year_named,
    plan_year_reviewed,
    whole_plan_words,
)
from planwatch.describe.posting import (
    bracketed_date,
    first_ran,
    issuer_dated,
    on_source_line,
    plan_titled,
    portal_clock,
    posted_later,
    same_month_to_the_day,
    signature,
    summed_up_after,
)
from planwatch.describe.release_year import reposted_part
from planwatch.describe.text_year import covered_year, part_month, text_year
from planwatch.describe.year_words import (
    SUMMARY_THEN_PLAN_RE,
    TARGET_RE,
    TITLE_YEAR_RE,
    YEAR_END_BEFORE_RE,
    chronicle_end,
    first_reviewed,
    other_year_reviewed,
    reviewed_year,
    reviews_year,
    year_spoken_in,
)
from planwatch.read.chrome import chrome_kind

OPENING_CHARS = 3000
FALLBACK_CHARS = 15000  # how far a year word is looked for when the opening has none
_ISSUE_CHARS = 800  # issue lines stand near the top of a page
_TEXT_DATE_CHARS = 5000  # step 8: a full date this far in
# What stands before a meeting line's date: a dash, an opening bracket (with 摘自 of an
# excerpt's note: （摘自2016年11月1日上午某某同志…在…会议上…的工作报告）), or the line start.
_MEETING_RE = re.compile(r"(?:[—-]{1,2}|[(（](?:摘自)?|^|\n)\s*$")
# What follows it: 在… (the meeting's place), or the speaker's words before it naming the meeting;
# a date without its day only when the line names the meeting (在县第十七届人大常委会第十四次会议上).
_MEETING_DAY_RE = re.compile(r"\s*在|\s*[上下]午[^\n。，,]{0,24}?在[^\n。，,]{2,40}?(?:会议|大会)")
_MEETING_MONTH_RE = re.compile(r"\s*在[^\n。，,]{2,40}?会议")
# A date line in brackets, alone on its line under a report's title: （2021年8月20日）.
_CLOSES_LINE_RE = re.compile(r"[)）][ \t\u3000\xa0]*(?:\n|$)")
_ISSUE_WORD_RE = re.compile(r"(?:时间|日期|发布|发表|稿源|更新|来源)\s*于?\s*[:：]?\s*$")
# An issue number (发文字号, GB/T 9704: issuer, year in 〔〕 or [] （）, serial, 号) on its own line
# under the title, after 发文字号/文号 (not one cited in a sentence), in brackets after a portal's
# title (…的通知（某政办发〔2022〕55号）) or named by a 解读 page (解读文件：…): not in 《》.
_DOC_NUMBER_RE = re.compile(
    r"(?:^|\n|(?:发文字号|文号|解读文件)\s*[:：]\s*"
    r"|(?:^|\n)[^\n《》，,。；;]{4,80}?(?:通知|决定|意见|批复|办法|方案)\s*[(（])"
    r"[ \t\u3000\xa0]*[\u4e00-\u9fff]{1,12}"
    r"[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*\d{1,4}\s*号"
    r"(?![^\n]*(?:ICP|许可证|版权所有))"  # (浙新办[2005]20号 浙ICP备…: a site's licence, its foot)
)
# 南京1月26日电 / 本报讯 1月9日上午 / a paragraph opening 2月3日下午.
_DATELINE_RE = re.compile(
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)"
    r"|(?:^|\n|电|讯)\s*(?:[(（][^)）\n]{0,20}[)）])?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?=\s*(?:上午|下午|晚|,|，|\s|[\u4e00-\u9fff]))"
)
_ADOPTED_RE = re.compile(r"通过|批准")
_NEWS = (DocType.NEWS, DocType.STATISTICAL_NEWS)
_REPORT_GENRES = (DocType.WORK_REPORT, DocType.NEWS, DocType.IMPLEMENTATION_REPORT)


# The bases of a date the text prints for the document (its published date).
PRINTED = ("meeting_line", "issue_line", "dateline", "page_date", "signature")


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The reference date and the evidence for it (``date`` None when nothing tells)."""

    date: DatedText | None
    evidence: tuple[Evidence, ...] = ()
    covered: int | None = None  # a communiqué's title year when its printed date is years later

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    @property
    def printed(self) -> bool:
        """Whether the text prints the date (meeting, issue or dateline), not only a year inferred."""
        return any(e.basis in PRINTED for e in self.evidence)


def _ev(basis: str, read: Reading, start: int, end: int) -> Evidence:
    return read.evidence("reference_date", basis, start, end)


def _is_issue_line(view: str, f: FoundDate) -> bool:
    """A date standing apart (a line, or spaces, on both sides), after 发布时间 or before a
    clock, or on a source line (:func:`.posting.on_source_line`)."""
    if on_source_line(view, f.start) or issuer_dated(view, f.start, f.end, day=f.date.day):
        return True
    before = view[max(0, f.start - 12) : f.start]
    after = view[f.end : f.end + 8]
    if in_a_sentence(after):
        return False  # (2021年12月，州政府印发…; 2024年12月上旬，…: a sentence's time)
    apart = (opens_line(view, f.start) or before[-1:] in " \t\xa0|") and (
        not after or after[0] in " \t\xa0\n|" or _CLOSES_LINE_RE.match(after) is not None
    )
    return bool(
        opens_line(view, f.start)
        and f.date.day is None
        or apart
        or bracketed_date(before, after, f.date.day is not None)
        or _ISSUE_WORD_RE.search(before)
        or clock_at(after)
    )


def _on_page_head(view: str, f: FoundDate) -> bool:
    """Whether a date is a web page's (a 发布时间/更新时间 line, a catalogue's 发布日期, a
    timestamp with its clock): the page's posting, not the document's own date line."""
    line_start = view.rfind("\n", 0, f.start) + 1
    line_end = view.find("\n", f.end)
    line = view[line_start : line_end if line_end >= 0 else len(view)]
    before = view[max(0, f.start - 12) : f.start]
    return bool(
        chrome_kind(line) == "page_head"
        or on_source_line(view, f.start)
        or _ISSUE_WORD_RE.search(before)
        or clock_at(view[f.end : f.end + 8])
    )


def _date_lines(read: Reading, view: str) -> tuple[ReferenceDate | None, ReferenceDate | None]:
    """The document's own date line and the page's date: (own, page). Own: a meeting line in
    the opening, else the first issue line near the top apart from the page's chrome; a plan's
    adoption line ((2021年1月26日…审议通过)) gives way to its issue line below, a meeting line
    without its day (——2018年9月…会议上) to an issue or page date of that month with it.
    Page: the earliest page date near the top (:func:`_on_page_head`; a re-post prints a later
    one beside the first)."""
    own: ReferenceDate | None = None
    approval: ReferenceDate | None = None
    monthly: ReferenceDate | None = None
    pages: list[FoundDate] = []
    own_end = 0
    for f in find_dated(view):
        before = view[max(0, f.start - 12) : f.start]
        if f.date.month is not None and _MEETING_RE.search(before):
            if f.date.day is not None and _MEETING_DAY_RE.match(view, f.end):
                return ReferenceDate(f.date, (_ev("meeting_line", read, f.start, f.end),)), None
            if f.date.day is None and monthly is None and _MEETING_MONTH_RE.match(view, f.end):
                monthly = ReferenceDate(f.date, (_ev("meeting_line", read, f.start, f.end),))
                continue
        if f.start > _ISSUE_CHARS or not _is_issue_line(view, f):
            continue
        if f.date.month is not None and first_ran(view, f.start):  # (a repost's original)
            return ReferenceDate(f.date, (_ev("issue_line", read, f.start, f.end),)), None
        if _on_page_head(view, f):
            pages.append(f)
            continue
        if own is not None:
            continue
        line_end = view.find("\n", f.end)
        if _ADOPTED_RE.search(view, f.end, line_end if line_end >= 0 else len(view)):
            approval = approval or ReferenceDate(f.date, (_ev("issue_line", read, f.start, f.end),))
        else:
            own, own_end = ReferenceDate(f.date, (_ev("issue_line", read, f.start, f.end),)), f.end
    page = None
    if pages:
        first = min(pages, key=lambda f: (f.date.year, f.date.month or 0, f.date.day or 0))
        page = ReferenceDate(first.date, (_ev("page_date", read, first.start, first.end),))
    if monthly is not None:
        for dated in (own, page):
            if dated is not None and same_month_to_the_day(dated.date, monthly.date):
                return dated, None
        return monthly, None
    if own is not None and page is not None and portal_clock(view, own_end, own.date, page.date):
        own = None  # (dated the day the page was viewed)
    return own or approval, page


def _issue_number(read: Reading, view: str) -> ReferenceDate | None:
    """The year of an issue number (发文字号) near the top: the document was issued then."""
    m = _DOC_NUMBER_RE.search(view, 0, _ISSUE_CHARS)
    if m is None:
        return None
    return ReferenceDate(DatedText(int(m[1]), None, None), (_ev("issue_number", read, *m.span(1)),))


def _year_from_words(read: Reading, view: str, doc_type: DocType) -> ReferenceDate | None:
    """The year a title, a congress session, a review or a target section gives (steps 4-6)."""
    m = TITLE_YEAR_RE.search(view)
    story = doc_type is DocType.STATISTICAL_NEWS and m is not None and m[2] == "统计公报"
    if m and (doc_type in (*_REPORT_GENRES, DocType.STATISTICAL_COMMUNIQUE) or story):
        if m[2] == "政府工作报告" and (h := other_year_reviewed(view, int(m[1]))) is not None:
            at = _ev("reviewed_year", read, *h.span(1))  # (the report's own heading)
            return ReferenceDate(DatedText(int(h[1]) + 1, None, None), (at,))
        return ReferenceDate(_titled(m, view), (_ev("title", read, *m.span()),))
    if doc_type is DocType.STATISTICAL_COMMUNIQUE:
        # Without its title a communiqué still opens on the year it covers (2022年,全县…).
        m = first_reviewed(view)
        if m:
            year = reviewed_year(m) + 1
            return ReferenceDate(
                DatedText(year, None, None), (_ev("reviewed_year", read, *m.span()),)
            )
        return None
    if doc_type not in (*_REPORT_GENRES, DocType.STATISTICAL_NEWS, DocType.OTHER):
        return None
    congress = _congress_year(read, view)
    if congress is not None:
        return congress
    m = SUMMARY_THEN_PLAN_RE.search(view)
    if m and int(m[2]) == int(m[1]) + 1:
        return ReferenceDate(DatedText(int(m[1]), 12, None), (_ev("title", read, *m.span()),))
    m = TARGET_RE.search(view)
    if m:
        ended = YEAR_END_BEFORE_RE.search(view, max(0, m.start() - 160), m.start())
        dated = DatedText(int(m[1]) - 1, 12, None) if ended else DatedText(int(m[1]), None, None)
        return ReferenceDate(dated, (_ev("target_year", read, *m.span()),))
    if (achieved := plan_year_reviewed(view)) is not None:  # (“十二五”开局之年所取得的成绩)
        at = _ev("reviewed_year", read, *achieved[1:])
        return ReferenceDate(DatedText(achieved[0], None, None), (at,))
    m = first_reviewed(view)
    if m:
        year = reviewed_year(m)
        spoken = year_spoken_in(view, m)
        if spoken is not None:
            return ReferenceDate(spoken, (_ev("target_year", read, *m.span()),))
        year = chronicle_end(view, m.end(), year) if m[5] else year
        return ReferenceDate(
            DatedText(year + 1, None, None), (_ev("reviewed_year", read, *m.span()),)
        )
    # (今年是“十四五”开局之年: the plan's first year; 今年是建党100周年: 2021)
    named = plan_year_named(view) or milestone_year(view)
    if named is not None:
        return ReferenceDate(
            DatedText(named[0], None, None), (_ev(named_basis(view, named[1]), read, *named[1:]),)
        )
    return None


def _worded(read: Reading, view: str, doc_type: DocType, title: str | None) -> ReferenceDate | None:
    """The year the document's words give (steps 4-6), in its opening, further down in a
    short page, or in a reader's title."""
    worded = _year_from_words(read, view, doc_type)
    if worded is None and len(read.text) > OPENING_CHARS:
        # (a short news page may name its year further down; a long document, in its opening)
        further = Reading.of(read.text, FALLBACK_CHARS)
        worded = _year_from_words(further, further.view.text, doc_type)
    if worded is None and title:
        titled = TITLE_YEAR_RE.search(fold(title))
        if titled and doc_type in (*_REPORT_GENRES, DocType.STATISTICAL_COMMUNIQUE):
            worded = ReferenceDate(
                _titled(titled), (Evidence("reference_date", "title", titled.group()),)
            )
    return worded


def _posted_later(
    found: ReferenceDate, read: Reading, view: str, doc_type: DocType
) -> ReferenceDate:
    """A communiqué posted years after the year it covers (:func:`.text_year.covered_year`):
    its 今年 and figures are of that year; a release headed by a part of a year posted years
    later (2018年1-3月…简况 dated 2021) is dated by it."""
    if part := reposted_part(view, doc_type, found.year):
        return ReferenceDate(DatedText(part[0], None, None), (_ev("title", read, *part[1:]),))
    if (covered := covered_year(view, doc_type, found.year)) is None:
        return found
    at = _ev(covered[1], read, *covered[2:])
    return ReferenceDate(found.date, (*found.evidence, at), covered[0])


def _titled(m: re.Match[str], view: str = "") -> DatedText:
    """The date a title gives: a report's year (the next, where it reviews that year); a
    communiqué's, the year after it; a year's work summary's, that year's end (its 今年)."""
    if m[3]:
        return DatedText(int(m[1]), 12, None)
    later = m[2] == "统计公报" or (m[2] == "政府工作报告" and reviews_year(view, int(m[1])))
    return DatedText(int(m[1]) + later, None, None)


def _congress_year(read: Reading, view: str) -> ReferenceDate | None:
    """The year of a national or provincial people's congress session the text names."""
    found = congress_year(view)
    if found is None:
        return None
    year, start, end = found
    return ReferenceDate(DatedText(year, None, None), (_ev("congress_session", read, start, end),))


def _dateline(view: str) -> FoundDate | None:
    """A news dateline: month and day without a year, before 电/讯 or opening a paragraph."""
    for m in _DATELINE_RE.finditer(view):
        month, day = (int(g) for g in m.groups() if g)
        if 1 <= month <= 12 and 1 <= day <= 31:
            first = 1 if m[1] else 3
            return FoundDate(DatedText(0, month, day), m.start(first), m.end())
    return None


def reference_date(
    text: str,
    doc_type: DocType,
    title: str | None = None,
    period: tuple[int, int] | None = None,
    *,
    settled: bool = True,
) -> ReferenceDate:
    """The date ``text`` was delivered or published, with its evidence (see the module doc).

    ``title`` is a reader's title (read before the text; evidence spans index
    the text only); ``period`` the plan period, used when nothing else tells;
    ``settled`` False where the date is yet to place a look-back at a plan (mid-term or
    final, ``doctype.place_in_plan``): ``doc_type`` is then a guess. A web
    page's tail (:func:`.body.body_end`) is not read: its dates are other pages'."""
    text = text[: body_end(text)]
    read = Reading.of(text, OPENING_CHARS)
    view = read.view.text
    own, page = _date_lines(read, view)
    signed = signature(text)
    if own is None and signed is not None:
        at = text[signed.start : signed.end]  # (its span indexes the text)
        own = ReferenceDate(
            signed.date, (Evidence("reference_date", "signature", at, signed.start, signed.end),)
        )
    found = own or _issue_number(read, view)
    if found is not None:
        return _posted_later(found, read, view, doc_type)
    worded = _worded(read, view, doc_type, title)
    written: tuple[Written, Reading] | None = None
    if page is not None and page.year is not None:
        words = (worded.year, worded.evidence[0].basis) if worded and worded.year else None
        further = Reading.of(text, FALLBACK_CHARS)
        found = written_in(further.view.text)
        written = None if found is None else (found, further)
        month = page.date.month if page.date else None
        headed = plan_titled(view)
        if not posted_later(
            page.year, words, doc_type, period, settled=settled, written=found, page_month=month,
            titled=headed, year_end=bool(worded and worded.date and worded.date.month == 12),
        ):  # fmt: skip
            paged = _page_by_dateline(page, _dateline(view), read, doc_type)
            return _posted_later(paged, read, view, doc_type)
    dateline = _dateline(view)
    if worded is not None and worded.year is not None:
        return _worded_dateline(worded, worded.year, dateline, read, doc_type)
    year = plan_reference_year(doc_type, period)
    whole = None if settled else _whole_plan_review(read, view, doc_type, period)
    if whole is not None:
        return whole
    if (opened := _opening_date(read, view, doc_type, period)) is not None:
        return opened
    if year is not None:
        told: tuple[Evidence, ...] = (Evidence("reference_date", "plan_period"),)
        closed = _closed_after(read, view, doc_type, period, year)
        if closed is not None:
            year, told = closed[0], (closed[1], *told)
        if dateline is not None and period is not None and wired(view, dateline):
            # A story on a plan (新华社…5月21日电, 本网讯（记者 …）8月29日，): its dateline, of
            # the year of a full date right after it (…10月20日电/2015年10月14日，).
            year = dated_after(view, dateline.end) or year
            date = DatedText(year, dateline.date.month, dateline.date.day)
            return ReferenceDate(date, (_ev("dateline", read, dateline.start, dateline.end), *told))
        return ReferenceDate(DatedText(year, None, None), told)
    if written is None and page is None:
        further = Reading.of(text, FALLBACK_CHARS)
        found = written_in(further.view.text)
        written = None if found is None else (found, further)
    if written is not None and written[0].exact:
        # (A page posted later, silent but for 今年 of its own year: its first full date would
        # be the page's. A story calling part of its year 今年 beside last year's results
        # (2022年全县…) is written the year after them: its dateline's day is of that year.)
        at = written[1].evidence("reference_date", "written_year", *written[0].match.span())
        if dateline is not None and doc_type in _NEWS:
            line = _ev("dateline", read, dateline.start, dateline.end)
            date = DatedText(written[0].year, dateline.date.month, dateline.date.day)
            return ReferenceDate(date, (line, at))
        return ReferenceDate(DatedText(written[0].year, None, None), (at,))
    return _date_in_text(text, doc_type, dateline, read)


_LEAD_CHARS = 400  # a story's dateline opens its lead, under its headline and head lines


def _worded_dateline(
    worded: ReferenceDate, year: int, dateline: FoundDate | None, read: Reading, doc_type: DocType
) -> ReferenceDate:
    """The words' year with a dateline's month and day: aims under a late one (12月19日 over
    2023年…预期目标) set the year before (see too ``posting.summed_up_after``)."""
    if dateline is None or doc_type not in _NEWS:
        return worded
    month, basis = dateline.date.month or 0, worded.evidence[0].basis  # (12月25日 over 2024年是…)
    told = basis == "reviewed_year" and worded.evidence[0].text.endswith("是")
    ahead = month >= 10 and basis == "target_year" or month == 12 and told
    after = summed_up_after(bool(worded.date and worded.date.month == 12), month)
    date = DatedText(year - ahead + after, dateline.date.month, dateline.date.day)
    return ReferenceDate(
        date, (_ev("dateline", read, dateline.start, dateline.end), *worded.evidence)
    )


_POSTED_AHEAD_DAYS = 7


def _page_by_dateline(
    page: ReferenceDate, dateline: FoundDate | None, read: Reading, doc_type: DocType
) -> ReferenceDate:
    """A news page's date, or its story's when its dateline gives one (month and day, the
    year the page's): a story filed on 12月30日 and posted on 2024-01-02 is of 2023. A
    wire story's dateline (…12月26日电) counts on a page of any genre, a mirror's repost of
    a story on an evaluation report included."""
    if dateline is None or dateline.start > _LEAD_CHARS or not (page.date and page.date.month):
        return page  # (a date opening a paragraph further down is the body's, no dateline)
    wire = read.view.text[dateline.end - 1] in "电讯"
    if not wire and doc_type not in (DocType.NEWS, DocType.STATISTICAL_NEWS, DocType.OTHER):
        return page  # (a wire's dateline, 北京12月26日电, dates its story whatever it is about)
    filed = (dateline.date.month or 0, dateline.date.day or 0)
    posted = (page.date.month, page.date.day or 31)
    # (Filed a few days after the posting, 8月3日 on a page of 2021-08-02: the page dated
    # ahead of its story, the same year; a story months after it is the year before's.)
    ahead = (filed[0] - posted[0]) * 31 + filed[1] - posted[1]
    year = page.date.year - (1 if ahead > _POSTED_AHEAD_DAYS else 0)
    date = DatedText(year, dateline.date.month, dateline.date.day)
    return ReferenceDate(
        date, (_ev("dateline", read, dateline.start, dateline.end), *page.evidence)
    )


def _whole_plan_review(
    read: Reading, view: str, doc_type: DocType, period: tuple[int, int] | None
) -> ReferenceDate | None:
    """A look back at a plan whose date is yet to place it (its words call it neither
    中期 nor 总结) that looks back over the plan's five years (:func:`whole_plan_words`):
    made after the plan's last year, a final evaluation's year."""
    if doc_type is not DocType.MIDTERM_EVALUATION or period is None:
        return None
    if period[1] - period[0] != 4:
        return None  # (五年 is the whole of a five-year plan only)
    found = whole_plan_words(view)
    if found is None or last_year_said(view, period) is not None:
        return None  # (2015年是“十二五”规划的最后一年: of that year, _closed_after)
    m, in_last_year = found
    year = DatedText(period[1] + (0 if in_last_year else 1), None, None)
    return ReferenceDate(
        year, (_ev("whole_plan_review", read, *m.span()), Evidence("reference_date", "plan_period"))
    )


def _closed_after(
    read: Reading, view: str, doc_type: DocType, period: tuple[int, int] | None, year: int
) -> tuple[int, Evidence] | None:
    """A mid-term evaluation dated by its plan (its third year) that states its results
    as of the end of that year or a later one (截至2023年底，…; 2021—2023年，… in a 十四五
    evaluation) was written after it: the year after the latest such year within the plan,
    with the words that say so; so was a plan dated by its first year that states a result
    as of its end or a later one's (截至2011年底，… in a 十二五 plan). (A plan's news of
    drafting it moves its year back: :func:`_drafted`.)"""
    if period is not None and doc_type in _DATED_BY_START:
        stated = [(y, m) for y, m in closed_years(view, 0) if m.group().startswith("截")]
        if (after := _after_latest(read, stated, year, period[1])) is not None:
            return after
    if doc_type not in (DocType.MIDTERM_EVALUATION, DocType.FINAL_EVALUATION) or period is None:
        return _drafted(read, view, doc_type, year)
    if (last := last_year_said(view, period)) is not None:  # (2010年是“十一五”的最后一年)
        return last[0], _ev("plan_year_named", read, *last[1:])
    final = doc_type is DocType.FINAL_EVALUATION  # (今年是…收官之年 only: told in its last year)
    return None if final else _after_latest(read, closed_years(view, period[0]), year, period[1])


def _after_latest(
    read: Reading, stated: list[tuple[int, re.Match[str]]], first: int, end: int
) -> tuple[int, Evidence] | None:
    """The year after the latest ``stated`` year in [first, end), with its words; or None."""
    within = [(y, m) for y, m in stated if first <= y < end]
    last, m = max(within, key=lambda found: found[0], default=(0, None))
    return None if m is None else (last + 1, _ev("closed_year", read, *m.span()))


_DATED_BY_START = (DocType.FIVE_YEAR_PLAN, DocType.PLAN_TABLE, DocType.SECTOR_PLAN)


def _drafted(read: Reading, view: str, doc_type: DocType, year: int) -> tuple[int, Evidence] | None:
    """A plan's text on drafting it, dated by the plan's first year (全县“十五五”规划编制工作
    推进会): of the year before (:mod:`.drafting`)."""
    if doc_type not in _DATED_BY_START:
        return None
    m = drafting(view)
    return None if m is None else (year - 1, _ev("drafting", read, *m.span()))


_OPENING_DATE_CHARS = 200  # (the lead's first line)


def _opening_date(
    read: Reading, view: str, doc_type: DocType, period: tuple[int, int] | None
) -> ReferenceDate | None:
    """The full date opening a line of the lead of a look-back at a plan, when it falls in
    the plan's years (2025年7月9日上午，国新办举行“高质量完成‘十四五’规划”…新闻发布会): the
    story was told then, in the plan's last year, not after the plan ended as a final
    evaluation's is guessed to be (its 今年 is the plan's last year). The press
    conferences on a plan about to end open so (search corpus "pages": 收官之年 新闻发布会).
    A look back not yet placed (dated by its plan's middle) is of such a date up to the
    year after the plan (2021年1月25日，…发布“十三五”时期…发展成就: a final one)."""
    if doc_type not in (DocType.FINAL_EVALUATION, DocType.MIDTERM_EVALUATION) or period is None:
        return None
    last = period[1] + (doc_type is DocType.MIDTERM_EVALUATION)
    for f in find_dated(view[:_OPENING_DATE_CHARS]):
        dated = opens_line(view, f.start) and f.date.day is not None
        if dated and period[0] <= f.date.year <= last:
            return ReferenceDate(f.date, (_ev("text_date", read, f.start, f.end),))
    return None


def _date_in_text(
    text: str, doc_type: DocType, dateline: FoundDate | None = None, lead: Reading | None = None
) -> ReferenceDate:
    """Step 8: the first full date, else an evaluation's as-of year, else a first year (a
    story's ``dateline``, read in ``lead``, of the year its figures against two years before
    tell: 8月5日，…比2019年同期增长…两年平均, 2021's)."""
    read = Reading.of(text, _TEXT_DATE_CHARS)
    view = read.view.text
    for f in find_dated(view):
        if f.date.day is not None and not is_moment(view, f):  # (a census's moment: its figures')
            dated = ReferenceDate(f.date, (_ev("text_date", read, f.start, f.end),))
            return _posted_later(dated, read, view, doc_type)
    if doc_type is DocType.MIDTERM_EVALUATION and (last := latest_closed(view)):
        at = _ev("closed_year", read, *last[1])  # (截至2022年底，… in an evaluation's excerpt)
        return ReferenceDate(DatedText(last[0] + 1, None, None), (at,))
    told = doc_type in (DocType.NEWS, DocType.STATISTICAL_NEWS, DocType.OTHER)
    found = text_year(view, told, covered=doc_type is DocType.STATISTICAL_COMMUNIQUE)
    if found is None:
        return ReferenceDate(None)
    year, basis, start, end = found
    told = (_ev(basis, read, start, end),)
    if dateline and lead and basis == "two_year_base" and doc_type in _NEWS:
        line = _ev("dateline", lead, dateline.start, dateline.end)
        return ReferenceDate(DatedText(year, dateline.date.month, dateline.date.day), (line, *told))
    # (一季度，…两年平均增长5.1%: told in the month after the part of 2021 it names)
    month = part_month(view) if basis == "two_year_base" and doc_type in _NEWS else None
    return ReferenceDate(DatedText(year, month, None), told)
