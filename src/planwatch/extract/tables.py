"""Indicator tables recovered into grounded facts (the ``table`` extractor).

Entry points: :func:`recover_tables` gives each table found (in the text, or
as a reader's grid in ``ctx.tables``) as a :class:`RecoveredTable` with its
columns' meanings and rows of cells mapped to facts; :class:`TableExtractor`
returns the facts. The work is split into small modules: ``table_find``
(locating text tables), ``table_header`` (column meaning from header words),
``table_rows`` (body cells back into rows), ``table_align`` (values to columns
by meaning), ``table_column_years`` (which year and kind a value column holds, from
the table and its document) and ``table_cells`` (what one cell says).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from planwatch.core.data import (
    ExtractContext,
    Fact,
    Kind,
    SourceTable,
    Span,
    TableCell,
    TableRecord,
)
from planwatch.extract.table_align import AlignItem, ItemClass, align
from planwatch.extract.table_area_columns import area_columns
from planwatch.extract.table_area_rows import (
    AreaTable,
    area_plans,
    find_area_tables,
    part_year_above,
)
from planwatch.extract.table_attribute_rows import headless_runs
from planwatch.extract.table_cells import (
    CellClass,
    TextCell,
    classify,
    read_value,
    read_values,
    status_label,
)
from planwatch.extract.table_column_years import (
    REVIEWING_GENRES,
    actual_through,
    amount_columns,
    month_year,
    monthly_header,
    paired_year_columns,
    period_of_columns,
    population_measure,
    reviewed_columns,
    reviewed_year_columns,
    title_year,
    titled_year,
    year_aim_columns,
)
from planwatch.extract.table_facts import (
    RecoveredRow,
    RowPlan,
    build_row,
    clean_name,
    growth_suffix,
)
from planwatch.extract.table_find import TextTableBlock, find_text_tables
from planwatch.extract.table_header import (
    Column,
    ColumnRole,
    HeaderCell,
    PlanPeriod,
    columns_from_cells,
    columns_from_labels,
    is_group_label,
    is_header_word,
    is_leaf_label,
    period_from_words,
    years_in,
)
from planwatch.extract.table_header_groups import group_lower_halves
from planwatch.extract.table_header_lines import (
    flat_lower_half,
    slotted_header,
    stacked_header,
)
from planwatch.extract.table_kv_rows import KvRun, find_kv_runs, kv_plans
from planwatch.extract.table_mirror import found_without_pinyin
from planwatch.extract.table_rows import RowDraft, read_rows
from planwatch.extract.table_stacked import unstacked
from planwatch.extract.table_words import has_word, squeeze

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecoveredTable:
    """A table read back with meaning: columns, rows, and the facts of its cells."""

    title: str | None
    span: Span
    layout: str  # "lines" | "delimited" | "spaced" | "runon" | "grid" | "areas" (rows of areas)
    columns: tuple[Column, ...]
    rows: tuple[RecoveredRow, ...]
    notes: tuple[Span, ...] = ()
    period: PlanPeriod | None = None
    brackets_change: bool = False  # notes say []内为累计数
    real_growth: bool = False  # notes say growth is real (实际增速)

    @property
    def facts(self) -> list[Fact]:
        return [f for row in self.rows for f in row.facts]

    def column_labels(self) -> list[str]:
        """Each column's header words and reading: ``2025年 (target level 2025)``."""
        return [f"{c.label} ({c.describe()})" for c in self.columns]

    def to_grid(self) -> list[list[str]]:
        """The table as rows × columns of strings, header row first."""
        grid = [[c.label for c in self.columns]]
        for row in self.rows:
            line = [""] * len(self.columns)
            for j, col in enumerate(self.columns):
                if col.role is ColumnRole.INDEX:
                    line[j] = row.index or ""
                elif col.role is ColumnRole.NAME:
                    line[j] = row.indicator
                elif col.role is ColumnRole.CATEGORY:
                    line[j] = row.group or ""
                elif col.role is ColumnRole.UNIT:
                    line[j] = row.unit or ""
                elif col.role is ColumnRole.ATTRIBUTE:
                    line[j] = row.attribute or ""
            for cell in row.cells:
                if cell.column is not None:
                    line[cell.column] = cell.text
            grid.append(line)
        return grid


