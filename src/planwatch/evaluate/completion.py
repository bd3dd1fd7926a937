"""An ended plan's completion table (主要目标完成情况表), regenerated from data.

The layout is that of 鹤山市“十三五”规划主要目标完成情况表: 序号, 指标, 规划目标值
(end-year level | 年均增速), 实际完成情况 (end-year level | 年均增速), 指标属性 — plus a
完成情况 column computed from the numbers. Targets are the area's targets for the
period's end year; actuals are the end-year levels and the period's average growth.
Where the targets come from a review table (a new plan reviewing the last one),
the rows of that table with only an actual (耕地保有量 …落实上级下达规模) are kept too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planwatch.catalog import Catalog, default_catalog
from planwatch.core.data import Comparator, DocType, Kind, Measure
from planwatch.core.periods import plan_label
from planwatch.evaluate.ledger import (
    Ledger,
    LedgerFact,
    choose_plan,
    load_ledger,
    resolve_area,
    source_ref,
)
from planwatch.evaluate.model import SourceRef
from planwatch.store.repo import Store


@dataclass(frozen=True, slots=True)
class CompletionRow:
    """One indicator of the table; numbers in the unit shown, None where not set."""

    indicator: str
    indicator_id: str | None
    unit: str | None
    target_level: float | None
    target_growth: float | None
    actual_level: float | None
    actual_growth: float | None
    attribute: str  # 预期性 / 约束性 / ""
    completed: bool | None  # None: nothing numeric to compare
    target_comparator: str = "eq"
    sources: tuple[SourceRef, ...] = ()

    @property
    def completed_zh(self) -> str:
        return {True: "完成", False: "未完成", None: "—"}[self.completed]


@dataclass(frozen=True, slots=True)
class CompletionTable:
    """The completion table of the plan period ``period_start``-``period_end``."""

    area: str
    area_code: str
    period_start: int
    period_end: int
    rows: tuple[CompletionRow, ...] = ()
    ended: bool = True  # False: the period is not over in the data (latest actual earlier)
    notes: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str:
        return f"{self.area}“{plan_label(self.period_start)}”规划主要目标完成情况表"

    def header(self) -> list[list[str]]:
        """The two header rows, as in the official layout."""
        label = plan_label(self.period_start)
        top = [
            "序号",
            "指标",
            f"“{label}”规划目标值",
            "",
            f"“{label}”实际完成情况",
            "",
            "指标属性",
            "完成情况",
        ]
        sub = [
            "",
            "",
            f"{self.period_end}年",
            "年均增速",
            f"{self.period_end}年",
            "年均增速",
            "",
            "",
        ]
        return [top, sub]

    def to_grid(self) -> list[list[Any]]:
        """Header rows then one row per indicator; numbers stay numbers, gaps are "--"."""
        grid: list[list[Any]] = self.header()
        for i, r in enumerate(self.rows, 1):
            name = f"{r.indicator}({r.unit})" if r.unit else r.indicator
            grid.append(
                [
                    i,
                    name,
                    _cell(r.target_level),
                    _cell(r.target_growth),
                    _cell(r.actual_level),
                    _cell(r.actual_growth),
                    r.attribute,
                    r.completed_zh,
                ]
            )
        return grid

    def to_records(self) -> list[dict[str, Any]]:
        return [
            {
                "indicator": r.indicator,
                "indicator_id": r.indicator_id,
                "unit": r.unit,
                "target_level": r.target_level,
                "target_growth": r.target_growth,
                "actual_level": r.actual_level,
                "actual_growth": r.actual_growth,
                "attribute": r.attribute,
                "completed": r.completed,
            }
            for r in self.rows
        ]


def _cell(x: float | None) -> float | str:
    return "--" if x is None else x


_ATTR = {"expected": "预期性", "binding": "约束性"}


def completion_table(store: Store, area: str, plan: str | None = None) -> CompletionTable:
    """The completion table of ``plan`` (a plan document), or of the plan before the area's
    latest five-year plan (十三五 when the latest is 十四五)."""
    docs = store.documents()
    resolved = resolve_area(store, area, docs)
    ledger = load_ledger(store, resolved, docs)
    period = _period(store, ledger, plan)
    if period is None:
        return CompletionTable(
            resolved.name,
            resolved.code,
            0,
            0,
            ended=False,
            notes=("no plan period with targets found",),
        )
    return completion_from_ledger(ledger, *period)


def _period(store: Store, ledger: Ledger, plan: str | None) -> tuple[int, int] | None:
    if plan:
        doc = store.find_document(plan)
        if doc.period_start and doc.period_end:
            return doc.period_start, doc.period_end
    latest = choose_plan(store, ledger, None)
    if latest is not None and latest.period_start:
        return latest.period_start - 5, latest.period_start - 1
    # No plan document: the latest five-year period ending in a year some target names.
    ends = sorted(
        {lf.fact.year for lf in ledger.targets() if lf.fact.year and lf.fact.year % 5 == 0},
        reverse=True,
    )
    last_actual = ledger.latest_actual_year() or 0
    for end in ends:
        if end <= last_actual:
            return end - 4, end
    return None


def completion_from_ledger(ledger: Ledger, start: int, end: int) -> CompletionTable:
    """The table for the period ``start``-``end`` from an area's ledger."""
    catalog = default_catalog()
    targets = [
        lf
        for lf in ledger.targets()
        if lf.fact.year == end
        and lf.fact.measure != Measure.CHANGE
        and not (
            lf.doc.doc_type == DocType.FIVE_YEAR_PLAN.value
            and lf.doc.period_end == end
            and lf.fact.period_start not in (None, start)
        )
    ]
    members = targets + _review_table_actuals(ledger, targets, start, end)
    groups: dict[str, list[LedgerFact]] = {}
    for lf in sorted(members, key=lambda x: (x.doc.id, x.fact.start)):
        key = lf.fact.indicator_id or lf.fact.indicator
        groups.setdefault(key, []).append(lf)
    rows = []
    for lfs in groups.values():
        rows.append(_row(ledger, lfs, start, end, catalog))
    ended = (ledger.latest_actual_year() or 0) >= end
    return CompletionTable(ledger.area.name, ledger.area.code, start, end, tuple(rows), ended)


