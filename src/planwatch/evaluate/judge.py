"""Judging one target: gather its base and actuals from the ledger, apply a rule.

Which actuals: single-year figures of the same indicator and measure, the later
document winning a conflict (a final figure over 预计) with both listed as
sources. Growth targets are judged on reported growth rates; only where none is
reported, on the ratio of nominal levels, and the row says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import partial

from planwatch.catalog import default_catalog
from planwatch.core.data import Comparator, Fact, Measure
from planwatch.evaluate import rules
from planwatch.evaluate.ledger import Chosen, Ledger, LedgerFact
from planwatch.evaluate.model import Judgement, Status
from planwatch.evaluate.reduction import fall_size, reduction
from planwatch.evaluate.targets import TargetGroup
from planwatch.store.repo import DocRow

_CUMULATIVE_GROWTH = re.compile(r"累计|(较|比)\s*\d{4}\s*年|(较|比)\s*[“\"]?十.五")
_AVERAGE_WORDS = ("年均", "平均每年", "每年")


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What judging one target produced besides the numbers."""

    judgement: Judgement
    rule: str
    base_year: int | None = None
    base: LedgerFact | None = None
    actuals: tuple[LedgerFact, ...] = ()
    alternatives: tuple[LedgerFact, ...] = ()  # conflicting figures for a used year
    notes: tuple[str, ...] = ()
    proxy: str | None = None  # the catalog id of a proxy judged on (grain_output)


def _rule_name(lf: LedgerFact, group: TargetGroup) -> str:
    f = lf.fact
    if group.scope == "annual" and f.measure != Measure.CHANGE:
        return "one_year"
    if f.measure == Measure.GROWTH:
        return "average_growth"
    if f.measure == Measure.CHANGE:
        return "change"
    if f.comparator == Comparator.LE:
        return "bound"
    if _is_period_total(f):
        return "cumulative"
    return "level"


def _base_year(lf: LedgerFact, scope: str, plan: DocRow | None) -> int | None:
    """The year before the target's period: 2020 for a 十四五 (2021-2025) target."""
    f = lf.fact
    if f.period_start is not None and f.period_start < (f.year or 0):
        return f.period_start - 1
    if scope == "plan":
        d = lf.doc if lf.doc.period_start else plan
        if d is not None and d.period_start:
            return d.period_start - 1
        if f.year and f.year % 5 == 0:  # a plan target restated elsewhere: plans end in 0 or 5
            return f.year - 5
    return None


def _is_flow(indicator_id: str) -> bool:
    entry = default_catalog().get(indicator_id) if indicator_id else None
    return bool(entry and entry.flow)


def _is_period_total(f: Fact) -> bool:
    return f.period_start is not None and f.year is not None and f.period_start < f.year


def _judge_growth(
    ledger: Ledger,
    lf: LedgerFact,
    group: TargetGroup,
    base_year: int | None,
    as_of: int,
    direction: str | None,
    tolerance_pp: float,
) -> _Outcome:
    f = lf.fact
    iid = f.indicator_id or ""
    yearly = ledger.yearly(iid, Measure.GROWTH.value)
    if group.scope == "annual" or base_year is None:
        chosen = yearly.get(f.year) if f.year is not None and f.year <= as_of else None
        j = rules.one_year(
            lf.value,
            f.comparator.value,
            chosen.fact.value if chosen else None,
            f.year or 0,
            direction=direction,
            tolerance=tolerance_pp,
        )
        return _outcome(j, "one_year", None, None, [chosen] if chosen else [])
    target_year = f.year or 0
    target_pct = lf.value
    notes: list[str] = []
    span = target_year - base_year
    if _states_total_change(ledger, lf) and span > 0:
        # 较2020年降低5%: a total over the period, judged as its equivalent yearly rate.
        annual = ((1 + target_pct / 100) ** (1 / span) - 1) * 100
        notes.append(
            f"目标为期内累计变化{rules.fmt_pct(target_pct)}，折合年均{rules.fmt_pct(annual)}"
        )
        target_pct = annual
    last = min(as_of, target_year)
    judge = partial(
        _average_growth,
        target_pct,
        base_year,
        target_year,
        as_of=as_of,
        direction=direction,
        tolerance_pp=tolerance_pp,
        comparator=f.comparator.value,
    )
    used = {y: yearly[y] for y in yearly if base_year < y <= last}
    if used:
        rates = {y: c.fact.value for y, c in used.items()}
        j = judge(rates, "reported yearly growth rates")
        return _outcome(j, "average_growth", base_year, None, list(used.values()), notes)
    for y in range(last, base_year, -1):  # a reported average over (B, y]
        period = ledger.period_figures(iid, Measure.GROWTH.value, base_year + 1, y)
        if period:
            rate = period[0].value
            rates = dict.fromkeys(range(base_year + 1, y + 1), rate)
            j = judge(rates, "reported average growth over the period")
            return _outcome(j, "average_growth", base_year, None, [Chosen(period[0])], notes)
    has_rates = base_year in yearly
    return _growth_from_levels(ledger, iid, base_year, last, judge, notes, has_rates)


