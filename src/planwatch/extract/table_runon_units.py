"""Tables glued onto one line, each row its name, its unit and its figures parted by spaces.

A statistics table copied out of a PDF, or a page that lost its cells, can read
``指标名称单位绝对数比上年增长%生产总值亿元28.63 12.1第一产业亿元6.42 5.3…``: the header's
words glued, then each row's name glued to its unit and its first figure, the row's figures
parted by a space and the next row's name glued to the last one. (The glued plan tables of
:mod:`table_runon_glued` end each row with its attribute and number their rows; a
communiqué's table has neither.) The header is split by its words (a name, a unit and the
value columns: 绝对数, 比上年增长%); a row is a run of words ending in a unit (the longest
the units table reads: 亿元 before 元), then as many figures as the header has value
columns. The cells come out as a one-row-per-line table's (the last figure of a row marked
as its line's end).
"""

from __future__ import annotations

import re

from planwatch.core.data import Span
from planwatch.core.units import unit_ending
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import ColumnRole, _role
from planwatch.extract.table_runon_glued import header_vocab

# A growth column's header as statistical tables print it (比上年增长%, 增长(%), 比上年±%).
_GROWTH_COL_RE = re.compile(
    r"(?:比上年|比去年|较上年|同比)?(?:增长|增减|增速|增幅|±)率?\s*(?:[(（]\s*%\s*[)）]|%)?"
)
_PERCENT_RE = re.compile(r"\s*(?:[(（]\s*%\s*[)）]|%)")
# A row: its words (name and unit glued), then its figures parted by spaces.
_ROW_RE = re.compile(
    r"\s*(?P<label>[^\d\s.,，。;；:：|]{2,30}?)"
    r"(?P<figures>-?\d+(?:\.\d+)?(?:[ \u3000]+-?\d+(?:\.\d+)?)*)"
)
_FIGURE_RE = re.compile(r"-?\d+(?:\.\d+)?")
_MAX_UNIT = 4
_MIN_ROWS = 3


def _header(text: str, start: int, stop: int) -> list[TextCell]:
    """The glued header cells from ``start`` on (指标名称|单位|绝对数|比上年增长%)."""
    cells: list[TextCell] = []
    pos = start
    while pos < stop:
        m = _GROWTH_COL_RE.match(text, pos)
        end = m.end() if m and m.end() > pos + 1 else pos
        if end == pos:
            word = next((w for w in header_vocab() if text.startswith(w, pos)), None)
            if word is None:
                break
            end = pos + len(word)
            p = _PERCENT_RE.match(text, end)
            end = p.end() if p else end
        cells.append(TextCell(text[pos:end], Span(pos, end)))
        pos = end
    return cells


def unit_glued_cells(
    text: str, line: TextCell
) -> tuple[TextCell | None, list[TextCell], list[TextCell]] | None:
    """(title, header, body) of a table glued row by row with its units on ``line``, or None."""
    start, stop = line.span.start, line.span.end
    header = _header(text, start, stop)
    roles = [_role(c.text) for c in header]
    n_values = roles.count(ColumnRole.VALUE)
    if (
        not header
        or roles[0] is not ColumnRole.NAME
        or ColumnRole.UNIT not in roles
        or not n_values
    ):
        return None
    body: list[TextCell] = []
    pos, rows = header[-1].span.end, 0
    while pos < stop:
        m = _ROW_RE.match(text, pos, stop)
        if m is None:
            break
        figures = list(_FIGURE_RE.finditer(text, m.start("figures"), m.end("figures")))
        a = m.start("label")
        u = unit_ending(text, a + 2, m.end("label"), _MAX_UNIT)  # (a name of two at least)
        if u is None or len(figures) != n_values:
            break  # (a row the line's end cut short, or no row: the table ends)
        body.append(TextCell(text[a:u], Span(a, u)))
        body.append(TextCell(text[u : m.end("label")], Span(u, m.end("label"))))
        body.extend(TextCell(f.group(), Span(f.start(), f.end())) for f in figures[:-1])
        last = figures[-1]
        body.append(TextCell(last.group(), Span(last.start(), last.end()), True))
        rows += 1
        pos = m.end()
    return (None, header, body) if rows >= _MIN_ROWS else None
