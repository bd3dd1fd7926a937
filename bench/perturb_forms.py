"""Further ways real pages flatten a document (round 12), beside ``bench/perturb.py``'s.

Each form was checked on public pages of government statistics and plans (through the
project's ``search`` tool, pages corpus) before it was added; none copies their text.

- ``thousands``: figures of four or more integer digits printed with thousands
  separators, one style a document: ``1,234.5`` (a spreadsheet's export), ``1，234.5``
  (the same typed with a full-width comma) or ``1 234.5`` (a statistical yearbook's thin
  space). Years (a four-digit whole number from 1949 to 2060) are left alone, as pages
  leave them.
- ``mixdigits``: in about a third of the figures one or more digits full-width among
  half-width ones (１2.5, 3８.6%), as text pasted through an input method comes out.
- ``footnotes``: a footnote mark glued to some figures (after the figure: ``6.5%①``,
  ``186.45[1]``, ``58.9*``) or to the name before one (生产总值[2]2313亿元), one style a
  document, and a ``注：`` line after the paragraph or under the table naming the marks
  (listed as chrome: a reader should take no figure from it).
- ``midpage``: a PDF text layer's page break inside a paragraph or between a table's rows:
  a paragraph's line is cut where the page ends (a table row, a heading or a run-on
  table line is not: the page ends before it) and a page mark (``— 3 —``) with, on some documents,
  the running header repeating the title stands between the two halves.
- ``htmlcells``: an HTML table as a converter prints its cells: one a line with a blank
  line between them, empty cells dropped, and a header cell that spanned two rows
  (绝对数 over （亿元）, 2025年 over 目标) printed on two lines.
- ``word``: a Word/WPS export: every table row tab-separated (spaces and bars between
  cells become one tab), and the automatic heading numbers lost (一、 and （一） dropped)
  or turned into Arabic ones (1. and （1）), one way a document.
- ``unitline``: a table's unit column moved out: a ``单位：亿元`` line above the table when
  every row has the same unit, otherwise the unit in brackets after the row's name (the
  cell before the unit column: 地区生产总值（亿元）), as statistical pages print it.

Round 13 (each seen on public news and mobile pages through ``search``, pages corpus):

- ``newspage``: a news or mobile page's chrome inside the body: the fold of a mobile page
  (``展开全文``, ``展开剩余62%``) a third of the way in, cutting a paragraph's line on half
  the documents; an app-download line (下载…客户端，随时随地看新闻) between two paragraphs
  further on; the editor's line (【编辑：…】 or 责任编辑：…) after the body.
- ``emphasis``: a page converted to Markdown: headings and a few clauses holding a figure
  set in bold (``**一、主要目标**``, ``**地区生产总值增长6.5%**``), as converters print a
  page's <strong> (``*`` on one document in three).

Every edit keeps the gold exact (``perturb.apply_edits`` remaps it and refuses an edit
inside a value unless it replaces the whole value; ``perturb.validate`` checks the copy).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from perturb import (
    _CELL_SEP,
    _NO_LINE_START,
    _NUMBERISH,
    _PROSE,
    Doc,
    Edit,
    _cells,
    _inside,
    _quote_start,
    is_table_line,
    lines,
    protected,
    tables,
    title_of,
)

_NUMBER = re.compile(r"(?<![\d.])(\d{4,})(\.\d+)?(?![\d])")
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _is_year(text: str, m: re.Match[str]) -> bool:
    return m.group(2) is None and 1949 <= int(m.group(1)) <= 2060 and len(m.group(1)) == 4


def _grouped(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return digits[:head] + "".join(sep + digits[i : i + 3] for i in range(head, len(digits), 3))


def _number_edits(doc: Doc, rewrite: Callable[[re.Match[str]], str | None]) -> list[Edit]:
    """One edit a rewritten number; a number inside a gold value rewrites the whole value
    (an edit inside a value may not change its length)."""
    spans = protected(doc)
    by_value: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    edits: list[Edit] = []
    for m in _NUMBER.finditer(doc.text):
        new = rewrite(m)
        if new is None:
            continue
        owner = next(((a, b) for a, b in spans if a <= m.start() and m.end() <= b), None)
        if owner is None:
            if not any(a < m.end() and m.start() < b for a, b in spans):
                edits.append(Edit(m.start(), m.end(), new))
            continue
        by_value.setdefault(owner, []).append((m.start(), m.end(), new))
    for (a, b), parts in by_value.items():
        pieces, pos = [], a
        for s, e, new in parts:
            pieces.extend((doc.text[pos:s], new))
            pos = e
        pieces.append(doc.text[pos:b])
        edits.append(Edit(a, b, "".join(pieces)))
    return edits


def thousands(doc: Doc, rng: random.Random) -> list[Edit]:
    """Thousands separators in figures of four or more integer digits (see the note)."""
    sep = rng.choice((",", ",", "，", " "))

    def rewrite(m: re.Match[str]) -> str | None:
        if _is_year(doc.text, m):
            return None
        return _grouped(m.group(1), sep) + (m.group(2) or "")

    return _number_edits(doc, rewrite)


_ANY_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def mixdigits(doc: Doc, rng: random.Random) -> list[Edit]:
    """Some digits of some figures full-width among half-width ones (same length)."""
    edits: list[Edit] = []
    for m in _ANY_NUMBER.finditer(doc.text):
        digits = [i for i in range(m.start(), m.end()) if doc.text[i].isdigit()]
        if len(digits) < 2 or rng.random() >= 0.33:
            continue
        for i in rng.sample(digits, rng.randint(1, len(digits) - 1)):
            edits.append(Edit(i, i + 1, doc.text[i].translate(_FW)))
    return edits


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_NOTES = ("按可比价格计算", "为快报数", "统计口径有调整", "为初步统计数", "含跨年度项目")


def _mark(style: str, k: int) -> str:
    return {"circled": _CIRCLED[k % 10], "bracket": f"[{k + 1}]", "star": "*"}[style]


def footnotes(doc: Doc, rng: random.Random) -> list[Edit]:
    """Footnote marks glued to figures or to the name before one, a 注 line after."""
    style = rng.choice(("circled", "bracket", "star"))
    text = doc.text
    spans_of_lines = lines(text)
    line_ends = [b for _, b in spans_of_lines]
    # A paragraph's note stands under the paragraph, a table's under the whole table (a
    # run of lines with no sentence punctuation: delimited or run-on rows).
    table_end: dict[int, int] = {}
    for i in range(len(spans_of_lines) - 1, -1, -1):
        a, b = spans_of_lines[i]
        if not _PROSE.search(text, a, b):  # (a blank line too: one cell a line)
            nxt = spans_of_lines[i + 1][1] if i + 1 < len(spans_of_lines) else b
            table_end[b] = table_end.get(nxt, b)
    marked: dict[int, list[str]] = {}  # line end -> the marks set in that line
    edits: list[Edit] = []
    k = 0
    taken: set[int] = set()
    spans = protected(doc)
    for n, (a, b) in enumerate(spans):
        # About one figure in five; the last one when none before it was marked.
        if (rng.random() >= 0.2 and (k or n + 1 < len(spans))) or a in taken:
            continue
        before = a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and style != "star"
        at = a if before and rng.random() < 0.4 else b
        if at < len(text) and text[at] in _NUMBERISH or at in taken:
            continue
        mark = _mark(style, k)
        end = next(e for e in line_ends if e >= at)
        end = table_end.get(end, end)
        if any(s < end < t for s, t in spans):
            continue  # (a figure a PDF wrapped across the line's end: the note would split it)
        edits.append(Edit(at, at, mark))
        taken.update((a, b))
        marked.setdefault(end, []).append(mark)
        k += 1
    for end, marks in marked.items():
        note = "注：" + "；".join(f"{m}{rng.choice(_NOTES)}" for m in dict.fromkeys(marks)) + "。"
        # (A mark glued to a figure that ends the line goes before its note.)
        mark = next((e for e in edits if e.start == e.end == end and not e.chrome), None)
        lead = mark.new if mark else ""
        if mark:
            edits.remove(mark)
        new = lead + "\n" + note
        edits.append(Edit(end, end, new, chrome=((len(lead) + 1, len(new)),)))
    return edits


def _cut(text: str, pos: int, end: int, guard: list[tuple[int, int]]) -> int | None:
    """The first place at or after ``pos`` and before ``end`` a line may be cut."""
    while pos < end - 1:
        if not (
            _inside(pos, guard)
            or (text[pos - 1] in _NUMBERISH and text[pos] in _NUMBERISH)
            or text[pos] in _NO_LINE_START
        ):
            return pos
        pos += 1
    return None


def midpage(doc: Doc, rng: random.Random) -> list[Edit]:
    """A page mark (with the running header on some documents) where each page ends,
    inside a paragraph or between a table's rows (see the note)."""
    every = rng.randint(600, 1000)
    title = title_of(doc.text) if rng.random() < 0.6 else ""
    guard = protected(doc)
    edits: list[Edit] = []
    k, at = 0, every
    for a, b in lines(doc.text):
        if at >= b:
            continue
        line = doc.text[a:b]
        # A page ends inside a paragraph's line, or between lines (a table's rows, or a
        # line of no sentence: a heading, a run-on table, a page never cuts those).
        prose = _PROSE.search(line) and not is_table_line(line) and line.count(" ") < 5
        if at <= a:
            pos, lead, tail = a, "", "\n"
        elif not prose:
            continue
        else:
            pos = _cut(doc.text, at, b, guard)
            if pos is None:
                continue
            lead, tail = "\n", "\n"
        k += 1
        chrome = f"— {k} —" + (f"\n{title}" if title else "")
        new = lead + chrome + tail
        edits.append(Edit(pos, pos, new, chrome=((len(lead), len(lead) + len(chrome)),)))
        at = pos + every
    return edits


