"""Orchestration: pick an area's targets, judge each with the rules, summarise.

Which targets: the plan's own targets for years inside its period (its
previous-period review table belongs to :mod:`completion`, its 2035 visions are
not judged), multi-year targets restated in the area's work reports and news,
and one-year targets (next year's growth in a work report) for years inside the
plan period. Only targets whose indicator the catalog knows are judged; the
others are kept as ``unmatched``.

Which actuals: single-year figures of the same indicator and measure, the later
document winning a conflict (a final figure over 预计) with both listed as
sources. Growth targets are judged on reported growth rates; only where none is
reported, on the ratio of nominal levels, and the row says so.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from planwatch.catalog import Indicator, default_catalog
from planwatch.catalog.catalog import CATEGORIES
from planwatch.core.data import Comparator, DocType, Fact, Measure
from planwatch.evaluate import rules
from planwatch.evaluate.ledger import (
    Chosen,
    DocIndex,
    Ledger,
    LedgerFact,
    choose_plan,
    load_ledger,
    resolve_area,
    source_ref,
)
from planwatch.evaluate.model import (
    AreaEvaluation,
    Judgement,
    Status,
    TargetEvaluation,
)
from planwatch.evaluate.summary import summarise
from planwatch.store.repo import DocRow, Store

log = logging.getLogger(__name__)

# A growth stated against a base year without 年均 is a total change over the period
# (较2020年降低5%), not a yearly rate.
_CUMULATIVE_GROWTH = re.compile(r"累计|(较|比)\s*\d{4}\s*年|(较|比)\s*[“\"]?十.五")
_AVERAGE_WORDS = ("年均", "平均每年", "每年")


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """One target as judged: its fact and the same target stated elsewhere."""

    primary: LedgerFact
    duplicates: tuple[LedgerFact, ...]
    scope: str  # "plan" | "annual"


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


def evaluate_area(
    store: Store,
    area: str,
    *,
    plan: str | None = None,
    as_of: int | None = None,
    tolerance_pp: float = rules.DEFAULT_TOLERANCE_PP,
) -> AreaEvaluation:
    """Judge every target of ``area``'s plan (default: its latest five-year plan).

    ``area`` is a name (鹤山市) or code (440784); ``plan`` a document id or file name;
    ``as_of`` defaults to the latest year with any actual figure for the area.
    """
    docs = store.documents()
    resolved = resolve_area(store, area, docs)
    ledger = load_ledger(store, resolved, docs)
    plan_doc = choose_plan(store, ledger, plan)
    return evaluate_ledger(ledger, plan_doc, as_of=as_of, tolerance_pp=tolerance_pp)


def evaluate_many(
    store: Store,
    *,
    parent: str | None = None,
    as_of: int | None = None,
    tolerance_pp: float = rules.DEFAULT_TOLERANCE_PP,
) -> list[AreaEvaluation]:
    """Every area with documents (``parent=None``), or ``parent`` and its child areas with data."""
    docs = store.documents()
    codes = sorted({d.area_code for d in docs if d.area_code})
    if parent is not None:
        top = resolve_area(store, parent, docs)
        codes = [c for c in codes if c == top.code or _is_under(c, top.code)]
    out = []
    index = DocIndex.of(docs)  # once: per area it would be quadratic in the store's size
    for code in codes:
        resolved = resolve_area(store, code, docs)
        ledger = load_ledger(store, resolved, index)
        plan_doc = choose_plan(store, ledger, None)
        out.append(evaluate_ledger(ledger, plan_doc, as_of=as_of, tolerance_pp=tolerance_pp))
    return out


def _is_under(code: str, parent: str) -> bool:
    """Whether ``code`` is inside ``parent`` by the division code's prefix structure."""
    if parent.endswith("0000"):
        return code[:2] == parent[:2] and code != parent
    if parent.endswith("00"):
        return code[:4] == parent[:4] and code != parent
    return False


