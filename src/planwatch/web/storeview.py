"""The store queries the web app needs, behind one small facade.

The web app reads through the :class:`~planwatch.store.repo.Store`'s public
methods only. Where a newer Store method exists (``areas``, ``fact``,
``corrections``) it is used; otherwise the same answer is composed from the
older public methods, which is fine for stores of a few thousand documents.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from planwatch.core.errors import NotFoundError, UsageError
from planwatch.describe.areas import area_by_code
from planwatch.store.repo import DocRow, FactFilter, Store, StoredFact

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AreaInfo:
    """An area with documents (or the parent of one), with its counts."""

    code: str
    name: str
    level: str
    parent_code: str | None
    documents: int
    facts: int


def areas(store: Store) -> list[AreaInfo]:
    """Areas that have documents, plus their parents, ordered by code."""
    if hasattr(store, "areas"):
        return [
            AreaInfo(a.code, a.name, a.level, a.parent_code, a.documents, a.facts)
            for a in store.areas()
        ]
    docs = store.documents()
    n_docs = Counter(d.area_code for d in docs if d.area_code)
    n_facts: Counter[str] = Counter()
    for d in docs:
        if d.area_code:
            n_facts[d.area_code] += d.n_facts
    out: dict[str, AreaInfo] = {}
    for code in n_docs:
        area = area_by_code(code)
        if area is None:
            name = next(d.area_name for d in docs if d.area_code == code) or code
            out[code] = AreaInfo(code, name, "county", None, n_docs[code], n_facts[code])
            continue
        chain = [(area.code, area.name, area.level)]
        chain += [(c, n, _level_of(c)) for c, n in area.parents]
        for i, (c, n, lv) in enumerate(chain):
            parent = chain[i + 1][0] if i + 1 < len(chain) else None
            if c not in out:
                out[c] = AreaInfo(c, n, lv, parent, n_docs.get(c, 0), n_facts.get(c, 0))
    return sorted(out.values(), key=lambda a: a.code)


def _level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


def find_area(store: Store, ref: str) -> AreaInfo:
    """An area by code or name, among the store's areas."""
    for a in areas(store):
        if ref in (a.code, a.name):
            return a
    raise NotFoundError(f"no area {ref!r} in the store; the overview page lists them")


def ancestors(area_list: list[AreaInfo], code: str) -> list[AreaInfo]:
    """The parents of ``code`` among ``area_list``, nearest first."""
    by_code = {a.code: a for a in area_list}
    out: list[AreaInfo] = []
    seen = {code}
    cur = by_code.get(code)
    while cur and cur.parent_code and cur.parent_code not in seen:
        seen.add(cur.parent_code)
        cur = by_code.get(cur.parent_code)
        if cur:
            out.append(cur)
    return out


def fact(store: Store, fact_id: int) -> StoredFact:
    """One stored fact by id (corrections applied where the store knows them)."""
    if hasattr(store, "fact"):
        return store.fact(fact_id)
    for sf in store.iter_facts(FactFilter(include_superseded=True)):
        if sf.id == fact_id:
            return sf
    raise NotFoundError(f"no fact with id {fact_id}")


def document(store: Store, doc_id: int) -> DocRow:
    return store.find_document(str(doc_id))


def corrections(store: Store, fact_id: int | None = None) -> list:
    """The corrections of one fact (or all), oldest first; [] on a store without them."""
    if not hasattr(store, "corrections"):
        return []
    return list(store.corrections(fact_id))


def can_correct(store: Store) -> bool:
    return hasattr(store, "correct")


CORRECTABLE_FIELDS = (
    "indicator", "indicator_id", "kind", "measure", "year", "period_start",
    "value", "unit", "comparator", "binding",
)  # fmt: skip


def correct(store: Store, fact_id: int, *, author: str, field: str | None, value: str | None,
            wrong: bool, note: str | None) -> int:  # fmt: skip
    """Store a user's correction of a fact; UsageError on bad input."""
    author = (author or "").strip()
    if not author:
        raise UsageError("say who you are: the author field is required")
    if len(author) > 100 or (note and len(note) > 2000) or (value and len(value) > 500):
        raise UsageError("author, value or note is too long")
    if field and field not in CORRECTABLE_FIELDS:
        raise UsageError(f"cannot correct field {field!r}; one of {', '.join(CORRECTABLE_FIELDS)}")
    if not wrong and not field and not note:
        raise UsageError("choose a field to correct, mark the fact wrong, or write a note")
    if field and value is None:
        raise UsageError(f"give the corrected value of {field}")
    if not can_correct(store):
        raise UsageError("this store does not support corrections yet")
    fact(store, fact_id)  # NotFoundError for an unknown id
    return store.correct(fact_id, author=author, field=field or None, value=value,
                         wrong=wrong, note=note or None)  # fmt: skip
