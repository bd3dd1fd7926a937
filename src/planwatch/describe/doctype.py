"""Document type, plan period, report year and publication date.

All read from the title and the opening of the text (the first ~2,000
characters), where documents state what they are: 国民经济和社会发展第十四个
五年规划纲要, 2021年…政府工作报告, …统计公报, a newspaper's 第B02版 and date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.data import DocType
from planwatch.core.numerals import small_int
from planwatch.core.periods import plan_years

OPENING_CHARS = 2000


def cn_number(s: str) -> int | None:
    """An integer in digits or as a Chinese numeral (十四 -> 14, 二十 -> 20), or None."""
    return small_int(s)


def cn_year(s: str) -> int | None:
    """A year written digit by digit: 二〇二一 -> 2021, 2021 -> 2021."""
    s = s.replace(" ", "")
    value = small_int(s) if len(s) == 4 else None
    return value if value is not None and 1000 <= value <= 2999 else None


# -- the Nth five-year plan ------------------------------------------------------------


_NUM = r"[一二三四五六七八九十]{1,3}"
_Q = r"[“”\"'‘’「」\s]*"
# 第十四个五年规划; 第十四个 五年规划 split by a line break.
_NTH_PLAN_RE = re.compile(rf"第\s*({_NUM})\s*个\s*五\s*年\s*规\s*划")
# 十四五规划, “十四五”规划, “ 十四五 ” 规划
_SHORT_PLAN_RE = re.compile(rf"{_Q}十\s*([一二三四五六七八九])\s*五{_Q}(?:时期)?\s*规划")
_SHORT_PLAN_ANY_RE = re.compile(r"十\s*([一二三四五六七八九])\s*五")
_PERIOD_RE = re.compile(
    r"规划期\s*(?:限)?\s*(?:为|是|:|：)?\s*(\d{4})\s*[-—–~～至到]\s*(\d{4})\s*年"
)

# -- dates ----------------------------------------------------------------------------

_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
_CN_DATE_RE = re.compile(
    r"([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"(?:\s*([一二三四五六七八九十]{1,3})\s*日)?"
)
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_REPORT_TITLE_YEAR_RE = re.compile(r"(\d{4})\s*年[^\n。]{0,30}?(?:政府工作报告|统计公报)")
_DELIVERED_RE = re.compile(r"[—-]{1,2}\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在")

# -- type markers ---------------------------------------------------------------------

_COMMUNIQUE_RE = re.compile(r"统计公报")
_WORK_REPORT_RE = re.compile(r"政府工作报告")
_PLAN_RE = re.compile(
    r"规划纲要|远景目标纲要|五\s*年\s*规\s*划|十[一二三四五六七八九]五[”\"\s]*规划"
)
# Newspaper page chrome and bylines.
_NEWS_RE = re.compile(
    r"第\s*[A-Z]?\d{1,3}\s*版|版面导航|上一版|下一版|上一期|下一期|本报讯|本报记者|通讯员"
    r"|(?:^|\s)(?:文|图|文/图)\s*[/／]|记者\s*[\u4e00-\u9fff]{2,3}|两会"
)


@dataclass(frozen=True, slots=True)
class DatedText:
    """A date found in the text: year, month, day (None when not stated)."""

    year: int
    month: int | None
    day: int | None

    def iso(self) -> str:
        """``2023-02-25``, or ``2021-07`` when the day is not stated."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    return (
        year is not None
        and 1949 <= year <= 2100
        and (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
    )