_SPLIT_HEAD = re.compile(r"^(.+?)((?:\(|（)[^()（）]+(?:\)|）))$|^((?:19|20)\d{2}年)(.+)$")


def htmlcells(doc: Doc, rng: random.Random) -> list[Edit]:
    """Each table's cells one a line, blank lines between, empty cells dropped, and a
    header cell over two rows printed on two lines (see the note)."""
    edits: list[Edit] = []
    guard = protected(doc)
    for run in tables(doc.text):
        for k, (a, b) in enumerate(run):
            line = doc.text[a:b]
            spans = [(s, e) for s, e in _cells(line, a) if doc.text[s:e].strip()]
            if not spans:
                continue
            if spans[0][0] > a:
                edits.append(Edit(a, spans[0][0], ""))
            for (_s0, e0), (s1, _e1) in zip(spans, spans[1:], strict=False):
                edits.append(Edit(e0, s1, "\n\n"))
            if k + 1 < len(run):
                edits.append(Edit(spans[-1][1], run[k + 1][0], "\n\n"))
            if k != 0:
                continue
            for s, e in spans:
                m = _SPLIT_HEAD.match(doc.text[s:e])
                if m and not any(s <= x < e for x, _ in guard):
                    cut = s + len(m.group(1) or m.group(3))
                    edits.append(Edit(cut, cut, "\n"))
    return edits


