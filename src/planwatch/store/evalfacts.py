"""What evaluating many areas reads, a group of areas at a time.

Evaluating every area one by one read each area's facts with a query of its own
and every current document's row first (20,000 rows at 20,000 documents, to
evaluate any area), then each quoted document's whole text to cut a quote of
forty characters. Here a group of areas is read in two queries — their facts
that evaluation can use (targets, and actuals with a catalog id; corrections
applied, as :meth:`Store.iter_facts` gives them) in area, document and text
order, and the documents those facts and areas name. A fact comes with its spans,
not their characters: evaluation cuts the quotes it shows from the texts of the
documents it reads (store/quotes.py, ``evaluate.ledger``).

A *pruned* read (``keep`` given) leaves out the actuals no target of their area
names: more than half of an area's actuals at 20,000 documents, and turning rows into
facts was most of reading them. An actual is read when a target of its area (any
stored target row) has its indicator, or its indicator is one of ``keep`` (the
indicators a rule reads besides a target's own: proxies, related indicators). What
the left-out rows would have told is read in SQL: the documents every evaluable fact
of an area comes from and the latest year its single-year actuals state
(:class:`AreaSummary`); and a rule that asks for another indicator's actuals gets
them from :func:`more_actuals`, in the same order. A group some of whose facts
were corrected is read whole (a correction may change a fact's indicator or kind
after the query chose it); its corrections are read once, in one query.

An uncorrected area's facts come back as rows (:class:`AreaRows`), made objects only
where evaluation asks (evaluate/ledger_rows.py); the unmatched targets it lists stay
rows (:class:`RowFacts`) and are written into the stored evaluation from their rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, bindparam, case, func, null, or_, select

from planwatch.core.data import Fact
from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.factquery import FactFilter
from planwatch.store.records import (
    Correction,
    DocRow,
    FactBuilder,
    StoredFact,
    _stored,
    fact_builder,
    slot_maker,
)
from planwatch.store.repo import Store


@dataclass(frozen=True, slots=True)
class QuotedFact:
    """A stored fact as evaluation reads it (its quote is cut from its document's text
    where shown)."""

    stored: StoredFact


_new_quoted = slot_maker(QuotedFact)  # a QuotedFact per fact read, without its __init__


@dataclass(frozen=True, slots=True)
class AreaSummary:
    """What a pruned read of an area left out would have told: the documents all its
    evaluable facts come from, and the latest year a single-year actual with a catalog
    id states (None: none does)."""

    doc_ids: frozenset[int]
    latest_year: int | None
    # The indicators whose actuals were read: those of the area's targets, and the kept.
    indicators: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AreaGroup:
    """Facts by area code and the current documents they or the areas name."""

    facts: dict[str, AreaRows | list[QuotedFact]]  # see AreaRows
    documents: list[DocRow]  # in id order
    # Areas read pruned (see the module's docstring), by code; the others were read whole.
    pruned: dict[str, AreaSummary] = field(default_factory=dict)


def _fact_query(
    codes: Sequence[str],
    state: factquery.StoreState,
    ids: Sequence[str] | None,
    narrow: bool = False,
):
    """The evaluable facts of ``codes`` in area, document and text order; with ``ids``,
    only the targets and the actuals of those indicators. With ``narrow``, none of the
    targets without a catalog id (:func:`_narrow_rows` reads them)."""
    f = m.facts
    conds = factquery._conditions(FactFilter(evaluable=True), state)
    if ids is not None:
        conds.append(or_(f.c.kind == "target", f.c.indicator_id.in_(list(ids))))
    if narrow:
        conds.append(or_(f.c.kind != "target", f.c.indicator_id.is_not(None)))
    return (
        select(*fact_columns())
        .where(and_(f.c.jurisdiction_code.in_(list(codes)), *conds))
        .order_by(f.c.jurisdiction_code, f.c.doc_id, f.c.start, f.c.end, f.c.id)
    )


def _narrow_rows(
    conn, codes: Sequence[str], state: factquery.StoreState, fields: Sequence[str]
) -> dict[str, list]:
    """The evaluable targets of ``codes`` without a catalog id, by area code, as rows of
    ``fields`` holding only the columns that choose and order them (:data:`NARROW`; the
    others NULL, written so by the query: no row is rebuilt here). An evaluation lists
    them by id: they were nearly half the rows an area reads at 20,000 documents, and a
    row of a few numbers reads in a fifth of the time of a whole one (its quote, evidence
    and names)."""
    f = m.facts
    conds = factquery._conditions(FactFilter(evaluable=True), state)
    q = select(*(f.c[n] if n in NARROW else null().label(n) for n in fields)).where(
        f.c.jurisdiction_code.in_(list(codes)),
        f.c.kind == "target",
        f.c.indicator_id.is_(None),
        *conds,
    )
    code_at = list(fields).index("jurisdiction_code")
    out: dict[str, list] = defaultdict(list)
    for r in conn.execute(q).fetchall():  # at once: a row at a time was most of the cost
        out[r[code_at]].append(r)
    return out


def fact_columns() -> list:
    """Every column of a fact row, and its document's name (``doc_name``)."""
    f, d = m.facts, m.documents
    name = select(d.c.name).where(d.c.id == f.c.doc_id).scalar_subquery()
    return [*f.c, name.label("doc_name")]


