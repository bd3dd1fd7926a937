"""Targets a plan's indicator table states in words, read from the stored table.

A plan table's target column holds a figure for most rows, but for some it holds
words: 与经济增长基本同步 (income growth), 确保完成国家要求 (energy intensity),
全面稳定达到国家二级标准 (air quality). Such a cell is no fact, so without this
module the row would vanish from the evaluation. The table as the extractor read
it is stored at ingest (``Store.recovered_tables``); each target cell that holds
words and became no fact is a :class:`QualitativeTarget` of the plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from planwatch.catalog.apply import MIN_CONFIDENCE
from planwatch.catalog.resolve import resolve
from planwatch.core.data import Binding, GridCell, Measure, TableRecord
from planwatch.evaluate.qualitative import QualitativeTarget
from planwatch.store.repo import DocRow, Store

# A cell that says "no target in this column" (- / — / 无) rather than stating one.
_EMPTY = re.compile(r"^[\s\-—–－/／无\[\]【】]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BINDING = {"约束性": Binding.BINDING, "预期性": Binding.EXPECTED}


def plan_word_targets(
    store: Store, plan: DocRow | None, tables: Mapping[int, list[TableRecord]] | None = None
) -> tuple[QualitativeTarget, ...]:
    """Targets stated in words in ``plan``'s indicator tables (none without a plan period:
    the words need a target year); ``tables``, when given, holds the plan's tables as
    read for many plans at once (``store.evalrefs.tables_by_doc``)."""
    if not has_period(plan):
        return ()
    assert plan is not None  # has_period
    found = tables.get(plan.id, []) if tables is not None else store.recovered_tables(plan.id)
    out: list[QualitativeTarget] = []
    for table in found:
        out += table_word_targets(table, plan)
    return tuple(out)


def has_period(plan: DocRow | None) -> bool:
    """Whether ``plan`` is one whose tables :func:`plan_word_targets` reads."""
    return plan is not None and bool(plan.period_end)


def table_word_targets(table: TableRecord, plan: DocRow) -> list[QualitativeTarget]:
    """The word targets of one recovered table (see the module doc)."""
    meanings = [meaning for _, meaning in table.columns]
    if "name" not in meanings:
        return []
    name_col = meanings.index("name")
    out = []
    for row in table.rows:
        if len(row) != len(meanings):
            continue
        name = row[name_col].text.strip()
        if not name:
            continue
        for j, cell in enumerate(row):
            year = _target_year(meanings[j], plan)
            if year is None or not _is_words(cell):
                continue
            out.append(_target(row, name_col, cell, meanings[j], year, plan))
    return out


def _target_year(meaning: str, plan: DocRow) -> int | None:
    """The year a target column sets (``target level 2025``) when it lies in the plan's
    period: a previous plan's review table beside the new one is no target of it."""
    years = _YEAR.findall(meaning) if meaning.startswith("target") else []
    if not years or plan.period_start is None or plan.period_end is None:
        return None
    year = int(years[-1])
    return year if plan.period_start <= year <= plan.period_end else None


def _is_words(cell: GridCell) -> bool:
    """A target cell holding words that became no fact."""
    return (
        cell.span is not None
        and cell.reading is None
        and not _EMPTY.match(cell.text)
        and bool(_CJK.search(cell.text))
    )


def _target(
    row: tuple[GridCell, ...],
    name_col: int,
    cell: GridCell,
    meaning: str,
    year: int,
    plan: DocRow,
) -> QualitativeTarget:
    name = row[name_col].text.strip()
    hit = resolve(name)
    growth = "growth" in meaning or (hit is not None and hit.measure_hint == "growth")
    # [words] in a 年均[累计] column state the cumulative part ([累计达到1000]).
    cumulative = "[change]" in meaning and cell.text.strip()[:1] in "[［〔【"
    binding = next(
        (_BINDING[c.text.strip()] for c in row if c.text.strip() in _BINDING),
        None,
    )
    spans = [c.span for c in row if c.span is not None]
    assert cell.span is not None  # checked by _is_words
    return QualitativeTarget(
        doc=plan,
        start=cell.span.start,
        end=cell.span.end,
        quote_start=min(s.start for s in spans),
        quote_end=max(s.end for s in spans),
        indicator=name,
        indicator_id=hit.indicator_id
        if hit is not None and hit.confidence >= MIN_CONFIDENCE
        else None,
        year=year,
        period_start=plan.period_start,
        binding=binding,
        measure=Measure.CHANGE if cumulative else Measure.GROWTH if growth else Measure.LEVEL,
    )
