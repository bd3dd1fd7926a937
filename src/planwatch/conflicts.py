"""Conflicting actuals: documents that report different values for the same figure.

Two actual facts conflict when they are about the same area, catalog
indicator, measure, year and period, come from different documents, and
their values differ by more than the rounding of the less precise one
(458.51 and 458.5 agree; 458.51 and 460 do not).

A conflict is a **revision** when the earlier figure is an estimate
(预计, 初步核算, 快报 … in its clause) and a later document states the figure
without such a word; otherwise it is a **contradiction**.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from planwatch.store.repo import DocRow, FactFilter, Store, StoredFact

ESTIMATE_WORDS = re.compile(r"预计|预估|初步核算|初步统计|快报|初步测算|估计")


@dataclass(frozen=True, slots=True)
class Source:
    """One side of a conflict: the fact, its document, and whether it was an estimate."""

    stored: StoredFact
    doc: DocRow
    quote: str
    estimate: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    area_code: str | None
    area_name: str | None
    indicator_id: str
    measure: str
    year: int | None
    period_start: int | None
    kind: str  # "revision" | "contradiction"
    sources: tuple[Source, ...]  # oldest document first

    @property
    def values(self) -> list[float]:
        return [s.stored.fact.comparable_value for s in self.sources]


_NUMBER = re.compile(r"\d+(?:\s*[.．]\s*(\d+))?")


def printed_places(value_text: str) -> int:
    """Decimal places of a value as printed: 458.51 -> 2, 3.0 -> 1, 3 -> 0.

    Without Arabic digits to read (三成, or no text at hand) the value is taken
    as exact: no rounding is assumed that the page does not show.
    """
    m = _NUMBER.search(value_text.translate(_FULLWIDTH_DIGITS))
    if m is None:
        return EXACT_PLACES
    return len(m.group(1)) if m.group(1) else 0


EXACT_PLACES = 9


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def agree(a: float, b: float, places_a: int, places_b: int) -> bool:
    """Whether two printed values state the same figure at the coarser precision."""
    places = min(places_a, places_b)
    tolerance = 0.5 * 10 ** (-places) + 1e-9
    return abs(a - b) <= tolerance


def document_order(d: DocRow) -> tuple[int, str, int]:
    """Sort key of "the later document": the one place that orders documents in time.

    Later documents revise earlier ones (a final figure over 预计). The year a document
    speaks from comes first — its report year, else the year of its stated date, else
    the first year of its plan period (a plan is adopted in its first year) — then the
    stated date within the year, then the order of ingestion. Both the conflict list
    and the evaluation ledger use it, so they agree on which figure is later.
    """
    published = d.published or ""
    year = d.year or (int(published[:4]) if published[:4].isdigit() else 0) or d.period_start
    return (year or 0, published, d.id)


def find_conflicts(store: Store, *, area: str | None = None) -> list[Conflict]:
    """Every conflict among current actual facts (optionally of one area, name or code)."""
    docs = {d.id: d for d in store.documents()}
    texts: dict[int, str] = {}
    groups: dict[tuple, list[StoredFact]] = defaultdict(list)
    for sf in store.iter_facts(FactFilter(kind="actual", jurisdiction=area)):
        f = sf.fact
        # A figure of no known area is no one area's; areas sharing a figure
        # (北京市、上海市) and regions have a name but no code.
        place = f.jurisdiction_code or f.jurisdiction
        if f.indicator_id is None or not place:
            continue
        key = (
            place,
            f.indicator_id,
            f.measure.value,
            f.year,
            f.period_start,
            f.canonical_unit or f.unit,
        )
        groups[key].append(sf)

    def text_of(doc_id: int) -> str:
        if doc_id not in texts:
            texts[doc_id] = store.text(doc_id)
        return texts[doc_id]

    conflicts = []
    for key, members in groups.items():
        if len({sf.doc_id for sf in members}) < 2:
            continue
        distinct = _distinct_values(members, text_of)
        if len(distinct) < 2:
            continue
        sources = []
        for sf in sorted(members, key=lambda s: document_order(docs[s.doc_id])):
            quote = text_of(sf.doc_id)[sf.fact.quote_start : sf.fact.quote_end]
            sources.append(Source(sf, docs[sf.doc_id], quote, bool(ESTIMATE_WORDS.search(quote))))
        kind = _kind(sources)
        f0 = members[0].fact
        conflicts.append(
            Conflict(
                area_code=f0.jurisdiction_code,
                area_name=f0.jurisdiction,
                indicator_id=key[1],
                measure=key[2],
                year=key[3],
                period_start=key[4],
                kind=kind,
                sources=tuple(sources),
            )
        )
    conflicts.sort(key=lambda c: (c.area_code or "", c.indicator_id, c.year or 0))
    return conflicts


def _distinct_values(members: Iterable[StoredFact], text_of) -> list[float]:
    """Values that do not agree with one another at their printed precision."""
    kept: list[tuple[float, int]] = []
    for sf in members:
        v = sf.fact.comparable_value
        places = printed_places(text_of(sf.doc_id)[sf.fact.start : sf.fact.end])
        if not any(agree(v, k, places, p) for k, p in kept):
            kept.append((v, places))
    return [v for v, _ in kept]


def _kind(sources: list[Source]) -> str:
    """A revision if every figure but the last-stated one is an estimate."""
    *earlier, last = sources
    if not last.estimate and earlier and all(s.estimate for s in earlier):
        return "revision"
    return "contradiction"