# What a narrow row keeps (:func:`_narrow_rows`): what chooses and orders a target.
NARROW = frozenset(
    {
        *("id", "doc_id", "jurisdiction_code", "kind", "indicator_id", "year", "period_start"),
        *("start", "end"),
    }
)


def _whole_rows(store: Store, rows: list, at: dict[str, int]) -> None:
    """Narrow rows of ``rows`` (no ``indicator``: never so in a whole row) replaced by
    their whole rows, read by id in one query (per few hundred)."""
    name_at, id_at = at["indicator"], at["id"]
    narrow = [i for i, r in enumerate(rows) if r[name_at] is None]
    if not narrow:
        return
    found = rows_by_id(store, [rows[i][id_at] for i in narrow])
    for i in narrow:
        rows[i] = found[rows[i][id_at]]


def rows_by_id(store: Store, ids: Sequence[int]) -> dict[int, Any]:
    """The whole rows (the columns of :func:`_columns`, in its order) of facts ``ids``."""
    f = m.facts
    with store.engine.connect() as conn:
        return {r.id: r for r in by_chunks(conn, ids, select(*fact_columns()), f.c.id)}


def by_chunks(conn, ids: Iterable[int], query, key) -> Iterator[Any]:
    """The rows of ``query`` whose ``key`` is one of ``ids`` (each once), a query per
    :data:`_IDS_AT_ONCE` of them: one statement with the ids bound as a list (compiled
    once, not a literal a value), each chunk's rows fetched at once."""
    wanted = sorted(set(ids))
    stmt = query.where(key.in_(bindparam("ids", expanding=True)))
    for first in range(0, len(wanted), _IDS_AT_ONCE):
        yield from conn.execute(stmt, {"ids": wanted[first : first + _IDS_AT_ONCE]}).fetchall()


class AreaRows(Sequence[QuotedFact]):
    """An area's fact rows as read, each made a :class:`QuotedFact` only when asked.

    At 20,000 documents an area reads some 650 rows and an evaluation uses a few
    dozen of them: most targets belong to other plans or years, most actuals to
    indicators no judged target names. Evaluation picks rows by their columns
    (:meth:`column`, :attr:`at`) and makes objects of those it keeps; as a sequence
    this is the list of QuotedFacts a whole build gives (in the query's order), each
    made on first access. Only groups no person corrected are read this way (a
    correction may change a column): a corrected group's facts are made as read."""

    __slots__ = ("_build", "_made", "_store", "at", "rows")

    def __init__(
        self, rows: list, build: FactBuilder, at: dict[str, int], store: Store | None = None
    ) -> None:
        self.rows = rows
        self.at = at  # column name -> position in a row
        self._build = build
        self._made: list[QuotedFact | None] = [None] * len(rows)
        self._store = store  # where narrow rows (see _fact_query) are read whole

    def facts(self, kept: Sequence[int]) -> RowFacts:
        """The facts of the rows ``kept`` (positions), still rows (:class:`RowFacts`)."""
        return RowFacts([self.rows[i] for i in kept], self._build, self.at, self._store)

    @property
    def build(self) -> FactBuilder:
        """The builder of the rows' facts (a row made a fact without the objects around it)."""
        return self._build

    def column(self, name: str) -> list:
        """The values of one column, in row order."""
        i = self.at[name]
        return [r[i] for r in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.rows)))]
        made = self._made[i]
        if made is None:
            if self.rows[i][self.at["indicator"]] is None:  # narrow: read whole first
                assert self._store is not None  # only a store's read is narrow
                _whole_rows(self._store, self.rows, self.at)
            made = self._made[i] = _new_quoted(self._build(self.rows[i]))
        return made

    def __iter__(self):
        return (self[i] for i in range(len(self.rows)))


