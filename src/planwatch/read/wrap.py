"""A PDF's text layer saved as text, hard-wrapped at the page's edge, read as its sentences.

A PDF prints a paragraph over lines as wide as the page; copied as text (by pdfplumber,
or by hand from a viewer) each line ends with a line break though the sentence runs on.
:func:`looks_wrapped` tells such a text from tidy text (where a line is a paragraph),
:func:`wrap_gaps` finds the breaks inside a sentence (a full-width line that ends no
sentence; a short line that broke a figure from its unit or at its decimal point; a
break after a quoted name), and :func:`join_gaps` gives a same-length view with them
joined (planwatch.read.chrome's reading view). The stored text is never changed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence

from planwatch.core.normalise import PINYIN_LETTERS, fold
from planwatch.core.widths import display_width
from planwatch.read.chrome import chrome_kind

_ENDS = "。；;！!？?：:”』」)）"
# A line that starts a heading or a list item, or a meeting line under a title
# (——2023年10月24日在…会议上): the break before it is real.
STARTS_BLOCK = re.compile(
    r"\s*(?:——|第[一二三四五六七八九十百\d]{1,4}[章节篇条]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳●■◆▲•·]|(?:附件|附表|表)\s*\d)"
)


# A table row laid out with tabs or runs of spaces: its line break is real.
_TABLE_ROW = re.compile(r"\t|\S(?: {2,}|\u3000{1,})\S.*\S(?: {2,}|\u3000{1,})\S")


def is_table_row(line: str) -> bool:
    """Whether ``line`` is laid out as a table row (:data:`_TABLE_ROW`), or parted by bars
    (全州 | 263.4 | 14，865 | 7.2: a web table as text, a thousands comma in a cell no
    prose's). The pattern needs a tab, two spaces or an ideographic space, so a line without
    one is not searched: every line of every plain text is asked, and long prose lines have
    none."""
    if line.count("|") + line.count("｜") >= _MIN_BARS:
        return True
    return ("\t" in line or "  " in line or "\u3000" in line) and bool(_TABLE_ROW.search(line))


_MIN_BARS = 2


# A ratio wrapped after its colon (三次产业结构为4.2： / 42.1：53.7) runs on.
_RATIO_END = re.compile(r"\d[:：∶]$")
# A semicolon ends a clause, not a paragraph: a full-width line ending with one ran on
# (增长18%； / 财政总收入…: the clauses of one sentence, read in its year and its cue); a
# list item after it starts a block (STARTS_BLOCK) and keeps its break.
_CLAUSE_ENDS = "；;"
_QUOTE_CLOSES = "”』」"
_SENTENCE_ENDS = "。！!？?"
_SPACES = " \u3000"
# A document is taken as hard-wrapped when at least this many of its full-width prose
# lines, and this share of them, run on into the next line (see :func:`looks_wrapped`).
_MIN_RUN_ON_LINES = 5
# A page's width shows when this many prose lines (of at least _MIN_PAGE_WIDTH characters:
# a page or column holds more; table cells and headings are shorter), and this share of
# them, are as wide.
_MIN_PAGE_LINES = 5
_PAGE_WIDTH_SHARE = 0.2
_MIN_PAGE_WIDTH = 20
_MIN_RUN_ON_SHARE = 0.5
# A wrapped line of prose holds a clause's mark somewhere; a short-line page of name and
# figure cards (一图读懂: 地区生产总值 / 1012.6亿元 / 增长6.1%) has none and is no wrapped text.
_PROSE_MARK_RE = re.compile(r"[，,、；;：:。（(“]")


def _width(line: str) -> float:
    """How wide ``line`` prints, in Chinese characters, a half-width character (a digit, a
    Latin letter, a space) counted as half of one (on a Chinese page the ambiguous ones,
    “” · ①, are as wide as a character)."""
    return display_width(line, ambiguous_wide=True) / 2


def _full_width(lines: list[str], width: Callable[[str], float] = len) -> float | None:
    """The width a line has when the text ran on past it: 0.85 of the 90th percentile
    of the prose lines' widths, or of the page's width where one shows (the most common
    width of the prose lines, held by a fifth of them: a line of half-width digits holds more
    characters than the page's width, so the percentile overshoots it); None with fewer
    than three lines of 8 characters."""
    widths = sorted(width(x) for x in (y.strip() for y in lines) if len(x) >= 8)
    if len(widths) < 3:
        return None
    top = widths[int(0.9 * (len(widths) - 1))]
    page = _page_width(widths)
    if page is not None:
        top = min(top, page)
    return 0.85 * top


def _page_width(widths: Sequence[float]) -> float | None:
    """The page's width in characters where one shows: the most common width of the prose
    lines (``widths``: the stripped lines' lengths), held by a fifth of them."""
    lines_of_prose = [w for w in widths if w >= _MIN_PAGE_WIDTH]
    if lines_of_prose:
        page, held = Counter(lines_of_prose).most_common(1)[0]
        if held >= _MIN_PAGE_LINES and held >= _PAGE_WIDTH_SHARE * len(lines_of_prose):
            return page
    return None


# A sentence's full stop at a page's edge: in a text that indents its paragraphs (or parts
# them by a blank line), a line as wide as the page that ends a sentence runs on when the next
# line is not indented (nor blank, nor opens with a heading's or list item's number): a page's
# line ends wherever a sentence does (…前移至第83位。 / 五年间，财政…). Where paragraphs are
# not marked, nothing tells the end of one that reached the edge from a sentence that did, and
# the break is kept.
_FULL_STOPS = "。！？"
_INDENT = " \t\u3000\xa0"
# A text marks its paragraphs when at least this many lines of prose (a heading holds no
# clause's punctuation) open after a paragraph's end (a line ending a sentence short of the
# page's edge), and this share of them indented, or this share after a blank line.
_MIN_INDENTED = 3
_INDENTED_SHARE = 0.8


def _marks_paragraphs(lines: list[str], page: int | None) -> bool:
    """Whether the paragraphs of ``lines`` (a page ``page`` wide) open indented, or after a
    blank line (a text layer saved with a blank line between paragraphs: a line break with
    none is the page's edge)."""
    if page is None:
        return False
    ends = [  # (the lines ending a paragraph short of the page's edge, found once)
        i
        for i, body in enumerate(x.rstrip() for x in lines[:-1])
        if body and body[-1] in _FULL_STOPS and len(body) < page - 2
    ]
    for marked in (_opens_indented, _opens_after_blank):
        opened = [x for x in (marked(lines, i) for i in ends) if x is not None]
        if sum(opened) >= _MIN_INDENTED and sum(opened) >= _INDENTED_SHARE * len(opened):
            return True
    return False


def _opens_indented(lines: list[str], i: int) -> bool | None:
    """Whether the line after a paragraph's end at ``i`` opens indented (None: no prose)."""
    return lines[i + 1][:1] in _INDENT if prose_line(lines[i + 1]) else None


def _opens_after_blank(lines: list[str], i: int) -> bool | None:
    """Whether a blank line follows a paragraph's end at ``i`` before the next prose line."""
    k = i + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k > i + 1 if k < len(lines) and prose_line(lines[k]) else None


def _stop_runs_on(line: str, nxt: str, page: int | None) -> bool:
    """Whether a line ending a sentence at the page's edge (``page`` wide) runs on into
    ``nxt`` (the next body line as printed, its indent kept)."""
    body = line.rstrip()
    return (
        page is not None
        and len(body) >= page
        and body[-1:] in _FULL_STOPS
        and nxt[:1] not in _INDENT
        and bool(nxt)
        and not STARTS_BLOCK.match(nxt)
        and not is_table_row(body)
    )


def _cut_figure(body: str, nxt: str, continued: bool = False) -> bool:
    """Whether a short prose line broke a figure from its unit (…达到 486 / 公里，) or a name
    from its figure (…，通客车率 / 100%。); a heading's, list item's or row's line is its own,
    but a run-in heading's line going on in prose (（五）资源环境。单位地区生产总值能耗两年累计下降 /
    7.3%，…, real16 dev c463) is prose, as ``_cut_word`` reads it."""
    run_in = STARTS_BLOCK.match(body) is not None and _RUN_IN_RE.search(body) is not None
    head = STARTS_BLOCK.match(body) is not None and not run_in
    blocks = not (body and nxt) or STARTS_BLOCK.match(nxt) or head
    if blocks or _ends_sentence(body, nxt) or is_table_row(body):
        return False
    if _DECIMAL_CUT_RE.search(body) and nxt[:1].isdigit():
        return True  # (…城镇化率达到 58. / 6%，: a figure broken at its decimal point)
    if re.search(r"[\u4e00-\u9fff][ \u3000]?\d+(?:\.\d+)?$", body):  # (达到 486)
        # (…生产总值186.4 / 2亿元，, …收入14 / .86亿元: a figure broken inside it)
        return _han(nxt[0]) or re.match(r"[.．]?\d+(?:\.\d+)?[%％\u4e00-\u9fff]", nxt) is not None
    if _BARE_FIGURE_RE.fullmatch(body):
        # (…旅客吞吐量突破 / 100 / 万人次，: a figure broken onto a line of its own, its unit
        # and the clause's comma opening the next; a table's cell line has no comma after it)
        return _UNIT_CLAUSE_RE.match(nxt) is not None
    clause = run_in or re.search(r"[，,；;]", body) is not None
    if _BARE_FIGURE_RE.fullmatch(nxt):
        # (…货物吞吐 / 量突破 / 250 / 万吨，: a line the one before ran on into is a sentence
        # under way, as one holding a comma is; a name cell over its figure is neither)
        return _han(body[-1]) and (clause or continued)
    return _han(body[-1]) and clause and _FIGURE_RE.match(nxt) is not None


def _comma_end(body: str, nxt: str) -> bool:
    """Whether a line of a wrapped text ends with a clause's comma (…年均增长 12.6%， / 高于
    《纲要》…): no paragraph, heading or cell ends so, however short the line (real16 dev
    c463); a table row's line or a next line opening a block keeps its break."""
    return (
        bool(body)
        and body[-1] in "，,、"
        and bool(nxt)
        and not STARTS_BLOCK.match(nxt)
        and not is_table_row(body)
        and not is_table_row(nxt)
    )


# A run-in heading closed by its full stop with the paragraph's prose after it on its line.
_RUN_IN_RE = re.compile(r"^\s*\S{1,16}?[。：:][^。]*[\u4e00-\u9fff]$")


_DECIMAL_CUT_RE = re.compile(r"[^\d.]\s?\d+\.$")
# (A figure, not a year: 2023年 opening a line starts a sentence of its own.)
_FIGURE_RE = re.compile(r"(?!(?:19|20)\d\d\s*年)\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff])")
# A figure alone on its line, and the unit a clause's comma closes at the next line's start.
_BARE_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")
_UNIT_CLAUSE_RE = re.compile(r"(?:%|％|[\u4e00-\u9fff]{1,4})[，,；;。]")


def _ends_sentence(body: str, nxt: str) -> bool:
    """Whether a line's last character ends its sentence (or heading, or cell): not a
    clause's semicolon, nor a ratio's colon before its next term (4.2： / 42.1：53.7), nor
    a closing quote with no sentence's end inside it (…，“十四五” / 期间年均增长: the quoted
    name of a period or a slogan inside a clause; 。” ends the sentence it quotes)."""
    if body[-1] in _QUOTE_CLOSES:
        inside = body[:-1].rstrip(_SPACES)
        return bool(inside) and inside[-1] in _SENTENCE_ENDS
    return (
        body[-1] in _ENDS
        and body[-1] not in _CLAUSE_ENDS
        and not (_RATIO_END.search(body) is not None and nxt[:1].isdigit())
    )


def _runs_on(body: str, nxt: str, full: float, width: Callable[[str], float] = len) -> bool:
    """Whether a line's break is a wrap: the line is full width, ends no sentence, is no
    table row, the next line starts no heading or list item, and the two lines are not
    both an indicator's line of a data page (:data:`_LABEL_LINE`)."""
    return (
        width(body) >= full
        and not _ends_sentence(body, nxt)
        and bool(nxt)
        and not STARTS_BLOCK.match(nxt)
        and not is_table_row(body)
        and not (_LABEL_LINE.match(body) and _LABEL_LINE.match(nxt))
    )


# A statistics bureau's data page prints one indicator a line, its name, a colon, then its
# figure and growth (name：figure unit，增长x%), with no full stop: two such lines one
# after the other are two items, not a sentence wrapped at the page's edge. The name holds
# no punctuation or digit; a few words (增长, 下降, 上涨) may come before the figure.
_LABEL_LINE = re.compile(
    r"\s*[\u4e00-\u9fff][^，,。；;：:\d\s]{1,20}[：:]\s*[^\d\n，,。；;]{0,4}\d"
)


def looks_wrapped(text: str) -> bool:
    """Whether a plain text is a hard-wrapped copy (a PDF's text layer saved as text):
    most of its full-width prose lines run on into the next line. In tidy text a full
    paragraph line ends its sentence, so joining is only done where wrapping shows."""
    stripped = [s for s in (x.strip() for x in text.split("\n")) if not is_table_row(s)]
    full = _full_width(stripped)
    if full is None:
        return False
    # (Counted as printed too, a digit or a space half a character: a county communiqué's PDF
    # text, 地区生产总值 702922 万元,按不变 / 价格计算…, holds more characters on its lines of figures.)
    width = {x: _width(x) for x in stripped}.__getitem__  # (each line measured once)
    printed = _full_width(stripped, width)

    def full_line(x: str) -> bool:
        return len(x) >= full or (printed is not None and width(x) >= printed)

    def runs_on(body: str, nxt: str) -> bool:
        return _runs_on(body, nxt, full) or (
            printed is not None and _runs_on(body, nxt, printed, width)
        )

    full_lines = [x for x in stripped if full_line(x)]
    run_on = sum(
        runs_on(body, nxt.lstrip()) and _PROSE_MARK_RE.search(body) is not None
        for body, nxt in zip(stripped, stripped[1:], strict=False)
    )
    return run_on >= _MIN_RUN_ON_LINES and run_on >= _MIN_RUN_ON_SHARE * len(full_lines)


def join_wrapped(text: str, chrome: Sequence[tuple[int, int]] = (), in_word: str = " ") -> str:
    """A same-length view of a PDF's text in which a line break inside a sentence
    is a space: 新造林抚育 / 600公顷 wrapped at the page's edge reads as one clause.

    A break is joined when its line is as wide as the page's full lines (the
    text ran on to the next line), does not end a sentence, is no table row laid out
    with tabs or spaces, and the next line starts no heading or list item. Short lines
    (table cells, titles) keep their breaks, so a table's grid stays as printed. The
    lines of ``chrome`` (page numbers, running headers: ``planwatch.read.chrome``) are
    passed over: a sentence runs on across a page break. The stored text is not
    changed: extractors read this view, whose offsets are those of the stored text.

    A break between two Chinese characters falls inside a word as often as not (the
    page's edge cuts 地区生 / 产总值): with ``in_word`` (the matching view's blank,
    ``planwatch.core.normalise.BLANK``) the whole gap there, spaces and page chrome
    included, is made ``in_word``, which the sentence reader reads words across.
    """
    return join_gaps(text, wrap_gaps(text, chrome), in_word)


def join_gaps(text: str, gaps: Sequence[tuple[int, int]], in_word: str = " ") -> str:
    """``text`` with the line breaks of ``gaps`` (:func:`wrap_gaps`) spaces, and those of
    gaps inside a word (:func:`in_word_gap`) made ``in_word`` whole."""
    out = list(text)
    for a, b in gaps:
        if in_word != " " and in_word_gap(text, a, b):
            out[a:b] = in_word * (b - a)
            continue
        for j in range(a, b):
            if text[j] == "\n":
                out[j] = " "
    return "".join(out)


def in_word_gap(text: str, start: int, end: int) -> bool:
    """Whether a wrap gap ``text[start:end]`` stands between two Chinese characters, where
    it cuts a word as often as not (a PDF line breaks at any character), or between a
    date's number and its 年, 月 or 日 (2020 / 年的2.51: a year is read with its 年), or
    between a number and what follows it across a page break (312.6 / — 3 — / 亿元: the
    unit reader passes over the blank; a plain wrap keeps its space, which it passes too),
    or right inside a bracket or quote (天（ / 2016年为298天）)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before.isdigit():
        # (26 / 8.4亿元: a figure the page's edge broke between two digits is one figure.)
        return (
            after in "年月日"
            or after.isdigit()
            or (end - start > 1 and (_han(after) or after == "%"))
        )
    if before in _OPENS or after in _CLOSES:
        return bool(after) and not after.isspace()  # (（ / 2016年为298天）: one aside)
    # (A bracket the line broke before or after, 天 / （2016年…, …298天） / 全年: tidy text
    # prints it against the word; a mirror's pinyin, 占 / (zhan), 口(kou) / 數, is its word's.)
    if (_han(before) and after in _OPENS) or (before in _CLOSES and _han(after)):
        return True
    return _han(before) and _han(after)


# A bracket or quote the line broke after (or before its close): what it holds reads as
# the aside it is, 289天（ / 2016年为298天）, as a tidy line reads it.
_OPENS = "（(《“‘〔［["
_CLOSES = "）)》”’〕］]"


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def wrap_gaps(text: str, chrome: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where :func:`join_wrapped` runs a line on into the next: (start, end) from the end
    of a line's words to the start of the next body line's (its line break, and page
    chrome lines between them)."""
    lines = text.split("\n")
    full = _full_width(lines)
    if full is None:
        return []
    page = _page_width([len(x) for x in (y.strip() for y in lines) if len(x) >= 8])
    page = page if _marks_paragraphs(lines, page) else None
    # (A line of figures holds more characters than a line of words as wide, so the widest
    # lines by count are lines of figures and a full line of words falls short of them:
    # …地区生产总值 2016.86 亿元， / 按可比价格计算，比上年增长 8.0%。 Counted as printed, a digit
    # half a character, such a line is full too.)
    printed = _full_width(lines, _width)
    starts, skip = _line_starts(lines, chrome)
    gaps = []
    for i, line in enumerate(lines[:-1]):
        if i in skip:
            continue
        k = _next_body(lines, skip, i + 1)
        if not skip.intersection(range(i + 1, k)):
            k = i + 1  # (blank lines alone end a paragraph; around page chrome they are its)
        nxt = lines[k].lstrip()
        body, stop = line.strip(), _stop_runs_on(line, lines[k], page)
        # (A heading's line as wide as the wrapped lines keeps its break, as _cut_word keeps
        # a nearly full one's.)
        heading = _heading_line(body) or _title_over_body(body, nxt)
        # (the line before ran on into this one: the last gap ends where this line's words start)
        continued = bool(gaps) and gaps[-1][1] == starts[i] + len(line) - len(line.lstrip())
        if (
            (not heading and _runs_on(body, nxt, full))
            or _comma_end(body, nxt)
            or (not heading and printed is not None and _runs_on(body, nxt, printed, _width))
            or stop
            or _cut_figure(body, nxt, continued)
            or _cut_word(body, nxt, full)
            or _cut_gloss(body, nxt)
        ):
            if not _web_line(line) and not _web_line(nxt):
                gaps.append(_gap(lines, starts, i, k, nxt))
    return gaps


# A line nearly as wide as the full lines that breaks between two characters of a clause
# (…人均可支配收入分别达 / 到 31862 元): a page's edge, a little narrower where the line holds
# half-width digits and spaces.
_NEAR_FULL = 0.8


# A mirror's pinyin gloss after a character (產(chǎn)值) broken by the line's end inside its
# brackets (…農業產( / chǎn)值…, …增長(z / hǎng)6.3%): one word, whatever the line's width.
_GLOSS_OPEN_RE = re.compile(rf"[\u4e00-\u9fff][(（][{PINYIN_LETTERS}]{{0,5}}$")
_GLOSS_CLOSE_RE = re.compile(rf"[{PINYIN_LETTERS}]{{1,6}}[)）]")


def _cut_gloss(body: str, nxt: str) -> bool:
    """Whether the line ends inside a pinyin gloss that the next line closes (see above)."""
    return _GLOSS_OPEN_RE.search(body) is not None and _GLOSS_CLOSE_RE.match(nxt) is not None


def _cut_word(body: str, nxt: str, full: float) -> bool:
    """Whether a nearly full line of prose broke inside a word (see above); a heading's line
    (一、… with no sentence's punctuation) keeps its break."""
    if (
        not body
        or not nxt
        or len(body) < _NEAR_FULL * full
        or not (_han(body[-1]) and _han(nxt[0]))
    ):
        return False
    if STARTS_BLOCK.match(nxt) or is_table_row(body):
        return False
    return not _heading_line(body)


def _title_over_body(body: str, nxt: str) -> bool:
    """Whether a line is a document's title over the body's first sentence (…规划纲要实施情况
    评估报告 / “十三五”规划纲要实施已近四年，…): no punctuation, ending on what the document is,
    the next line a sentence's. (A title run on over two lines, …第十四个五年规划 / 和二〇三五年
    远景目标纲要, is one title.)"""
    return (
        _TITLE_END_RE.search(body) is not None
        and _PROSE_MARKS.search(body) is None
        and _PROSE_MARKS.search(nxt) is not None
    )


# What a document's title ends on: the kind of document it is.
_TITLE_END_RE = re.compile(r"(?:报告|规划|纲要|公报|通知|意见|方案|决定|办法|要点|讲话)$")


def _heading_line(body: str) -> bool:
    """Whether a line is a heading's: a heading or list marker opening it (一、, 第二节) and no
    sentence's punctuation in it (第二节 …主要目标); its break is its own."""
    return STARTS_BLOCK.match(body) is not None and _PROSE_MARKS.search(body) is None


def _web_line(line: str) -> bool:
    """A web page's head or tail line (发布日期：… 来源：…, crumbs, share links): a line of its
    own, never run on from a title above it or into the body under it."""
    return chrome_kind(fold(line)) in ("page_head", "page_tail", "crumb")


def _line_starts(lines: list[str], chrome: Sequence[tuple[int, int]]) -> tuple[list[int], set[int]]:
    """Each line's start offset in the text ``lines`` were split from, and the indices of
    the lines ``chrome`` (page chrome's spans) falls on."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts, {bisect.bisect_right(starts, a) - 1 for a, _ in chrome}


def _next_body(lines: list[str], skip: set[int], k: int) -> int:
    """The first line from ``k`` on that is neither chrome (``skip``) nor blank, the last
    line at most."""
    while k < len(lines) - 1 and (k in skip or not lines[k].strip()):
        k += 1
    return k


def _gap(lines: list[str], starts: list[int], i: int, k: int, nxt: str) -> tuple[int, int]:
    """The gap from the end of line ``i``'s words to the start of line ``k``'s (``nxt``: that
    line without its leading space)."""
    return starts[i] + len(lines[i].rstrip()), starts[k] + len(lines[k]) - len(nxt)


def cut_gaps(text: str, chrome: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where page chrome (``chrome``: its lines, :func:`planwatch.read.chrome.chrome_lines`)
    cuts a sentence of a text that is not hard-wrapped: (start, end) from the end of the
    line before the chrome to the start of the next body line, as :func:`wrap_gaps` gives.

    A tidy text's line breaks are its own, so only a break across chrome is a cut, and only
    where the line before is a sentence under way (it holds a clause's punctuation, ends
    none, is no table row) and the line after starts no heading or list item: a
    PDF's page mark between the halves of a paragraph's line (…增速由“十二五”末 / — 3 — /
    的全省后列…), a mobile page's fold (展开全文) inside a paragraph."""
    lines = text.split("\n")
    starts, skip = _line_starts(lines, chrome)
    gaps = []
    for c in sorted(skip):
        if c - 1 in skip or c == 0 or c == len(lines) - 1:
            continue  # (a run of chrome lines is taken from its first; none ends the text)
        i = c - 1
        while i > 0 and not lines[i].strip() and i - 1 not in skip:
            i -= 1
        k = _next_body(lines, skip, c + 1)
        body, nxt = lines[i].strip(), lines[k].lstrip()
        if not body or not nxt or i in skip:
            continue
        if _cut_sentence(body, nxt) and not STARTS_BLOCK.match(nxt) and not is_table_row(nxt):
            gaps.append(_gap(lines, starts, i, k, nxt))
    return gaps


def clause_gaps(text: str) -> list[tuple[int, int]]:
    """Where a tidy text breaks a sentence at its commas, a clause to a paragraph (a mobile
    page's layout: 全市实现地区生产总值 / 7423.26亿元， / 按可比价计算，同比增长6.0%。): from a
    line ending in a comma to the next body line, when that starts no heading or list item
    and is no table row, as :func:`wrap_gaps` gives them. Only a text with two such
    breaks in a row, its sentences cut so, is read joined."""
    lines = text.split("\n")
    starts, _ = _line_starts(lines, ())
    found: list[tuple[int, int]] = []
    for i, line in enumerate(lines[:-1]):
        body = line.strip()
        if not body or is_table_row(body):
            continue
        k = _next_body(lines, set(), i + 1)
        nxt = lines[k].lstrip()
        # (a name broken from its figure too: 全市实现地区生产总值 / 7423.26亿元，)
        named = body[-1] not in _ENDS + "，,、" and nxt[:1].isdigit() and nxt.rstrip()[-1:] in "，,"
        if not (body.endswith(("，", ",")) or named) or k <= i or not nxt:
            continue
        if not STARTS_BLOCK.match(nxt) and not is_table_row(nxt.strip()):
            found.append(_gap(lines, starts, i, k, nxt))
    # (a run: the line a break leads to ends in the next break, 7423.26亿元，)
    run = any(text.find("\n", a[1], b[0]) < 0 for a, b in zip(found, found[1:], strict=False))
    return found if run or len(found) >= _CLAUSE_BREAKS else []


_CLAUSE_BREAKS = 3  # (or this many breaks at commas in the text, apart)


# A paragraph's line holds a sentence's or a clause's punctuation; a table's row, delimited
# or run on (指标 预期目标 执行情况 生产总值增长(%) 7 3.5 …), however long, holds none.
_PROSE_MARKS = re.compile("[，,、；;。]")


def prose_line(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (a line, or a line up to a wrap) holds a sentence's or a
    clause's punctuation: a paragraph's line or an indicator's line (1.地区生产总值（亿元）：
    2015年…，), not a table's row. The one decision for page cuts (:func:`cut_gaps`) and for
    the lines the table reader reads run on (``planwatch.read.chrome.reading_view``)."""
    return _PROSE_MARKS.search(text, start, len(text) if end is None else end) is not None


def _cut_sentence(body: str, nxt: str) -> bool:
    """Whether a line cut by page chrome is a sentence under way, no heading (:func:`cut_gaps`)."""
    head = (m := STARTS_BLOCK.match(body)) is not None and not prose_line(body, m.end())
    return not (_ends_sentence(body, nxt) or is_table_row(body) or head) and prose_line(body)


# A table row of a PDF's text layer whose name cell the page wrapped inside the cell: the
# row's number and the name's start on one line, the name's end with its unit on the next,
# the row's figures on the third (5 研究与试验发展经费投入强 / 度（%） / 0.62 1.0 〔0.38〕 预期性;
# an outline's main-indicator table, real18 dev c481). The two breaks are the cell's, not
# the row's: the table reader reads the three lines as one row.
_ROW_NAME_START_RE = re.compile(r"(?m)^[ \t]*\d{1,2}[ \t]*[\u4e00-\u9fff][^\d\n]*$")
_ROW_NAME_END_RE = re.compile(r"[\u4e00-\u9fff][^\d\n]{0,12}[（(][^()（）\n\d]{1,8}[)）][ \t]*")
_ROW_FIGURES_RE = re.compile(r"[ \t]*(?:[-—–]|\d)")


def row_name_gaps(text: str) -> list[tuple[int, int]]:
    """The line breaks inside table rows' wrapped name cells (see above)."""
    gaps: list[tuple[int, int]] = []
    for m in _ROW_NAME_START_RE.finditer(text):
        end = m.end()  # (the line's break; the text's end leaves no row after it)
        second = text.find("\n", end + 1) if end < len(text) else -1
        if second < 0 or not _ROW_NAME_END_RE.fullmatch(text, end + 1, second):
            continue
        if _ROW_FIGURES_RE.match(text, second + 1):
            gaps += [(end, end + 1), (second, second + 1)]
            gaps += _cell_wrapped_after(text, second + 1)
    return gaps


# A text cell of such a row wrapped too, its last words and the row's attribute on lines of
# their own (— — 完成市下达 / 任务 / 约束性).
_WORDS_LINE_RE = re.compile(r"[\u4e00-\u9fff]{1,6}[ \t]*")
_ATTRIBUTE_LINE_RE = re.compile(r"(?:预期性|约束性)[ \t]*")


def _cell_wrapped_after(text: str, figures: int) -> list[tuple[int, int]]:
    """The breaks after the figures line at ``figures`` of a row whose last text cell and
    attribute the page wrapped onto lines of their own."""
    first = text.find("\n", figures)
    second = text.find("\n", first + 1) if first >= 0 else -1
    third = text.find("\n", second + 1) if second >= 0 else -1
    if third < 0 or not _WORDS_LINE_RE.fullmatch(text, first + 1, second):
        return []
    if not _ATTRIBUTE_LINE_RE.fullmatch(text, second + 1, third):
        return []
    return [(first, first + 1), (second, second + 1)]
