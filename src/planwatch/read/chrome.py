"""Page chrome in a document's text, and a view of the text without it.

A PDF's text layer prints each page's number, and often a running header (the
document's title) and a footer (the site or office), between the lines of the body; a
sentence can run on across them. These lines are no part of the document: a title
repeated mid-text must not open a section, a page number is no figure. They are found
by their form alone, never by a document's words:

- a page-number line, by the patterns of ``data/page_chrome.csv`` (— 12 —, 第 3 页 共 20 页),
  or a bare number (12) standing between two rows of a table laid out with tabs or bars;
- a running line: a short line standing within two lines of a page number that recurs
  (twice or more in the text) — the same header or footer on every page;
- a news or mobile page's line inside the body (its fold, 展开全文; an invitation to its
  app), by the ``page_fold`` patterns of the same file.

Where such chrome cuts a sentence of a text that is not hard-wrapped (a page mark between
the halves of a paragraph's line), the reading view joins the halves across it
(:func:`planwatch.read.wrap.cut_gaps`), as it joins a hard-wrapped text's lines.

:func:`blank_chrome` gives a same-length view in which those lines are spaces, so
every offset still indexes the stored text, which is never changed. The same file
describes a web page's head and tail lines (:func:`chrome_line_re`), which the describe
stage passes over for titles and dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from planwatch.core.datafiles import records
from planwatch.core.linetable import line_table
from planwatch.core.normalise import BLANK, Condensed, cut_out, fold

RUNNING_MIN_CHARS = 4  # (a unit or a figure alone on its line is a table cell)
RUNNING_MAX_CHARS = 60  # a running header or footer is one short line
RUNNING_REACH = 2  # lines either side of a page number where headers and footers stand
# No chrome line is longer (a page's head line with its date, source and views is the
# longest); a paragraph is not tried against every pattern.
CHROME_MAX_CHARS = 160
_SPACE = " \t\r\f\v\xa0\u3000"


# The kinds of chrome line in ``data/page_chrome.csv``, in the order a line is tried.
# A web page's navigation line (首页 > 统计公报 > 山东 > 潍坊, 当前位置：首页 > …): where the
# site files the page — no section of the document (extract.sections) and not its area
# (describe.jurisdiction). Stricter than the ``crumb`` rows of data/page_chrome.csv (two
# arrows, or a 位置 label), as both readers ask it of lines inside the body too. No clause
# ends between the arrows: a paragraph with markup junk in it (总人口/SPAN>141 844人,…占总人口
# /SPAN>18.9%) is no navigation.
NAV_LINE_RE = re.compile(r"[>＞»›][^，,。；;]*[>＞»›]|(?:当前|您的|所在|现在)的?位置|位置\s*[:：]")

CHROME_KINDS = ("page_number", "bare_number", "page_head", "page_tail", "crumb", "page_fold")


@cache
def chrome_line_re(kind: str) -> re.Pattern[str]:
    """A pattern matching a whole line (``fullmatch`` on its stripped, folded text) of
    the ``kind`` of chrome (:data:`CHROME_KINDS`: ``data/page_chrome.csv``)."""
    return re.compile(
        "(?:"
        + "|".join(r["pattern"] for r in records("page_chrome.csv") if r["kind"] == kind)
        + ")"
    )


@cache
def _kinds_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{k}>{chrome_line_re(k).pattern})" for k in CHROME_KINDS))


def chrome_kind(line: str) -> str | None:
    """Which kind of page chrome (:data:`CHROME_KINDS`) a line is by its form alone, or
    None. ``line`` is folded (:func:`planwatch.core.normalise.fold`), with or without its
    spaces and line break. The one decision every stage asks: the reading view blanks
    page numbers (:func:`chrome_lines`), the reference date ends at a web page's tail and
    the title zone passes over every kind (``planwatch.describe``)."""
    s = line.strip(_SPACE + "\n")
    if not s or len(s) > CHROME_MAX_CHARS:
        return None
    m = _kinds_re().fullmatch(s)
    return None if m is None else m.lastgroup


_SENTENCE_TAIL = ("。", "；", ";")


# A page footer naming the site the document was printed from (黄山市人民政府网站, 某县人民政府
# 门户网站, www.….gov.cn): chrome beside a page number, though a short document prints it once.
_SITE_LINE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,16}(?:门户)?网站|(?:https?://)?www\.[A-Za-z0-9.-]+\.(?:cn|com|net|org)/?"
)


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every chrome line's content, in text order."""
    if not text:
        return []
    folded = fold(text)
    table = line_table(folded)  # (the text's shared lines: core.linetable)
    lines = list(zip(table.starts, table.ends))
    bodies = [x.strip(_SPACE) for x in table.raw]
    kinds = [chrome_kind(s) for s in bodies]
    # A news or mobile page's fold, app and editor lines are chrome wherever they stand, and
    # so are the values of a disclosure page's catalogue printed one field a line.
    folds = {i for i, k in enumerate(kinds) if k == "page_fold"} | _catalogue_values(bodies, kinds)
    if "page_number" not in kinds and "bare_number" not in kinds:
        return [lines[i] for i in sorted(folds)]
    counts = Counter(s for s in bodies if s)

    def running(j: int) -> bool:
        # (A sentence's wrapped tail, 100%。, may repeat near a page number: no header.)
        body = bodies[j]
        if body.endswith(_SENTENCE_TAIL):
            return False
        if _SITE_LINE_RE.fullmatch(body):
            return True  # (a footer naming the site, printed once where one page break is)
        return RUNNING_MIN_CHARS <= len(body) <= RUNNING_MAX_CHARS and counts[body] >= 2

    numbers = [
        i
        for i, k in enumerate(kinds)
        if k == "page_number" or k == "bare_number" and _between_rows(bodies, i, running)
    ]
    chrome = set(numbers) | folds
    for i in numbers:
        for j in range(i - RUNNING_REACH, i + RUNNING_REACH + 1):
            if 0 <= j < len(bodies) and j not in chrome and running(j):
                chrome.add(j)
    chrome |= _page_heads(bodies, numbers, chrome)
    return [lines[i] for i in sorted(chrome)]


