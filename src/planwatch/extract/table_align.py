"""Matching a row's value cells to the header's value columns by meaning.

Scraped tables drop empty cells, so a row's values cannot be placed by
position. They keep their order, though: the row's cells in order are matched
to the value columns in order (a monotone alignment, solved by a small
dynamic programme), each cell costing according to how well it fits a
column (a bracketed ``[1.98]`` fits only a cumulative column; a plain number in
an ``…增长(%)`` row fits the growth column; a level fits a year column) and
each column left empty costing according to how often such a column is left
empty (growth and cumulative columns often, base-year actuals rarely).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from planwatch.core.data import Kind, Measure
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import Column, ColumnRole


class ItemClass(StrEnum):
    """What a value cell offers to the alignment."""

    NUMBER = "number"
    BRACKET = "bracket"  # a bracketed number: a cumulative change
    CUMULATIVE = "cumulative"  # a bracket saying so: [累计达到1000]
    PLACEHOLDER = "placeholder"  # --, —
    PHRASE = "phrase"  # 完成江门下达任务


@dataclass(frozen=True, slots=True)
class AlignItem:
    """One value cell as the alignment sees it."""

    cls: ItemClass


_IMPOSSIBLE = 4.0
_LAST_RESORT = 2.5
_DROP = {
    ItemClass.NUMBER: 3.0,
    ItemClass.BRACKET: 3.0,
    ItemClass.CUMULATIVE: 3.0,
    ItemClass.PLACEHOLDER: 0.9,
    ItemClass.PHRASE: 0.9,
}


def _fit(item: AlignItem, col: Column, growth_row: bool) -> float:
    """Cost of putting ``item`` in ``col`` (0 = what the column is for)."""
    measure = col.measure
    if item.cls is ItemClass.CUMULATIVE and measure is not Measure.CHANGE:
        # Its words say it is a cumulative target: any target column will do.
        return 1.0 if col.kind is Kind.TARGET else _IMPOSSIBLE
    if item.cls in (ItemClass.BRACKET, ItemClass.CUMULATIVE):
        if measure is Measure.CHANGE or (col.brackets_change and measure is Measure.GROWTH):
            return 0.0
        # Notes saying "[]内为累计数" allow brackets anywhere, but a year column rarely; a
        # growth column (年均增长) holds the five-year change of the rows whose aim is
        # one, bracketed, by the plans' convention even where no note says so.
        if col.brackets_change or measure is Measure.GROWTH:
            return 1.0
        # A year column holds one only when the row leaves no other place for it (a
        # row of brackets under 规划目标 and 实际, no note): dearer than any fit, cheaper
        # than dropping a figure.
        return _LAST_RESORT
    if item.cls is ItemClass.NUMBER:
        if measure is Measure.GROWTH:
            return 0.0 if growth_row else 0.6
        if measure is Measure.CHANGE:
            return 0.6 if growth_row else 0.3
        return 1.5 if growth_row else 0.0
    # A placeholder stands where the row's kind of figure would be missing.
    if item.cls is ItemClass.PLACEHOLDER:
        wanted = Measure.GROWTH if growth_row else Measure.LEVEL
        return 0.3 if measure is wanted else 0.0
    return 0.0


def _skip_costs(cols: Sequence[Column]) -> list[float]:
    """Cost of leaving each column without a cell in this row."""
    target_years = [c.year for c in cols if c.kind is Kind.TARGET and c.year]
    near = min(target_years) if target_years else None
    costs = []
    for c in cols:
        cost = 1.0 if c.measure is Measure.LEVEL else 0.5
        if c.kind is Kind.TARGET:
            cost *= 0.7
            if near is not None and c.year and c.year > near + 5:  # a 2035 long-range column
                cost *= 0.8
        costs.append(cost)
    return costs


def align(items: Sequence[AlignItem], cols: Sequence[Column], growth_row: bool) -> list[int | None]:
    """For each item, the index of its column in ``cols`` (None: the cell is dropped).

    Order is kept: items placed earlier take earlier columns.
    """
    n, m = len(items), len(cols)
    if n == m and n > 2:
        # A cell for every column (a dash where a figure is missing): the row's cells stand
        # in order, even where a growth row's figures sit under level columns.
        return list(range(n))
    skip = _skip_costs(cols)
    inf = float("inf")
    # best[i][j]: cost of placing items[:i] within cols[:j]; move[i][j]: how we got there.
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    move: list[list[str]] = [[""] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            # The order of trials settles ties: placing before skipping before dropping.
            if i < n and j < m:
                c = here + _fit(items[i], cols[j], growth_row)
                if c < best[i + 1][j + 1] - 1e-9:
                    best[i + 1][j + 1], move[i + 1][j + 1] = c, "place"
            if j < m:
                c = here + skip[j]
                if c < best[i][j + 1] - 1e-9:
                    best[i][j + 1], move[i][j + 1] = c, "skip"
            if i < n:
                c = here + _DROP[items[i].cls]
                if c < best[i + 1][j] - 1e-9:
                    best[i + 1][j], move[i + 1][j] = c, "drop"
    out: list[int | None] = [None] * n
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == "place":
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif step == "skip":
            j -= 1
        else:
            i -= 1
    return out


def level_left_out(
    placed: Sequence[tuple[TextCell, int | None]], columns: Sequence[Column]
) -> bool:
    """Whether a row (its ``placed`` value cells) fills its growth column and leaves every amount column a placeholder
    (— under 1-6月, 6.8 under 增长%): the bureau publishes the row's growth only."""
    kinds: dict[Measure, set[CellClass]] = {Measure.LEVEL: set(), Measure.GROWTH: set()}
    for cell, j in placed:
        if j is None or columns[j].role is not ColumnRole.VALUE:
            continue
        measure = columns[j].measure or Measure.LEVEL
        if measure in kinds:
            kinds[measure].add(classify(cell.text))
    level, growth = kinds[Measure.LEVEL], kinds[Measure.GROWTH]
    return level == {CellClass.PLACEHOLDER} and CellClass.NUMBER in growth
