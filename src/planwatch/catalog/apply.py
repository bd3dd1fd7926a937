"""The resolve stage: give each fact its catalog id and its value in the canonical unit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from planwatch.catalog.catalog import AliasEntry, Catalog, default_catalog
from planwatch.catalog.resolve import Resolver, default_resolver
from planwatch.core.data import Fact, Measure
from planwatch.core.units import unit_factor

# Below this confidence a fuzzy match is left unresolved: a wrong id is worse
# than none, because evaluation would compare unrelated figures.
MIN_CONFIDENCE = 0.8
# A wording found inside a longer name, with agreeing units: right more often
# than not, but less sure than a normalised match.
CONTAINED_CONFIDENCE = 0.8


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
    # 12 significant digits: 240 公顷 is 0.36 万亩, not 0.35999999998200005
    return float(f"{value * f_from / f_to:.12g}")


def canonical(fact: Fact, catalog: Catalog) -> tuple[float | None, str | None]:
    """The fact's value in its indicator's canonical unit, where that makes sense.

    Growth rates are in % whatever the indicator's unit; levels and absolute
    changes convert when the units share a base (亿元/万元/元, 公顷/亩 ...).
    """
    return _canonical(fact, fact.indicator_id, catalog)


def _canonical(
    fact: Fact, indicator_id: str | None, catalog: Catalog
) -> tuple[float | None, str | None]:
    """:func:`canonical` of ``fact`` were its catalog id ``indicator_id``."""
    if fact.measure is Measure.GROWTH:
        return (fact.value, fact.unit) if fact.unit in ("%", "倍") else (None, None)
    entry = catalog.get(indicator_id) if indicator_id else None
    target = entry.unit if entry and entry.unit else fact.unit
    if fact.unit == "%" or target == "%":  # shares, rates and 个百分点 do not convert
        return (fact.value, fact.unit) if fact.unit == target else (None, None)
    converted = to_unit(fact.value, fact.unit, target)
    return (converted, target) if converted is not None else (None, None)


_BRACKET = re.compile(r"[(（]([^()（）]{1,12})[)）]")


def _acronym_forms(name: str) -> list[str]:
    """Names with a bracketed acronym standing for the words before it.

    城市细粒颗物(PM2.5)浓度 -> PM2.5浓度; 研究和试验发展(R&D)经费 -> R&D经费. Only
    brackets holding Latin letters count: (%) and (亿元) are units, not names.
    """
    out = []
    for m in _BRACKET.finditer(name):
        inner = m.group(1).strip()
        if re.search(r"[A-Za-z]", inner):
            out.append(inner + name[m.end() :])
    return out


def _contained(fact: Fact, resolver: Resolver, catalog: Catalog) -> tuple[str, float] | None:
    """A catalog wording at the head of a long name, accepted only when the units agree.

    Names read from prose sometimes keep words after the indicator
    (全市地区生产总值在全省排名实现争先进位 for 3201亿元). The longest catalog
    wording the name starts with (after words like 全市) is taken when the
    fact's unit converts to that indicator's unit (or it is a % growth).
    """
    best: tuple[int, str] | None = None
    for found in _head_wordings(catalog, fact.indicator):
        for k, entry in found:  # longest wording first
            if best is not None and k <= best[0]:
                break
            if _units_fit(fact, catalog.get(entry.indicator_id)):
                best = (k, entry.indicator_id)
                break
    return (best[1], CONTAINED_CONFIDENCE) if best else None


@lru_cache(maxsize=8192)
def _head_wordings(catalog: Catalog, name: str) -> tuple[tuple[tuple[int, AliasEntry], ...], ...]:
    """For the name and each form of it without a leading word like 全市/全年 (only those
    may stand before it: 五大新兴产业规上工业总产值 is a part of 规上工业总产值, not the
    whole), the catalog wordings it starts with and their lengths, longest first. A
    name's wordings depend on the name alone: read once, not for each of its facts."""
    norm = catalog.normalise(name)
    heads = [norm] + [norm[len(p) :] for p in catalog.rules.strip_prefixes if norm.startswith(p)]
    return tuple(
        tuple(
            (k, entry)
            for k in range(len(head), 2, -1)
            if (entry := catalog.normalised.get(head[:k])) is not None
        )
        for head in heads
    )


def _units_fit(fact: Fact, entry) -> bool:
    # A growth rate is in % whatever it measures, so its unit confirms nothing:
    # 规模以上工业企业实现营业收入下降1.2% is no count of enterprises.
    if entry is None or fact.unit is None or fact.measure is Measure.GROWTH:
        return False
    if entry.unit == "%" or fact.unit == "%":
        return entry.unit == fact.unit
    return to_unit(fact.value, fact.unit, entry.unit) is not None


def resolve_facts(
    facts: Iterable[Fact], resolver: Resolver | None = None, catalog: Catalog | None = None
) -> list[Fact]:
    """Facts with ``indicator_id``, ``indicator_confidence`` and canonical value filled."""
    resolver = resolver or default_resolver()
    catalog = catalog or default_catalog()
    out = []
    for f in facts:
        # (One copy of each fact, its id and canonical value set together.)
        hit = _resolution(f, resolver, catalog) if f.indicator_id is None else None
        if hit is None:
            value, unit = _canonical(f, f.indicator_id, catalog)
            out.append(f.with_(canonical_value=value, canonical_unit=unit))
            continue
        value, unit = _canonical(f, hit[0], catalog)
        out.append(
            f.with_(
                indicator_id=hit[0],
                indicator_confidence=hit[1],
                canonical_value=value,
                canonical_unit=unit,
            )
        )
    return out


def _resolution(f: Fact, resolver: Resolver, catalog: Catalog) -> tuple[str, float] | None:
    """The fact's catalog id and confidence: by the name, an acronym form, or a contained
    wording; None when none is sure enough."""
    for name in (f.indicator, *_acronym_forms(f.indicator)):
        r = resolver.resolve(name, f.measure.value)
        if r is not None and r.confidence >= MIN_CONFIDENCE:
            return r.indicator_id, r.confidence
    return _contained(f, resolver, catalog)


def canonical_of(fact: Fact) -> Fact:
    """The fact with its canonical value recomputed (after a person corrected it)."""
    value, unit = canonical(fact, default_catalog())
    return fact.with_(canonical_value=value, canonical_unit=unit)