# A numbered heading (一、 （二） 第三章 4.) opens a section of the body, never a page's head.
_NUMBERED_RE = re.compile(
    r"[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]"
    r"|第\s*[一二三四五六七八九十\d]+\s*[章节篇部]|\d+\s*[、.．](?!\d)"
)


def _page_heads(bodies: list[str], numbers: list[int], chrome: set[int]) -> set[int]:
    """The running header of an excerpt showing one page break only: a short line right
    after a page number and right before a running line (a table's header row printed
    again on the new page: — 14 — / the report's title / 序号 指标 单位 …). It does not
    recur in the excerpt, but it stands where a page's head does and the table goes on
    under it (a commission's PDF annex, real25 dev c561's form)."""

    def next_body(j: int) -> int:
        while j < len(bodies) and not bodies[j]:
            j += 1
        return j

    out = set()
    for i in numbers:
        j = next_body(i + 1)
        k = next_body(j + 1)
        if k >= len(bodies) or j in chrome or k not in chrome or k in numbers:
            continue
        body = bodies[j]
        if (
            RUNNING_MIN_CHARS <= len(body) <= RUNNING_MAX_CHARS
            and not body.endswith(_SENTENCE_TAIL)
            and not _NUMBERED_RE.match(body)
        ):
            out.add(j)
    return out


# A disclosure page's catalogue printed one field a line (索引号： / 4723033525-14551 /
# 主题分类： / 发展规划 / … / 成文日期： / 2024年03月18日): a label alone on its line
# (``catalogue_label`` of data/page_chrome.csv) and its value on the next body line are the
# page's, no title, heading, figure or date of the document (a page's dates, 成文 or 发布,
# read as the document's moved the year of its 今年 on the bench's copies).
_SHORT_VALUE = 4  # characters: 有效, 现行有效 (a title is longer)


