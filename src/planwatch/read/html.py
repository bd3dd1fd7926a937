"""HTML pages: main content as paragraphs, ``<table>`` grids kept, chrome dropped.

Steps:

1. decode the bytes (BOM, strict UTF-8, the page's ``<meta charset>``,
   GB18030, detection — see :mod:`planwatch.read.decode`);
2. parse with lxml (robust to broken markup) and drop what is never content:
   scripts, styles, forms' controls, hidden elements, and chrome marked as
   such (``<nav>``, ``<footer>``, ARIA roles, class/id words like ``nav``,
   ``footer``, ``share``, ``breadcrumb``) — unless it holds most of the page;
3. pick the main-content element by a readability-style score (paragraph text
   and punctuation, discounted by link density), then widen it to ancestors
   that add little text (so the article's ``<h1>`` and date line come along);
4. walk it in document order: block elements become paragraphs (separated by
   a blank line), link lists and short copyright/ICP lines are dropped, and
   each data ``<table>`` is written one cell per line with its grid kept as a
   :class:`~planwatch.core.data.SourceTable` (rowspan/colspan placed the HTML
   way). Layout tables (holding other tables or long prose) are walked as blocks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from planwatch.core.data import ReadResult
from planwatch.core.errors import CorruptFileError
from planwatch.read.decode import decode_bytes
from planwatch.read.layout import RawCell, TextBuilder, one_line, place_rows
from planwatch.read.page_meta import page_meta

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")

# Elements that never hold readable content.
_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "math",
        "canvas",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "video",
        "audio",
        "map",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "optgroup",
        "datalist",
        "link",
        "meta",
        "base",
        "dialog",
    ]
)
# Chrome by element name (``header`` only outside an article: an article's header holds its title).
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
# Class/id words that mark chrome (whole tokens after splitting on space, '-' and '_').
_CHROME_TOKENS = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menus",
        "submenu",
        "mainnav",
        "topnav",
        "subnav",
        "footer",
        "foot",
        "ft",
        "share",
        "sharing",
        "social",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "sidebar",
        "side",
        "aside",
        "copyright",
        "toolbar",
        "topbar",
        "comment",
        "comments",
        "related",
        "recommend",
        "pagination",
        "pager",
        "login",
        "search",
        "searchbox",
        "banner",
        "advert",
        "ad",
        "ads",
        "qrcode",
        "ewm",
        "erweima",
        "print",
        "fontsize",
        "fenxiang",
        "daohang",
        "weizhi",
        "position",
        "location",
        "curpos",
        "dqwz",
        "bottom",
    ]
)
# Words that mark a site header, unless the element holds a heading (an article's own header).
_WEAK_CHROME_TOKENS = frozenset({"header", "head", "top", "logo", "masthead"})
# Substrings that mark chrome even inside compound class names (bdsharebuttonbox, jiathis_style).
_CHROME_SUBSTRINGS = ("bdshare", "jiathis", "share", "breadcrumb", "footer", "navbar", "copyright")
# Chrome is only dropped when it holds at most this share of the page's text.
_CHROME_MAX_SHARE = 0.3

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BLOCK_TAGS = _HEADINGS | frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "hr",
        "center",
        "table",
        "caption",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "details",
        "summary",
        "body",
        "html",
    ]
)
# Tags whose text counts as a paragraph of the element that holds them.
_INLINE_OR_PARA = _HEADINGS | frozenset(
    [
        "p",
        "span",
        "font",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "a",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "small",
        "big",
        "sup",
        "sub",
        "label",
        "cite",
        "q",
    ]
)

_SPLIT_WORDS = re.compile(r"[\s_\-]+")
_PUNCT = re.compile(r"[，。；、,;：:！？]")
# Lines of site chrome that survive markup-based cleaning (footers without class names).
_BOILERPLATE_LINE = re.compile(
    r"版权所有|copyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|分享到|扫一扫|返回顶部"
    r"|当前位置[:：]|您现在的位置|您的位置[:：]|^\s*(?:主办|承办|技术支持|联系我们)(?:单位)?\s*[:：]",
    re.I,
)
_BOILERPLATE_LINE_MAX = 200
# Page-tool fragments inside a useful line ("发布时间：2023-02-25 【字体：大 中 小】【打印】").
_TOOL_FRAGMENT = re.compile(
    r"【\s*字[体号]\s*[:：]?\s*[大中小\s]*】?"
    r"|字[体号]\s*[:：]\s*[大中小\s]*"
    r"|【\s*(?:打印|关闭)\S{0,3}?\s*】?"
    r"|【?\s*(?:打印|关闭)(?:本页|此页|窗口|文章)\s*】?"
)
# A layout table: holds other tables, has one column, or a cell with this much text.
_LAYOUT_CELL_CHARS = 400
_MIN_PARAGRAPH_CHARS = 25


def read_html(data: bytes, name: str) -> ReadResult:
    """Read an HTML page into stored text and tables. Raises InputError subclasses."""
    m = _META_CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii", "replace") if m else None
    decoded = decode_bytes(data, name, declared)
    root = _parse(decoded.text, name)
    title = _title(root)
    published, site = page_meta(root)  # (the head's own date and site: read/page_meta)
    _drop_non_content(root)
    body = root.find("body")
    if body is None:
        body = root
    stats = _TextStats(body)
    _drop_chrome(body, stats)
    stats = _TextStats(body)
    container = _main_container(body, stats)
    builder = TextBuilder()
    renderer = _Renderer(builder, stats)
    renderer.block(container)
    renderer.flush()
    text = builder.text()
    if not text.strip():
        raise CorruptFileError(
            name,
            "the HTML page yields no text (empty, only navigation/scripts, or broken "
            "markup); save the article page itself, or its text as .txt",
        )
    return ReadResult(
        text=text,
        format="html",
        encoding=decoded.encoding,
        tables=builder.tables(),
        title=title,
        published=published,
        site=site,
    )


def _parse(text: str, name: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that carries an XML encoding declaration; we decoded already.
    text = _XML_DECL.sub("", text, count=1)
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, recover=True
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.LxmlError, ValueError, UnicodeError) as exc:
        raise CorruptFileError(
            name,
            f"the HTML cannot be parsed ({exc.__class__.__name__}); "
            "save the page again or its text as .txt",
        ) from None
    if root is None:
        raise CorruptFileError(name, "the HTML page is empty; save the article page itself")
    return root


def _title(root: lxml.html.HtmlElement) -> str | None:
    for xpath in ("//title", "//meta[@property='og:title']/@content", "//h1"):
        for found in root.xpath(xpath):
            text = found if isinstance(found, str) else found.text_content()
            text = one_line(text)
            if text:
                return text
    return None


def _drop_non_content(root: lxml.html.HtmlElement) -> None:
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions, entities
        elif el.tag.lower() in _DROP_TAGS or _hidden(el):
            doomed.append(el)
    for el in doomed:
        _drop(el)


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _drop(el: lxml.etree._Element) -> None:
    """Remove ``el`` and its content but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if isinstance(el, lxml.html.HtmlElement):
        el.drop_tree()
    else:
        tail = el.tail
        prev = el.getprevious()
        parent.remove(el)
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


