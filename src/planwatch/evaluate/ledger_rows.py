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

from collections.abc import Callable, Mapping

from planwatch.store.evalfacts import AreaRows, RowFacts
from planwatch.store.records import DocRow
from planwatch.store.rows import stored_value_text

# Whether a target is kept, from its year, period start and document (before it is made).
TargetTest = Callable[[int | None, int | None, DocRow], bool]


class LedgerRows:
    """The rows of one area whose document is current, by kind and indicator; each
    made a ledger fact (``make``: the row's id, document, fact, value and quote text)
    when first asked."""

    __slots__ = ("_actuals", "_at", "_docs", "_made", "_make", "_rows", "_targets")

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
        self._at = (at["id"], doc_at, at["indicator"], at["value_text"], at["quote_text"])
        self._targets: list[int] = []
        self._actuals: dict[str, list[int]] = {}
        for i, row in enumerate(rows.rows):
            if row[doc_at] not in docs:  # a superseded document's: never listed
                continue
            if row[kind_at] == "target":
                self._targets.append(i)
            elif row[ind_at]:
                self._actuals.setdefault(row[ind_at], []).append(i)

    def _fact(self, i: int):
        made = self._made.get(i)
        if made is None:
            id_at, doc_at, name_at, value_at, quote_at = self._at
            row = self._rows.rows[i]
            if row[name_at] is None:  # a narrow row (no name): read whole, made there
                q = self._rows[i]
                sf = q.stored
                made = self._make(sf.id, self._docs[sf.doc_id], sf.fact, q.value_text, q.quote_text)
            else:
                fact = self._rows.build.fact(row)
                quote = row[quote_at]
                value = stored_value_text(fact, row[value_at], quote)
                made = self._make(row[id_at], self._docs[row[doc_at]], fact, value, quote)
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
        rows, at, docs = self._rows.rows, self._rows.at, self._docs
        year_at, start_at, doc_at, ind_at = (
            at["year"],
            at["period_start"],
            at["doc_id"],
            at["indicator_id"],
        )
        out = []
        for i in self._targets:
            row = rows[i]
            if catalogued is not None and bool(row[ind_at]) != catalogued:
                continue
            if keep is None or keep(row[year_at], row[start_at], docs[row[doc_at]]):
                out.append(i)
        return out

    def actuals(self, indicator_id: str) -> list:
        """Every actual of ``indicator_id``, in ledger order."""
        return [self._fact(i) for i in self._actuals.get(indicator_id, ())]

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


__all__ = ["LedgerRows", "TargetTest"]