def _catalogue_values(bodies: list[str], kinds: list[str | None]) -> set[int]:
    """The lines holding the values of a catalogue printed one field a line (see above)."""
    label = chrome_line_re("catalogue_label")

    def next_body(j: int) -> int:
        while j < len(bodies) and not bodies[j]:
            j += 1
        return j

    out = set()
    for i, kind in enumerate(kinds):
        if kind != "page_head" or not label.fullmatch(bodies[i]):
            continue
        j = next_body(i + 1)
        if j == len(bodies) or kinds[j] is not None or len(bodies[j]) > RUNNING_MAX_CHARS:
            continue
        # (A field left empty, 有效性：, stands over the next field's label, or over the
        # document's title where it is the last: a value the block goes on after, or a word
        # as short as 有效.)
        k = next_body(j + 1)
        goes_on = k < len(bodies) and label.fullmatch(bodies[k]) is not None
        if goes_on or len(bodies[j]) <= _SHORT_VALUE:
            out.add(j)
    return out


def _delimited_row(body: str) -> bool:
    """A table row laid out with tabs or bars: all its cells on its one line."""
    return body.count("\t") >= 2 or body.count("|") >= 3


def _between_rows(bodies: list[str], i: int, running: Callable[[int], bool]) -> bool:
    """Whether line ``i`` (a bare number) stands between two rows of a delimited table,
    running lines (a header or footer recurring in the text) passed over: no cell of such
    a table stands alone on a line, so it is the page's number (the table ran on to the
    next page)."""
    rows = []
    for step in (-1, 1):
        j, passed = i + step, 0
        while 0 <= j < len(bodies) and (
            not bodies[j] or passed < RUNNING_REACH and running(j) and not _delimited_row(bodies[j])
        ):
            passed += bool(bodies[j])
            j += step
        rows.append(0 <= j < len(bodies) and _delimited_row(bodies[j]))
    return all(rows)


