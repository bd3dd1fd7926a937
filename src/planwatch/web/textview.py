"""A document's stored text cut into pieces for the viewer.

The text is never turned into markup: it is split at fact boundaries and at
anchor offsets (headings, table cells) into :class:`Piece` records, and the
template prints each piece escaped inside its own element. Facts whose value
overlaps an earlier fact's value are not marked in the text (they are listed
beside it), so marks never nest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planwatch.store.repo import StoredFact


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text: plain, or the value of fact ``fact_id``.

    ``anchor`` is an offset to put an ``id="o{offset}"`` target before the run.
    """

    text: str
    start: int
    fact_id: int | None = None
    kind: str | None = None  # the fact's kind, for its colour
    anchor: int | None = None


@dataclass(frozen=True, slots=True)
class TextView:
    pieces: tuple[Piece, ...]
    unmarked: tuple[StoredFact, ...]  # facts overlapping another fact's value


def cut_text(text: str, facts: Sequence[StoredFact], anchors: Iterable[int] = ()) -> TextView:
    """Split ``text`` at every fact value and anchor offset."""
    marked: list[StoredFact] = []
    unmarked: list[StoredFact] = []
    last_end = -1
    for sf in sorted(facts, key=lambda s: (s.fact.start, -s.fact.end)):
        f = sf.fact
        if f.start < last_end or f.end <= f.start or f.end > len(text):
            unmarked.append(sf)
            continue
        marked.append(sf)
        last_end = f.end
    # Anchors inside a fact's value move to the value's start.
    inside = {}
    for sf in marked:
        inside.update(dict.fromkeys(range(sf.fact.start + 1, sf.fact.end), sf.fact.start))
    anchor_set = {inside.get(a, a) for a in anchors if 0 <= a <= len(text)}
    cuts = sorted(
        anchor_set
        | {0, len(text)}
        | {sf.fact.start for sf in marked}
        | {sf.fact.end for sf in marked}
    )
    by_start = {sf.fact.start: sf for sf in marked}
    pieces: list[Piece] = []
    i = 0
    while i < len(cuts) - 1:
        a = cuts[i]
        sf = by_start.get(a)
        if sf is not None:
            b = sf.fact.end
            pieces.append(
                Piece(text[a:b], a, sf.id, str(sf.fact.kind), a if a in anchor_set else None)
            )
            while i < len(cuts) - 1 and cuts[i] < b:
                i += 1
            continue
        b = cuts[i + 1]
        if b > a or a in anchor_set:
            pieces.append(Piece(text[a:b], a, anchor=a if a in anchor_set else None))
        i += 1
    return TextView(tuple(pieces), tuple(unmarked))
