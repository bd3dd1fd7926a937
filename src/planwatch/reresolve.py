"""Re-resolve stored facts against the current catalog (after a user adds aliases).

Ingest resolves each fact's indicator name once. When a user extends the
catalog with a local file (``$PLANWATCH_CATALOG``), re-ingesting changes
nothing (same content), so this pass re-runs the resolve stage over the stored
facts and writes the catalog ids and canonical values that changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.catalog import default_catalog, default_resolver
from planwatch.catalog.apply import resolve_facts
from planwatch.store.repo import FactFilter, Store


@dataclass(frozen=True, slots=True)
class ReresolveSummary:
    facts: int  # facts looked at
    changed: int  # facts whose catalog id or canonical value changed
    resolved_before: int
    resolved_after: int


def reresolve(store: Store) -> ReresolveSummary:
    """Resolve every stored fact again with the catalog as it is now."""
    resolver, catalog = default_resolver(), default_catalog()
    stored = store.facts(FactFilter(include_superseded=True, include_rejected=True))
    # Resolve from the name afresh: the old id must not short-circuit the resolver.
    fresh = resolve_facts(
        [sf.fact.with_(indicator_id=None, indicator_confidence=None) for sf in stored],
        resolver,
        catalog,
    )
    changes = []
    for sf, new in zip(stored, fresh, strict=True):
        old = sf.fact
        if (old.indicator_id, old.canonical_value, old.canonical_unit) != (
            new.indicator_id,
            new.canonical_value,
            new.canonical_unit,
        ):
            changes.append((sf.id, new))
    store.update_resolution(changes)
    return ReresolveSummary(
        facts=len(stored),
        changed=len(changes),
        resolved_before=sum(1 for sf in stored if sf.fact.indicator_id),
        resolved_after=sum(1 for f in fresh if f.indicator_id),
    )