class TableExtractor:
    """Facts from indicator tables (origin ``"table"``)."""

    name = "table"

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        return [f for table in recover_tables(text, ctx) for f in table.facts]


def recover_tables(text: str, ctx: ExtractContext) -> list[RecoveredTable]:
    """Every indicator table of the document, from reader grids and from the text."""
    return recover_all(text, ctx)[0]


# The last document's answer: the table extractor and the stored table records both ask
# for it (pipeline.extract_facts, then pipeline.recovered_tables), with the same text
# object and an equal context. Held for one document only, so memory stays flat.
_last: list[tuple[str, ExtractContext, list[RecoveredTable], list[TableRecord]]] = []


def recover_all(text: str, ctx: ExtractContext) -> tuple[list[RecoveredTable], list[TableRecord]]:
    """The tables read, and the tables found but not read (each with the reason)."""
    if _last and _last[0][0] is text and _last[0][1] == ctx:
        _, _, read, unread = _last[0]
        return list(read), list(unread)
    read, unread = _recover_all(text, ctx)
    _last[:] = [(text, ctx, read, unread)]
    return list(read), list(unread)


def _recover_all(text: str, ctx: ExtractContext) -> tuple[list[RecoveredTable], list[TableRecord]]:
    out: list[RecoveredTable] = []
    unread: list[TableRecord] = []
    for source in ctx.tables:
        table = _recover_grid(text, source, ctx)
        if isinstance(table, RecoveredTable):
            out.append(table)
        else:
            unread.append(TableRecord(source.span, _grid_title(text, source), "grid", reason=table))
    taken = [t.span for t in out]
    areas = found_without_pinyin(find_area_tables, text)
    for block in find_text_tables(text):
        if any(block.span.overlaps(s) for s in taken):
            continue  # a reader's grid of the same table knows more
        if any(_wider_head(a, block) for a in areas):
            continue  # (地区 / 人口数 / 比重 / 2020年: the text finder's header began late)
        got = block.rejected or _recover_text(text, block, ctx)
        if isinstance(got, RecoveredTable):
            out.append(got)
        else:
            title = block.title.text if block.title else None
            unread.append(TableRecord(block.span, title, block.layout, reason=got))
    for run in found_without_pinyin(
        find_kv_runs, text
    ):  # (indicator lines, one a line: table_kv_rows)
        if not any(run.block.span.overlaps(t.span) for t in out):
            kv = _recover_kv(text, run, ctx)
            if isinstance(kv, RecoveredTable):
                out.append(kv)
    for area in areas:  # (rows of areas, columns of indicators)
        if not any(area.span.overlaps(t.span) for t in out):
            out.append(_recover_areas(text, area, ctx))
    for span, cols, plans in headless_runs(text, ctx):  # (table_attribute_rows)
        if not any(span.overlaps(t.span) for t in out):
            out.append(_assemble(text, ctx, None, span, "runon", cols, plans, (), None, 0, 0))
    out.sort(key=lambda t: t.span.start)
    unread.sort(key=lambda t: t.span.start)
    return out, unread


def _wider_head(area: AreaTable, block: TextTableBlock) -> bool:
    """Whether an area table's header starts before a text table's it holds: the text
    finder began the header past the area column and the columns before the years."""
    if not area.header or not block.header:
        return False
    head = block.header[0].span.start
    return area.header[0].span.start < head < area.span.end


