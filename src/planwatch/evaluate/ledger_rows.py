"""An area's facts as rows, made ledger facts only for what an evaluation uses.

An area's read (:class:`planwatch.store.evalfacts.AreaRows`) holds some 650 fact rows
at 20,000 documents, and an evaluation judges a few dozen targets on the actuals of
their indicators: most targets are other plans', or a year's the evaluation leaves
out, and most actuals are of indicators no judged target names. Making every row a
fact object (and a ledger fact around it) was a third of evaluating an area. Here the
rows are indexed by their columns once (kind, indicator, document), targets are
chosen on their year and document before any object is made, and an indicator's
actuals are made when a rule first asks for them. A fact is made once and the same
object returned after, so the row and object paths give equal ledgers
(tests/test_evaluate_rows.py). A row is made its ledger fact in one step (its fact, and
the ledger fact around it), not through the stored and quoted facts a list of the
area's facts would hold: those were a third of making a fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from planwatch.store.evalfacts import AreaRows, RowFacts
from planwatch.store.records import DocRow

# Whether a target is kept, from its year, period start and document (before it is made):
# a function of these alone (asked once for each of them).
TargetTest = Callable[[int | None, int | None, DocRow], bool]


class LedgerRows:
    """The rows of one area whose document is current, by kind and indicator; each
    made a ledger fact (``make``: the row's id, document, fact, value and quote text)
    when first asked."""

    __slots__ = (
        *("_actuals", "_at", "_docs", "_made", "_make", "_rows", "_series_at", "_targets"),
        "_by_id",
    )

    def __init__(
        self,
        rows: AreaRows,
        docs: Mapping[int, DocRow],
        make: Callable,
    ) -> None:
        self._rows = rows
        self._docs = docs
        self._make = make
        self._made: dict[int, object] = {}
        at = rows.at
        doc_at, kind_at, ind_at = at["doc_id"], at["kind"], at["indicator_id"]
        self._at = (at["id"], doc_at, at["indicator"])
        self._series_at = tuple(
            at[n]
            for n in (
                "measure",
                "year",
                "period_start",
                "unit",
                "canonical_value",
                "canonical_unit",
            )
        )
        self._targets: list[int] = []
        # The targets with (True) and without (False) a catalog id, in ledger order.
        self._by_id: dict[bool, list[int]] = {True: [], False: []}
        self._actuals: dict[str, list[int]] = {}
        for i, row in enumerate(rows.rows):
            if row[doc_at] not in docs:  # a superseded document's: never listed
                continue
            if row[kind_at] == "target":
                self._targets.append(i)
                self._by_id[bool(row[ind_at])].append(i)
            elif row[ind_at]:
                self._actuals.setdefault(row[ind_at], []).append(i)

    def _fact(self, i: int):
        made = self._made.get(i)
        if made is None:
            id_at, doc_at, name_at = self._at
            row = self._rows.rows[i]
            if row[name_at] is None:  # a narrow row (no name): read whole, made there
                sf = self._rows[i].stored
                made = self._make(sf.id, self._docs[sf.doc_id], sf.fact)
            else:
                fact = self._rows.build.fact(row)
                made = self._make(row[id_at], self._docs[row[doc_at]], fact)
            self._made[i] = made
        return made

    def targets(self, keep: TargetTest | None = None, catalogued: bool | None = None) -> list:
        """The targets in ledger order; with ``keep``, only those it keeps (asked of
        the row's year, period start and document, before a fact is made); with
        ``catalogued``, only those with (True) or without (False) a catalog id."""
        return [self._fact(i) for i in self._kept(keep, catalogued)]

    def unmatched(self, keep: TargetTest | None = None) -> RowFacts:
        """The facts of the targets with no catalog id that ``keep`` keeps, still rows."""
        return self._rows.facts(self._kept(keep, False))

    def _kept(self, keep: TargetTest | None, catalogued: bool | None) -> list[int]:
        """The positions of the targets ``keep`` keeps (of those with or without a catalog
        id), asked once for each year, period start and document: an area's few hundred
        targets share a few dozen of them (each plan restated in many documents)."""
        pool = self._targets if catalogued is None else self._by_id[catalogued]
        if keep is None:
            return list(pool)
        rows, at, docs = self._rows.rows, self._rows.at, self._docs
        year_at, start_at, doc_at = at["year"], at["period_start"], at["doc_id"]
        asked: dict[tuple, bool] = {}
        out = []
        for i in pool:
            row = rows[i]
            key = (row[year_at], row[start_at], row[doc_at])
            kept = asked.get(key)
            if kept is None:
                kept = asked[key] = keep(key[0], key[1], docs[key[2]])
            if kept:
                out.append(i)
        return out

    def actuals(self, indicator_id: str) -> list:
        """Every actual of ``indicator_id``, in ledger order."""
        return [self._fact(i) for i in self._actuals.get(indicator_id, ())]

    def series(
        self, indicator_id: str, measure: str, unit_test: Callable[[str | None], bool]
    ) -> dict[int, list[int]]:
        """The single-year actuals of ``indicator_id`` and ``measure`` whose unit (the
        fact's ``comparable_unit``) ``unit_test`` accepts, by year (positions, in ledger
        order): what a year's believed figure is chosen among, found from the rows'
        columns before any is made (:class:`Yearly`)."""
        rows = self._rows.rows
        measure_at, year_at, start_at, unit_at, canonical_at, cunit_at = self._series_at
        out: dict[int, list[int]] = {}
        for i in self._actuals.get(indicator_id, ()):
            row = rows[i]
            year, start = row[year_at], row[start_at]
            if row[measure_at] != measure or year is None or (start is not None and start != year):
                continue
            if unit_test(row[cunit_at] if row[canonical_at] is not None else row[unit_at]):
                out.setdefault(year, []).append(i)
        return out

    def made(self, positions: list[int]) -> list:
        """The ledger facts of the rows at ``positions`` (each made once)."""
        return [self._fact(i) for i in positions]

    def every(self) -> list:
        """Every fact, in ledger order (all made)."""
        kept = sorted([*self._targets, *(i for ids in self._actuals.values() for i in ids)])
        return [self._fact(i) for i in kept]

    def doc_ids(self) -> set[int]:
        """The documents the rows come from (current ones)."""
        doc_at = self._rows.at["doc_id"]
        return {r[doc_at] for r in self._rows.rows if r[doc_at] in self._docs}

    def latest_year(self) -> int | None:
        """The latest year a single-year actual states (any with a catalog id)."""
        rows, at = self._rows.rows, self._rows.at
        year_at, start_at = at["year"], at["period_start"]
        years = [
            rows[i][year_at]
            for ids in self._actuals.values()
            for i in ids
            if rows[i][year_at] is not None
            and (rows[i][start_at] is None or rows[i][start_at] == rows[i][year_at])
        ]
        return max(years) if years else None

    def __len__(self) -> int:
        return len(self._targets) + sum(len(ids) for ids in self._actuals.values())


class Yearly(Mapping):
    """One believed figure per year (:meth:`planwatch.evaluate.ledger.Ledger.yearly`),
    each year's chosen when first read: the years are known from the rows' columns, and a
    year's statements made facts (and ranked, and compared) only when a rule reads that
    year. At 20,000 documents most of an indicator's years are never read (an evaluation
    judges the years of its plan up to the latest data): choosing every year made some
    hundred fact objects an area no rule looked at. Iterates its years in order; read-only
    (the ledger keeps it for its life)."""

    __slots__ = ("_choose", "_chosen", "_years")

    def __init__(self, years: dict[int, Callable[[], list]], choose: Callable[[list], object]):
        self._years = dict(sorted(years.items()))  # year -> its statements, made when called
        self._choose = choose
        self._chosen: dict[int, object] = {}

    def __getitem__(self, year: int):
        found = self._chosen.get(year)
        if found is None:
            found = self._chosen[year] = self._choose(self._years[year]())
        return found

    def get(self, year, default=None):  # type: ignore[override]
        return self[year] if year in self._years else default

    def __contains__(self, year: object) -> bool:
        return year in self._years

    def __iter__(self) -> Iterator[int]:
        return iter(self._years)

    def __len__(self) -> int:
        return len(self._years)

    def __repr__(self) -> str:
        return f"Yearly({dict(self.items())!r})"


__all__ = ["LedgerRows", "TargetTest", "Yearly"]
