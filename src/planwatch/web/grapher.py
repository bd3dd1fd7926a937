"""The indicator page as a grapher: chosen areas over the years, chart or table, shareable.

Everything the reader picks is in the URL (``areas=440784,440700``,
``measure=growth``, ``scale=log``, ``tab=table``), so a link shows the same
view. Without a choice the areas with most figures are shown (a county's GDP
beside a province's flattens on one linear axis: log scale is one click). The
sources of the plotted figures are listed under the chart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from planwatch.core.data import Kind
from planwatch.store.repo import StoredFact
from planwatch.web.data import series_chart

DEFAULT_AREAS = 5
MAX_AREAS = 12
MEASURES = ("level", "growth", "change")


@dataclass(frozen=True, slots=True)
class AreaChoice:
    code: str
    name: str
    facts: int
    picked: bool


@dataclass(frozen=True, slots=True)
class Grapher:
    measure: str
    measures: tuple[str, ...]  # measures with figures, for the switch
    scale: str  # "linear" | "log"
    log_possible: bool  # every plotted value is positive
    tab: str  # "chart" | "table"
    areas: tuple[AreaChoice, ...]
    figure: dict | None
    years: tuple[int, ...]
    table: tuple[
        tuple[str, dict[int, StoredFact], dict[int, StoredFact]], ...
    ]  # area, actuals, targets
    sources: tuple[tuple[int, str, int], ...]  # doc id, name, figures plotted from it
    unit: str


def _code(sf: StoredFact) -> str:
    return sf.fact.jurisdiction_code or sf.fact.jurisdiction or "?"


def picked_areas(value: str | None) -> list[str]:
    """Area codes or names from ``areas=a,b,c`` (at most MAX_AREAS)."""
    parts = [p.strip() for p in (value or "").replace("，", ",").split(",")]
    return list(dict.fromkeys(p for p in parts if p))[:MAX_AREAS]


# (measure, area code, area name as written, figures): one area's count of one measure.
Count = tuple[str, str | None, str | None, int]


def fact_counts(facts: list[StoredFact]) -> list[Count]:
    """What :func:`planwatch.store.pages.indicator_area_counts` counts in SQL, from facts."""
    n: Counter = Counter()
    for sf in facts:
        f = sf.fact
        n[(f.measure.value, f.jurisdiction_code, f.jurisdiction)] += 1
    return [(*key, k) for key, k in n.items()]


@dataclass(frozen=True, slots=True)
class _Choice:
    measure: str
    measures: tuple[str, ...]
    per_area: Counter  # area key -> figures of the measure
    names: dict[str, str]
    chosen: list[str]


def _choose(
    counts: list[Count], default_measure: str, picked: list[str], measure: str | None
) -> _Choice:
    by_measure: Counter = Counter()
    for row in counts:
        by_measure[row[0]] += row[3]
    measures = tuple(m for m in MEASURES if by_measure[m])
    measure = measure if measure in MEASURES else default_measure
    if measure not in measures and measures:
        measure = measures[0]
    per_area: Counter = Counter()
    names: dict[str, str] = {}
    for m, code, name, n in counts:
        if m == measure:
            key = code or name or "?"
            per_area[key] += n
            names[key] = name or key
    chosen = [c for c in picked if c in per_area] + [
        code for code, name in names.items() if name in picked and code not in picked
    ]
    if not picked:
        chosen = [c for c, _ in per_area.most_common(DEFAULT_AREAS)]
    return _Choice(measure, measures, per_area, names, chosen)


def chosen_areas(
    counts: list[Count], *, default_measure: str, picked: list[str], measure: str | None
) -> list[str]:
    """The area keys (codes, else names) the grapher plots: the picked ones, else the
    areas with most figures of the measure shown."""
    return _choose(counts, default_measure, picked, measure).chosen


def grapher(
    facts: list[StoredFact],
    *,
    title: str,
    default_measure: str,
    picked: list[str],
    measure: str | None,
    scale: str,
    tab: str,
    counts: list[Count] | None = None,
) -> Grapher:
    """The grapher's view of one indicator's ``facts``; with ``counts`` (every area's,
    counted in SQL) ``facts`` need only hold the :func:`chosen_areas`' figures, so the
    view costs what it plots, not every area's figures."""
    c = _choose(fact_counts(facts) if counts is None else counts, default_measure, picked, measure)
    measure, chosen, names = c.measure, c.chosen, c.names
    shown = [sf for sf in facts if sf.fact.measure.value == measure and _code(sf) in chosen]
    values = [sf.fact.comparable_value for sf in shown]
    log_possible = bool(values) and all(v > 0 for v in values)
    scale = "log" if scale == "log" and log_possible else "linear"
    figure = series_chart(shown, measure, title) if shown else None
    if figure and scale == "log":
        figure["layout"]["yaxis"]["type"] = "log"
    areas = tuple(
        AreaChoice(code, names[code], n, code in chosen)
        for code, n in sorted(c.per_area.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    years, table = _table(shown, chosen, names)
    docs: Counter = Counter()
    doc_names: dict[int, str] = {}
    for sf in shown:
        docs[sf.doc_id] += 1
        doc_names[sf.doc_id] = sf.fact.doc or str(sf.doc_id)
    units = {sf.fact.comparable_unit or "" for sf in shown} - {""}
    return Grapher(
        measure=measure,
        measures=c.measures,
        scale=scale,
        log_possible=log_possible,
        tab=tab if tab in ("chart", "table") else "chart",
        areas=areas,
        figure=figure,
        years=years,
        table=table,
        sources=tuple((d, doc_names[d], n) for d, n in sorted(docs.items())),
        unit="/".join(sorted(units)),
    )


def _table(shown: list[StoredFact], chosen: list[str], names: dict[str, str]):
    """Years × areas: each year's reported figure (later document wins) and target."""
    actual: dict[str, dict[int, StoredFact]] = defaultdict(dict)
    target: dict[str, dict[int, StoredFact]] = defaultdict(dict)
    years: set[int] = set()
    for sf in sorted(shown, key=lambda s: s.doc_id):
        f = sf.fact
        if f.year is None or (f.period_start and f.period_start != f.year):
            continue
        years.add(f.year)
        (target if f.kind == Kind.TARGET else actual)[_code(sf)][f.year] = sf
    rows = tuple((names[c], actual[c], target[c]) for c in chosen if c in names)
    return tuple(sorted(years)), rows


__all__ = ["Count", "Grapher", "chosen_areas", "fact_counts", "grapher", "picked_areas"]