class _TextStats:
    """Text and link-text lengths (non-space characters) of every element, one pass."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.total: dict[lxml.html.HtmlElement, int] = {}
        self.links: dict[lxml.html.HtmlElement, int] = {}
        self._count(root, in_link=False)

    def _count(self, el: lxml.html.HtmlElement, in_link: bool) -> tuple[int, int]:
        in_link = in_link or el.tag == "a"
        own = _nonspace(el.text)
        total, links = own, own if in_link else 0
        for child in el:
            if not isinstance(child.tag, str):
                continue
            t, lk = self._count(child, in_link)
            tail = _nonspace(child.tail)
            total += t + tail
            links += lk + (tail if in_link else 0)
        self.total[el] = total
        self.links[el] = links
        return total, links

    def link_density(self, el: lxml.html.HtmlElement) -> float:
        total = self.total.get(el, 0)
        return self.links.get(el, 0) / total if total else 0.0


def _nonspace(s: str | None) -> int:
    if not s:
        return 0
    return len(s) - sum(1 for c in s if c.isspace())


def _class_words(el: lxml.html.HtmlElement) -> tuple[list[str], str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return [w for w in _SPLIT_WORDS.split(raw) if w], raw


def _is_chrome(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _CHROME_TAGS:
        return True
    if tag == "header":
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    if (el.get("role") or "").lower() in _CHROME_ROLES:
        return True
    if tag in ("body", "html", "table", "tr", "td", "th", "tbody"):
        return False
    words, raw = _class_words(el)
    if any(w in _CHROME_TOKENS for w in words):
        return True
    if any(w in _WEAK_CHROME_TOKENS for w in words):
        return next(el.iter("h1", "h2", "h3"), None) is None
    return any(s in raw for s in _CHROME_SUBSTRINGS)


def _drop_chrome(body: lxml.html.HtmlElement, stats: _TextStats) -> None:
    page = max(stats.total.get(body, 0), 1)
    doomed = []
    for el in body.iterdescendants():
        if not isinstance(el.tag, str) or not _is_chrome(el):
            continue
        # A "chrome" element holding most of the page is really the page's wrapper.
        if stats.total.get(el, 0) <= _CHROME_MAX_SHARE * page or stats.link_density(el) > 0.5:
            doomed.append(el)
    doomed_set = set(doomed)
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed_set for a in el.iterancestors()):
            _drop(el)


def _main_container(body: lxml.html.HtmlElement, stats: _TextStats) -> lxml.html.HtmlElement:
    """The element holding the article: best paragraph score, widened to close ancestors."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag == "a":
            continue
        direct = _nonspace(el.text) + sum(_nonspace(c.tail) for c in el)
        if direct < _MIN_PARAGRAPH_CHARS:
            continue
        own = "".join([el.text or ""] + [c.tail or "" for c in el])
        score = 1 + min(len(_PUNCT.findall(own)), 20) + min(direct / 100, 3)
        holder = el
        while holder.tag in _INLINE_OR_PARA and holder.getparent() is not None:
            holder = holder.getparent()
        scores[holder] = scores.get(holder, 0.0) + score
        parent = holder.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + score / 2
    # Data tables count too: a statistics page may be one table under a short intro.
    for table in body.iter("table"):
        if next(table.iterdescendants("table"), None) is not None:
            continue
        n_rows = sum(1 for _ in _table_rows(table))
        parent = table.getparent()
        if n_rows >= 2 and parent is not None:
            scores[parent] = scores.get(parent, 0.0) + min(n_rows, 20)
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + min(n_rows, 20) / 2
    if not scores:
        return body
    best = max(scores, key=lambda e: scores[e] * (1 - stats.link_density(e)))
    # Widen to ancestors that add little non-link text: the title, date line, a breadcrumb.
    node = best
    for parent in best.iterancestors():
        if parent not in stats.total:
            break  # above <body>
        base = stats.total[node] - stats.links[node]
        extra = (stats.total[parent] - stats.links[parent]) - base
        if extra > max(300, 0.25 * base):
            break
        node = parent
    return node


