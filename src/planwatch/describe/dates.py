"""Calendar dates written in a document: 2023年2月25日, 二〇二一年六月, 2019-01-31, 2018/12/13.

Dates are found on the folded view (:func:`planwatch.core.normalise.fold`), so
full-width digits count; offsets index the stored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from planwatch.core.data import Evidence
from planwatch.core.datafiles import records
from planwatch.core.normalise import Condensed, condense
from planwatch.core.numerals import small_int

_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
_CN_DATE_RE = re.compile(
    r"([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"(?:\s*([一二三四五六七八九十]{1,3})\s*日)?"
)
# 2019-01-31, 2018/12/13, 2018.12.13 (year first) and 26.01.2016 (day first).
# (Each pattern opens on its first digit and looks back from after it, \d(?<![\d.]\d): the
# same matches as a look back before the digit, (?<![\d.])\d, but the engine skips to the
# digits in C, where a pattern opening with a look back is tried at every position of the
# text, two to three times slower.)
_NUMERIC_DATE_RE = re.compile(r"(\d(?<![\d.]\d)\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
_DAY_FIRST_RE = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?![\d.])")
# A posting stamp with a two-digit year and its time (20-10-29 10:16, as some news sites
# print it): only with the time of day, which tells it from a range or a code.
_SHORT_YEAR_STAMP_RE = re.compile(
    r"(\d(?<![\d.:/-]\d)\d)-(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}[:：]\d{2}(?![\d.]))"
)


def cn_number(s: str) -> int | None:
    """An integer in digits or as a Chinese numeral (十四 -> 14, 二十 -> 20), or None."""
    return small_int(s)


def cn_year(s: str) -> int | None:
    """A year written digit by digit: 二〇二一 -> 2021, 2021 -> 2021."""
    s = s.replace(" ", "")
    value = small_int(s) if len(s) == 4 else None
    return value if value is not None and 1000 <= value <= 2999 else None


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


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date with the span of its characters in the text."""

    date: DatedText
    start: int
    end: int


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    return (
        year is not None
        and 1949 <= year <= 2100
        and (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
    )


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def find_dated(text: str) -> list[FoundDate]:
    """Every date in ``text`` with its span, in text order."""
    found: list[FoundDate] = []

    def add(m: re.Match[str], y: int | None, mo: int | None, d: int | None) -> None:
        if y is not None and _valid(y, mo, d):
            found.append(FoundDate(DatedText(y, mo, d), m.start(), m.end()))

    for m in _DATE_RE.finditer(text):
        add(m, int(m[1]), int(m[2]), _int(m[3]))
    for m in _CN_DATE_RE.finditer(text):
        add(m, cn_year(m[1]), cn_number(m[2]), cn_number(m[3]) if m[3] else None)
    for m in _NUMERIC_DATE_RE.finditer(text):
        add(m, int(m[1]), int(m[3]), int(m[4]))
    for m in _DAY_FIRST_RE.finditer(text):
        add(m, int(m[3]), int(m[2]), int(m[1]))
    for m in _SHORT_YEAR_STAMP_RE.finditer(text):
        add(m, 2000 + int(m[1]), int(m[2]), int(m[3]))
    return sorted(found, key=lambda f: f.start)


def find_dates(text: str) -> list[tuple[int, DatedText]]:
    """Every date in ``text`` (Arabic, Chinese-numeral or numeric), with its offset, in order."""
    return [(f.start, f.date) for f in find_dated(text)]


def opens_line(text: str, offset: int) -> bool:
    """Whether only spaces or an opening bracket stand between a line's start and ``offset``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip(" \t\u3000\xa0(（")


def date_lines(text: str) -> list[DatedText]:
    """Dates that open a line of their own (a document's date line, a page's date)."""
    return [f.date for f in find_dated(text) if opens_line(text, f.start)]


@dataclass(frozen=True, slots=True)
class Reading:
    """A stretch of a document's stored text and the view its dates and time words are
    read on: folded, and the pinyin a mirror site inserts taken out (大會第五次(cì)會議,
    2022年(nián)底); evidence found on the view spans the stored text."""

    text: str
    view: Condensed

    @classmethod
    def of(cls, text: str, chars: int) -> Reading:
        """The first ``chars`` characters of ``text`` read so."""
        return cls(text, condense(text[:chars]))

    def evidence(self, field: str, basis: str, start: int, end: int) -> Evidence:
        """Evidence of the view's characters ``[start, end)``, its span in the text."""
        start, end = self.view.span(start, end)
        return Evidence(field, basis, self.text[start:end], start, end)


@cache
def _sentence_time_re() -> re.Pattern[str]:
    parts = sorted(
        (r["word"] for r in records("time_words.csv") if r["role"] == "month_part"),
        key=len,
        reverse=True,
    )
    return re.compile(r"\s*(?:(?:" + "|".join(map(re.escape, parts)) + r")\s*)?(?:在|[,，、])")


def in_a_sentence(after: str) -> bool:
    """Whether a date goes on into a sentence (``after``: the text after it): a comma or 在
    after it, or a part of its month first (2024年12月上旬，…; 2023年3月以来，…; the words
    are ``month_part`` in ``data/time_words.csv``): the time of what the sentence tells, no
    date line of the document."""
    return _sentence_time_re().match(after) is not None


def dated_after(view: str, pos: int) -> int | None:
    """The year of a full date right after ``pos`` (a story's dateline then the event's date:
    …10月20日电/2015年10月14日，), or None."""
    m = _DATE_AFTER_RE.match(view, pos)
    return int(m.group(1)) if m is not None and _valid(int(m.group(1)), 1, 1) else None


_DATE_AFTER_RE = re.compile(r"[/／ （(]{0,2}(\d{4})\s*年\s*\d{1,2}\s*月")

_WIRED_BEFORE_RE = re.compile(r"(?:电|讯)\s*(?:[(（][^)）\n]{0,20}[)）])?\s*$")


def wired(view: str, dateline: FoundDate) -> bool:
    """Whether a dateline is a story's, after 电/讯 (or its 电/讯 after it): 新华社…5月21日电,
    本网讯（记者 王某）8月29日，."""
    if view[dateline.end - 1] in "电讯":
        return True
    return _WIRED_BEFORE_RE.search(view, max(0, dateline.start - 30), dateline.start) is not None
