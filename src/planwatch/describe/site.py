"""The site a web page stands on: its own name over the page, and at its foot.

A government or a bureau's site prints its own name over every page it carries — a line
of its own above the navigation line and the title (某县人民政府, 某市统计局, 某县人民政府门户网站),
or the navigation line's first item (某市统计局 > 统计数据 > …) — and again at its foot
(主办：某县人民政府办公室, 版权所有：某市统计局). That name is the page's publisher, not what the
page is about: a city's portal carries its counties' stories and its province's plans, a
province's portal its cities' releases. So the describe stage reads the opening with the
site's head lines blanked (no title, no vote: :mod:`.jurisdiction`) and keeps the name as
the publisher (:mod:`.publisher`), whose area is the page's where the text names none or
only a round-up of the publisher's parts.

The head is told by its form: a short line that is an office's name (the words an
office's name ends with, below), alone or with a word for a site (门户网站, 官网), on a
page whose head also has a navigation line or a 发布时间 line (``read.chrome``); an official
document printed under its issuer (某市人民政府 / 关于印发…的通知) without them keeps its issuer.
"""

from __future__ import annotations

import re

from planwatch.core.normalise import fold
from planwatch.read.chrome import NAV_LINE_RE, chrome_kind

# A publisher named by its office (a government, a bureau, a commission, a congress's
# standing committee, a media centre): the words an office's name ends with.
OFFICE_RE = re.compile(
    r"(?:人民政府|政府(?:办公室)?|统计局|调查队|发展和改革委员会|发展改革委|发改委|财政局"
    r"|人大常委会|人民代表大会常务委员会|融媒体中心)$"
)
# A site's name after its office's: 门户网站, 政府网 (某县人民政府网: the office keeps 政府), 信息公开网, 官网 …
_SITE_WORD_RE = re.compile(
    r"\s*(?:门户网站|官方网站|网站|官网|(?<=政府)网|政务网|政务服务网|信息公开网|政府信息公开(?:网|平台)?"
    r"|政务公开网)$"
)
# The foot's name of the site: a line opening on 主办：…, 主办单位：…, 承办：…, or 版权所有：…
# (…版权所有) anywhere on its line.
_FOOT_RE = re.compile(
    r"(?:(?:^|\n)[ \t\u3000\xa0]*(?:主办|承办)(?:单位)?|版权所有)\s*[:：]?\s*(?:[©Ⓒ]\s*)?"
    r"([^\s:：|｜©]{2,30}?)(?=[\s|｜]|$)"
    r"|([^\s:：|｜©]{2,30}?)\s*版权所有"
)
_FOOT_WORDS = ("主办", "承办", "版权所有")
# (The same in either script, looked for before the foot is folded: most pages have none.)
_FOOT_WORDS_AS_WRITTEN = (*_FOOT_WORDS, "主辦", "承辦", "版權所有")
# A browser's title line: the page's title, then the site's name after a bar or an underscore.
_TITLE_SITE_RE = re.compile(r"[_|｜]\s*([^_|｜\n]{4,30}?)\s*$")
_NAME_RE = re.compile(r"[\u4e00-\u9fff·]+")
FOOT_CHARS = 600  # a site's foot stands in a page's last characters
SITE_LINE_CHARS = 30  # a site's name is a short line
HEAD_LINES = 6  # the site's head stands among a page's first non-empty lines


def office_of_site(line: str) -> str | None:
    """The office a site-name line names (某县人民政府门户网站 -> 某县人民政府), or None.
    ``line`` is folded."""
    s = line.strip(" \t\u3000\xa0\r")
    if not s or len(s) > SITE_LINE_CHARS:
        return None
    name = _SITE_WORD_RE.sub("", s)
    # (A name alone: a browser's title line, 某规划_某市人民政府门户网站, is the page's title.)
    if len(name) < 4 or not _NAME_RE.fullmatch(name):
        return None
    return name if OFFICE_RE.search(name) else None