def _review_table_actuals(
    ledger: Ledger, targets: list[LedgerFact], start: int, end: int
) -> list[LedgerFact]:
    """Table cells of the review table the period's targets sit in: the contiguous run of
    table facts about the period around them, in each document holding such targets."""
    out: list[LedgerFact] = []
    for doc_id in {t.doc.id for t in targets if t.fact.origin == "table"}:
        cells = sorted(
            (lf for lf in ledger.facts if lf.doc.id == doc_id and lf.fact.origin == "table"),
            key=lambda x: x.fact.start,
        )
        first = min(t.fact.start for t in targets if t.doc.id == doc_id)
        for lf in cells:
            if lf.fact.start < first:
                continue
            f = lf.fact
            if f.year != end or f.period_start not in (None, start):
                break  # the next table (the new plan's) begins
            if f.kind == Kind.ACTUAL:
                out.append(lf)
    return out


def _row(
    ledger: Ledger, lfs: list[LedgerFact], start: int, end: int, catalog: Catalog
) -> CompletionRow:
    iid = lfs[0].fact.indicator_id
    ind = catalog.get(iid) if iid else None
    name = lfs[0].fact.indicator
    t_level = next(
        (x for x in lfs if x.fact.kind == Kind.TARGET and x.fact.measure == Measure.LEVEL), None
    )
    t_growth = next(
        (x for x in lfs if x.fact.kind == Kind.TARGET and x.fact.measure == Measure.GROWTH), None
    )
    a_level = next(
        (x for x in lfs if x.fact.kind == Kind.ACTUAL and x.fact.measure == Measure.LEVEL), None
    )
    a_growth = next(
        (x for x in lfs if x.fact.kind == Kind.ACTUAL and x.fact.measure == Measure.GROWTH), None
    )
    if iid:
        unit_hint = (t_level or a_level).unit if (t_level or a_level) else None
        if a_level is None:
            chosen = ledger.yearly(iid, Measure.LEVEL.value, unit=unit_hint).get(end)
            a_level = chosen.fact if chosen else None
        if a_growth is None:
            period = ledger.period_figures(iid, Measure.GROWTH.value, start, end)
            a_growth = period[0] if period else None
    unit = next((x.unit for x in (t_level, a_level) if x is not None), None)
    if unit is None and ind is not None and (t_growth or a_growth):
        unit = ind.unit
    direction = ind.direction if ind else None
    completed = _completed(t_level, a_level, t_growth, a_growth, direction)
    attr = next((_ATTR[x.fact.binding.value] for x in lfs if x.fact.binding), "")
    used = [x for x in (t_level, t_growth, a_level, a_growth) if x is not None]
    sources = tuple(
        source_ref(ledger, x, "target" if x.fact.kind == Kind.TARGET else "actual") for x in used
    )
    return CompletionRow(
        indicator=name,
        indicator_id=iid,
        unit=unit,
        target_level=t_level.value if t_level else None,
        target_growth=t_growth.value if t_growth else None,
        actual_level=a_level.value if a_level else None,
        actual_growth=a_growth.value if a_growth else None,
        attribute=attr,
        completed=completed,
        target_comparator=(t_level or t_growth).fact.comparator.value
        if (t_level or t_growth)
        else "eq",
        sources=sources,
    )


def _completed(
    t_level: LedgerFact | None,
    a_level: LedgerFact | None,
    t_growth: LedgerFact | None,
    a_growth: LedgerFact | None,
    direction: str | None,
) -> bool | None:
    """Whether every numeric target of the row was reached (None: nothing to compare)."""
    verdicts = []
    lower = direction == "lower"
    if t_level is not None and a_level is not None:
        le = t_level.fact.comparator == Comparator.LE or lower
        diff = a_level.value - t_level.value
        verdicts.append(diff <= 1e-9 if le else diff >= -1e-9)
    if t_growth is not None and a_growth is not None:
        diff = a_growth.value - t_growth.value
        verdicts.append(diff <= 1e-9 if lower else diff >= -1e-9)
    return all(verdicts) if verdicts else None