def blank_chrome(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its chrome lines (``spans``, else found) made spaces, line breaks
    kept: the same length."""
    spans = chrome_lines(text) if spans is None else spans
    if not spans:
        return text
    out = []
    pos = 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class ReadingView:
    """Same-length views of a stored text that the later stages read.

    ``plain``: the page chrome blanked (tables are laid out by its lines), figures
    grouped by thin spaces read as grouped and footnote marks glued to figures blank
    (:mod:`planwatch.read.figures`); ``joined``:
    ``plain`` with lines wrapped inside a sentence joined, for a PDF or a text that is
    a hard-wrapped copy of one or whose figures a converter put on lines of their own
    (``wrapped``; :mod:`planwatch.read.digit_lines`), else ``plain``; ``words``: ``joined`` with
    a wrap between two Chinese characters (a word cut at the page's edge, 地区生 / 产总值)
    made :data:`~planwatch.core.normalise.BLANK`, across which the sentence reader reads
    words, cues and names as it reads them across a mirror's junk.
    """

    plain: str
    joined: str
    wrapped: bool
    words: str
    # The wrap gaps between two Chinese characters, (start, end), in text order.
    word_gaps: tuple[tuple[int, int], ...] = ()

    @property
    def described(self) -> str:
        """What the describe and structure stages read: joined only where the text is
        hard-wrapped (a PDF's own lines are its layout)."""
        return self.joined if self.wrapped else self.plain

    # What the table reader reads (None: ``plain``): a hard-wrapped text's line of clauses
    # that ran on joined to the next (an indicator's line, 1.地区生产总值（亿元）：2015年…，
    # wrapped over three, reads as the one line it was); a table's rows keep their lines
    # (a run-on row, 地区生产总值 3145 4400 3636.6, holds no clause's punctuation).
    table_view: str | None = None

    @property
    def tables(self) -> str:
        return self.plain if self.table_view is None else self.table_view

    def squeezed(self) -> Condensed | None:
        """The described view with each wrap gap inside a word taken out (截 / 至2022年底
        reads 截至2022年底), and the way back to the stored text's offsets; None when it
        has none (a tidy text, a PDF's own lines). Its text is the described view's own
        characters (not folded): the describe stage reads it as it reads a text."""
        if not self.wrapped or not self.word_gaps:
            return None
        return cut_out(self.joined, self.word_gaps)


class _PageLines:
    """A text's own lines: the text without the breaks a converter put around its figures
    (read.digit_lines; the text itself when none), its chrome's lines in that view, and the
    way back for the gaps found on it."""

    def __init__(self, plain: str, alone: list[tuple[int, int]], chrome: list[tuple[int, int]]):
        self._lined = cut_out(plain, alone) if alone else None
        self.text, self.chrome = plain, chrome
        if self._lined is not None:
            index = self._lined.index
            self.text, self.chrome = self._lined.text, [(index(a), index(b)) for a, b in chrome]

    def back(self, gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [self._lined.span(a, b) for a, b in gaps] if self._lined else gaps


def reading_view(text: str, fmt: str) -> ReadingView:
    """The views of ``text`` (stored as ``fmt``: txt, pdf, html, docx). Made once per
    document: the pipeline passes them from describing and outlining to extracting."""
    from planwatch.read.digit_lines import digit_line_gaps
    from planwatch.read.figures import (
        blank_marks,
        group_figures,
        join_spaced_digits,
        read_misread,
    )
    from planwatch.read.jammer import blank_jammer, blank_lost
    from planwatch.read.markup import blank_emphasis
    from planwatch.read.pipe_cells import blank_pipe_cells
    from planwatch.read.translation import blank_translations
    from planwatch.read.viewer import viewer_cuts, viewer_marks
    from planwatch.read.wrap import (
        clause_gaps,
        cut_gaps,
        in_word_gap,
        join_gaps,
        looks_wrapped,
        prose_line,
        row_name_gaps,
        wrap_gaps,
    )

    chrome = chrome_lines(text)
    # Markdown emphasis (**一、主要目标**) read as blank (read.markup); an OCR'd scan's
    # letters for digits (2O23年, l2.5%) read as the digits, figures grouped by thin spaces
    # (13 698.5) read as grouped, footnote marks glued to figures (6.5%①) read as blank,
    # stray spaces inside a prose figure (增长2 2.4%) read across (read.figures).
    plain = blank_jammer(blank_emphasis(blank_chrome(text, chrome)))  # (a forum's: read.jammer)
    plain = blank_lost(plain)  # (指????标: characters lost to the page's encoding, read.jammer)
    plain = blank_translations(plain)  # (a yearbook's English beside its Chinese)
    plain = join_spaced_digits(blank_marks(group_figures(read_misread(plain))))
    plain = blank_pipe_cells(plain)  # (an HTML table's bars, one cell a line: read.pipe_cells)
    # (A viewer page's chunk numbers, 3、 inside a sentence, blank and joined: read.viewer.)
    marks = viewer_marks(text)
    plain, cuts = blank_chrome(plain, marks), viewer_cuts(plain, marks)
    # A converter's figures each on a line of their own are joined to their sentence first
    # (read.digit_lines): the page's own lines are what is left, weighed for a PDF's wraps.
    alone = digit_line_gaps(plain)
    page = _PageLines(plain, alone, chrome)
    wrapped = looks_wrapped(page.text)
    # The table reader joins a wrap only after a line of prose (a table's rows keep theirs),
    # and a table row's name cell wrapped inside the cell (read.wrap.row_name_gaps).
    rows = row_name_gaps(plain)
    if wrapped or fmt == "pdf":
        gaps = sorted({*page.back(wrap_gaps(page.text, page.chrome)), *cuts, *alone})
    else:
        # A tidy text's lines are its layout, but not where page chrome cut a sentence, nor
        # where a mobile page sets each clause as a paragraph (read.wrap.clause_gaps).
        found = cut_gaps(page.text, page.chrome) if chrome else []
        gaps = sorted({*page.back(found + clause_gaps(page.text)), *cuts, *alone})
        if not gaps:
            tables = join_gaps(plain, rows) if rows else None
            return ReadingView(plain, plain, wrapped, plain, table_view=tables)
    joined = join_gaps(plain, gaps)
    words = join_gaps(plain, gaps, in_word=BLANK)
    in_word = tuple(g for g in gaps if in_word_gap(plain, *g))
    table_gaps = rows + alone
    if wrapped:
        table_gaps = [
            g for g in gaps if prose_line(plain, plain.rfind("\n", 0, g[0]) + 1, g[0])
        ] + table_gaps
    tables = join_gaps(plain, table_gaps) if wrapped or table_gaps else None
    return ReadingView(plain, joined, wrapped or bool(alone), words, in_word, tables)
