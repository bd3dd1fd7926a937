"""Tables whose cells run together on one line, without any separator.

Copying a PDF table can glue every cell of it into one line:
``指标名称计量单位2020 年目标值资料来源一、经济发展1 地区生产总值…% ≥ 15省统计局2 …``.
The header is split by its words; each row is found from its value (a
number after a comparator: ``≥ 15``, ``<5``, ``=100``), with the unit printed
just before it, the name before that, and a data-source cell after it. The
cells come out as a :class:`TextTableBlock` of layout ``runon``, one row per
"line" (the last cell of a row is marked as its line's end), so the rest of
the table reader treats it like any one-row-per-line table.
"""

from __future__ import annotations

import re

from planwatch.core.data import Span
from planwatch.core.units import unit_ending
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import ColumnRole, _role
from planwatch.extract.table_words import words

_YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d\s*年")
# A value with its comparator; a unit of two characters printed after it (≥ 10万元)
# is its own, a source cell (省统计局) never starts with one.
# Two figures may share a cell (<4/<5.5: a row of two indicators), and a doubling
# word stands for a figure, with the figure it means in brackets after it.
_VALUE_RE = re.compile(
    r"[≥≤<>=＜＞＝]\s*\d+(?:\.\d+)?(?:\s*[/／]\s*[≥≤<>=＜＞＝]\s*\d+(?:\.\d+)?)?(?![\d./／])"
    r"(?:万元|亿元|万人)?"
    r"|翻[一两]番(?:\s*[(（][^()（）]{1,30}[)）])?"
)
_GROUP_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,10}?(?=\s*\d)")
_INDEX_RE = re.compile(r"\s*\d{1,2}(?=\s*[\u4e00-\u9fff])")
_HEADER_GROUPS = ("index", "name", "unit", "remark", "category", "attribute", "target")
_MIN_ROWS = 5
# The longest unit glued to a row's name (万平方米).
_MAX_UNIT = 4


def _header_words() -> list[str]:
    return sorted({w for g in _HEADER_GROUPS for w in words(g)}, key=len, reverse=True)


def split_header(text: str, start: int) -> list[TextCell]:
    """The glued header cells from ``start`` on (指标名称|计量单位|2020 年目标值|资料来源)."""
    vocab = _header_words()
    cells: list[TextCell] = []
    pos = start
    while pos < len(text):
        m = _YEAR_WORD_RE.match(text, pos)
        end = m.end() if m else pos
        word = next((w for w in vocab if text.startswith(w, end)), None)
        if m is None and word is None:
            break
        end += len(word) if word else 0
        if word and text.startswith("值", end):
            end += 1  # 目标值, 规划值: the word and its 值
        cells.append(TextCell(text[pos:end], Span(pos, end)))
        pos = end
    return cells


def _source_end(text: str, pos: int, stop: int) -> int:
    """Where a data-source cell starting at ``pos`` ends (``pos`` when there is none)."""
    ends = words("source_end")
    for k in range(pos + 1, min(stop, pos + 12) + 1):
        if any(text.endswith(e, pos, k) for e in ends):
            rest = re.match(r"\s*[/／]\s*[\u4e00-\u9fff]{1,6}?(?:局|厅|委|办)", text[k:stop])
            return k + rest.end() if rest else k
    return pos


def _unit_before(text: str, start: int, end: int) -> int:
    """Where a unit printed right before ``end`` starts (``end`` when none)."""
    stripped = end
    while stripped > start and text[stripped - 1].isspace():
        stripped -= 1
    at = unit_ending(text, start, stripped, _MAX_UNIT)
    return end if at is None else at


def _cell(text: str, a: int, b: int, line_end: bool = False) -> TextCell | None:
    seg = text[a:b]
    body = seg.strip()
    if not body:
        return None
    lead = len(seg) - len(seg.lstrip())
    return TextCell(body, Span(a + lead, a + lead + len(body)), line_end)


def _without_next_index(text: str, value: re.Match[str], last_index: int) -> int:
    """The end of ``value`` without the next row's 序号 glued to it (≥9818 城镇… is
    ≥98 then row 18), told by the 序号 expected next and no source cell after it."""
    nxt = str(last_index + 1)
    digits = value.group().rstrip()
    after = text[value.end() : value.end() + 2].strip()
    if (
        last_index
        and digits.endswith(nxt)
        and digits[: -len(nxt)][-1:].isdigit()
        and re.match(r"[\u4e00-\u9fff]", after)
        and _source_end(text, value.end(), value.end() + 12) == value.end()
    ):
        return value.start() + len(digits) - len(nxt)
    return value.end()


def _row_cells(
    text: str, a: int, v_start: int, v_end: int, stop: int
) -> tuple[list[TextCell], int]:
    """The cells of one row whose value is ``text[v_start:v_end]``, and where the
    next row starts."""
    cells: list[TextCell | None] = []
    g = _GROUP_RE.match(text, a, v_start)
    if g:
        cells.append(_cell(text, a, g.end()))
        a = g.end()
    i = _INDEX_RE.match(text, a, v_start)
    if i:
        cells.append(_cell(text, a, i.end()))
        a = i.end()
    unit_at = _unit_before(text, a, v_start)
    cells.append(_cell(text, a, unit_at))
    cells.append(_cell(text, unit_at, v_start))
    src = _source_end(text, v_end, stop)
    cells.append(_cell(text, v_start, v_end, line_end=src == v_end))
    if src > v_end:
        cells.append(_cell(text, v_end, src, line_end=True))
    return [c for c in cells if c is not None], src


def runon_cells(
    text: str, line: TextCell
) -> tuple[TextCell | None, list[TextCell], list[TextCell]] | None:
    """(title, header, body) of a run-on table on ``line``, or None when it holds none.

    The title is what precedes the header on the line, when short.
    """
    for anchor in re.finditer(r"指\s*标", line.text):
        header = split_header(text, line.span.start + anchor.start())
        roles = {_role(c.text) for c in header}
        if len(header) >= 3 and ColumnRole.VALUE in roles and ColumnRole.NAME in roles:
            break
    else:
        return None
    pos, stop = header[-1].span.end, line.span.end
    body: list[TextCell] = []
    last_index = 0
    for value in _VALUE_RE.finditer(text, pos, stop):
        if value.start() < pos:
            continue
        end = _without_next_index(text, value, last_index)
        cells, pos = _row_cells(text, pos, value.start(), end, stop)
        body.extend(cells)
        index = next((c for c in cells if c.text.isdigit()), None)
        last_index = int(index.text) if index else last_index
    if sum(c.line_end for c in body) < _MIN_ROWS:
        return None
    title = _cell(text, line.span.start, header[0].span.start)
    if title is not None and len(title.text) > 60:
        title = None
    return title, header, body