def _growth_from_levels(
    ledger: Ledger,
    iid: str,
    base_year: int,
    last: int,
    judge: partial,
    notes: list[str],
    has_rates: bool,
) -> _Outcome:
    """No growth rate reported: the ratio of nominal levels, said so; else no data."""
    levels = ledger.yearly(iid, Measure.LEVEL.value)
    base = levels.get(base_year)
    later = [y for y in levels if base_year < y <= last]
    if base is not None and later and base.fact.value > 0:
        y = max(later)
        latest = levels[y]
        if rules.units_compatible(base.fact.unit, latest.fact.unit):
            rate = ((latest.fact.value / base.fact.value) ** (1 / (y - base_year)) - 1) * 100
            rates = dict.fromkeys(range(base_year + 1, y + 1), rate)
            j = judge(rates, "nominal levels (no growth rate reported)")
            j = replace(j, explanation=j.explanation + "（未公布增速，按名义总量折算）")
            notes.append("no growth rate reported: realised growth is the ratio of nominal levels")
            return _outcome(j, "average_growth", base_year, base, [latest], notes)
    has_base = base is not None or has_rates
    why = (
        f"仅有基期（{base_year}年）数据，{base_year + 1}年以来暂无数据"
        if has_base
        else f"{base_year + 1}年以来暂无数据"
    )
    return _outcome(
        Judgement(Status.NO_DATA, basis="", explanation=why),
        "average_growth",
        base_year,
        None,
        [],
        notes,
    )


def _average_growth(
    target_pct: float,
    base_year: int,
    target_year: int,
    rates: dict[int, float],
    basis: str,
    **kw,
) -> Judgement:
    return rules.average_growth(target_pct, base_year, target_year, rates, basis=basis, **kw)


def judge_reduction(
    ledger: Ledger,
    lf: LedgerFact,
    group: TargetGroup,
    base_year: int | None,
    as_of: int,
    tolerance_pp: float,
) -> _Outcome:
    """A reduction target (catalog ``reduction``) against the yearly falls, all read as
    sizes of a fall (see :mod:`reduction`)."""
    f = lf.fact
    target = fall_size(lf.value, ledger.quote(lf))
    yearly = ledger.yearly(f.indicator_id or "", Measure.GROWTH.value)

    def fall(c: Chosen) -> float:
        return fall_size(c.fact.value, ledger.quote(c.fact))

    if group.scope == "annual" or base_year is None or f.year is None:
        chosen = yearly.get(f.year) if f.year is not None and f.year <= as_of else None
        j = rules.one_year(
            target,
            f.comparator.value,
            fall(chosen) if chosen else None,
            f.year or 0,
            tolerance=tolerance_pp,
        )
        return _outcome(j, "one_year", None, None, [chosen] if chosen else [])
    quote = ledger.quote(lf)
    average = any(w in quote for w in _AVERAGE_WORDS) and f.measure != Measure.CHANGE
    last = min(as_of, f.year)
    used = {y: yearly[y] for y in yearly if base_year < y <= last}
    j = reduction(
        target,
        base_year,
        f.year,
        {y: fall(c) for y, c in used.items()},
        as_of,
        cumulative=not average,
        comparator=f.comparator.value,
    )
    return _outcome(j, "reduction", base_year, None, list(used.values()))


