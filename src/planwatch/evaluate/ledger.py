"""Gather one area's targets and actuals from the store, keyed for evaluation.

The ledger is everything the store holds about an area (facts whose
jurisdiction is the area, from current documents), with the documents they came
from. It answers the questions the rules need: the yearly results of an
indicator and measure, which of several figures for the same year to believe
(the later document: a final figure over 预计), and the quoted source of each.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from planwatch.conflicts import document_order
from planwatch.core.data import Area, DocType, Fact, Kind
from planwatch.core.errors import NotFoundError
from planwatch.core.periods import plan_mentions
from planwatch.describe.areas import area_by_code, resolve_name, rows_by_name
from planwatch.evaluate.choice import Choice, Chosen, basis_rank_of, quote_of, value_text_of
from planwatch.evaluate.ledger_rows import LedgerRows, TargetTest, Yearly
from planwatch.evaluate.model import SourceRef
from planwatch.store.evalfacts import AreaRows, AreaSummary, QuotedFact, more_actuals
from planwatch.store.quotes import Texts
from planwatch.store.records import slot_maker
from planwatch.store.repo import DocRow, FactFilter, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LedgerFact:
    """A stored fact with the document it came from."""

    id: int | None
    doc: DocRow
    fact: Fact

    @property
    def value(self) -> float:
        """The value in the catalog unit where the resolver converted it."""
        return self.fact.comparable_value

    @property
    def unit(self) -> str | None:
        return self.fact.comparable_unit

    @property
    def single_year(self) -> bool:
        """A figure for one year (not a period total or average like 十三五年均)."""
        f = self.fact
        return f.period_start is None or f.period_start == f.year

    @property
    def recency(self) -> tuple[int, str, int]:
        """Sort key: later documents state later, firmer figures (:func:`document_order`)."""
        return document_order(self.doc)


# A LedgerFact per fact of the area, made without its __init__ (store.records.slot_maker).
_new_ledger_fact = slot_maker(LedgerFact)


@dataclass(frozen=True)
class Pruned:
    """A ledger read pruned (:func:`planwatch.store.evalfacts.area_group` with ``keep``):
    the actuals of indicators outside ``complete`` are not among its facts but read by
    ``more`` when a rule asks for them; ``latest_year`` is the latest year any actual
    with a catalog id states, left out or not."""

    complete: frozenset[str]
    more: Callable[[str], list[LedgerFact]] = field(repr=False)
    latest_year: int | None


@dataclass
class _Memo:
    """What a ledger works out once and keeps for its life (its facts never change): a
    field of its own (not written into a frozen dataclass's ``__dict__``), made anew
    for each ledger, so a view (:func:`dataclasses.replace`) starts empty."""

    # indicator -> every actual of it, in ledger order (made, or read, when first asked)
    actuals: dict[str, list[LedgerFact]] = field(default_factory=dict)
    # (indicator, measure) -> those of the measure
    by_key: dict[tuple[str, str], list[LedgerFact]] = field(default_factory=dict)
    # (indicator, measure, unit) -> the believed figure of each year (Ledger.yearly)
    yearly: dict[tuple[str, str, str | None], Yearly] = field(default_factory=dict)
    # indicator -> the actuals among ``Ledger.facts`` (None: not yet grouped)
    own: dict[str, list[LedgerFact]] | None = None
    # indicator -> its actuals that are not rows (``facts``', and a pruned read's more)
    rest: dict[str, list[LedgerFact]] = field(default_factory=dict)
    # a value as printed -> its decimal places (Ledger.choose)
    places: dict[str, int] = field(default_factory=dict)
    # how the ledger chooses among statements (made when first asked)
    choice: Choice | None = None


@dataclass(frozen=True)
class Ledger:
    """An area's facts and documents, with lookups by indicator, measure and year.

    Its facts are ``facts`` (objects) and, read for evaluation, ``rows``: the area's
    fact rows, made objects only when a lookup asks for them (:mod:`ledger_rows`)."""

    area: Area
    docs: dict[int, DocRow]
    facts: tuple[LedgerFact, ...]
    text_of: Callable[[int], str] = field(repr=False, default=lambda _id: "")
    # Reads many documents' texts at once for ``text_of`` (one query, not one a document).
    read_texts: Callable[[Iterable[int]], None] = field(
        repr=False, compare=False, default=lambda _ids: None
    )
    # Targets stated in words (evaluate.qualitative.QualitativeTarget): the plan table's
    # word cells, added by evaluate_area (evaluate.plan_words).
    qualitative: tuple = ()
    # Read pruned: which actuals ``facts`` holds, and how to read the others.
    pruned: Pruned | None = None
    # The area's fact rows besides ``facts``, made facts when asked (evaluation's read).
    rows: LedgerRows | None = field(default=None, repr=False)
    _memo: _Memo = field(init=False, repr=False, compare=False, default_factory=_Memo)

    def targets(
        self, keep: TargetTest | None = None, catalogued: bool | None = None
    ) -> list[LedgerFact]:
        """The targets, in ledger order; with ``keep``, only those it keeps (asked of
        a target's year, period start and document; of a row before it is made); with
        ``catalogued``, only those with (True) or without (False) a catalog id."""
        out = self.rows.targets(keep, catalogued) if self.rows is not None else []
        for lf in self.facts:
            f = lf.fact
            if f.kind != Kind.TARGET:
                continue
            if catalogued is not None and bool(f.indicator_id) != catalogued:
                continue
            if keep is None or keep(f.year, f.period_start, lf.doc):
                out.append(lf)
        return out

    def unmatched(self, keep: TargetTest | None = None) -> Sequence[Fact]:
        """The facts of the targets with no catalog id (that ``keep`` keeps), in ledger
        order: as rows (made when read) where the ledger has them as rows."""
        own = tuple(
            lf.fact
            for lf in self.facts
            if lf.fact.kind == Kind.TARGET
            and not lf.fact.indicator_id
            and (keep is None or keep(lf.fact.year, lf.fact.period_start, lf.doc))
        )
        if self.rows is None:
            return own
        rows = self.rows.unmatched(keep)
        return rows if not own else (*rows, *own)

    def every_fact(self) -> list[LedgerFact]:
        """Every fact of the ledger in ledger order (its rows all made)."""
        return (self.rows.every() if self.rows is not None else []) + list(self.facts)

    def actuals(
        self, indicator_id: str, measure: str, *, unit: str | None = None
    ) -> list[LedgerFact]:
        """Actual figures of an indicator and measure; with ``unit``, only those in it."""
        by_key = self._memo.by_key
        lfs = by_key.get((indicator_id, measure))
        if lfs is None:
            lfs = by_key[(indicator_id, measure)] = [
                lf for lf in self._of_indicator(indicator_id) if lf.fact.measure == measure
            ]
        if unit is None:
            return list(lfs)
        return [lf for lf in lfs if units_match(lf.unit, unit)]

    def _of_indicator(self, indicator_id: str) -> list[LedgerFact]:
        """Every actual of ``indicator_id`` in ledger order: made from the rows, then
        ``facts``'s, then (a pruned read left them out) read from the store; once."""
        memo = self._memo
        found = memo.actuals.get(indicator_id)
        if found is None:
            found = self.rows.actuals(indicator_id) if self.rows is not None else []
            found += self._rest(indicator_id)
            memo.actuals[indicator_id] = found
        return found

    def _rest(self, indicator_id: str) -> list[LedgerFact]:
        """The actuals of ``indicator_id`` that are not rows, in ledger order: ``facts``'s,
        then those a pruned read left out (read from the store once)."""
        memo = self._memo
        found = memo.rest.get(indicator_id)
        if found is None:
            if memo.own is None:
                memo.own = defaultdict(list)
                for lf in self.facts:
                    f = lf.fact
                    if f.kind == Kind.ACTUAL and f.indicator_id:
                        memo.own[f.indicator_id].append(lf)
            found = list(memo.own.get(indicator_id, ()))
            if self.pruned is not None and indicator_id not in self.pruned.complete:
                found += self.pruned.more(indicator_id)
            memo.rest[indicator_id] = found
        return found

    def yearly(self, indicator_id: str, measure: str, *, unit: str | None = None) -> Yearly:
        """One believed single-year figure per year (later document wins), with the others.

        Kept per indicator, measure and unit for the ledger's life (it never changes):
        the rules of an area ask the same series about fifty times, for each target and
        its years, and choosing among a year's figures reads their clauses. A year's
        figure is chosen when first read (:class:`Yearly`); the mapping is read-only."""
        kept = self._memo.yearly
        key = (indicator_id, measure, unit)
        found = kept.get(key)
        if found is None:
            statements = self._statements(indicator_id, measure, unit)
            found = kept[key] = Yearly(statements, self._choice().year)
        return found

    def _statements(
        self, indicator_id: str, measure: str, unit: str | None
    ) -> dict[int, Callable[[], list[LedgerFact]]]:
        """Year -> a maker of its single-year statements of the indicator and measure (in
        ``unit``, when given), in ledger order: the rows' found from their columns, made
        only when the year is read."""
        matches = (lambda u: True) if unit is None else (lambda u: units_match(u, unit))
        rows = self.rows.series(indicator_id, measure, matches) if self.rows is not None else {}
        facts: dict[int, list[LedgerFact]] = defaultdict(list)
        for lf in self._rest(indicator_id):
            f = lf.fact
            if f.measure == measure and lf.single_year and f.year is not None and matches(lf.unit):
                facts[f.year].append(lf)
        made = self.rows.made if self.rows is not None else None
        return {
            y: partial(_statements_of, made, rows.get(y, ()), facts.get(y, ()))
            for y in {*rows, *facts}
        }

    def _choice(self) -> Choice:
        memo = self._memo
        if memo.choice is None:
            memo.choice = Choice(self.text_of, memo.places)
        return memo.choice

    def basis_rank(self, lf: LedgerFact) -> tuple[int, str]:
        """How well a figure's basis fits a plan target (:func:`basis_rank_of`)."""
        return basis_rank_of(lf, self.quote(lf))

    def choose(self, fact: LedgerFact, others: Iterable[LedgerFact]) -> Chosen:
        """``fact`` believed over ``others``; those differing beyond rounding are conflicts."""
        return self._choice().choose(fact, others)

    def period_figures(
        self, indicator_id: str, measure: str, first: int, last: int
    ) -> list[LedgerFact]:
        """Actuals stated for the period first..last (年均, 累计), latest document first."""
        lfs = [
            lf
            for lf in self.actuals(indicator_id, measure)
            if lf.fact.period_start == first and lf.fact.year == last
        ]
        return sorted(lfs, key=lambda x: x.recency, reverse=True)

    def actual_facts(self, indicator_id: str) -> list[LedgerFact]:
        """Every actual figure of an indicator, whatever its measure, in ledger order."""
        return list(self._of_indicator(indicator_id))

    def latest_actual_year(self) -> int | None:
        """The latest year any catalog indicator has a single-year actual for."""
        if self.pruned is not None:
            return self.pruned.latest_year
        years = [self.rows.latest_year()] if self.rows is not None else []
        years += [
            lf.fact.year
            for lf in self.facts
            if lf.fact.kind == Kind.ACTUAL
            and lf.fact.indicator_id
            and lf.single_year
            and lf.fact.year is not None
        ]
        years = [y for y in years if y is not None]
        return max(years) if years else None

    def quote(self, lf: LedgerFact) -> str:
        return quote_of(self.text_of, lf)

    def value_text(self, lf: LedgerFact) -> str:
        return value_text_of(self.text_of, lf)


def _statements_of(made, positions, facts) -> list[LedgerFact]:
    """A year's statements: its rows' (made by ``made``), then its facts."""
    return (made(positions) if positions else []) + list(facts)


_UNIT_EQUIV = {"": None, "％": "%"}


def units_match(a: str | None, b: str | None) -> bool:
    """Whether two figures are in the same unit (after the resolver's conversion)."""
    a = _UNIT_EQUIV.get(a or "", a)
    b = _UNIT_EQUIV.get(b or "", b)
    return a == b or a is None or b is None


def resolve_area(store: Store, area: str, docs: Iterable[DocRow] | None = None) -> Area:
    """An area named by code (440784) or name (鹤山市), preferring areas the store holds."""
    ref = area.strip()
    docs = list(docs) if docs is not None else store.documents()
    if ref.isdigit():
        found = area_by_code(ref)
        if found:
            return found
        for d in docs:
            if d.area_code == ref:
                return Area(code=ref, name=d.area_name or ref, level="county")
        raise NotFoundError(f"no area with code {ref!r}; use a 6-digit code such as 440784")
    for d in docs:
        if d.area_name == ref and d.area_code:
            found = area_by_code(d.area_code)
            return found or Area(code=d.area_code, name=ref, level="county")
    stored = {d.area_code for d in docs if d.area_code}
    held = sorted(r.code for r in rows_by_name(ref) if r.code in stored)
    if held:  # a short name (鹤山) means the area the store holds, not a namesake elsewhere
        found = area_by_code(held[0])
        if found:
            return found
    found = resolve_name(ref)
    if found is None:
        raise NotFoundError(
            f"no area named {ref!r}; `planwatch docs` lists the areas of stored documents"
        )
    return found


@dataclass(frozen=True)
class DocIndex:
    """The store's current documents by id and by area, built once for many ledgers.

    Evaluating every area with a list of documents rebuilt a dict of all of
    them per area (quadratic in the store's size); this index is built once.
    """

    by_id: dict[int, DocRow]
    by_area: dict[str, tuple[DocRow, ...]]

    @classmethod
    def of(cls, docs: Iterable[DocRow]) -> DocIndex:
        by_area: dict[str, list[DocRow]] = defaultdict(list)
        by_id = {}
        for d in docs:
            by_id[d.id] = d
            if d.area_code:
                by_area[d.area_code].append(d)
        return cls(by_id, {k: tuple(v) for k, v in by_area.items()})


def load_ledger(
    store: Store,
    area: Area,
    docs: Iterable[DocRow] | DocIndex | None = None,
    facts: Iterable[QuotedFact] | None = None,
    summary: AreaSummary | None = None,
    texts: Texts | None = None,
) -> Ledger:
    """Every current fact about ``area`` that evaluation can use, with its document.

    Targets and actuals with a catalog id are read (actuals no indicator
    resolves to are never compared with anything), unless ``facts`` gives them
    (read for many areas at once: :func:`planwatch.store.evalfacts.area_group`;
    ``summary`` when that read was pruned); facts given as rows
    (:class:`AreaRows`) stay rows until a lookup asks for them (:mod:`ledger_rows`).
    Quotes are cut from the documents' stored texts by their spans (each text read
    once, alone: never the whole stored document with its outline), kept in ``texts``,
    which the ledgers of a group of areas share (:class:`Texts`: the group's documents
    read in one query when a first quote is asked).
    """
    if not isinstance(docs, DocIndex):
        docs = DocIndex.of(docs if docs is not None else store.documents())
    if facts is None:
        flt = FactFilter(jurisdiction=area.code, evaluable=True)
        facts = (QuotedFact(sf) for sf in store.iter_facts(flt))
    rows = None
    if isinstance(facts, AreaRows):  # made facts when asked (ledger_rows)
        rows = LedgerRows(facts, docs.by_id, _new_ledger_fact)
        found: list[LedgerFact] = []
        doc_ids = rows.doc_ids()
    else:
        found = _ledger_facts(facts, docs)
        doc_ids = {lf.doc.id for lf in found}
    mine = {d.id: d for d in docs.by_area.get(area.code, ())}
    if summary is not None:  # the documents of the facts the read left out
        mine |= {i: docs.by_id[i] for i in summary.doc_ids if i in docs.by_id}
    kept = Texts(store, doc_ids) if texts is None else texts
    return Ledger(
        area=area,
        docs=dict(sorted(({i: docs.by_id[i] for i in doc_ids} | mine).items())),
        facts=tuple(found),
        text_of=kept.__getitem__,
        read_texts=kept.read,
        pruned=None if summary is None else _pruned(store, area, docs, summary),
        rows=rows,
    )


def _ledger_facts(facts: Iterable[QuotedFact], docs: DocIndex) -> list[LedgerFact]:
    found = []
    for q in facts:
        doc = docs.by_id.get(q.stored.doc_id)
        if doc is None:  # a superseded document's facts are not listed; be safe anyway
            continue
        found.append(_quoted_ledger_fact(q, doc))
    return found


def _quoted_ledger_fact(q: QuotedFact, doc: DocRow) -> LedgerFact:
    sf = q.stored
    return _new_ledger_fact(sf.id, doc, sf.fact)


def _pruned(
    store: Store,
    area: Area,
    docs: DocIndex,
    summary: AreaSummary,
) -> Pruned:
    """A pruned read's :class:`Pruned`: the actuals of the indicators the read kept
    (its targets' and ``keep``) are all among ``found``."""

    def more(indicator_id: str) -> list[LedgerFact]:
        return _ledger_facts(more_actuals(store, area.code, indicator_id), docs)

    return Pruned(summary.indicators, more, summary.latest_year)


def choose_plan(store: Store, ledger: Ledger, plan: str | None) -> DocRow | None:
    """The plan document named by ``plan``, else the area's latest five-year plan: its
    outline, else its table on its own, else its revision."""
    if plan:
        doc = store.find_document(plan)
        if not doc.period_end:
            doc = _with_period(doc, ledger)
        if doc.doc_type not in _PLAN_RANK or not doc.period_end:
            log.info("%s is not a five-year plan; its targets are evaluated as stated", doc.name)
        return doc
    plans = [
        d
        for d in ledger.docs.values()
        if d.doc_type in _PLAN_RANK and d.area_code == ledger.area.code and d.period_end
    ]
    if not plans:
        return None
    return max(
        plans, key=lambda d: (d.period_end or 0, d.period_start or 0, _PLAN_RANK[d.doc_type], d.id)
    )


def _with_period(doc: DocRow, ledger: Ledger) -> DocRow:
    """A plan named by the user whose period describe did not find (a bare indicator
    table typed ``other``): the plan its title names (“十四五”规划), else the span of its
    own multi-year targets (年均增长 2021-2025). The stored row is left as it is."""
    mentions = list(plan_mentions(doc.title or "")) if doc.title else []
    if mentions:
        first, last = mentions[0].years
        return replace(doc, period_start=first, period_end=last)
    spans = {
        (lf.fact.period_start, lf.fact.year)
        for lf in ledger.targets()
        if lf.doc.id == doc.id
        and lf.fact.period_start is not None
        and lf.fact.year is not None
        and lf.fact.period_start < lf.fact.year
    }
    if len(spans) == 1:
        first, last = spans.pop()
        return replace(doc, period_start=first, period_end=last)
    return doc


_PLAN_RANK = {
    DocType.FIVE_YEAR_PLAN.value: 2,
    DocType.PLAN_TABLE.value: 1,
    DocType.PLAN_REVISION.value: 0,
}


def source_ref(ledger: Ledger, lf: LedgerFact, role: str) -> SourceRef:
    """Where a figure comes from: document, offsets, the value as printed and its clause."""
    f = lf.fact
    return SourceRef(
        fact_id=lf.id,
        doc_id=lf.doc.id,
        doc=lf.doc.name,
        start=f.start,
        end=f.end,
        quote=ledger.quote(lf),
        value_text=ledger.value_text(lf),
        role=role,
        year=f.year,
        value=lf.value,
        unit=lf.unit,
        # An area read as rows is one no person corrected: the row gives every field
        # (its quote and value text cut from its document's text, as here).
        stored=ledger.rows is not None and lf.id is not None,
    )