def find_dates(text: str) -> list[tuple[int, DatedText]]:
    """Every date in ``text`` (Arabic, Chinese-numeral or ISO), with its offset, in order."""
    found: list[tuple[int, DatedText]] = []
    for m in _DATE_RE.finditer(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
        if _valid(y, mo, d):
            found.append((m.start(), DatedText(y, mo, d)))
    for m in _CN_DATE_RE.finditer(text):
        y, mo = cn_year(m[1]), cn_number(m[2])
        d = cn_number(m[3]) if m[3] else None
        if y is not None and _valid(y, mo, d):
            found.append((m.start(), DatedText(y, mo, d)))
    for m in _ISO_DATE_RE.finditer(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            found.append((m.start(), DatedText(y, mo, d)))
    return sorted(found, key=lambda pair: pair[0])


def date_lines(text: str) -> list[DatedText]:
    """Dates that open a line of their own (a document's date line, a page's date)."""
    out = []
    for offset, date in find_dates(text):
        line_start = text.rfind("\n", 0, offset) + 1
        if not text[line_start:offset].strip(" \t\u3000\xa0(（"):
            out.append(date)
    return out


# -- public functions -----------------------------------------------------------------


def opening_of(text: str, title: str | None) -> str:
    """The title (if any) and the first ~2,000 characters, which say what a document is."""
    return ((title or "") + "\n" + text[:OPENING_CHARS]).lstrip("\n")


def detect_doc_type(text: str, title: str | None = None) -> DocType:
    """What kind of document this is, from its title and opening."""
    opening = opening_of(text, title)
    head = title or text[: max(text.find("\n"), 0)] or text[:200]
    news_marks = {m.group(0).strip()[:2] for m in _NEWS_RE.finditer(opening)}
    if _COMMUNIQUE_RE.search(head):
        return DocType.STATISTICAL_COMMUNIQUE
    if len(news_marks) >= 2:
        return DocType.NEWS
    if _WORK_REPORT_RE.search(head):
        return DocType.WORK_REPORT
    if _PLAN_RE.search(head):
        return DocType.FIVE_YEAR_PLAN
    # No telling title: weigh the opening.
    counts = {
        DocType.STATISTICAL_COMMUNIQUE: len(_COMMUNIQUE_RE.findall(opening)),
        DocType.WORK_REPORT: len(_WORK_REPORT_RE.findall(opening)) + 2 * opening.count("各位代表"),
        DocType.FIVE_YEAR_PLAN: len(_PLAN_RE.findall(opening)),
    }
    best = max(counts, key=lambda k: counts[k])
    if counts[best] > 0:
        return best
    if news_marks:
        return DocType.NEWS
    return DocType.OTHER


def plan_period(text: str, title: str | None = None) -> tuple[int, int] | None:
    """The plan period a plan states: 规划期为2021-2025年, 第十四个五年规划, “十四五”规划."""
    opening = opening_of(text, title)
    m = _PERIOD_RE.search(opening)
    if m and int(m[1]) < int(m[2]) <= int(m[1]) + 10:
        return int(m[1]), int(m[2])
    for pattern in (_NTH_PLAN_RE, _SHORT_PLAN_RE):
        m = pattern.search(opening)
        if m:
            n = cn_number(m[1]) if pattern is _NTH_PLAN_RE else cn_number("十" + m[1])
            if n:
                return plan_years(n)
    # Fall back on the most talked-about period (十四五 in a 十四五 plan).
    ns = [cn_number("十" + m[1]) for m in _SHORT_PLAN_ANY_RE.finditer(opening)]
    ns = [n for n in ns if n]
    if ns:
        return plan_years(max(set(ns), key=lambda n: (ns.count(n), n)))
    return None


def report_year(text: str, doc_type: DocType, title: str | None = None) -> int | None:
    """The year a work report is delivered, a communiqué covers or a news page is dated."""
    opening = opening_of(text, title)
    if doc_type in (DocType.WORK_REPORT, DocType.STATISTICAL_COMMUNIQUE):
        m = _REPORT_TITLE_YEAR_RE.search(opening)
        if m:
            return int(m[1])
    if doc_type is DocType.WORK_REPORT:
        m = _DELIVERED_RE.search(opening)
        if m:
            return int(m[1])
    if doc_type is DocType.NEWS:
        lines = date_lines(opening)
        if lines:
            return lines[0].year
        dates = find_dates(opening)
        if dates:
            return dates[0][1].year
    return None


def published_date(text: str, doc_type: DocType, title: str | None = None) -> str | None:
    """ISO date (or year-month) the opening gives for the document itself."""
    opening = opening_of(text, title)
    if doc_type is DocType.WORK_REPORT:
        m = _DELIVERED_RE.search(opening)
        if m:
            return DatedText(int(m[1]), int(m[2]), int(m[3])).iso()
    lines = date_lines(opening)
    if doc_type is DocType.FIVE_YEAR_PLAN:
        # A plan's own date line (二〇二一年七月) states month only, not an approval day.
        month_only = [d for d in lines if d.day is None]
        if month_only:
            return month_only[0].iso()
    if lines:
        return lines[0].iso()
    return None