def _states_total_change(ledger: Ledger, lf: LedgerFact) -> bool:
    """Whether the target's clause states a total change against a base year, not 年均."""
    quote = ledger.quote(lf)
    if any(w in quote for w in _AVERAGE_WORDS):
        return False
    return bool(_CUMULATIVE_GROWTH.search(quote))


def _judge_change(ledger: Ledger, lf: LedgerFact, base_year: int | None, as_of: int) -> _Outcome:
    f = lf.fact
    iid = f.indicator_id or ""
    if base_year is None or f.year is None:
        return _outcome(
            Judgement(Status.NO_DATA, explanation="目标未说明基期，无法计算变化"),
            "change",
            base_year,
            None,
            [],
        )
    levels = ledger.yearly(iid, Measure.LEVEL.value)
    base = levels.get(base_year)
    later = [y for y in levels if base_year < y <= min(as_of, f.year)]
    if base is None or not later:
        why = (
            f"仅有基期（{base_year}年）数据，暂无后续数据"
            if base is not None
            else f"缺少{base_year}年基期值或后续数据"
        )
        return _outcome(Judgement(Status.NO_DATA, explanation=why), "change", base_year, base, [])
    latest = levels[max(later)]
    j = rules.change_progress(
        lf.value, base.fact.value, base_year, f.year, latest.fact.value, latest.fact.fact.year or 0
    )
    return _outcome(j, "change", base_year, base, [latest])


def _judge_level(
    ledger: Ledger,
    lf: LedgerFact,
    group: TargetGroup,
    base_year: int | None,
    as_of: int,
    direction: str | None,
    tolerance_pp: float,
) -> _Outcome:
    f = lf.fact
    iid = f.indicator_id or ""
    levels = ledger.yearly(iid, Measure.LEVEL.value, unit=lf.unit)
    target_year = f.year or 0
    last = min(as_of, target_year)
    if group.scope == "annual":
        return _judge_level_annual(lf, levels, as_of, direction, tolerance_pp)
    if _is_period_total(f) or (_is_flow(iid) and base_year is not None):
        # A total over the period: 十四五新增义务教育学位8700个 sums the years' new places.
        first = f.period_start or (base_year + 1 if base_year is not None else target_year)
        amounts = {y: levels[y] for y in levels if first <= y <= last}
        j = rules.cumulative_sum(
            lf.value,
            first,
            target_year,
            {y: c.fact.value for y, c in amounts.items()},
            as_of,
            comparator=f.comparator.value,
        )
        return _outcome(j, "cumulative", first - 1, None, list(amounts.values()))
    base = _own_base(ledger, lf, levels, base_year)
    after = [y for y in levels if (base_year is None or y > base_year) and y <= last]
    if not after:
        why = (
            f"仅有基期（{base_year}年）数据，{base_year + 1}年以来暂无数据"
            if base is not None and base_year is not None
            else "暂无实际数据"
        )
        rule = "bound" if f.comparator == Comparator.LE else "level"
        return _outcome(Judgement(Status.NO_DATA, explanation=why), rule, base_year, base, [])
    latest = levels[max(after)]
    actual, year = latest.fact.value, latest.fact.fact.year or 0
    final = year >= target_year
    if f.comparator == Comparator.LE:
        j = rules.bound(lf.value, "le", actual, year, final=final)
        return _outcome(j, "bound", base_year, base, [latest])
    if base is None or base_year is None:
        return _judge_level_without_base(lf, levels, latest, direction)
    s = rules.sign(direction)
    b = base.fact.value
    if direction and s * (lf.value - b) <= 0:
        # A target at or below the base of a higher-is-better indicator (森林覆盖率
        # 52.43 → 49) is a floor to hold, not a level to reach.
        cmp = "ge" if s > 0 else "le"
        j = rules.bound(lf.value, cmp, actual, year, final=final, hold=True)
        j = replace(j, explanation=j.explanation + "（目标为守住的底线）")
        return _outcome(j, "bound", base_year, base, [latest])
    revised = _revised_base(ledger, lf, base, latest, base_year)
    if revised is not None:
        return _outcome(revised[0], "level", base_year, base, [latest], [revised[1]])
    geometric = (lf.unit or "") in rules.GEOMETRIC_UNITS
    j = rules.level_progress(
        b,
        base_year,
        lf.value,
        target_year,
        actual,
        year,
        geometric=geometric,
        direction=direction,
        comparator=f.comparator.value,
    )
    return _outcome(j, "level", base_year, base, [latest])


