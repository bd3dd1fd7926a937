"""Orchestration: pick an area's targets, judge each with the rules, summarise.

Which targets (:mod:`targets`): the plan's own targets for years inside its
period (its previous-period review table belongs to :mod:`completion`, its 2035
visions are not judged), multi-year targets restated in the area's work reports
and news, and one-year targets (next year's growth in a work report) for years
inside the plan period. Only targets whose indicator the catalog knows are
judged; the others are kept as ``unmatched``. How each is judged: :mod:`judge`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from planwatch.catalog import Indicator, default_catalog
from planwatch.catalog.catalog import CATEGORIES
from planwatch.core.data import Measure, TableRecord
from planwatch.core.errors import PlanwatchError
from planwatch.describe.areas import area_by_code, is_under
from planwatch.evaluate import rules
from planwatch.evaluate.judge import (
    Judgement,
    _base_year,
    _judge_change,
    _judge_growth,
    _judge_level,
    _Outcome,
    _rule_name,
    judge_reduction,
)
from planwatch.evaluate.ledger import (
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
    SourceRef,
    Status,
    TargetEvaluation,
)
from planwatch.evaluate.plan_words import has_period, plan_word_targets
from planwatch.evaluate.qualitative import QualitativeTarget, judge_done, judge_qualitative
from planwatch.evaluate.reduction import fall_size
from planwatch.evaluate.summary import summarise
from planwatch.evaluate.targets import (
    PLAN_TYPES,
    TargetGroup,
    is_reduction,
    same_plan,
    select_targets,
)
from planwatch.evaluate.words import related_indicators, says
from planwatch.store.evalfacts import area_group
from planwatch.store.evalrefs import tables_by_doc
from planwatch.store.quotes import Texts
from planwatch.store.repo import DocRow, Store

log = logging.getLogger(__name__)

GROUP = 64  # areas whose facts and documents are read in one go (memory: their facts)


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
    ref = area.strip()
    # A code is resolved without the store's documents; only a name needs them all.
    resolved = (area_by_code(ref) if ref.isdigit() else None) or resolve_area(store, area)
    # The area's facts and the documents they name (quotes cut from the texts when shown).
    read = area_group(store, [resolved.code], kept_indicators())
    code = resolved.code
    ledger = load_ledger(
        store, resolved, read.documents, read.facts.get(code, ()), read.pruned.get(code)
    )
    plan_doc = choose_plan(store, ledger, plan)
    ledger = _with_plan_words(store, ledger, plan_doc)
    return evaluate_ledger(ledger, plan_doc, as_of=as_of, tolerance_pp=tolerance_pp)


def _with_plan_words(
    store: Store,
    ledger: Ledger,
    plan: DocRow | None,
    tables: Mapping[int, list[TableRecord]] | None = None,
) -> Ledger:
    """The ledger with the targets the plan's tables state in words (:mod:`plan_words`;
    ``tables``: the plans' tables read for a group of areas)."""
    words = plan_word_targets(store, plan, tables)
    return replace(ledger, qualitative=ledger.qualitative + words) if words else ledger


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
        codes = [c for c in codes if c == top.code or is_under(c, top.code)]
    out = []
    for _code, ev in evaluate_groups(store, codes, as_of=as_of, tolerance_pp=tolerance_pp):
        if isinstance(ev, PlanwatchError):
            raise ev
        out.append(ev)
    return out


