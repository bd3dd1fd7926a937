"""Indicator rows printed one a line as ``name（unit）：label value；label value``.

Plans and evaluations sometimes print their indicator table as a list: each line a
name with its unit in brackets, a colon, then labelled figures parted by ；or ，
(``2025年99.2；2030年95；属性 预期性`` or ``基期值62.1，目标值68``). Prose reading drops
figures with no unit beside them and the table finder sees no header, so a run of at
least :data:`MIN_LINES` such lines, one after another, is read here as a table: its
labels are the header cells, and the one header decision (``table_header``,
``table_column_years``, applied by ``tables``) says each column's year and kind. An
item naming 约束性/预期性 is the row's attribute; an item without a figure (an
evaluation's 进展滞后) is left unread.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from planwatch.core.data import Span
from planwatch.core.linetable import line_table
from planwatch.extract.table_cells import TextCell, attribute_binding
from planwatch.extract.table_facts import RowPlan
from planwatch.extract.table_find import TextTableBlock, _title_before
from planwatch.extract.table_header import Column, ColumnRole, _role
from planwatch.extract.table_words import squeeze, words

# A run shorter than this is prose that happens to hold a colon and figures.
MIN_LINES = 3
# The head of a line: an optional item number (1. / 1、/ （1）), the indicator's name
# (no sentence punctuation, not opening on a figure), its unit in brackets, a colon.
_LINE_RE = re.compile(
    r"\s*(?P<index>(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*|[(（]\d{1,2}[)）]\s*)?"
    r"(?P<name>[^\s\d:：，,；;。、][^:：，,；;。]{1,40}?)\s*[:：]\s*(?P<rest>\S.*)"
)
_ITEM_SEP_RE = re.compile(r"[；;，,]")
# An item's label: a year (2025年) and the words up to its figure (目标, 实际), or
# words alone (基期值, 年均增长); the figure may open on a comparison or a bracket.
_ITEM_RE = re.compile(
    r"(?P<label>(?:(?:19|20)\d\d\s*年)?[^\d＞＜><≥≤≧≦+\-－−\[［:：]*?)\s*[:：]?\s*"
    r"(?P<value>[＞＜><≥≤≧≦+\-－−\[［]?\s*\d.*)"
)
_LAST_BRACKET_RE = re.compile(r"[(（]([^()（）]+)[)）]$")
# (Not an item's ordinal: 地区生产总值（第1项）：增长6.1%，… is a sentence of a progress list.)
_UNIT_END_RE = re.compile(r"[(（](?!\s*第\s*\d)[^()（）]{1,12}[)）]$")


@dataclass(frozen=True, slots=True)
class KvItem:
    """One labelled figure of a line: its label's cell and its value's cell."""

    label: TextCell
    value: TextCell


@dataclass(frozen=True, slots=True)
class KvLine:
    """One indicator line: index, name (with its unit bracket), figures and attribute."""

    span: Span
    index: str | None
    name: str
    items: tuple[KvItem, ...]
    attribute: str | None


@dataclass(frozen=True, slots=True)
class KvRun:
    """A run of indicator lines read as a table: the block (its header the labels in
    the order they first come) and the lines."""

    block: TextTableBlock
    lines: tuple[KvLine, ...]


def _cell(text: str, start: int, end: int) -> TextCell | None:
    seg = text[start:end]
    body = seg.strip().rstrip("。")
    if not body:
        return None
    lead = len(seg) - len(seg.lstrip())
    return TextCell(body, Span(start + lead, start + lead + len(body)))


def read_line(text: str, start: int, end: int) -> KvLine | None:
    """The indicator line ``text[start:end]``, or None when it is not of this form:
    a name with its unit in brackets and at least one figure under a header label."""
    m = _LINE_RE.fullmatch(text, start, end)
    if m is None or not _UNIT_END_RE.search(m.group("name")):
        return None
    items: list[KvItem] = []
    attribute: str | None = None
    pos = m.start("rest")
    for piece in _ITEM_SEP_RE.split(text[pos:end]) + [""]:
        cell = _cell(text, pos, pos + len(piece))
        pos += len(piece) + 1
        if cell is None:
            continue
        said = _attribute(cell.text)
        if said is not None:
            attribute = said
            continue
        got = _item(cell)
        if got is not None:
            items.append(got)
    if not items:
        return None
    return KvLine(
        Span(start + len(text[start:end]) - len(text[start:end].lstrip()), end),
        m.group("index").strip() if m.group("index") else None,
        m.group("name"),
        tuple(items),
        attribute,
    )


def _attribute(item: str) -> str | None:
    """The attribute an item gives (属性 约束性, 预期性, 进展滞后（约束性）), or None."""
    said = squeeze(item)
    for head in words("attribute"):
        if said.startswith(head):
            said = said[len(head) :].lstrip(":：")
            break
    m = _LAST_BRACKET_RE.search(said)
    said = m.group(1) if m else said
    return said if attribute_binding(said) is not None else None


def _item(cell: TextCell) -> KvItem | None:
    """A labelled figure (``2030年＞99``): a label a header would hold over a value."""
    m = _ITEM_RE.fullmatch(cell.text)
    if m is None or not m.group("label").strip():
        return None
    label = m.group("label").strip()
    if _role(squeeze(label)) is not ColumnRole.VALUE:
        return None
    a = cell.span.start
    value = m.group("value").strip()
    v_start = a + m.start("value") + (len(m.group("value")) - len(m.group("value").lstrip()))
    return KvItem(
        TextCell(label, Span(a + m.start("label"), a + m.start("label") + len(label))),
        TextCell(value, Span(v_start, v_start + len(value)), line_end=False),
    )


def find_kv_runs(text: str) -> list[KvRun]:
    """Every run of at least :data:`MIN_LINES` indicator lines, one after another."""
    runs: list[KvRun] = []
    current: list[KvLine] = []
    # (The text's shared lines, core.linetable; a blank line neither ends a run nor adds to
    # it, and a line without a colon is no indicator line: read_line needs one.)
    table = line_table(text)
    for start, end, body in zip(table.starts, table.ends, table.stripped):
        if not body:
            continue
        line = read_line(text, start, end) if ":" in body or "：" in body else None
        if line is not None:
            current.append(line)
        else:
            _close(text, current, runs)
            current = []
    _close(text, current, runs)
    return runs


def _close(text: str, lines: list[KvLine], runs: list[KvRun]) -> None:
    """The run ``lines`` as a table, when long enough and sharing a label."""
    if len(lines) < MIN_LINES:
        return
    header: dict[str, TextCell] = {}
    for line in lines:
        for item in line.items:
            header.setdefault(squeeze(item.label.text), item.label)
    # (Lines of one form: a label that at least MIN_LINES of them print.)
    counts = Counter(squeeze(i.label.text) for ln in lines for i in ln.items)
    if max(counts.values()) < MIN_LINES:
        return
    # (The line above names the table, its plan period too: 十五五 … 主要指标.)
    title, unit = _title_before(text, lines[0].span.start)
    start = (title.span if title else lines[0].span).start
    block = TextTableBlock(
        "kv", Span(start, lines[-1].span.end), title, tuple(header.values()), (), (), unit=unit
    )
    runs.append(KvRun(block, tuple(lines)))


def kv_plans(run: KvRun, columns: list[Column]) -> list[RowPlan]:
    """Each line's row, its figures placed under the column its label heads."""
    where: dict[str, int] = {}
    for cell in run.block.header:
        for j, col in enumerate(columns):
            if any(s.start <= cell.span.start < s.end for s in col.spans):
                where[squeeze(cell.text)] = j
    plans = []
    for line in run.lines:
        placed = tuple((i.value, where.get(squeeze(i.label.text))) for i in line.items)
        plans.append(
            RowPlan(line.span, line.index, None, None, line.name, (), line.attribute, placed)
        )
    return plans