def _judge_level_annual(
    lf: LedgerFact,
    levels: dict[int, Chosen],
    as_of: int,
    direction: str | None,
    tolerance_pp: float,
) -> _Outcome:
    """A one-year level target against that year's figure."""
    f = lf.fact
    target_year = f.year or 0
    percent = lf.unit == "%"
    chosen = levels.get(target_year) if target_year <= as_of else None
    if f.comparator == Comparator.LE and chosen is not None:
        j = rules.bound(lf.value, "le", chosen.fact.value, target_year)
    else:
        j = rules.one_year(
            lf.value,
            f.comparator.value,
            chosen.fact.value if chosen else None,
            target_year,
            direction=direction,
            tolerance=tolerance_pp if percent else 0.0,
            percent=percent,
        )
    return _outcome(j, "one_year", None, None, [chosen] if chosen else [])


def _own_base(
    ledger: Ledger, lf: LedgerFact, levels: dict[int, Chosen], base_year: int | None
) -> Chosen | None:
    """The base-year figure; the plan's own (nearest its target: its table row) first."""
    base = levels.get(base_year) if base_year is not None else None
    if base is None:
        return None
    every = [base.fact, *base.others]
    own = [a for a in every if a.doc.id == lf.doc.id]
    if not own:
        return base
    own.sort(key=lambda a: abs(a.fact.start - lf.fact.start))
    return ledger.choose(own[0], (x for x in every if x is not own[0]))


def _judge_level_without_base(
    lf: LedgerFact, levels: dict[int, Chosen], latest: Chosen, direction: str | None
) -> _Outcome:
    """No base to measure progress from: only whether the target is reached now.

    A floor (以上) reached is 提前实现, one missed at mid-term 滞后 (a level that reached
    it and fell back is no longer reached); an exact or 左右 target not yet reached
    cannot be put on the time path without a base: 暂无数据, with the figure shown.
    """
    f = lf.fact
    actual, year = latest.fact.value, latest.fact.fact.year or 0
    final = year >= (f.year or 0)
    if f.comparator == Comparator.GE:
        j = rules.bound(lf.value, "ge", actual, year, final=final)
        return _outcome(j, "bound", None, None, [latest])
    slack = abs(lf.value) * rules.APPROX_REACHED if f.comparator == Comparator.APPROX else 0.0
    if rules.sign(direction) * (actual - lf.value) >= -slack:
        j = Judgement(
            Status.MET if final else Status.ACHIEVED_EARLY,
            gap=actual - lf.value,
            basis="latest actual",
            explanation=f"{year}年为{rules.fmt_num(actual)}，已达到目标{rules.fmt_num(lf.value)}",
        )
    else:
        j = Judgement(
            Status.MISSED if final else Status.NO_DATA,
            gap=actual - lf.value,
            explanation=f"缺少基期值，无法计算进度（{year}年为{rules.fmt_num(actual)}）",
        )
    return _outcome(j, "level", None, None, [latest])


