"""Where a document's body ends: a web page's tail (share links, related pages) names and
dates other pages, so the describe stage reads only what is above it."""

from __future__ import annotations

from functools import lru_cache

from planwatch.core.normalise import fold
from planwatch.read.chrome import chrome_kind

_TAIL_CHARS = 15000  # how far into a page its tail is looked for


@lru_cache(maxsize=8)
def body_end(text: str) -> int:
    """Where a document's body ends: at a web page's tail (:func:`_page_tail`), else at the
    end of ``text``. What follows names and dates other pages: neither the reference date
    nor the genre reads it. (Asked by each reader of one document: kept for the last few.)"""
    tail = _page_tail(fold(text[:_TAIL_CHARS]), len(text))
    return len(text) if tail is None else tail


# A paragraph of the body: a line this long holding a full stop.
_PROSE_LINE_CHARS = 20


def _page_tail(view: str, length: int) -> int | None:
    """Where a web page's tail starts, if it has one: its first ``page_tail`` line (share
    or print links, a list of related pages: ``data/page_chrome.csv``) in the second half
    of the text (of ``length`` characters), or after a paragraph of the body, after which
    the text is the site's: a short story's links to other pages (上一篇：…, 相关新闻) may
    run longer than its body. (The same links over a page's body, 分享到 under its title,
    end nothing.)"""
    pos, body = 0, False
    for line in view.split("\n"):
        if (pos >= length // 2 or body) and chrome_kind(line) == "page_tail":
            return pos
        body = body or ("。" in line and len(line.strip()) >= _PROSE_LINE_CHARS)
        pos += len(line) + 1
    return None
