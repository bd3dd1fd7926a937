"""Which of several statements of one figure to believe, apart from the ledger.

A year's figure is often stated in several documents (a communiqué, the next work
report, a plan's review table): the better basis wins (constant-price growth, a
year-end level), then the later document, then a table cell over prose; the others
are kept, and those differing beyond rounding are conflicts (the rule of ``planwatch
conflicts``). :class:`Choice` holds what choosing reads (the ledger's texts, and its
memo of printed places) and not the ledger: the ledger's series keep it, and a series
keeping its ledger would be a reference cycle only the garbage collector frees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planwatch.conflicts import agree, printed_places
from planwatch.evaluate.words import says

if TYPE_CHECKING:
    from planwatch.evaluate.ledger import LedgerFact


@dataclass(frozen=True, slots=True)
class Chosen:
    """The figure believed for one year, and the others stated for it."""

    fact: LedgerFact
    others: tuple[LedgerFact, ...] = ()
    # The others that differ beyond rounding (the rule of ``planwatch conflicts``).
    conflicting: tuple[LedgerFact, ...] = ()
    # Why this figure won on its basis (可比价格 over 现价, 年末 over 平均), if it did.
    basis: str = ""


def quote_of(text_of: Callable[[int], str], lf: LedgerFact) -> str:
    """A fact's quote, cut from its document's stored text (store/quotes.py)."""
    return text_of(lf.doc.id)[lf.fact.quote_start : lf.fact.quote_end]


def value_text_of(text_of: Callable[[int], str], lf: LedgerFact) -> str:
    return text_of(lf.doc.id)[lf.fact.start : lf.fact.end]


def basis_rank_of(lf: LedgerFact, quote: str) -> tuple[int, str]:
    """How well a figure's basis fits a plan target, from its clause (``quote``):
    constant-price over nominal growth, a year-end over an annual-average level (what
    plans target)."""
    if lf.fact.measure.value == "growth":
        # The basis the growth's own words state (实际增长 / 名义增长) before its clause's.
        stated = next((e.basis for e in lf.fact.evidence if e.field == "price"), "")
        if stated:
            return (1, "可比价格") if stated == "constant_price" else (-1, "现价")
        if says(quote, "constant_price"):
            return 1, "可比价格"
        return (-1, "现价") if says(quote, "nominal") else (0, "")
    if says(quote, "year_end"):
        return 1, "年末数"
    return (-1, "年平均") if says(quote, "annual_average") else (0, "")


class Choice:
    """How a ledger chooses among statements of one figure, apart from the ledger (its
    texts and its memo of printed places): a ledger's series (:class:`Yearly`) keep it,
    and a ledger they kept would be a cycle only the garbage collector frees (an area's
    every object kept until the next collection: 0.18 s of CPU a group of 64 areas)."""

    __slots__ = ("places", "text_of")

    def __init__(self, text_of: Callable[[int], str], places: dict[str, int]) -> None:
        self.text_of = text_of
        self.places = places

    def year(self, lfs: list[LedgerFact]) -> Chosen:
        """The figure believed among one year's statements ``lfs`` (ledger order)."""
        if len(lfs) == 1:
            return Chosen(lfs[0])
        # The better basis first (constant-price growth, a year-end figure), then the
        # later document; within one document prefer a table cell over prose.
        ranks = {id(x): basis_rank_of(x, quote_of(self.text_of, x)) for x in lfs}
        ranked = sorted(
            lfs,
            key=lambda x: (ranks[id(x)][0], x.recency, x.fact.origin == "table"),
            reverse=True,
        )
        chosen = self.choose(ranked[0], ranked[1:])
        best = ranks[id(ranked[0])]
        if len({r[0] for r in ranks.values()}) > 1 and best[1]:
            chosen = Chosen(chosen.fact, chosen.others, chosen.conflicting, best[1])
        return chosen

    def choose(self, fact: LedgerFact, others: Iterable[LedgerFact]) -> Chosen:
        others = tuple(others)
        mine, value = self._places(fact), fact.value
        conflicting = tuple(o for o in others if not agree(o.value, value, self._places(o), mine))
        return Chosen(fact, others, conflicting)

    def _places(self, lf: LedgerFact) -> int:
        """:func:`printed_places` of a figure's value text, once per distinct text (a
        year's figure restated in many documents is printed alike)."""
        text = value_text_of(self.text_of, lf)
        places = self.places.get(text)
        if places is None:
            places = self.places[text] = printed_places(text)
        return places


__all__ = ["Choice", "Chosen", "basis_rank_of", "quote_of", "value_text_of"]
