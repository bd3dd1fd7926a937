"""The year a statistics release on a part of the year reports.

A statistics bureau's release, or the paper's story on it, of a quarter or of months
of the year (一季度经济运行情况, 上半年, 前三季度, 1—5月) is published a few weeks after
the part it reports: a story of April on 一季度 reports the year it is published in,
not the year before as a release of the first months on the last year would (the
genre's reading, ``DocumentMeta.genre_reviewed_year``). Its headline and opening name
the part without a year of its own; where a year is named (2022年一季度) the clause
says its year itself. The national bureau's quarterly releases and the papers' stories
on them open so (search corpus "pages": 国家统计局 一季度经济运行主要数据, 一季度国民
经济运行情况新闻发布会; real1 dev c267).
"""

from __future__ import annotations

import re

from planwatch.core.data import DocType, DocumentMeta, Evidence
from planwatch.describe.dates import Reading

_OPENING_CHARS = 400  # the headline, the dateline and the lead
_LEAD_CHARS = 60  # the lead's first words
_MONTHS = r"1\s*[-—–~～至]\s*(?:1[0-2]|[1-9])\s*月"  # (1—5月, 1-11月: the year's first months)
# A part of the year not after a year of its own (2022年一季度 names its year).
_PART_RE = re.compile(rf"(?<![\d年])(?:[一二三]季度|上半年|前三季度|{_MONTHS}份?)")


# The first year the opening names, and the part of it after it (2023年上半年, 2024年1—5月).
_FIRST_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
_PART_AFTER_RE = re.compile(rf"(?:[一二三]季度|上半年|前三季度|{_MONTHS})")
# A year's last quarter, month or whole after it (2014年四季度, 2014年12月份, 2014年全年, 2014年末):
# named as the base or the course of a part of the year after it (1至2月份，…延续2014年四季度走势).
YEAR_END_RE = re.compile(r"\s*(?:第?四季度|12\s*月|全年|年?末|年?底)")
# The year so far (今年以来, 今年一季度): a part of the release's own year follows.
_THIS_YEAR_RE = re.compile(rf"今年(?:以来|{_PART_AFTER_RE.pattern})")


# A statistics release, or a story of other figures of the months so far told so (1-3月某省
# 县区一般公共预算收入比上年同期增长20.6%: a finance department's).
_RELEASE_GENRES = frozenset({DocType.STATISTICAL_NEWS, DocType.OTHER})


def part_year_release(text: str, meta: DocumentMeta) -> tuple[int, Evidence] | None:
    """The reference year, when a statistics release of the year's first months (or a
    story of a month on other figures so far) opens with a part of the year (see the
    module doc), with the words that say so."""
    ref = meta.reference_year
    if meta.doc_type not in _RELEASE_GENRES or ref is None:
        return None
    if (after := _after_year_end(text, ref)) is not None:
        return ref, after
    if not meta.reference_month:  # (a story of other figures is read so only dated)
        return _named_part(text, ref) if meta.doc_type is DocType.STATISTICAL_NEWS else None
    if meta.genre_reviewed_year not in (ref - 1, ref):
        return None  # (one of October on 前三季度 reviews its own year by the genre already;
        # the evidence still says it reports a part of it: its aims are that year's too)
    read = Reading.of(text, _OPENING_CHARS)
    m = _PART_RE.search(read.view.text)
    if m is None:  # (2012年上半年某县实现生产总值…: the page's own year named with its part)
        # (A December account's 今年以来 is its year all but whole: 2022年…总体情况和2023年
        # 工作打算, dated at the year's end, reviews that year, not a part of it.)
        return None if meta.reference_month == 12 else _named_part(text, ref)
    if any(int(y[1]) == ref - 1 for y in _FIRST_YEAR_RE.finditer(read.view.text, 0, m.start())):
        # (密山市2023年地区生产总值达186.4亿元 …，从全年走势看，一季度、上半年…: the last
        # year's release, its quarters told as its course)
        return None
    return ref, read.evidence("as_of_year", "part_year_release", *m.span())