_HEAD_NUMBER = re.compile(
    r"^(\s*)([一二三四五六七八九十]{1,3})、|^(\s*)（([一二三四五六七八九十]{1,3})）"
)
_CN = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


def _cn_number(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN[s[1]]
    if s.endswith("十"):
        return _CN[s[0]] * 10
    if "十" in s:
        return _CN[s[0]] * 10 + _CN[s[2]]
    return _CN[s]


def word(doc: Doc, rng: random.Random) -> list[Edit]:
    """A Word/WPS export: table rows tab-separated, heading numbers lost or Arabic."""
    edits: list[Edit] = []
    lost = rng.random() < 0.5
    for run in tables(doc.text):
        for a, b in run:
            line = doc.text[a:b]
            if line.strip().startswith("|") and set(line.strip()) <= set("|-: "):
                continue
            for m in _CELL_SEP.finditer(line.rstrip()):
                if m.group() != "\t" and m.start() > len(line) - len(line.lstrip()):
                    edits.append(Edit(a + m.start(), a + m.end(), "\t"))
    in_table = {a for run in tables(doc.text) for a, _ in run}
    for a, b in lines(doc.text):
        m = _HEAD_NUMBER.match(doc.text[a:b])
        if not m or a in in_table or _inside(a + m.end() - 1, protected(doc)):
            continue
        if m.group(2):
            s, e = a + len(m.group(1)), a + m.end()
            new = "" if lost else f"{_cn_number(m.group(2))}."
        else:
            s, e = a + len(m.group(3)), a + m.end()
            new = "" if lost else f"（{_cn_number(m.group(4))}）"
        edits.append(Edit(s, e, new))
    return edits


_UNIT_HEAD = re.compile(r"^(?:计量)?单\s*位$")


def unitline(doc: Doc, rng: random.Random) -> list[Edit]:
    """A table's unit column moved out: one 单位 line above, or each unit after its
    row's name (see the note)."""
    edits: list[Edit] = []
    guard = protected(doc)
    for run in tables(doc.text):
        rows = [_cells(doc.text[a:b], a) for a, b in run]
        head = [doc.text[s:e].strip() for s, e in rows[0]]
        col = next((i for i, c in enumerate(head) if _UNIT_HEAD.match(c)), None)
        if col is None or col == 0 or any(len(r) != len(rows[0]) for r in rows):
            continue
        units = [doc.text[r[col][0] : r[col][1]].strip() for r in rows[1:]]
        if not all(units) or any(
            any(x < r[col][1] and r[col - 1][1] < y for x, y in guard) for r in rows
        ):
            continue
        same = len(set(units)) == 1
        for k, r in enumerate(rows):
            unit = units[k - 1] if k else ""
            after = f"（{unit}）" if k and not same and unit not in ("—", "-") else ""
            # The unit cell goes with the gap before it, its unit after the name before it
            # (the indicator's: a 领域 column may stand first).
            edits.append(Edit(r[col - 1][1], r[col][1], after))
        if same:
            edits.append(Edit(run[0][0], run[0][0], f"单位：{units[0]}\n"))
    return edits


_FOLDS = ("展开全文", "展开剩余{p}%", "点击展开全文")
_APPS = ("下载{area}发布客户端，随时随地看新闻！", "打开{area}融媒APP，阅读更多精彩内容")
_EDITORS = ("【编辑：{name}】", "责任编辑：{name}", "（责任编辑：{name}）")
_NAMES = ("王晓东", "李静", "陈志刚", "刘洋", "张丽华")


def _paragraph_starts(doc: Doc) -> list[int]:
    """Where a paragraph (a prose line after a line that ends a sentence) starts."""
    out = []
    spans = lines(doc.text)
    for (a0, b0), (a, b) in zip(spans, spans[1:], strict=False):
        prev, line = doc.text[a0:b0].rstrip(), doc.text[a:b]
        if prev.endswith("。") and _PROSE.search(line) and not is_table_line(line):
            out.append(a)
    return out


def newspage(doc: Doc, rng: random.Random) -> list[Edit]:
    """A news or mobile page's fold, app line and editor line (see the note)."""
    area = doc.gold.get("jurisdiction") or ""
    guard = protected(doc)
    n = len(doc.text)
    fold = rng.choice(_FOLDS).format(p=rng.randint(55, 85))
    edits: list[Edit] = []
    at = n // 3
    cut = rng.random() < 0.5
    for a, b in lines(doc.text):
        if b <= at or not (_PROSE.search(doc.text, a, b) and not is_table_line(doc.text[a:b])):
            continue
        pos = _cut(doc.text, max(at, a + 1), b, guard) if cut else a
        if pos is not None:
            lead = "\n" if cut else ""
            new = lead + fold + "\n"
            edits.append(Edit(pos, pos, new, chrome=((len(lead), len(lead) + len(fold)),)))
            at = pos
            break
    later = [p for p in _paragraph_starts(doc) if p > at + (n - at) // 3]
    if later:
        app = rng.choice(_APPS).format(area=area)
        edits.append(Edit(later[0], later[0], app + "\n", chrome=((0, len(app)),)))
    editor = rng.choice(_EDITORS).format(name=rng.choice(_NAMES))
    tail = "" if doc.text.endswith("\n") else "\n"
    edits.append(Edit(n, n, tail + editor + "\n", chrome=((len(tail), len(tail) + len(editor)),)))
    return edits


_HEADING_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第.{1,4}[章节])"
)
_CLAUSE = re.compile(r"[^，。；：\n]+")