class RowFacts(Sequence[Fact]):
    """Facts still rows (of one :class:`AreaRows`), each made when first read: the
    targets an evaluation lists as unmatched (no catalog indicator), a third of every
    fact an evaluation at 20,000 documents keeps, are only written into the stored
    evaluation, which writes their row ids (:meth:`ids`; read back by
    :func:`facts_by_id`) without making them. Equal to the tuple of the facts it holds,
    and pickled as that tuple."""

    __slots__ = ("_build", "_made", "_store", "at", "rows")

    def __init__(
        self, rows: list, build: FactBuilder, at: dict[str, int], store: Store | None = None
    ) -> None:
        self.rows = rows
        self.at = at
        self._build = build
        self._made: list[Fact | None] = [None] * len(rows)
        self._store = store  # where narrow rows are read whole (all at once, when first made)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self.rows))))
        made = self._made[i]
        if made is None:
            if self._store is not None:  # narrow rows read whole, all at once
                _whole_rows(self._store, self.rows, self.at)
                self._store = None
            made = self._made[i] = self._build.fact(self.rows[i])
        return made

    def __iter__(self):
        return (self[i] for i in range(len(self.rows)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RowFacts | tuple):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self):
        return tuple, (tuple(self),)

    def ids(self) -> list[int]:
        """The facts' row ids, in order: what a stored evaluation writes of them (they are
        read back by id, :func:`facts_by_id`)."""
        i = self.at["id"]
        return [row[i] for row in self.rows]


def _read_facts(
    conn,
    query,
    wanted: dict[str, frozenset[str]] | None = None,
    fixes: dict[int, list[Correction]] | None = None,
    store: Store | None = None,
    narrow: Callable[[tuple[str, ...]], dict[str, list[tuple]]] | None = None,
) -> dict[str, AreaRows | list[QuotedFact]]:
    """The facts ``query`` gives, by area code: with ``fixes`` (the corrections of the
    group's facts, read once for the group), made as read with corrections applied;
    else as :class:`AreaRows` (narrow rows read whole from ``store`` when made). With
    ``wanted``, an actual only where its indicator is one of its area's (the rows of
    others are dropped). With ``narrow``, the rows it gives (by area, of the query's
    columns) join each area's in the query's order."""
    result = conn.execution_options(stream_results=True, yield_per=factquery.CHUNK).execute(query)
    fields = tuple(result.keys())
    # One builder for the query's rows; evidence decoded only where a rule or the
    # evaluation shown reads it.
    build = fact_builder(fields, lazy=True)
    at = {name: i for i, name in enumerate(fields)}
    code_at, kind_at, indicator_at = at["jurisdiction_code"], at["kind"], at["indicator_id"]
    rows_of: dict[str, list] = defaultdict(list)
    try:
        for rows in result.partitions(factquery.CHUNK):
            for row in rows:
                if (
                    wanted is not None
                    and row[kind_at] != "target"
                    and row[indicator_at] not in wanted[row[code_at]]
                ):
                    continue
                rows_of[row[code_at]].append(row)
    finally:
        result.close()
    if narrow is not None:
        order = itemgetter(at["doc_id"], at["start"], at["end"], at["id"])
        for code, more in narrow(fields).items():
            rows_of[code] += more
            rows_of[code].sort(key=order)  # two sorted runs: merged in one pass
    if not fixes:
        return {code: AreaRows(rows, build, at, store) for code, rows in rows_of.items()}
    out: dict[str, AreaRows | list[QuotedFact]] = {}
    id_at = at["id"]
    for code, rows in rows_of.items():
        made = []
        for row in rows:
            fix = fixes.get(row[id_at])
            made.append(_new_quoted(_stored(row, fix, fields) if fix else build(row)))
        out[code] = made
    return out


def _corrections(conn, codes: Sequence[str]) -> dict[int, list[Correction]]:
    """The corrections of the facts of the areas ``codes``, by fact id, in the order
    they are applied: one query for a group (before, the store was asked whether any
    fact was corrected, then each chunk of rows for its corrections, twice)."""
    f, c = m.facts, m.corrections
    q = (
        select(c)
        .join(f, f.c.id == c.c.fact_id)
        .where(f.c.jurisdiction_code.in_(list(codes)))
        .order_by(c.c.created_at, c.c.id)
    )
    out: dict[int, list[Correction]] = {}
    for r in conn.execute(q):
        out.setdefault(r.fact_id, []).append(Correction(**r._asdict()))
    return out