def evaluate_ledger(
    ledger: Ledger,
    plan: DocRow | None,
    *,
    as_of: int | None = None,
    tolerance_pp: float = rules.DEFAULT_TOLERANCE_PP,
) -> AreaEvaluation:
    """Judge the targets in ``ledger`` (the store-free core of :func:`evaluate_area`)."""
    if as_of is None:
        as_of = ledger.latest_actual_year()
    catalog = default_catalog()
    groups, unmatched = select_targets(ledger, plan)
    rows = [
        _evaluate_group(
            ledger, g, plan, as_of, tolerance_pp, catalog.get(g.primary.fact.indicator_id)
        )
        for g in groups
    ]
    rows.sort(key=_row_order)
    rows_t = tuple(rows)
    headline = rows_t if plan is None else tuple(r for r in rows_t if r.scope == "plan")
    annual = tuple(r for r in rows_t if r.scope == "annual")
    used_docs = {s.doc_id for r in rows_t for s in r.sources}
    return AreaEvaluation(
        area=ledger.area,
        plan=plan,
        as_of=as_of,
        rows=rows_t,
        summary=summarise(r.status for r in headline),
        annual_summary=summarise(r.status for r in annual),
        tolerance_pp=tolerance_pp,
        unmatched=tuple(lf.fact for lf in unmatched),
        documents=tuple(d for i, d in sorted(ledger.docs.items()) if i in used_docs),
    )


_CAT_ORDER = {c: i for i, c in enumerate(CATEGORIES)}


def _row_order(r: TargetEvaluation) -> tuple:
    return (
        r.scope != "plan",
        _CAT_ORDER.get(r.category, len(_CAT_ORDER)),
        not r.core,
        r.indicator_id or "",
        r.target_year or 0,
        r.measure,
        r.target_value,
    )


# ---- choosing targets -----------------------------------------------------


def _scope(lf: LedgerFact, plan: DocRow | None) -> str | None:
    """ "plan" or "annual" when the target belongs in this evaluation, else None."""
    f, d = lf.fact, lf.doc
    if f.year is None:
        return None
    is_plan_doc = d.doc_type == DocType.FIVE_YEAR_PLAN.value and d.period_start and d.period_end
    if is_plan_doc:
        if plan is not None and d.id != plan.id:
            return None  # another plan's targets: evaluate that plan separately
        if not (d.period_start <= f.year <= d.period_end):
            return None  # previous period's review table, or 2035 long-range visions
        return "plan"
    if d.year and f.year < d.year:
        return None  # an older target restated in a review
    window = plan is not None and plan.period_start and plan.period_end
    if window and not (plan.period_start <= f.year <= plan.period_end):
        return None
    # A work report of year Y sets Y's targets; a later year is the plan's (到2025年).
    multi_year = (f.period_start is not None and f.period_start < f.year) or bool(
        d.year and f.year > d.year
    )
    return "plan" if multi_year else "annual"


def select_targets(
    ledger: Ledger, plan: DocRow | None
) -> tuple[list[TargetGroup], list[LedgerFact]]:
    """The targets to judge, the same target stated twice merged; and unmatched targets."""
    keyed: dict[tuple, list[LedgerFact]] = defaultdict(list)
    scopes: dict[tuple, str] = {}
    unmatched = []
    for lf in ledger.targets():
        scope = _scope(lf, plan)
        if scope is None:
            continue
        f = lf.fact
        if not f.indicator_id:
            unmatched.append(lf)
            continue
        key = (f.indicator_id, f.measure.value, f.year, f.period_start, lf.unit, f.comparator.value)
        keyed[key].append(lf)
        scopes[key] = "plan" if scopes.get(key) == "plan" else scope
    groups = []
    for key, same in keyed.items():
        for lfs in _same_value_clusters(same):
            groups.append(_group(lfs, scopes[key]))
    return _merge_change_into_level(groups), unmatched


def _same_value_clusters(lfs: list[LedgerFact]) -> list[list[LedgerFact]]:
    """Split facts into runs of equal value (266.67公顷 and 4000亩 converted: 0.1% apart)."""
    clusters: list[list[LedgerFact]] = []
    for lf in sorted(lfs, key=lambda x: x.value):
        last = clusters[-1][-1].value if clusters else None
        if last is not None and abs(lf.value - last) <= 1e-3 * max(abs(lf.value), abs(last)):
            clusters[-1].append(lf)
        else:
            clusters.append([lf])
    return clusters