def evaluate_groups(
    store: Store,
    codes: Sequence[str],
    *,
    as_of: int | None = None,
    tolerance_pp: float = rules.DEFAULT_TOLERANCE_PP,
) -> Iterator[tuple[str, AreaEvaluation | PlanwatchError]]:
    """(code, evaluation or the error it raised) for each of ``codes``, as
    :func:`evaluate_area` gives it, :data:`GROUP` areas read at a time (their facts in
    one query, the documents they name in another, quotes cut from the texts where
    shown: :func:`planwatch.store.evalfacts.area_group`), so the cost is the areas' own rows,
    not the store's. The read is pruned: the actuals of an indicator no target of the
    area names are read only if a rule asks for them (:func:`kept_indicators`)."""
    keep = kept_indicators()
    for first in range(0, len(codes), GROUP):
        group = list(codes[first : first + GROUP])
        read = area_group(store, group, keep)
        index = DocIndex.of(read.documents)
        # The texts quotes are cut from: the group's documents, read at the first quote.
        texts = Texts(store, [d.id for d in read.documents])
        ledgers: list[tuple[str, Ledger, DocRow | None] | tuple[str, PlanwatchError]] = []
        for code in group:
            try:
                resolved = resolve_area(store, code, read.documents)
                facts, summary = read.facts.get(code, ()), read.pruned.get(code)
                ledger = load_ledger(store, resolved, index, facts, summary, texts)
                ledgers.append((code, ledger, choose_plan(store, ledger, None)))
            except PlanwatchError as exc:
                ledgers.append((code, exc))
        # The group's plans' tables in one read (targets stated in words).
        plans = {x[2].id for x in ledgers if len(x) == 3 and has_period(x[2])}
        tables = tables_by_doc(store, sorted(plans))
        for item in ledgers:
            if len(item) == 2:
                yield item
                continue
            code, ledger, plan_doc = item
            try:
                ledger = _with_plan_words(store, ledger, plan_doc, tables)
                yield (
                    code,
                    evaluate_ledger(ledger, plan_doc, as_of=as_of, tolerance_pp=tolerance_pp),
                )
            except PlanwatchError as exc:
                yield code, exc


def kept_indicators() -> tuple[str, ...]:
    """The indicators whose actuals a rule reads besides a target's own, kept in a
    pruned read: proxies (:func:`_judge_on_proxy`) and the related indicators of
    relative targets (:mod:`qualitative`). Any other is read when asked."""
    ids = {i.proxy for i in default_catalog() if i.proxy}
    ids.update(related_indicators())
    return tuple(sorted(ids))