class _Renderer:
    """Walks an element in document order, writing paragraphs and tables to a builder."""

    def __init__(self, builder: TextBuilder, stats: _TextStats) -> None:
        self.out = builder
        self.stats = stats
        self.line: list[str] = []

    def flush(self) -> None:
        text = one_line("".join(self.line))
        self.line = []
        if not text:
            return
        if len(text) <= _BOILERPLATE_LINE_MAX:
            if _BOILERPLATE_LINE.search(text):
                return
            text = one_line(_TOOL_FRAGMENT.sub(" ", text))
        self.out.add_block(text)

    def block(self, el: lxml.html.HtmlElement) -> None:
        """Render ``el``'s content (not its tail)."""
        if el.text:
            self.line.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.element(child)
            if child.tail:
                self.line.append(child.tail)

    def element(self, el: lxml.html.HtmlElement) -> None:
        tag = el.tag.lower()
        if tag == "br":
            self.flush()
            return
        if tag not in _BLOCK_TAGS:
            self.block(el)  # inline: its text joins the current line
            return
        self.flush()
        if tag == "table":
            self.table(el)
        elif self._is_link_list(el):
            pass
        else:
            self.block(el)
        self.flush()

    def _is_link_list(self, el: lxml.html.HtmlElement) -> bool:
        if el.tag in _HEADINGS or el.tag == "p":
            return False
        n_links = sum(1 for _ in el.iter("a"))
        return n_links >= 2 and self.stats.link_density(el) >= 0.6

    def table(self, table: lxml.html.HtmlElement) -> None:
        rows = list(_table_rows(table))
        cell_texts = [[_cell_text(c) for c in row] for row in rows]
        is_layout = (
            any(True for _ in table.iterdescendants("table"))
            or max((len(r) for r in rows), default=0) <= 1  # one column: a layout frame
            or any(len(t) > _LAYOUT_CELL_CHARS for r in cell_texts for t in r)
        )
        if is_layout:
            for row in rows:
                for cell in row:
                    if not self._is_link_list(cell):
                        self.block(cell)
                    self.flush()
            return
        for caption in table.iterchildren("caption"):
            self.block(caption)
            self.flush()
        raw_rows = [
            [
                RawCell(t, _span_attr(c, "rowspan"), _span_attr(c, "colspan"))
                for c, t in zip(r, ts, strict=True)
            ]
            for r, ts in zip(rows, cell_texts, strict=True)
        ]
        cells, n_rows, n_cols = place_rows(raw_rows)
        self.out.add_table(cells, n_rows, n_cols)


def _table_rows(table: lxml.html.HtmlElement) -> Iterator[list[lxml.html.HtmlElement]]:
    for tr in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
        cells = tr.xpath("./td | ./th")
        if cells:
            yield cells


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    """A cell's text as one line (its inner paragraphs and ``<br>`` joined)."""
    parts: list[str] = []
    for piece in cell.xpath(".//text() | .//br"):
        parts.append("\n" if not isinstance(piece, str) else str(piece))
    return one_line("".join(parts))


def _span_attr(cell: lxml.html.HtmlElement, attr: str) -> int:
    try:
        value = int((cell.get(attr) or "1").strip())
    except ValueError:
        return 1
    return min(max(value, 1), 1000)  # bound what a hostile page can make us allocate