def _group(lfs: list[LedgerFact], scope: str) -> TargetGroup:
    """One target from its statements: a table cell is the plan's own statement, then the
    plan document, then the latest document; a figure printed in the catalog unit beats
    one converted into it."""
    ranked = sorted(
        lfs,
        key=lambda x: (
            x.fact.unit == x.unit,
            x.fact.origin == "table",
            x.doc.doc_type == DocType.FIVE_YEAR_PLAN.value,
            x.recency,
        ),
        reverse=True,
    )
    return TargetGroup(ranked[0], tuple(ranked[1:]), scope)


def _merge_change_into_level(groups: list[TargetGroup]) -> list[TargetGroup]:
    """A table row's [change] restates its level target (63.02 → 65, [1.98]): judge once."""
    levels = {
        (g.primary.fact.indicator_id, g.primary.fact.year, g.primary.doc.id): i
        for i, g in enumerate(groups)
        if g.primary.fact.measure == Measure.LEVEL
    }
    out = list(groups)
    drop = set()
    for i, g in enumerate(groups):
        f = g.primary.fact
        if f.measure != Measure.CHANGE:
            continue
        j = levels.get((f.indicator_id, f.year, g.primary.doc.id))
        if j is not None:
            lv = out[j]
            out[j] = replace(lv, duplicates=lv.duplicates + (g.primary,) + g.duplicates)
            drop.add(i)
    return [g for i, g in enumerate(out) if i not in drop]


# ---- judging one target ---------------------------------------------------