def evaluate_ledger(
    ledger: Ledger,
    plan: DocRow | None,
    *,
    as_of: int | None = None,
    tolerance_pp: float = rules.DEFAULT_TOLERANCE_PP,
) -> AreaEvaluation:
    """Judge the targets in ``ledger`` (the store-free core of :func:`evaluate_area`).

    With ``as_of`` given, targets set for or after a later year are left out (an
    evaluation as of 2022 knows nothing of 2023's targets); by default the latest
    year with data is used and the newest one-year targets are listed as 暂无数据.
    """
    cutoff = as_of
    if as_of is None:
        as_of = ledger.latest_actual_year()
    catalog = default_catalog()
    groups, unmatched = select_targets(ledger, plan, cutoff)
    rows = [
        _evaluate_group(
            ledger, g, plan, as_of, tolerance_pp, catalog.get(g.primary.fact.indicator_id)
        )
        for g in groups
    ]
    rows += [
        _qualitative_row(ledger, q, plan, as_of)
        for q in ledger.qualitative
        if same_plan(q.doc, plan) and not _judged(rows, q)
    ]
    rows.sort(key=_row_order)
    rows_t = tuple(rows)
    headline = rows_t if plan is None else tuple(r for r in rows_t if r.main)
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
        unmatched=unmatched,  # type: ignore[arg-type]  # a tuple's equal (RowFacts)
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
    elif f.measure != Measure.LEVEL and is_reduction(f.indicator_id):
        outcome = judge_reduction(ledger, lf, group, base_year, as_of, tolerance_pp)
    elif f.measure == Measure.GROWTH:
        outcome = _judge_growth(ledger, lf, group, base_year, as_of, direction, tolerance_pp)
    elif f.measure == Measure.CHANGE:
        outcome = _judge_change(ledger, lf, base_year, as_of)
    else:
        outcome = _judge_level(ledger, lf, group, base_year, as_of, direction, tolerance_pp)
        if outcome.judgement.status == Status.NO_DATA and indicator and indicator.proxy:
            outcome = _judge_on_proxy(ledger, lf, group, base_year, as_of, indicator, outcome)
    sources = [source_ref(ledger, lf, "target")]
    sources += [source_ref(ledger, d, "alternative") for d in group.duplicates]
    sources += [source_ref(ledger, d, "superseded") for d in group.superseded]
    if outcome.base is not None:
        sources.append(source_ref(ledger, outcome.base, "base"))
    sources += [source_ref(ledger, a, "actual") for a in outcome.actuals]
    sources += [source_ref(ledger, a, "conflict") for a in outcome.alternatives]
    j = outcome.judgement
    target, actuals = f, tuple(a.fact for a in outcome.actuals)
    if outcome.rule == "reduction" or (
        outcome.rule == "one_year" and f.measure != Measure.LEVEL and is_reduction(f.indicator_id)
    ):
        # One sign convention for reductions: every figure is the size of a fall.
        target = _as_fall(f, ledger.quote(lf))
        actuals = tuple(_as_fall(a.fact, ledger.quote(a)) for a in outcome.actuals)
    notes = outcome.notes + _statement_notes(ledger, group)
    return TargetEvaluation(
        indicator=indicator.name if indicator else f.indicator,
        indicator_id=f.indicator_id,
        category=indicator.category if indicator else "其他",
        measure=f.measure.value,
        target=target,
        target_fact_id=lf.id,
        kind=outcome.rule,
        base_year=outcome.base_year if outcome.base_year is not None else base_year,
        target_year=f.year,
        unit=lf.unit,
        base=outcome.base.fact if outcome.base else None,
        actuals=actuals,
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
        binding=_binding(group),
        source_doc_type=lf.doc.doc_type,
        scope=group.scope,
        sources=tuple(sources),
        notes=notes,
        projected=j.projected,
        projected_meets=j.projected_meets,
        assumed_years=_assumed_years(outcome, base_year, f.year),
        yearly=_yearly(ledger, lf, outcome, base_year, as_of),
        reasons=_reasons(ledger, outcome) if j.status in (Status.BEHIND, Status.MISSED) else (),
        proxy=outcome.proxy,
        main=_main(group, plan),
    )


def _main(group: TargetGroup, plan: DocRow | None) -> bool:
    """One of the plan's main indicators (主要指标): a target of the period that the plan's
    own documents state. A target only a sector plan or the news states is judged and
    listed with its source, but not counted among the plan's indicators."""
    if group.scope != "plan":
        return False
    if plan is None:
        return True
    return any(
        x.doc.id == plan.id or (x.doc.doc_type in PLAN_TYPES and same_plan(x.doc, plan))
        for x in (group.primary, *group.duplicates, *group.superseded)
    )


def _binding(group: TargetGroup) -> str | None:
    """预期性/约束性: a revision or a prose statement rarely repeats it; the plan table does."""
    for x in (group.primary, *group.superseded, *group.duplicates):
        if x.fact.binding:
            return x.fact.binding.value
    return None


def _judge_on_proxy(
    ledger: Ledger,
    lf: LedgerFact,
    group: TargetGroup,
    base_year: int | None,
    as_of: int,
    indicator: Indicator,
    fallback: _Outcome,
) -> _Outcome:
    """No figure of the indicator itself: judge on its proxy's (output for capacity),
    and say so; keep the no-data outcome when the proxy has none either."""
    proxy = default_catalog().get(indicator.proxy or "")
    stand_ins = tuple(
        replace(x, fact=x.fact.with_(indicator_id=indicator.id))
        for x in ledger.actual_facts(indicator.proxy or "")
    )
    if proxy is None or not stand_ins:
        return fallback
    view = replace(ledger, facts=ledger.facts + stand_ins)
    outcome = _judge_level(view, lf, group, base_year, as_of, indicator.direction, 0.0)
    if outcome.judgement.status == Status.NO_DATA:
        return fallback
    note = f"以{proxy.name}作为{indicator.name}的代理指标（口径不同）"
    return replace(outcome, notes=(*outcome.notes, note), proxy=proxy.id)