def _recover_areas(text: str, table: AreaTable, ctx: ExtractContext) -> RecoveredTable:
    """A table of areas by indicators (table_area_rows), its figures of the one year its
    title names (an aim past the year the document reports), else a plan's aims for its
    last year, else results of the year the document reports."""
    title = table.title.text if table.title else None
    named = set(years_in(title or ""))
    meta, kind = ctx.meta, Kind.ACTUAL
    year = next(iter(named)) if len(named) == 1 else meta.reviewed_year
    part = part_year_above(text, table.span.start) if not named else None
    if part is not None:
        named, year = {part}, part  # (2026年一季度各区主要经济指标 above a caption: that year's)
    reviewed = meta.reviewed_year
    if (
        part is None
        and len(named) == 1
        and reviewed is not None
        and year is not None
        and year > reviewed
    ):
        kind = Kind.TARGET
    elif not named and meta.doc_type not in REVIEWING_GENRES and meta.period_end:
        year, kind = meta.period_end, Kind.TARGET
    columns, plans = area_plans(table, year, kind)
    return _assemble(text, ctx, title, table.span, "areas", columns, plans, (), None, False, False)


# --- periods and notes -------------------------------------------------------


def _table_period(
    words: str, header_years: Sequence[int], ctx: ExtractContext
) -> PlanPeriod | None:
    """The plan period a table is about: named in its title/header, else the document's."""
    named = period_from_words(words)
    if named is not None:
        return named
    meta = ctx.meta
    if meta.period_start and meta.period_end:
        p = PlanPeriod(meta.period_start, meta.period_end)
        if all(p.base <= y <= p.end + 10 for y in header_years):
            return p
    return None  # columns_from_labels falls back to the header's years


def _read_notes(notes: Sequence[str]) -> tuple[bool, bool]:
    """(brackets are cumulative, growth is real) as the notes under a table say."""
    joined = "".join(squeeze(n) for n in notes)
    return has_word(joined, "note_cumulative"), has_word(joined, "note_real_growth")


# --- text tables --------------------------------------------------------------


def _recover_text(text: str, block: TextTableBlock, ctx: ExtractContext) -> RecoveredTable | str:
    """The table read from a text block, or why it could not be read."""
    got = _text_columns(text, block, ctx)
    if isinstance(got, str):
        return got
    columns, value_cols, period, brackets, real = got
    roles = {c.role for c in columns}
    # (An evaluation's 进展情况 column after 属性 holds each row's label: the row goes on.)
    meaningful = [
        c.role for c in columns if c.role is not ColumnRole.OTHER or has_word(c.label, "status")
    ]
    drafts = read_rows(
        block.body,
        has_index=ColumnRole.INDEX in roles,
        row_per_line=block.layout != "lines",
        attribute_last=meaningful[-1] is ColumnRole.ATTRIBUTE,
        has_category=ColumnRole.CATEGORY in roles,
    )
    plans = [_plan_text_row(d, columns, value_cols) for d in unstacked(drafts, len(value_cols))]
    return _assemble(
        text,
        ctx,
        block.title.text if block.title else None,
        block.span,
        block.layout,
        columns,
        plans,
        tuple(n.span for n in block.notes),
        period,
        brackets,
        real,
        block.unit,
    )


def _recover_kv(text: str, run: KvRun, ctx: ExtractContext) -> RecoveredTable | str:
    """The table of a run of indicator lines (table_kv_rows), its header the lines' labels."""
    got = _text_columns(text, run.block, ctx)
    if isinstance(got, str):
        return got
    columns, _, period, brackets, real = got
    plans = kv_plans(run, columns)
    title, unit = (run.block.title.text if run.block.title else None), run.block.unit
    return _assemble(
        text, ctx, title, run.block.span, "kv", columns, plans, (), period, brackets, real, unit
    )