def _evaluate_group(
    ledger: Ledger,
    group: TargetGroup,
    plan: DocRow | None,
    as_of: int | None,
    tolerance_pp: float,
    indicator: Indicator | None,
) -> TargetEvaluation:
    lf = group.primary
    f = lf.fact
    direction = indicator.direction if indicator else None
    base_year = _base_year(lf, group.scope, plan)
    if as_of is None:
        outcome = _Outcome(
            Judgement(Status.NO_DATA, explanation="该地区暂无任何实际数据"),
            rule=_rule_name(lf, group),
        )
    elif f.measure == Measure.GROWTH:
        outcome = _judge_growth(ledger, lf, group, base_year, as_of, direction, tolerance_pp)
    elif f.measure == Measure.CHANGE:
        outcome = _judge_change(ledger, lf, base_year, as_of)
    else:
        outcome = _judge_level(ledger, lf, group, base_year, as_of, direction, tolerance_pp)
    sources = [source_ref(ledger, lf, "target")]
    sources += [source_ref(ledger, d, "alternative") for d in group.duplicates]
    if outcome.base is not None:
        sources.append(source_ref(ledger, outcome.base, "base"))
    sources += [source_ref(ledger, a, "actual") for a in outcome.actuals]
    sources += [source_ref(ledger, a, "conflict") for a in outcome.alternatives]
    j = outcome.judgement
    return TargetEvaluation(
        indicator=indicator.name if indicator else f.indicator,
        indicator_id=f.indicator_id,
        category=indicator.category if indicator else "其他",
        measure=f.measure.value,
        target=f,
        target_fact_id=lf.id,
        kind=outcome.rule,
        base_year=outcome.base_year if outcome.base_year is not None else base_year,
        target_year=f.year,
        unit=lf.unit,
        base=outcome.base.fact if outcome.base else None,
        actuals=tuple(a.fact for a in outcome.actuals),
        status=j.status,
        expected_progress=j.expected_progress,
        actual_progress=j.actual_progress,
        realised_growth=j.realised_growth,
        needed_growth=j.needed_growth,
        expected_value=j.expected_value,
        gap=j.gap,
        basis=j.basis,
        explanation=j.explanation,
        core=bool(indicator and indicator.core),
        binding=f.binding.value if f.binding else None,
        source_doc_type=lf.doc.doc_type,
        scope=group.scope,
        sources=tuple(sources),
        notes=outcome.notes,
    )


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
    used = {y: c for y, c in yearly.items() if base_year < y <= last}
    if used:
        rates = {y: c.fact.value for y, c in used.items()}
        j = rules.average_growth(
            target_pct,
            base_year,
            target_year,
            rates,
            as_of,
            direction=direction,
            tolerance_pp=tolerance_pp,
            basis="reported yearly growth rates",
        )
        return _outcome(j, "average_growth", base_year, None, list(used.values()), notes)
    for y in range(last, base_year, -1):  # a reported average over (B, y]
        period = ledger.period_figures(iid, Measure.GROWTH.value, base_year + 1, y)
        if period:
            rate = period[0].value
            rates = dict.fromkeys(range(base_year + 1, y + 1), rate)
            j = rules.average_growth(
                target_pct,
                base_year,
                target_year,
                rates,
                as_of,
                direction=direction,
                tolerance_pp=tolerance_pp,
                basis="reported average growth over the period",
            )
            return _outcome(j, "average_growth", base_year, None, [Chosen(period[0])], notes)
    levels = ledger.yearly(iid, Measure.LEVEL.value)
    base = levels.get(base_year)
    later = [y for y in levels if base_year < y <= last]
    if base is not None and later and base.fact.value > 0:
        y = max(later)
        latest = levels[y]
        if rules.units_compatible(base.fact.unit, latest.fact.unit):
            rate = ((latest.fact.value / base.fact.value) ** (1 / (y - base_year)) - 1) * 100
            rates = dict.fromkeys(range(base_year + 1, y + 1), rate)
            j = rules.average_growth(
                target_pct,
                base_year,
                target_year,
                rates,
                as_of,
                direction=direction,
                tolerance_pp=tolerance_pp,
                basis="nominal levels (no growth rate reported)",
            )
            j = replace(j, explanation=j.explanation + "（未公布增速，按名义总量折算）")
            notes.append("no growth rate reported: realised growth is the ratio of nominal levels")
            return _outcome(j, "average_growth", base_year, base, [latest], notes)
    has_base = base is not None or base_year in yearly
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
    unit = lf.unit
    levels = ledger.yearly(iid, Measure.LEVEL.value, unit=unit)
    target_year = f.year or 0
    last = min(as_of, target_year)
    percent = unit == "%"
    if group.scope == "annual":
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
    if _is_period_total(f) or (_is_flow(iid) and base_year is not None):
        # A total over the period: 十四五新增义务教育学位8700个 sums the years' new places.
        first = f.period_start or (base_year + 1 if base_year is not None else target_year)
        amounts = {y: c for y, c in levels.items() if first <= y <= last}
        j = rules.cumulative_sum(
            lf.value, first, target_year, {y: c.fact.value for y, c in amounts.items()}, as_of
        )
        return _outcome(j, "cumulative", first - 1, None, list(amounts.values()))
    base = levels.get(base_year) if base_year is not None else None
    if base is not None and base_year is not None:
        every = [base.fact, *base.others]
        own = [a for a in every if a.doc.id == lf.doc.id]
        if own:  # the plan's own base figure, nearest the target (its table row), set it
            own.sort(key=lambda a: abs(a.fact.start - f.start))
            base = ledger.choose(own[0], (x for x in every if x is not own[0]))
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
    if f.comparator == Comparator.LE:
        j = rules.bound(lf.value, "le", actual, year)
        return _outcome(j, "bound", base_year, base, [latest])
    s = rules.sign(direction)
    if base is None or base_year is None:
        if f.comparator == Comparator.GE:
            j = rules.bound(lf.value, "ge", actual, year)
            return _outcome(j, "bound", base_year, None, [latest])
        if s * (actual - lf.value) >= 0:
            status = Status.MET if year >= target_year else Status.ACHIEVED_EARLY
            j = Judgement(
                status,
                gap=actual - lf.value,
                basis="latest actual",
                explanation=f"{year}年为{rules.fmt_num(actual)}，"
                f"已达到目标{rules.fmt_num(lf.value)}",
            )
        else:
            j = Judgement(
                Status.NO_DATA,
                gap=actual - lf.value,
                explanation=f"缺少基期值，无法计算进度（{year}年为{rules.fmt_num(actual)}）",
            )
        return _outcome(j, "level", base_year, None, [latest])
    b = base.fact.value
    if direction and s * (lf.value - b) <= 0:
        # A target at or below the base of a higher-is-better indicator (森林覆盖率
        # 52.43 → 49) is a floor to hold, not a level to reach.
        cmp = "ge" if s > 0 else "le"
        j = rules.bound(lf.value, cmp, actual, year)
        j = replace(j, explanation=j.explanation + "（目标为守住的底线）")
        return _outcome(j, "bound", base_year, base, [latest])
    geometric = (unit or "") in rules.GEOMETRIC_UNITS
    j = rules.level_progress(
        b, base_year, lf.value, target_year, actual, year, geometric=geometric, direction=direction
    )
    return _outcome(j, "level", base_year, base, [latest])


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
