"""The area of the body that publishes a page: the site's own name (:mod:`.site`).

A bureau's or a government's site files its pages under its own name: a line over the
page (某县人民政府门户网站), the first item of its navigation line (克拉玛依市统计局 > 统计数据 >
统计分析, 某县人民政府 > 政务公开 > …, 某县人民政府门户网站 > 政务公开 > …) or its foot (主办：某县人民政府办公室). A statistical
release or a short notice may name its area nowhere else, and the describe stage reads the
text with those lines blanked (page chrome is no title, heading or figure). Where the text
names no area, the publisher's is the document's; where it names only several of the
publisher's parts side by side (a city's round-up of its counties), too
(:func:`planwatch.describe.meta.describe`).

A local paper's e-paper page (某市日报数字报 > 2025年07月29日 > 第A02版) is filed under the
paper's masthead, named after its area without the level word (某某日报 for 某某市): where the
text names no area (本报讯 … 我市, 全市), the masthead's is the document's
(:func:`masthead_area`; words in ``data/area_cues.csv``, kinds ``masthead*``). A local news
site files its pages the same way (某某新闻网 > 本地新闻 > 正文, 某某 a county-level city whose
news says only 全市). So does a masthead with its edition, date and page on one line
(某某日报 数字报  2021年01月13日  第A01版), and a page's source line naming a local paper
(来源：某某日报): the story it carries is the paper's area's news.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from planwatch.core.data import Evidence
from planwatch.core.normalise import fold
from planwatch.describe.areas import is_under, rows_by_name, to_area
from planwatch.describe.jurisdiction import AreaDecision, area_cues, decide_area
from planwatch.describe.site import (
    HEAD_LINES,
    OFFICE_RE,
    foot_span,
    office_of_site,
    site_head,
    title_site,
)
from planwatch.read.chrome import NAV_LINE_RE

_HEAD_CHARS = 1500  # the site's head lines stand over the title
_FIRST_ITEM_RE = re.compile(r"^\s*([^>＞»›|｜/\s][^>＞»›|｜/]{1,30}?)\s*[>＞»›|｜/]")


def _named(text: str, start: int, end: int) -> AreaDecision:
    """The area of the office named at ``text[start:end]`` (basis ``publisher``)."""
    decided = decide_area(text[start:end])
    if decided.area is None:
        return AreaDecision(None)
    return AreaDecision(decided.area, (Evidence("area", "publisher", text[start:end], start, end),))


def publisher_area(text: str) -> AreaDecision:
    """The area of the office whose site carries the page ``text`` (the stored text or a
    same-length view), with the office's name as evidence (basis ``publisher``); none if
    the page names no site."""
    head = fold(text[:_HEAD_CHARS])  # (same length: offsets index the text)
    for start, end in site_head(head):
        office = office_of_site(head[start:end])
        if office is not None:
            at = head.index(office, start)
            decided = _named(text, at, at + len(office))
            if decided.area is not None:
                return decided
    for start, line in _head_lines(head):
        m = _FIRST_ITEM_RE.match(line)
        if m is None or not NAV_LINE_RE.search(line):
            continue
        # (The item may be the site's name, 某市人民政府门户网站 > 政务公开 > …: its office.)
        office = m.group(1) if OFFICE_RE.search(m.group(1)) else office_of_site(m.group(1))
        if office is None:
            continue
        at = start + m.start(1)
        decided = _named(text, at, at + len(office))
        if decided.area is not None:
            return decided
    first = head.split("\n", 1)[0]
    suffix = title_site(first)
    office = office_of_site(first[suffix[0] : suffix[1]]) if suffix is not None else None
    if suffix is not None and office is not None:
        decided = _named(text, suffix[0], suffix[0] + len(office))
        if decided.area is not None:
            return decided
    foot = foot_span(text)
    if foot is not None:
        return _named(text, *foot)
    return _masthead(text, head)


def _head_lines(head: str) -> Iterator[tuple[int, str]]:
    """The first :data:`HEAD_LINES` non-blank lines of ``head``, each with its offset."""
    seen, pos = 0, 0
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return
        yield start, line


_LEVELS = ("province", "city", "county")


@functools.cache
def _masthead_re() -> re.Pattern[str]:
    cues = area_cues()
    alt = "|".join(map(re.escape, cues["masthead"]))
    edition = "|".join(map(re.escape, cues["masthead_edition"]))
    # (The site's name may stand apart from its navigation line on one line: 某某新闻网  首页 >
    # 本地新闻.)
    # (Or with its edition, date and page on one line: 某某日报 数字报  2021年01月13日  第A01版.)
    return re.compile(
        rf"^\s*([\u4e00-\u9fff]{{2,8}}?)(?:{alt})\s*({edition})?"
        r"(?:\s*(?:[>＞»›|｜]|$)|\s+(?P<crumb>)(?=(?:首页|当前位置|您的位置|您现在的位置)[^\n]*[>＞»›])"
        r"|\s+(?P<page>)(?=[^\n]*?第\s*[A-Za-z]?\d{1,3}\s*版))"
    )


def _masthead_row(name: str):
    """The one current area a masthead's name stands for: the name itself (full or safe
    short form) or the name with a level word after it (某某 -> 某某市), the one above
    the others when they are one area and its parts, else the one of the highest level;
    None if none or several."""
    forms = (name, *(name + lv for lv in area_cues()["masthead_level"]))
    rows = {r.code: r for form in forms for r in rows_by_name(form) if r.current}
    # (A city and its seat district of one name, 某州市 and 某州区: the city's paper.)
    top = [r for r in rows.values() if all(c == r.code or is_under(c, r.code) for c in rows)]
    if not top and rows:
        # (else the one area of the highest level: a city's paper, a county's district
        # of the same name elsewhere left aside)
        level = min(_LEVELS.index(r.level) for r in rows.values())
        top = [r for r in rows.values() if _LEVELS.index(r.level) == level]
    return top[0] if len(top) == 1 else None


def masthead_area(text: str) -> AreaDecision:
    """The area of the local paper whose e-paper page ``text`` is: the masthead opening
    the navigation line over the page (某某日报数字报 > date > 第A02版), or a head line of
    its own naming the edition (某某日报电子版); none otherwise (see the module doc)."""
    return _masthead(text, fold(text[:_HEAD_CHARS]))


def _masthead(text: str, head: str) -> AreaDecision:
    """:func:`masthead_area` with the text's head already folded (``head``)."""
    for start, line in _head_lines(head):
        m = _masthead_re().match(line)
        if m is None or not (
            m[2] or m["crumb"] is not None or m["page"] is not None or NAV_LINE_RE.search(line)
        ):
            continue
        row = _masthead_row(m[1])
        if row is not None:
            at = start + m.start(1)
            ev = Evidence("area", "publisher", text[at : start + m.end(1)], at, start + m.end(1))
            return AreaDecision(to_area(row), (ev,))
    for start, line in _head_lines(head):
        # (A page's source line names the local paper it was taken from: 来源：某某日报.)
        m = _source_paper_re().search(line)
        if m is None:
            continue
        g = 1 if m[1] else 2  # (the source line's paper, or the lead's)
        row = _masthead_row(m[g])
        if row is not None:
            at, end = start + m.start(g), start + m.end(g)
            return AreaDecision(
                to_area(row), (Evidence("area", "publisher", text[at:end], at, end),)
            )
    return AreaDecision(None)


@functools.cache
def _source_paper_re() -> re.Pattern[str]:
    # (Or the story's lead naming it: 某某新闻网讯（记者…）, 某某日报讯.)
    alt = "|".join(map(re.escape, area_cues()["masthead"]))
    return re.compile(
        rf"来源\s*[:：]\s*([\u4e00-\u9fff]{{2,8}}?)(?:{alt})|^\s*([\u4e00-\u9fff]{{2,8}}?)(?:{alt})讯"
    )