def _revised_base(
    ledger: Ledger, lf: LedgerFact, base: Chosen, latest: Chosen, base_year: int
) -> tuple[Judgement, str] | None:
    """A base on an old basis: the latest year's change implies a previous-year figure on
    the wrong side of the base (a series revised to a new basis, 按新口径). Progress from
    that base would mislead, so the target is judged on the latest year's pace instead:
    the change of the latest year against the yearly change still needed."""
    f = lf.fact
    year = latest.fact.fact.year or 0
    if year - 1 <= base_year or f.year is None or f.year <= year:
        return None
    change = ledger.yearly(f.indicator_id or "", Measure.CHANGE.value).get(year)
    if change is None or change.fact.fact.unit not in (None, lf.unit, "个百分点"):
        return None
    b, actual, step = base.fact.value, latest.fact.value, change.fact.value
    s = 1 if f.value > b else -1
    implied = actual - step
    if not (s * (implied - b) < 0 and s * step > 0):
        return None
    needed = (lf.value - actual) / (f.year - year)
    gap = (step - needed) / abs(needed) if needed else 1.0
    status = rules.pace_status(gap, *rules.progress_band(f.comparator.value, 0.02))
    if s * (actual - lf.value) >= 0:
        status = Status.ACHIEVED_EARLY
    note = (
        f"{year}年较上年变化{rules.fmt_num(step)}，推算{year - 1}年为{rules.fmt_num(implied)}，"
        f"低于{base_year}年基期值{rules.fmt_num(b)}：数据口径可能已调整，按最近一年的变化判断"
    )
    text = (
        f"{year}年为{rules.fmt_num(actual)}，较上年变化{rules.fmt_num(step)}；"
        f"{year + 1}-{f.year}年每年需变化{rules.fmt_num(round(needed, 4))}"
    )
    return (
        Judgement(
            status,
            gap=actual - lf.value,
            basis="pace of the latest year (base on another basis)",
            explanation=text,
            projected=actual + step * (f.year - year),
            projected_meets=s * (actual + step * (f.year - year) - lf.value) >= 0,
        ),
        note,
    )


def _outcome(
    j: Judgement,
    rule: str,
    base_year: int | None,
    base: Chosen | LedgerFact | None,
    used: list[Chosen],
    notes: list[str] | None = None,
) -> _Outcome:
    """Bundle a judgement with the figures it used; conflicts become notes and sources."""
    notes = list(notes or [])
    alternatives: list[LedgerFact] = []
    for c in [*used, *([base] if isinstance(base, Chosen) else [])]:
        f = c.fact.fact
        if f.canonical_value is not None and f.unit and f.canonical_unit not in (None, f.unit):
            notes.append(
                f"{f.year}年{rules.fmt_num(f.value, f.unit)}换算为"
                f"{rules.fmt_num(f.canonical_value, f.canonical_unit)}"
            )
        if c.basis:
            notes.append(f"{c.fact.fact.year}年采用{c.basis}口径（{c.fact.doc.name}）")
        for other in c.conflicting:
            if other in alternatives:
                continue
            alternatives.append(other)
            notes.append(
                f"{c.fact.fact.year}年数值不一致：采用{c.fact.doc.name}的{rules.fmt_num(c.fact.value)}，"
                f"另有{other.doc.name}的{rules.fmt_num(other.value)}"
            )
    base_lf = base.fact if isinstance(base, Chosen) else base
    return _Outcome(
        judgement=j,
        rule=rule,
        base_year=base_year,
        base=base_lf,
        actuals=tuple(sorted((c.fact for c in used), key=lambda x: x.fact.year or 0)),
        alternatives=tuple(alternatives),
        notes=tuple(dict.fromkeys(notes)),  # a base also used as an actual: say it once
    )


def growth_factor(rates: list[float]) -> float:
    """Π(1+r_i) for rates in percent (exposed for reports that chart cumulative growth)."""
    return math.prod(1 + r / 100 for r in rates)
