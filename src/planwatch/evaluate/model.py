"""Record types of the evaluation: statuses, judged targets, whole-area evaluations.

Everything here is a frozen dataclass; the arithmetic lives in :mod:`rules`, the
gathering of facts in :mod:`ledger` and the orchestration in :mod:`evaluate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from planwatch.core.data import Area, Fact

if TYPE_CHECKING:  # the store is only a type here; evaluation records never touch it
    from planwatch.store.repo import DocRow


class Status(StrEnum):
    """How one target stands, in the words of official mid-term evaluations."""

    ACHIEVED_EARLY = "achieved_early"  # 提前实现: the target is already reached
    AHEAD = "ahead"  # 快于预期: progress clearly ahead of time elapsed
    ON_TRACK = "on_track"  # 基本符合预期: progress within the band of time elapsed
    BEHIND = "behind"  # 滞后 (a breached ceiling or floor at mid-term too)
    MET = "met"  # 完成 (period over, or a one-year target)
    MISSED = "missed"  # 未完成 (period over, or a one-year target)
    NO_DATA = "no_data"  # 暂无数据

    @property
    def label_zh(self) -> str:
        """The official label: 提前实现 / 快于预期 / 基本符合预期 / 滞后 / 完成 / 未完成 / 暂无数据."""
        return _LABELS_ZH[self]

    @property
    def favourable(self) -> bool:
        """Counted as 符合或快于预期 in a summary line."""
        return self in (Status.ON_TRACK, Status.AHEAD, Status.ACHIEVED_EARLY, Status.MET)


_LABELS_ZH = {
    Status.ACHIEVED_EARLY: "提前实现",
    Status.AHEAD: "快于预期",
    Status.ON_TRACK: "基本符合预期",
    Status.BEHIND: "滞后",
    Status.MET: "完成",
    Status.MISSED: "未完成",
    Status.NO_DATA: "暂无数据",
}


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a status rule concludes from numbers alone (no facts, no sources).

    Progress figures are fractions (0.4 = 40%); growth figures are percentages
    (6.0 = 6%), as documents state them.
    """

    status: Status
    expected_progress: float | None = None
    actual_progress: float | None = None
    realised_growth: float | None = None
    needed_growth: float | None = None
    expected_value: float | None = None  # where the trajectory should stand at as-of
    gap: float | None = None  # actual minus target (one-year and bound rules), in the unit
    basis: str = ""
    explanation: str = ""
    # At the realised pace, the value expected in the target year (in the target's
    # terms: average growth %, level, cumulative fall %) and whether it meets the target.
    projected: float | None = None
    projected_meets: bool | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One figure's origin: document, characters and the quoted clause."""

    fact_id: int | None
    doc_id: int
    doc: str
    start: int
    end: int
    quote: str
    value_text: str
    role: str  # "target" | "base" | "actual" | "alternative"
    year: int | None = None
    value: float | None = None
    unit: str | None = None
    # Every field above is what the stored row of fact ``fact_id`` gives (read
    # uncorrected; quote and value text cut from its text): the stored whole evaluation
    # writes the source as its fact id and role (evaluate/codec.py).
    stored: bool = field(default=False, compare=False)

    def to_record(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "doc_id": self.doc_id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "year": self.year,
            "value": self.value,
            "unit": self.unit,
            "text": self.value_text,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class TargetEvaluation:
    """One target of a plan or a work report, judged against the results since."""

    indicator: str  # catalog name where known, else the document's wording
    indicator_id: str | None
    category: str
    measure: str  # "level" | "growth" | "change"
    target: Fact
    target_fact_id: int | None
    kind: str  # rule used: "average_growth", "level", "cumulative", "change", "bound", "one_year"
    base_year: int | None
    target_year: int | None
    unit: str | None
    base: Fact | None
    actuals: tuple[Fact, ...]  # the figures the judgement used, latest last
    status: Status
    expected_progress: float | None = None
    actual_progress: float | None = None
    realised_growth: float | None = None
    needed_growth: float | None = None
    expected_value: float | None = None
    gap: float | None = None
    basis: str = ""
    explanation: str = ""
    core: bool = False
    binding: str | None = None
    source_doc_type: str | None = None  # a DocType value: plan_outline, work_report …
    scope: str = "plan"  # "plan": a target of the plan period; "annual": a one-year target
    sources: tuple[SourceRef, ...] = ()
    notes: tuple[str, ...] = ()  # conflicts, unit mismatches, assumptions
    projected: float | None = None  # see Judgement.projected
    projected_meets: bool | None = None
    # Years whose figure the judgement assumed (no report): charts draw them hollow.
    assumed_years: tuple[int, ...] = ()
    # The believed figure of each year after the base up to as-of, in the row's terms
    # (yearly growth for growth targets, size of the fall for reductions, else level):
    # the annex's year columns.
    yearly: tuple[tuple[int, float], ...] = ()
    # Clauses near the figures that give a reason (受…影响): the lagging list quotes them.
    reasons: tuple[SourceRef, ...] = ()
    # A target stated in words (与经济增长基本同步): the words; ``target.value`` is void.
    qualitative: str | None = None
    # The catalog id of the indicator whose figures stood in (粮食产量 for 粮食综合生产能力).
    proxy: str | None = None
    # One of the plan's main indicators: stated in the plan's own documents (a target only
    # a sector plan or the news states is a row, but not counted in the summary).
    main: bool = True

    @property
    def target_value(self) -> float:
        return self.target.comparable_value

    @property
    def base_value(self) -> float | None:
        return self.base.comparable_value if self.base is not None else None

    @property
    def latest_actual(self) -> Fact | None:
        return self.actuals[-1] if self.actuals else None

    def to_record(self) -> dict[str, Any]:
        """The JSON record of the issue: one target with its numbers, status and sources."""
        t = self.target
        return {
            "indicator": self.indicator,
            "indicator_id": self.indicator_id,
            "category": self.category,
            "measure": self.measure,
            "rule": self.kind,
            "scope": self.scope,
            "main": self.main,
            "target": {
                "value": None if self.qualitative else t.comparable_value,
                "qualitative": self.qualitative,
                "unit": self.unit,
                "comparator": t.comparator.value,
                "year": self.target_year,
                "period_start": t.period_start,
                "binding": self.binding,
                "text": t.indicator,
            },
            "base": (
                {"value": self.base.comparable_value, "year": self.base_year, "unit": self.unit}
                if self.base is not None
                else ({"year": self.base_year} if self.base_year else None)
            ),
            "actuals": [
                {
                    "year": a.year,
                    "period_start": a.period_start,
                    "measure": a.measure.value,
                    "value": a.comparable_value,
                    "unit": a.canonical_unit or a.unit,
                    "doc": a.doc,
                }
                for a in self.actuals
            ],
            "expected_progress": _round(self.expected_progress),
            "actual_progress": _round(self.actual_progress),
            "expected_value": _round(self.expected_value),
            "realised_growth": _round(self.realised_growth),
            "needed_growth": _round(self.needed_growth),
            "gap": _round(self.gap),
            "yearly": {str(y): _round(v) for y, v in self.yearly},
            "projected": _round(self.projected),
            "projected_meets": self.projected_meets,
            "status": self.status.value,
            "label": self.status.label_zh,
            "status_zh": self.status.label_zh,
            "basis": self.basis,
            "proxy": self.proxy,
            "explanation": self.explanation,
            "notes": list(self.notes),
            "sources": [s.to_record() for s in self.sources],
            "reasons": [s.to_record() for s in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of statuses over a set of targets."""

    total: int = 0
    on_track: int = 0
    ahead: int = 0
    achieved_early: int = 0
    met: int = 0
    behind: int = 0
    missed: int = 0
    no_data: int = 0

    @property
    def favourable(self) -> int:
        return self.on_track + self.ahead + self.achieved_early + self.met

    @property
    def unfavourable(self) -> int:
        return self.behind + self.missed

    def to_record(self) -> dict[str, int]:
        return {
            "total": self.total,
            "on_track": self.on_track,
            "ahead": self.ahead,
            "achieved_early": self.achieved_early,
            "met": self.met,
            "behind": self.behind,
            "missed": self.missed,
            "no_data": self.no_data,
        }


@dataclass(frozen=True, slots=True)
class AreaEvaluation:
    """Every target of one area's plan (and its one-year targets), judged at ``as_of``."""

    area: Area
    plan: DocRow | None
    as_of: int | None
    rows: tuple[TargetEvaluation, ...]
    summary: Summary  # the plan's targets (all targets when there is no plan)
    annual_summary: Summary = field(default_factory=Summary)  # one-year targets
    tolerance_pp: float = 0.1
    unmatched: tuple[Fact, ...] = field(default=())  # targets with no catalog indicator
    documents: tuple[DocRow, ...] = ()  # the documents the evaluation drew on

    def summary_line(self) -> str:
        """The official-style line: 20项主要指标中，12项符合或快于预期，3项滞后，5项暂无数据."""
        from planwatch.evaluate.summary import summary_line

        line = summary_line(self.summary)
        if self.plan is not None and self.annual_summary.total:
            line += "；" + summary_line(self.annual_summary, noun="年度目标")
        return line

    @property
    def headline_rows(self) -> tuple[TargetEvaluation, ...]:
        """The rows :attr:`summary` counts: the plan's targets, or all without a plan."""
        if self.plan is None:
            return self.rows
        return tuple(r for r in self.rows if r.scope == "plan" and r.main)

    @property
    def annual_rows(self) -> tuple[TargetEvaluation, ...]:
        return tuple(r for r in self.rows if r.scope == "annual")

    def by_category(self) -> dict[str, Summary]:
        """A :class:`Summary` of the headline rows per catalog category, in catalog order."""
        from planwatch.evaluate.summary import summarise_by_category

        return summarise_by_category(self.headline_rows)

    @property
    def behind(self) -> tuple[TargetEvaluation, ...]:
        """Targets behind schedule or missed: the list a bureau acts on."""
        return tuple(r for r in self.rows if r.status in (Status.BEHIND, Status.MISSED))

    def to_records(self) -> list[dict[str, Any]]:
        """One JSON-ready record per target, each naming its area and as-of year."""
        out = []
        for row in self.rows:
            rec = row.to_record()
            rec = {"area": self.area.name, "area_code": self.area.code, "as_of": self.as_of, **rec}
            out.append(rec)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The whole evaluation: area, plan, summary (overall and by category) and records."""
        return {
            "area": self.area.name,
            "area_code": self.area.code,
            "plan": self.plan.name if self.plan else None,
            "plan_period": self.plan.when if self.plan else None,
            "as_of": self.as_of,
            "tolerance_pp": self.tolerance_pp,
            "summary": self.summary.to_record(),
            "annual_summary": self.annual_summary.to_record(),
            "summary_line": self.summary_line(),
            "by_category": {k: v.to_record() for k, v in self.by_category().items()},
            "targets": self.to_records(),
        }


def _round(x: float | None) -> float | None:
    """Six decimals in records: 2.8000000000000025 is 2.8 to a reader and a script."""
    return None if x is None else round(x, 6)