def _text_columns(
    text: str, block: TextTableBlock, ctx: ExtractContext
) -> tuple[list[Column], list[int], PlanPeriod | None, bool, bool] | str:
    """A text block's columns as its header decides them (with the value columns, the
    plan period and what its notes say), or why it has no value column."""
    brackets, real = _read_notes([n.text for n in block.notes])
    head_text = " ".join(c.text for c in block.header)
    title = block.title.text if block.title else ""
    period = _table_period(title + head_text, years_in(head_text), ctx)
    # A results document's table reports results, unless its title says targets.
    titled_target = block.title is not None and has_word(block.title.text, "target")
    through = None if titled_target else actual_through(ctx, period, head_text)
    if through is not None and block.title is not None:
        through = titled_year(block.title.text, ctx) or through
    if period is None and not titled_target and monthly_header(block.header, ctx.meta.doc_type):
        through = month_year(text, block.span.start, title) or ctx.meta.reviewed_year
    # (A spaced header two lines high: each lower half joins the cell it stands under.)
    header = block.header
    if block.layout == "spaced":
        header = stacked_header(text, header)
    elif block.layout == "delimited":  # (by position: 2020年 over 基数 in the line under it)
        header = slotted_header(text, header)
    else:  # (one cell a line: the lower line's cells after the upper line's 属性)
        header = group_lower_halves(header) or flat_lower_half(header)
    columns = columns_from_cells(
        [HeaderCell(c.text, c.span) for c in header],
        period,
        brackets_change=brackets,
        actual_through=through,
    )
    if period is None:
        period = period_of_columns(columns)
    if period is None and block.title is not None:
        columns = title_year(columns, block.title.text)
    columns = population_measure(columns, block.title.text if block.title else None)
    if through is not None:
        columns = year_aim_columns(amount_columns(columns, through), through)
    columns = reviewed_year_columns(paired_year_columns(columns), ctx)
    columns = area_columns(reviewed_columns(columns, ctx, period))  # (全州 | 博乐市: areas)
    value_cols = [j for j, c in enumerate(columns) if c.role is ColumnRole.VALUE]
    if not value_cols:
        return f"no value column in the header ({head_text[:60]})"
    return list(columns), value_cols, period, brackets, real


def _plan_text_row(d: RowDraft, columns: Sequence[Column], value_cols: list[int]) -> RowPlan:
    span = Span(d.cells[0].span.start, d.cells[-1].span.end) if d.cells else Span(0, 0)
    width = d.values[0].width if d.values else None
    if d.values and width == len(columns) and all(v.slot is not None for v in d.values):
        # A delimited row as wide as the header: positions are columns (_merged_shift).
        shift = _merged_shift(d, columns)
        placed = tuple(
            (v, v.slot + shift if v.slot + shift in value_cols else None)  # type: ignore[operator]
            for v in d.values
        )
    else:
        # (An evaluation's label closing the row, 滞后 or 符合预期, stands in its 进展情况
        # column, no value column.)
        values = list(d.values)
        while values and _status_column(columns) and status_label(values[-1].text):
            values.pop()
        items = [AlignItem(_item_class(v.text)) for v in values]
        cols = [columns[j] for j in value_cols]
        growth_row = growth_suffix(clean_name(d.name))[1] == "growth"
        where = align(items, cols, growth_row) + [None] * (len(d.values) - len(values))
        placed = tuple((v, None if w is None else value_cols[w]) for v, w in zip(d.values, where))
    attr = d.attribute.text if d.attribute else None
    return RowPlan(
        span,
        d.index.text if d.index else None,
        d.group,
        d.parent,
        d.name,
        tuple(u.text for u in d.units),
        attr,
        placed,
    )


def _merged_shift(d: RowDraft, columns: Sequence[Column]) -> int:
    """How many places a delimited row's cells stand left of their columns: a category cell
    merged over rows (the header's first column) is printed on its group's first row only; the
    rows under it keep their cells to the left, empty ones closing them (2 | 婴儿死亡率 | ‰ | <5 | |)."""
    if not columns or columns[0].role is not ColumnRole.CATEGORY or d.index is None:
        return 0
    slots = [c.slot for c in d.cells if c.slot is not None]
    width = d.cells[-1].width if d.cells else None
    if not slots or width is None or min(slots) != 0:
        return 0
    return max(0, width - 1 - max(slots))


