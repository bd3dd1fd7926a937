"""Tables whose rows run together on one line, cells parted by bars.

A page whose table lost its row breaks but kept its cell marks prints the header and
every row on one line, each cell closed by a bar, the paragraph before it sometimes on
the same line: ``…为108.18。 表1 2022年年末常住人口数及其构成 指 标 | 年末数(万人) |
比重(%) | 全市常住人口 | 3213.34 | 100.00 | 按城乡分 | 城 镇 | 2280.32 | …`` (lines
holding only a bar may break the run). The header is the name column's word (指标,
项目) and the cells after it up to the first row's name, the last word cell before a
figure; each row is then a name and as many cells as the header has columns after its
name. A word cell with no figures after it (按城乡分) labels the rows under it and is
passed over. The cells come out as those of a one-row-per-line table, each row's last
cell marked as its line's end.
"""

from __future__ import annotations

import re

from planwatch.core.data import Span
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import ColumnRole, _role
from planwatch.extract.table_rows import age_band

# Bars on the header's line: its columns and the first row at least (a one-row-per-line
# table's header line holds fewer; the rows are counted after).
_MIN_BARS_ON_LINE = 5
_MIN_ROWS = 3
# The columns after the name a row of figures may have (a 比上年±% column reads as other).
_COLUMNS = {ColumnRole.VALUE, ColumnRole.UNIT, ColumnRole.OTHER}
# What a row's cells after its name may be: a figure or a placeholder (—, -).
_FIGURES = (CellClass.NUMBER, CellClass.PLACEHOLDER)
# A row's figure after its name may be a small whole number (花椒(吨) | 171 | 12.5): an index
# only where a row could start.
_ROW_FIGURES = (*_FIGURES, CellClass.INDEX)
# The name column's word closing the text before the first bar, its characters spaced or
# not (指 标), after a table's title or the paragraph before it.
# (产品名称 | 产量 | 比上年增长(%): a communiqué's product tables head their name column so.)
_NAME_HEAD_RE = re.compile(
    r"(?:^|\s)(?P<head>(?:指\s*标|项\s*目|产\s*品|品\s*名)(?:\s*名\s*称)?)\s*$"
)
_SENTENCE_END_RE = re.compile(r"[。；;！!？?]")
_TITLE_RE = re.compile(r"表\s*\d{1,2}")


def _run_end(text: str, end: int) -> int:
    """The end of the bar cells' run from a line ending at ``end``: lines after it that
    open with a bar go on with it, across lines holding nothing else."""
    run_end = end
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt].strip(" \t\u3000")
        if line.startswith(("|", "｜")):
            run_end = nxt
        elif line:
            break
        end = nxt  # (a line of a bar alone, or blank: the run goes on past it)
    return run_end


def _bar_cells(text: str, start: int, end: int) -> list[TextCell]:
    """The non-empty cells between bars in ``text[start:end]`` (the first one, before the
    first bar, left out: it holds the header's name word and what stands before it)."""
    cells: list[TextCell] = []
    bars = [m.start() for m in re.finditer(r"[|｜]", text[start:end])]
    for a, b in zip(bars, [*bars[1:], end - start], strict=True):
        seg = text[start + a + 1 : start + b]
        body = seg.strip()
        if body and "\n" not in body:
            at = start + a + 1 + seg.index(body)
            cells.append(TextCell(body, Span(at, at + len(body))))
    return cells


def _lead(text: str, start: int, first_bar: int) -> tuple[TextCell | None, TextCell] | None:
    """The table's title and the name column's header cell, before the first bar."""
    before = text[start:first_bar]
    m = _NAME_HEAD_RE.search(before)
    if m is None:
        return None
    head_at = start + m.start("head")
    head = TextCell(m["head"], Span(head_at, start + m.end("head")))
    ends = list(_SENTENCE_END_RE.finditer(before, 0, m.start("head")))
    t0 = start + (ends[-1].end() if ends else 0)
    seg = text[t0:head_at]
    title_text = seg.strip()
    if not title_text or _TITLE_RE.match(title_text) is None:
        return None, head
    at = t0 + seg.index(title_text)
    return TextCell(title_text, Span(at, at + len(title_text))), head


def _row_fits(row: list[TextCell], units: list[bool]) -> bool:
    """Whether ``row``'s cells after its name are figures, a unit where the header has
    its 单位 column."""
    return len(row) == len(units) + 1 and all(
        u or classify(c.text) in _ROW_FIGURES for c, u in zip(row[1:], units, strict=True)
    )


def _body(cells: list[TextCell], units: list[bool]) -> list[TextCell]:
    """The rows (a name and its figures, ``units`` telling the columns of units), labels
    passed over, until a run that is neither."""
    body: list[TextCell] = []
    k, width = 0, len(units) + 1
    while k < len(cells):
        if classify(cells[k].text) is not CellClass.TEXT and not age_band(cells[k].text):
            break  # (60周岁及以上 reads as a figure, but names its row)
        row = cells[k : k + width]
        if _row_fits(row, units):
            body.extend(row[:-1])
            body.append(TextCell(row[-1].text, row[-1].span, True))
            k += width
        elif k + 1 < len(cells) and classify(cells[k + 1].text) is CellClass.TEXT:
            k += 1  # (按城乡分: a label of the rows under it)
        else:
            break
    return body


def barred_runon_cells(
    text: str, line: TextCell
) -> tuple[TextCell | None, list[TextCell], list[TextCell]] | None:
    """(title, header, body) of a bar-parted run-on table on ``line``, or None."""
    start, end = line.span.start, line.span.end
    if text.count("|", start, end) + text.count("｜", start, end) < _MIN_BARS_ON_LINE:
        return None
    first_bar = min(i for i in (text.find("|", start, end), text.find("｜", start, end)) if i >= 0)
    lead = _lead(text, start, first_bar)
    if lead is None:
        return None
    title, head = lead
    cells = _bar_cells(text, first_bar, _run_end(text, end))
    first_figure = next(
        (i for i, c in enumerate(cells) if classify(c.text) in _FIGURES), len(cells)
    )
    if first_figure < 2:
        return None  # (a header of the name column only: no columns to read)
    header = [head, *cells[: first_figure - 1]]
    roles = [_role(c.text) for c in header[1:]]
    if ColumnRole.VALUE not in roles or not set(roles) <= _COLUMNS:
        return None
    body = _body(cells[first_figure - 1 :], [r is ColumnRole.UNIT for r in roles])
    if len(body) < _MIN_ROWS * len(header):
        return None
    return title, header, body
