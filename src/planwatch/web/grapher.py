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


def grapher(
    facts: list[StoredFact],
    *,
    title: str,
    default_measure: str,
    picked: list[str],
    measure: str | None,
    scale: str,
    tab: str,
) -> Grapher:
    """The grapher's view of one indicator's ``facts``."""
    counts = Counter(sf.fact.measure.value for sf in facts)
    measures = tuple(m for m in MEASURES if counts[m])
    measure = measure if measure in MEASURES else default_measure
    if measure not in measures and measures:
        measure = measures[0]
    of_measure = [sf for sf in facts if sf.fact.measure.value == measure]
    names = {_code(sf): sf.fact.jurisdiction or _code(sf) for sf in of_measure}
    per_area = Counter(_code(sf) for sf in of_measure)
    chosen = [c for c in picked if c in per_area] + [
        code for code, name in names.items() if name in picked and code not in picked
    ]
    if not picked:
        chosen = [c for c, _ in per_area.most_common(DEFAULT_AREAS)]
    shown = [sf for sf in of_measure if _code(sf) in chosen]
    values = [sf.fact.comparable_value for sf in shown]
    log_possible = bool(values) and all(v > 0 for v in values)
    scale = "log" if scale == "log" and log_possible else "linear"
    figure = series_chart(shown, measure, title) if shown else None
    if figure and scale == "log":
        figure["layout"]["yaxis"]["type"] = "log"
    areas = tuple(
        AreaChoice(code, names[code], n, code in chosen)
        for code, n in sorted(per_area.items(), key=lambda kv: (-kv[1], kv[0]))
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
        measures=measures,
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


__all__ = ["Grapher", "grapher", "picked_areas"]