def _after_year_end(text: str, ref: int) -> Evidence | None:
    """The words of a part of the year (1至2月份) in an opening whose first year is the last
    year's end, named as its course or base (…延续2014年四季度走势, 比2014年12月份回升): the part
    is of the year after that one, the reference year; else None."""
    read = Reading.of(text, _OPENING_CHARS)
    m = _FIRST_YEAR_RE.search(read.view.text)
    if m is None or int(m[1]) != ref - 1 or not YEAR_END_RE.match(read.view.text, m.end()):
        return None
    part = _PART_RE.search(read.view.text)
    return None if part is None else read.evidence("as_of_year", "part_year_release", *part.span())


def _named_part(text: str, ref: int) -> tuple[int, Evidence] | None:
    """The reference year, when a release dated by a year alone opens by naming that year
    with a part of it, its first year named (…举行云南省2023年上半年经济运行情况新闻发布会 under
    a dateline of month and day, the year only in those words): the figures after it, their
    clauses naming only the part (上半年，全省实现…), are of that year, not of the year
    before as a release dated early in a year without a month would report. Provincial
    and city press conferences on the first part of a year open so (search corpus "pages":
    上半年经济运行情况新闻发布会). Or one opening on the year so far (今年以来, 今年一季度) and a part
    of it after that: the release's own year."""
    read = Reading.of(text, _OPENING_CHARS)
    m = _FIRST_YEAR_RE.search(read.view.text)
    if m is None or int(m[1]) != ref or not _PART_AFTER_RE.match(read.view.text, m.end()):
        # (今年以来，全县…。一季度全县地区生产总值增势良好: the year so far, this year's part)
        m = _THIS_YEAR_RE.search(read.view.text)
        if m is None:
            return None
        if m.start() > _LEAD_CHARS and _PART_RE.search(read.view.text, m.end()) is None:
            return None  # (a release opening on 今年以来 reports the year so far by itself)
    return ref, read.evidence("as_of_year", "part_year_release", *m.span())


# A sentence of the opening starting on the year so far (。今年以来，全市上下…), or, in a
# department's or a zone's account, on this year (今年，经开区科学做好…，较好完成各项…).
_SO_FAR_OPENING_RE = re.compile(r"(?:^|(?<=[\n。！]))\s*今年\s*(?:以来|(?P<this>[,，]))")
# Genres whose page of a known year and no month reads by default as the year before's
# review (a report's news of January): a story or a department's account of its work.
_SO_FAR_GENRES = frozenset({DocType.OTHER, DocType.NEWS})


def year_so_far(text: str, meta: DocumentMeta) -> tuple[int, Evidence] | None:
    """The reference year, when a story or a department's account of a year with no month
    opens a sentence on the year so far (2021年是…开局之年。今年以来，全市…): what it tells
    undated is that year's work, not the year before's. A year before it named earlier in
    the opening (关于2021年区本级决算和2022年上半年…的报告。今年以来…) is the one reviewed."""
    ref = meta.reference_year
    if meta.doc_type not in _SO_FAR_GENRES or ref is None or meta.genre_reviewed_year != ref - 1:
        return None
    read = Reading.of(text, _OPENING_CHARS)
    m = _SO_FAR_OPENING_RE.search(read.view.text)
    if m is not None and m["this"] and meta.doc_type is not DocType.OTHER:
        m = None  # (今年，… in a report's news opens the year's aims, not its work so far)
    if m is None or any(
        int(y[1]) < ref for y in _FIRST_YEAR_RE.finditer(read.view.text, 0, m.start())
    ):
        return None
    return ref, read.evidence("as_of_year", "year_so_far", *m.span())


# A release's heading naming a part of a year with that year (2018年1-3月中山经济运行简况), on its
# first lines: the release is of that year.
_HEAD_CHARS = 80
_HEAD_PART_RE = re.compile(rf"((?:19|20)\d{{2}})\s*年\s*(?:{_PART_AFTER_RE.pattern})")


def reposted_part(view: str, doc_type: DocType, dated: int | None) -> tuple[int, int, int] | None:
    """The year of a statistics release headed by a part of a year (2018年1-3月…经济运行简况)
    whose page is dated two or more years later (a repost: 2021-06-10 来源:…统计局), with the
    span of the words that say so; else None. Its 今年 and figures are of that year."""
    if doc_type is not DocType.STATISTICAL_NEWS or dated is None:
        return None
    m = _HEAD_PART_RE.search(view, 0, _HEAD_CHARS)
    if m is None or dated < int(m[1]) + 2:
        return None
    return int(m[1]), m.start(), m.end()
