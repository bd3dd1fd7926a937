"""Which targets an evaluation judges, and the same target stated twice merged into one row.

The plan of an area and period is assembled from all its documents: the
outline's table and prose, other documents typed as the same plan (news of its
adoption), a revision (2022年更新) that supersedes the original — the original
kept as history — and targets quoted in work reports, news and sector plans,
attached with their source. Targets set after the as-of year are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planwatch.catalog import default_catalog
from planwatch.core.data import Comparator, DocType, Fact, Measure
from planwatch.evaluate.ledger import Ledger, LedgerFact
from planwatch.store.repo import DocRow

# Genres that state a plan's own targets (the outline, its table, its revision).
PLAN_TYPES = frozenset(
    {DocType.FIVE_YEAR_PLAN.value, DocType.PLAN_TABLE.value, DocType.PLAN_REVISION.value}
)


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """One target as judged: its fact and the same target stated elsewhere."""

    primary: LedgerFact
    duplicates: tuple[LedgerFact, ...]
    scope: str  # "plan" | "annual"
    # Statements a revision (2022年更新) replaced: the history of the target.
    superseded: tuple[LedgerFact, ...] = ()


def same_plan(d: DocRow, plan: DocRow | None) -> bool:
    """Whether ``d`` states the targets of ``plan``: the plan itself, or a document of a
    plan genre for the same area and period (its table, news typed as the outline, its
    revision)."""
    if plan is None or d.id == plan.id:
        return True
    return (
        d.area_code == plan.area_code
        and d.period_start == plan.period_start
        and d.period_end == plan.period_end
    )


def scope_of(
    year: int | None,
    period_start: int | None,
    d: DocRow,
    plan: DocRow | None,
    as_of: int | None = None,
) -> str | None:
    """ "plan" or "annual" when a target stated for ``year`` (from ``period_start``) in
    ``d`` belongs in this evaluation, else None: what it reads of a target, so a fact
    row is tested before it is made a fact."""
    if year is None:
        return None
    if as_of is not None and d.doc_type == DocType.PLAN_REVISION.value and _made(d) > as_of:
        return None  # a revision made after the as-of year was not yet the plan
    is_plan_doc = d.doc_type in PLAN_TYPES and d.period_start and d.period_end
    if plan is not None and d.id == plan.id and plan.period_end:
        d = plan  # the plan the user named: its period even where describe found none
        is_plan_doc = True
    if is_plan_doc:
        if not same_plan(d, plan):
            return None  # another plan's targets: evaluate that plan separately
        if not (d.period_start <= year <= d.period_end):
            return None  # previous period's review table, or 2035 long-range visions
        return "plan"
    if d.year and year < d.year:
        return None  # an older target restated in a review
    if as_of is not None and d.year and d.year > as_of:
        return None  # set after the as-of year (the next work report): not yet known
    window = plan is not None and plan.period_start and plan.period_end
    if window and not (plan.period_start <= year <= plan.period_end):
        return None
    if as_of is not None and window and as_of < year < plan.period_end:
        # An interim target not yet due (到2023年) from outside the plan: the mid-term
        # evaluation judges the plan's targets and the years already past.
        return None
    # A work report of year Y sets Y's targets; a later year is the plan's (到2025年).
    # A document with a period of its own (a sector plan) states targets for its end.
    period_end = bool(d.period_start and d.period_end and d.period_start < d.period_end)
    multi_year = (
        (period_start is not None and period_start < year)
        or bool(d.year and year > d.year)
        or (period_end and year == d.period_end)
        # An undated document (a plan's table saved on its own) setting a target for
        # the plan's last year states the plan's target.
        or bool(not d.year and window and year == plan.period_end)
    )
    if not multi_year and as_of is not None and year > as_of:
        return None  # a one-year target for a year after the as-of year
    return "plan" if multi_year else "annual"


def _made(d: DocRow) -> int:
    """The year a document was issued: its year, else the year of its date (a revision
    carries the plan's period, not a year of its own)."""
    if d.year:
        return d.year
    published = str(d.published or "")[:4]
    return int(published) if published.isdigit() else 0


def is_reduction(indicator_id: str | None) -> bool:
    """A reduction indicator (catalog flag): its growth and change figures are one thing."""
    entry = default_catalog().get(indicator_id) if indicator_id else None
    return bool(entry and entry.reduction)


def yearly_ceiling(lf: LedgerFact) -> LedgerFact:
    """A ceiling in a table's 年均 column on a rate that should stay low (城镇调查失业率
    <5.5): the rate's level each year, not its growth. Only for catalog rates stated as
    levels (a price index, stated as growth, keeps its reading)."""
    f = lf.fact
    entry = default_catalog().get(f.indicator_id) if f.indicator_id else None
    if (
        entry is None
        or f.measure != Measure.GROWTH
        or f.comparator != Comparator.LE
        or lf.unit != "%"
        or entry.unit != "%"
        or entry.measure != "level"
        or entry.direction != "lower"
        or entry.reduction
    ):
        return lf
    return replace(lf, fact=f.with_(measure=Measure.LEVEL, period_start=None))


def _measure_class(lf: LedgerFact) -> str:
    f = lf.fact
    if f.measure != Measure.LEVEL and is_reduction(f.indicator_id):
        return "reduction"  # [14] in a table and 降低14% in prose state one target
    if f.measure == Measure.LEVEL and f.period_start is not None and f.period_start < (f.year or 0):
        return "total"  # a total over the period (累计投资), not the level of its last year
    return f.measure.value


def select_targets(
    ledger: Ledger, plan: DocRow | None, as_of: int | None = None
) -> tuple[list[TargetGroup], Sequence[Fact]]:
    """The targets to judge, the same target stated twice merged; and the facts of the
    unmatched targets (no catalog indicator).

    A plan target is one row per indicator, measure and year, however many documents
    state it (the differing statements are kept as alternatives or, replaced by a
    revision, as history); one-year targets of different values stay apart.
    """
    keyed: dict[tuple, list[LedgerFact]] = defaultdict(list)
    scopes: dict[tuple, str] = {}

    # The scope of a year, period start and document, worked out once: an area's
    # targets share a few dozen of them (each plan restated in many documents).
    known: dict[tuple[int | None, int | None, int], str | None] = {}

    def scope(year: int | None, period_start: int | None, doc: DocRow) -> str | None:
        key = (year, period_start, id(doc))  # the ledger's documents live as long as it
        if key not in known:
            known[key] = scope_of(year, period_start, doc, plan, as_of)
        return known[key]

    # Targets another plan or year's evaluation judges are left out before they are made.
    def kept(year: int | None, period_start: int | None, doc: DocRow) -> bool:
        return scope(year, period_start, doc) is not None

    for lf in ledger.targets(kept, catalogued=True):
        f = lf.fact
        found = scope(f.year, f.period_start, lf.doc)
        if found is None:
            continue
        lf = yearly_ceiling(lf)
        f = lf.fact
        key = (f.indicator_id, _measure_class(lf), f.year, lf.unit if found == "annual" else "")
        if found == "annual":
            key += (f.period_start, f.comparator.value)
        keyed[key].append(lf)
        scopes[key] = "plan" if scopes.get(key) == "plan" else found
    groups = []
    for key, same in keyed.items():
        if scopes[key] == "plan":
            groups.append(_group(same, "plan"))
            continue
        for lfs in _same_value_clusters(same):
            groups.append(_group(lfs, scopes[key]))
    # Those with no catalog id are listed, not judged: left as rows where they are.
    return _merge_change_into_level(groups), ledger.unmatched(kept)


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
            x.doc.doc_type == DocType.PLAN_REVISION.value,
            x.fact.unit == x.unit,
            x.fact.origin == "table",
            x.doc.doc_type in PLAN_TYPES,
            x.fact.measure != Measure.CHANGE or not is_reduction(x.fact.indicator_id),
            x.recency,
        ),
        reverse=True,
    )
    first, rest = ranked[0], ranked[1:]
    if first.doc.doc_type == DocType.PLAN_REVISION.value:
        old = tuple(x for x in rest if x.doc.doc_type != DocType.PLAN_REVISION.value)
        rest = [x for x in rest if x not in old]
        return TargetGroup(first, tuple(rest), scope, superseded=old)
    return TargetGroup(first, tuple(rest), scope)


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