def _judged(rows: list[TargetEvaluation], q: QualitativeTarget) -> bool:
    """A plan target with a figure for the same indicator and year wins over words."""
    return any(
        r.scope == "plan" and r.indicator_id == q.indicator_id and r.target_year == q.year
        for r in rows
    )


def _qualitative_row(
    ledger: Ledger, q: QualitativeTarget, plan: DocRow | None, as_of: int | None
) -> TargetEvaluation:
    """A target stated in words, as a row (see :mod:`qualitative`)."""
    text = ledger.text_of(q.doc.id)
    words = text[q.start : q.end]
    base_year = (plan.period_start - 1) if plan and plan.period_start else None
    j, used, rule = judge_qualitative(ledger, q, words, base_year, as_of)
    said = judge_done(ledger, q, words, base_year, as_of) if rule == "qualitative" else None
    evidence: tuple[SourceRef, ...] = ()
    if said is not None:
        j, done = said
        evidence = (
            SourceRef(
                None,
                done.doc.id,
                done.doc.name,
                done.start,
                done.end,
                done.text,
                done.text,
                "actual",
                done.year,
            ),
        )
    indicator = default_catalog().get(q.indicator_id or "")
    quote = text[q.quote_start : q.quote_end]
    target_src = SourceRef(
        None, q.doc.id, q.doc.name, q.start, q.end, quote, words, "target", q.year
    )
    mine = [c for c in used if c.fact.fact.indicator_id == q.indicator_id]
    return TargetEvaluation(
        indicator=indicator.name if indicator else q.indicator,
        indicator_id=q.indicator_id,
        category=indicator.category if indicator else "其他",
        measure=q.measure.value,
        target=q.as_fact(text),
        target_fact_id=None,
        kind=rule,
        base_year=base_year,
        target_year=q.year,
        unit="%" if q.measure == Measure.GROWTH else (indicator.unit if indicator else None),
        base=None,
        actuals=tuple(c.fact.fact for c in mine),
        status=j.status,
        realised_growth=j.realised_growth,
        gap=j.gap,
        basis=j.basis,
        explanation=j.explanation,
        core=bool(indicator and indicator.core),
        binding=q.binding.value if q.binding else None,
        source_doc_type=q.doc.doc_type,
        scope="plan",
        sources=(target_src, *(source_ref(ledger, c.fact, "actual") for c in used), *evidence),
        yearly=tuple((c.fact.fact.year or 0, c.fact.value) for c in mine),
        qualitative=words,
    )


def _yearly(
    ledger: Ledger, lf: LedgerFact, outcome: _Outcome, base_year: int | None, as_of: int | None
) -> tuple[tuple[int, float], ...]:
    """Each year's believed figure after the base, in the row's terms (see the model);
    a row judged on a proxy (粮食产量 for 粮食综合生产能力) shows the proxy's figures."""
    f, rule = lf.fact, outcome.rule
    if as_of is None or f.year is None:
        return ()
    iid = f.indicator_id or ""
    first = base_year + 1 if base_year is not None else min(f.year, as_of)
    last = min(as_of, f.year)
    if f.measure != Measure.LEVEL and is_reduction(iid):
        chosen = ledger.yearly(iid, Measure.GROWTH.value)
        return tuple(
            (y, fall_size(chosen[y].fact.value, ledger.quote(chosen[y].fact)))
            for y in range(first, last + 1)
            if y in chosen
        )
    if f.measure == Measure.GROWTH or rule == "average_growth":
        chosen = ledger.yearly(iid, Measure.GROWTH.value)
    else:  # a row judged on a proxy shows the proxy's levels
        chosen = ledger.yearly(outcome.proxy or iid, Measure.LEVEL.value, unit=lf.unit)
    return tuple((y, chosen[y].fact.value) for y in range(first, last + 1) if y in chosen)