def _summaries(
    conn, codes: Sequence[str], state: factquery.StoreState, keep: Sequence[str]
) -> dict[str, AreaSummary]:
    """:class:`AreaSummary` of each of ``codes`` (over all its evaluable facts)."""
    f = m.facts
    single = and_(
        f.c.kind == "actual",
        f.c.indicator_id.is_not(None),
        f.c.year.is_not(None),
        or_(f.c.period_start.is_(None), f.c.period_start == f.c.year),
    )
    conds = [f.c.jurisdiction_code.in_(list(codes))]
    conds += factquery._conditions(FactFilter(evaluable=True), state)
    q = (
        select(f.c.jurisdiction_code, f.c.doc_id, func.max(case((single, f.c.year))))
        .where(*conds)
        .group_by(f.c.jurisdiction_code, f.c.doc_id)
    )
    docs: dict[str, set[int]] = defaultdict(set)
    latest: dict[str, int] = {}
    for code, doc_id, year in conn.execute(q):
        docs[code].add(doc_id)
        if year is not None and year > latest.get(code, year - 1):
            latest[code] = year
    targeted: dict[str, set[str]] = defaultdict(set)
    q = (
        select(f.c.jurisdiction_code, f.c.indicator_id)
        .where(*conds, f.c.kind == "target", f.c.indicator_id.is_not(None))
        .distinct()
    )
    for code, indicator_id in conn.execute(q):
        targeted[code].add(indicator_id)
    return {
        c: AreaSummary(
            frozenset(docs.get(c, ())), latest.get(c), frozenset(targeted.get(c, ())) | set(keep)
        )
        for c in codes
    }


def area_group(store: Store, codes: Sequence[str], keep: Sequence[str] | None = None) -> AreaGroup:
    """The evaluable facts of the areas ``codes`` (one query) and the current documents
    they come from or that are about these areas (one more); with ``keep``, a pruned
    read (see the module's docstring) unless a fact of the areas was corrected."""
    d = m.documents
    with store.engine.connect() as conn:
        state = factquery.store_state(conn)
        # Read once for the group: a corrected group is read whole, made as read.
        fixes = _corrections(conn, codes)
        if fixes:
            keep = None
        pruned = _summaries(conn, codes, state, keep) if keep is not None else {}
        if pruned:
            wanted = {c: s.indicators for c, s in pruned.items()}
            ids = sorted(set().union(*wanted.values()))
            query = _fact_query(codes, state, ids, narrow=True)
            facts = _read_facts(
                conn,
                query,
                wanted,
                store=store,
                narrow=lambda fields: _narrow_rows(conn, codes, state, fields),
            )
        else:
            facts = _read_facts(conn, _fact_query(codes, state, None), fixes=fixes)
        doc_ids = {i for qs in facts.values() for i in _doc_ids(qs)}
        doc_ids.update(i for s in pruned.values() for i in s.doc_ids)
        named = [d.c.area_code.in_(list(codes))]
        if doc_ids:
            named.append(d.c.id.in_(sorted(doc_ids)))
        # The columns in DocRow's field order: each row its fields' values, by position
        # (a dict a row, then a keyword call, was a third of reading a group's documents).
        columns = [d.c[name] for name in DocRow.__dataclass_fields__]
        docs = [
            DocRow(*r)
            for r in conn.execute(
                select(*columns).where(d.c.superseded_by.is_(None), or_(*named)).order_by(d.c.id)
            )
        ]
    return AreaGroup(facts, docs, pruned)


def more_actuals(store: Store, code: str, indicator_id: str) -> list[QuotedFact]:
    """The evaluable actuals of ``indicator_id`` in the area ``code``, in the order a
    whole read gives them: what a pruned read left out, read when a rule asks."""
    f = m.facts
    with store.engine.connect() as conn:
        query = _fact_query([code], factquery.store_state(conn), None).where(
            f.c.kind == "actual", f.c.indicator_id == indicator_id
        )
        return list(_read_facts(conn, query).get(code, []))


_IDS_AT_ONCE = 500  # bound parameters of one query (SQLite's limit was 999)


def _doc_ids(facts: AreaRows | list[QuotedFact]) -> set[int]:
    if isinstance(facts, AreaRows):
        return set(facts.column("doc_id"))
    return {q.stored.doc_id for q in facts}


__all__ = [
    "AreaGroup",
    "AreaRows",
    "AreaSummary",
    "QuotedFact",
    "RowFacts",
    "area_group",
    "by_chunks",
    "fact_columns",
    "more_actuals",
    "rows_by_id",
]
