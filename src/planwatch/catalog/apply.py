"""The resolve stage: give each fact its catalog id and its value in the canonical unit."""

from __future__ import annotations

from collections.abc import Iterable

from planwatch.catalog.catalog import Catalog, default_catalog
from planwatch.catalog.resolve import Resolver, default_resolver
from planwatch.core.data import Fact, Measure
from planwatch.extract.units import unit_factor

# Below this confidence a fuzzy match is left unresolved: a wrong id is worse
# than none, because evaluation would compare unrelated figures.
MIN_CONFIDENCE = 0.8


def to_unit(value: float, unit: str | None, target: str | None) -> float | None:
    """``value`` in ``unit`` expressed in ``target`` (亿元 -> 万元 ×10,000); None if unrelated."""
    if unit is None or target is None:
        return value if unit == target else None
    if unit == target:
        return value
    base_from, f_from = unit_factor(unit)
    base_to, f_to = unit_factor(target)
    if base_from != base_to or not base_from:
        return None
    return value * f_from / f_to


def canonical(fact: Fact, catalog: Catalog) -> tuple[float | None, str | None]:
    """The fact's value in its indicator's canonical unit, where that makes sense.

    Growth rates are in % whatever the indicator's unit; levels and absolute
    changes convert when the units share a base (亿元/万元/元, 公顷/亩 ...).
    """
    if fact.measure is Measure.GROWTH:
        return (fact.value, fact.unit) if fact.unit in ("%", "倍") else (None, None)
    entry = catalog.get(fact.indicator_id) if fact.indicator_id else None
    target = entry.unit if entry and entry.unit else fact.unit
    if fact.unit == "%" or target == "%":  # shares, rates and 个百分点 do not convert
        return (fact.value, fact.unit) if fact.unit == target else (None, None)
    converted = to_unit(fact.value, fact.unit, target)
    return (converted, target) if converted is not None else (None, None)


def resolve_facts(
    facts: Iterable[Fact], resolver: Resolver | None = None, catalog: Catalog | None = None
) -> list[Fact]:
    """Facts with ``indicator_id``, ``indicator_confidence`` and canonical value filled."""
    resolver = resolver or default_resolver()
    catalog = catalog or default_catalog()
    out = []
    for f in facts:
        if f.indicator_id is None:
            r = resolver.resolve(f.indicator, f.measure.value)
            if r is not None and r.confidence >= MIN_CONFIDENCE:
                f = f.with_(indicator_id=r.indicator_id, indicator_confidence=r.confidence)
        value, unit = canonical(f, catalog)
        out.append(f.with_(canonical_value=value, canonical_unit=unit))
    return out


def canonical_of(fact: Fact) -> Fact:
    """The fact with its canonical value recomputed (after a person corrected it)."""
    value, unit = canonical(fact, default_catalog())
    return fact.with_(canonical_value=value, canonical_unit=unit)