def _status_column(columns: Sequence[Column]) -> bool:
    """Whether the header has an evaluation's column of labels (进展情况), no figures."""
    return any(c.role is ColumnRole.OTHER and has_word(c.label, "status") for c in columns)


def _item_class(cell_text: str) -> ItemClass:
    v = next(iter(read_values(cell_text)), None)
    if v is not None and v.bracketed and has_word(cell_text, "cumulative"):
        return ItemClass.CUMULATIVE
    if v is not None:
        return ItemClass.BRACKET if v.bracketed else ItemClass.NUMBER
    if classify(cell_text) is CellClass.PLACEHOLDER:
        return ItemClass.PLACEHOLDER
    return ItemClass.PHRASE


# --- grid tables (HTML / DOCX / PDF readers) -----------------------------------


def _recover_grid(text: str, table: SourceTable, ctx: ExtractContext) -> RecoveredTable | str:
    """The table read from a reader's grid, or why it could not be read."""
    cover: dict[tuple[int, int], TableCell] = {}
    for cell in table.cells:
        for r in range(cell.row, cell.row + max(1, cell.rowspan)):
            for c in range(cell.col, cell.col + max(1, cell.colspan)):
                cover[(r, c)] = cell
    n_head = 0
    while n_head < table.n_rows and _is_header_row(cover, n_head, table.n_cols):
        n_head += 1
    if n_head == 0:
        return "no header row: the first row holds no years, targets or indicator words"
    if n_head == table.n_rows:
        return "header rows only, no body"
    labelled = []
    for c in range(table.n_cols):
        parts: list[str] = []
        spans: list[Span] = []
        seen: set[int] = set()
        for r in range(n_head):
            cell = cover.get((r, c))
            if cell is not None and id(cell) not in seen and cell.text.strip():
                seen.add(id(cell))
                parts.append(cell.text)
                spans.append(cell.span)
        labelled.append((parts, spans))
    if n_head > 1:
        labelled = _spread_groups(labelled)
    head_text = " ".join(p for parts, _ in labelled for p in parts)
    title = _grid_title(text, table)
    period = _table_period((title or "") + head_text, years_in(head_text), ctx)
    after = text[table.span.end : table.span.end + 400]
    brackets, real = _read_notes([after.split("\n\n")[0]] if after.strip() else [])
    columns = columns_from_labels(
        labelled, period, brackets_change=brackets, actual_through=actual_through(ctx, period)
    )
    if period is None:
        period = period_of_columns(columns)
    columns = reviewed_year_columns(paired_year_columns(columns), ctx)
    columns = area_columns(reviewed_columns(columns, ctx, period))  # (全州 | 博乐市: areas)
    if not any(c.role is ColumnRole.VALUE for c in columns):
        return f"no value column in the header ({head_text[:60]})"
    plans: list[RowPlan] = []
    group: str | None = None
    for r in range(n_head, table.n_rows):
        row_cells = [cover.get((r, c)) for c in range(table.n_cols)]
        distinct = {id(x): x for x in row_cells if x is not None and x.text.strip()}
        if len(distinct) == 1 and not any(read_value(x.text) for x in distinct.values()):
            only = next(iter(distinct.values()))
            if only.colspan > 1 or classify(only.text) is CellClass.GROUP:
                group = only.text.strip()
                continue
        plan = _plan_grid_row(r, row_cells, columns, group)
        if plan is not None:
            plans.append(plan)
    return _assemble(
        text, ctx, title, table.span, "grid", columns, plans, (), period, brackets, real
    )


