"""What an HTML page says of itself in its ``<meta>`` tags: when it was published, on what site.

Chinese government portals built on the common CMSs print the article's publication time and the
site's name in the page head (``<meta name="PubDate" content="2021-04-09 15:07">``,
``<meta name="SiteName" content="某县人民政府">``; news sites ``article:published_time`` and
``og:site_name``) even where the article's own text names neither its year nor its area — a
statistics release of 一季度 whose year is only in its address. The reader keeps both beside the
text (:class:`~planwatch.core.data.ReadResult`), and the describe stage falls back on them only
where the text says nothing (:mod:`planwatch.describe.page_meta`). The stored text is untouched.
"""

from __future__ import annotations

import re

import lxml.html

# The meta names and properties of a publication time and of a site's name, lowercased, in the
# order they are trusted (a CMS's own field before a generic one).
_DATE_KEYS = (
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "article:published_time",
    "firstpublishedtime",
    "dc.date",
    "dc.date.issued",
    "date",
)
_SITE_KEYS = ("sitename", "og:site_name", "site_name", "application-name")
_DATE_RE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SITE_MAX = 40  # (a site's name, not a description)
# The date a portal's address prints for its article, where the head gives none (a canonical link
# or og:url): /t20210409_123.html (TRS), /art/2021/4/9/art_1_2.html, /2021-04/09/content_1.htm.
_URL_DATE_RE = re.compile(
    r"/t((?:19|20)\d\d)(\d\d)(\d\d)_\d|/art/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/"
    r"|/((?:19|20)\d\d)-(\d\d)/(\d\d)/content_"
)


def _metas(root: lxml.html.HtmlElement) -> dict[str, str]:
    """The page's ``<meta>`` values by their lowercased name or property (first one kept)."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _date(year: str, month: str, day: str) -> str | None:
    """YYYY-MM-DD of a printed date, None when it is no calendar date."""
    m, d = int(month), int(day)
    return f"{year}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def page_meta(root: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """The page's publication date (YYYY-MM-DD) and site name from its ``<meta>`` tags (the date
    else from its address), each None where the page gives none (or no calendar date)."""
    metas = _metas(root)
    published = None
    for key in _DATE_KEYS:
        m = _DATE_RE.search(metas.get(key, ""))
        if m is not None:
            published = _date(m.group(1), m.group(2), m.group(3))
        if published:
            break
    if published is None:  # (the article's address: a canonical link or og:url)
        links = root.xpath("//link[@rel='canonical']/@href") + [metas.get("og:url", "")]
        m = next(filter(None, (_URL_DATE_RE.search(str(u)) for u in links)), None)
        if m is not None:
            published = _date(*[g for g in m.groups() if g is not None])
    site = next((metas[k] for k in _SITE_KEYS if metas.get(k)), None)
    if site is not None and len(site) > _SITE_MAX:
        site = None
    return published, site