def emphasis(doc: Doc, rng: random.Random) -> list[Edit]:
    """Headings and a few clauses holding a figure in bold (see the note)."""
    mark = "*" if rng.random() < 1 / 3 else "**"
    guard = protected(doc)
    edits: list[Edit] = []
    for a, b in lines(doc.text):
        line = doc.text[a:b]
        body = line.strip()
        if not body or is_table_line(line) or "*" in line:
            continue
        lead = a + len(line) - len(line.lstrip())
        end = a + len(line.rstrip())
        if _HEADING_LINE.match(line) and len(body) <= 40 and not body.endswith("。"):
            edits += [Edit(lead, lead, mark), Edit(end, end, mark)]
            continue
        if not _PROSE.search(line):
            continue  # (a clause of a sentence: a table's cell alone on its line is not set)
        for m in _CLAUSE.finditer(doc.text, a, b):
            s, e = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
            holds = any(s <= x and y <= e for x, y in guard)
            if holds and e - s <= 30 and rng.random() < 0.1 and not _inside(s, guard):
                edits += [Edit(s, s, mark), Edit(e, e, mark)]
    return edits


def _anchored(form: Callable[[Doc, random.Random], list[Edit]]):
    """``form`` without the edits that would swallow where a passage or a quote begins or
    ends (the gold could not be remapped through them)."""

    def edits(doc: Doc, rng: random.Random) -> list[Edit]:
        anchors = {x for p in doc.gold.get("passages", []) for x in (p["start"], p["end"])}
        for f in doc.gold["facts"]:
            q0 = _quote_start(doc.text, f)
            if q0 is not None:
                anchors.update((q0, q0 + len(f["quote"])))
        return [e for e in form(doc, rng) if not any(e.start < x < e.end for x in anchors)]

    edits.__doc__ = form.__doc__
    return edits


FORMS: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {
    name: _anchored(form)
    for name, form in (
        ("thousands", thousands),
        ("mixdigits", mixdigits),
        ("footnotes", footnotes),
        ("midpage", midpage),
        ("htmlcells", htmlcells),
        ("word", word),
        ("unitline", unitline),
        ("newspage", newspage),
        ("emphasis", emphasis),
    )
}