def _spread_groups(
    labelled: list[tuple[list[str], list[Span]]],
) -> list[tuple[list[str], list[Span]]]:
    """A group header printed once over its sub-columns without a merge (a PDF's
    grid: 实际完成 above 2025年, nothing above 年均增长 beside it) holds for each
    sub-column up to the next group: the empty cell above takes it."""
    out = []
    group: tuple[str, Span] | None = None
    for parts, spans in labelled:
        if len(parts) > 1 and is_group_label(parts[0]):
            group = (parts[0], spans[0])
        elif len(parts) == 1 and group is not None and is_leaf_label(parts[0]):
            parts, spans = [group[0], *parts], [group[1], *spans]
        else:
            group = None
        out.append((parts, spans))
    return out


def _is_header_row(cover: dict[tuple[int, int], TableCell], r: int, n_cols: int) -> bool:
    texts = [cover[(r, c)].text for c in range(n_cols) if (r, c) in cover]
    texts = [t for t in texts if t.strip()]
    return bool(texts) and all(is_header_word(t) for t in texts)


def _grid_title(text: str, table: SourceTable) -> str | None:
    before = text[max(0, table.span.start - 200) : table.span.start].rstrip().split("\n")
    last = before[-1].strip() if before else ""
    return last if 0 < len(last) <= 60 and not last.endswith("。") else None


def _plan_grid_row(
    r: int, row_cells: list[TableCell | None], columns: Sequence[Column], group: str | None
) -> RowPlan | None:
    index = unit = attribute = None
    names: list[TableCell] = []
    placed: list[tuple[TextCell, int | None]] = []
    own: list[TableCell] = []
    for j, (cell, col) in enumerate(zip(row_cells, columns, strict=True)):
        if cell is None or not cell.text.strip():
            continue
        if col.role is ColumnRole.NAME:
            if cell not in names:
                names.append(cell)
        elif col.role is ColumnRole.INDEX and index is None:
            index = cell.text.strip()
        elif col.role is ColumnRole.CATEGORY:
            group = cell.text.strip()
        elif col.role is ColumnRole.UNIT:
            unit = cell.text.strip()
        elif col.role is ColumnRole.ATTRIBUTE:
            attribute = cell.text.strip()
        elif col.role is ColumnRole.VALUE and cell.row == r:
            # A value merged across columns (colspan) holds for each of them:
            # 3.0以内 under both 2023年 and 2024年目标.
            placed.append((TextCell(cell.text.strip(), _stripped_span(cell)), j))
        if cell.row == r:
            own.append(cell)
    if not names:
        return None
    parent = None
    if len(names) > 1:
        parent, names = names[0].text.strip(), names[1:]
    name = "".join(n.text.strip() for n in names)
    spans = [c.span for c in own if len(c.span)] or [names[0].span]
    return RowPlan(
        Span(min(s.start for s in spans), max(s.end for s in spans)),
        index,
        group,
        parent,
        name,
        (unit,) if unit else (),
        attribute,
        tuple(placed),
    )


def _assemble(
    text: str,
    ctx: ExtractContext,
    title: str | None,
    span: Span,
    layout: str,
    columns: Sequence[Column],
    plans: Sequence[RowPlan],
    notes: tuple[Span, ...],
    period: PlanPeriod | None,
    brackets: bool,
    real: bool,
    table_unit: str | None = None,
) -> RecoveredTable:
    rows = [build_row(text, ctx, columns, p, period, table_unit) for p in plans]
    return RecoveredTable(
        title, span, layout, tuple(columns), tuple(rows), notes, period, brackets, real
    )


def _stripped_span(cell: TableCell) -> Span:
    """The cell's span without its surrounding spaces (the reader may keep them)."""
    lead = len(cell.text) - len(cell.text.lstrip())
    n = len(cell.text.strip())
    if len(cell.span) == len(cell.text):
        return Span(cell.span.start + lead, cell.span.start + lead + n)
    return cell.span


from planwatch.extract.base import register  # noqa: E402 - registers itself once the class exists

register("table", TableExtractor)