def _reasons(ledger: Ledger, outcome: _Outcome) -> tuple[SourceRef, ...]:
    """Sentences that give a reason (受疫情影响) for each figure used: the sentence
    holding the figure and the one before it in its paragraph (a reason is stated with
    the figure or just ahead of it; later sentences are about other things), quoted with
    their spans. The same year's figure restated elsewhere counts too: a communiqué
    gives the figure, the next work report the figure and why (受疫情冲击)."""
    out: list[SourceRef] = []
    said = _with_restatements(ledger, outcome.actuals)
    ledger.read_texts(a.doc.id for a in said)  # one query for their documents
    for a in said:
        text = ledger.text_of(a.doc.id)
        start = text.rfind("\n", 0, a.fact.quote_start) + 1
        end = text.find("\n", a.fact.quote_end)
        end = len(text) if end < 0 else end
        spans = _clauses(text, start, end)
        own = next((i for i, (_, e) in enumerate(spans) if e > a.fact.start), len(spans) - 1)
        for s, e in spans[max(own - 1, 0) : own + 1]:
            clause = text[s:e]
            if says(clause, "reasons") and all(r.start != s for r in out):
                out.append(
                    SourceRef(
                        None, a.doc.id, a.doc.name, s, e, clause, clause, "reason", a.fact.year
                    )
                )
    return tuple(out[:3])


def _with_restatements(ledger: Ledger, actuals: list[LedgerFact]) -> list[LedgerFact]:
    """The figures used, then every other statement of the same indicator, measure and
    year (in document order)."""
    out = list(actuals)
    seen = {(a.doc.id, a.fact.start) for a in out}
    for a in actuals:
        f = a.fact
        for other in ledger.actuals(f.indicator_id or "", f.measure.value):
            key = (other.doc.id, other.fact.start)
            if other.fact.year == f.year and other.single_year and key not in seen:
                seen.add(key)
                out.append(other)
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (split at 。；;) of ``text[start:end]``."""
    out, s = [], start
    for i in range(start, end):
        if text[i] in "。；;":
            out.append((s, i + 1))
            s = i + 1
    if s < end:
        out.append((s, end))
    return out


def _as_fall(f, clause: str):
    """A reduction figure as the size of its fall (the stored fact is left as it is)."""
    v = fall_size(f.comparable_value, clause)
    return f.with_(value=v, canonical_value=v, canonical_unit=f.comparable_unit)


def _statement_notes(ledger: Ledger, group: TargetGroup) -> tuple[str, ...]:
    """The same target stated with another figure elsewhere, or replaced by a revision."""
    lf = group.primary
    out = []
    for old in group.superseded:
        out.append(
            f"{lf.doc.name}调整为{rules.fmt_num(lf.value, lf.unit)}"
            f"（原{old.doc.name}为{rules.fmt_num(old.value, old.unit)}）"
        )
    mine = abs(lf.value)
    for other in group.duplicates:
        if abs(abs(other.value) - mine) > 1e-6 * max(mine, 1.0):
            out.append(
                f"{other.doc.name}另有表述{rules.fmt_num(other.value, other.unit)}，"
                f"采用{lf.doc.name}的{rules.fmt_num(lf.value, lf.unit)}"
            )
    return tuple(out)


def _assumed_years(outcome: _Outcome, base_year: int | None, target_year: int | None):
    """Years inside the judged span with no reported figure (charts must not draw them
    as reported points)."""
    if outcome.judgement.realised_growth is None or base_year is None or target_year is None:
        return ()
    reported = {a.fact.year for a in outcome.actuals}
    last = max((y for y in reported if y is not None), default=base_year)
    return tuple(y for y in range(base_year + 1, last + 1) if y not in reported)