def site_head(view: str) -> list[tuple[int, int]]:
    """The spans of a web page's head lines that name its site (a site-name line, see the
    module doc) in ``view`` (folded): those opening the page, over its navigation, its
    发布时间 line and its title; none on a text that is no web page (no navigation or
    发布时间 line among its first lines). (An office's name under the page's head is the
    document's issuer, its title lost above it.)"""
    lines: list[tuple[int, int, str]] = []
    start = 0
    while start <= len(view) and len(lines) < HEAD_LINES:
        end = view.find("\n", start)
        end = len(view) if end < 0 else end
        if view[start:end].strip(" \t\u3000\xa0\r"):
            lines.append((start, end, view[start:end]))
        start = end + 1
    out = []
    for start, end, s in lines:
        if office_of_site(s) is None:
            break  # (the navigation, the page's head or its title: what follows is the page's)
        out.append((start, end))
    if not out:
        return []
    page = any(NAV_LINE_RE.search(s) or chrome_kind(s) == "page_head" for _, _, s in lines)
    return out if page else []


def site_foot(view: str) -> tuple[int, int] | None:
    """The span of the office a page's foot (``view``: its last lines, folded) names as its
    site's (主办：…, 版权所有), if any."""
    if not any(word in view for word in _FOOT_WORDS):
        return None  # (most texts: the pattern is not tried at every character)
    for m in _FOOT_RE.finditer(view):
        g = 1 if m[1] else 2
        name = _SITE_WORD_RE.sub("", m[g])
        if OFFICE_RE.search(name) and _NAME_RE.fullmatch(name):
            return m.start(g), m.start(g) + len(name)
    return None


def foot_span(text: str) -> tuple[int, int] | None:
    """The span in ``text`` of the office its foot names as the site's (:func:`site_foot`)."""
    base = max(0, len(text) - FOOT_CHARS)
    tail = text[base:]
    if not any(word in tail for word in _FOOT_WORDS_AS_WRITTEN):
        return None
    found = site_foot(fold(tail))
    return None if found is None else (base + found[0], base + found[1])


def foot_start(text: str) -> int | None:
    """Where the site's foot starts in ``text``: the line naming the site, or None."""
    found = foot_span(text)
    return None if found is None else text.rfind("\n", 0, found[0]) + 1


def title_site(line: str) -> tuple[int, int] | None:
    """The span of the site's name a browser's title line ends with (某县前三季度…_某市人民政府,
    …｜某县人民政府门户网站), when it names an office: the site, not the page's subject."""
    m = _TITLE_SITE_RE.search(line)
    if m is None or office_of_site(m[1]) is None:
        return None
    return m.span(1)


# A web page's navigation line (read.chrome.NAV_LINE_RE: 首页 > 统计公报 > 山东 > 潍坊) names
# the site's sections, under which a county's page is filed by its city or province.
_CRUMB_LINES = 3  # (how many lines opening a page its navigation may take)


def without_site_head(opening: str) -> tuple[str, int]:
    """The opening (folded) with the navigation lines standing before its title blanked
    (same length), and the site's own name over them (:func:`site_head`): their names are
    where and by whom the page is filed, not what it is about; and where the line after
    them starts (0 when there are none)."""
    pos, after = 0, 0
    first_end = opening.find("\n")
    suffix = title_site(opening[: first_end if first_end >= 0 else len(opening)])
    if suffix is not None:
        opening = opening[: suffix[0]] + " " * (suffix[1] - suffix[0]) + opening[suffix[1] :]
    for start, end in site_head(opening):
        opening = opening[:start] + " " * (end - start) + opening[end:]
        after = min(end + 1, len(opening))
    for _ in range(_CRUMB_LINES):
        end = opening.find("\n", pos)
        end = len(opening) if end < 0 else end
        if NAV_LINE_RE.search(opening, pos, end):
            opening = opening[:pos] + " " * (end - pos) + opening[end:]
            after = min(end + 1, len(opening))
        elif opening[pos:end].strip():
            break
        pos = end + 1
    return opening, after
