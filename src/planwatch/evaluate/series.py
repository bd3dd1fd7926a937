"""The year-by-year ledger of one indicator in one area: actuals and targets, with sources.

``series(store, "鹤山市", "gdp")`` lists every stored figure of the indicator
(its level, growth and change; actual and target), ordered by year, each with
the document and the clause it came from. A city's series can include its
counties' figures (``include_children``), each row naming its own area.
"""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.catalog import default_catalog, resolve
from planwatch.core.errors import NotFoundError
from planwatch.describe.areas import is_under
from planwatch.evaluate.ledger import LedgerFact, load_ledger, resolve_area
from planwatch.store.repo import Store


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """One figure of the series."""

    area: str
    area_code: str
    year: int | None
    period_start: int | None
    kind: str
    measure: str
    value: float  # as printed
    unit: str | None
    canonical_value: float | None  # in the catalog unit
    canonical_unit: str | None
    comparator: str
    doc: str
    doc_id: int
    fact_id: int | None
    value_text: str
    quote: str


@dataclass(frozen=True, slots=True)
class Series:
    area: str
    area_code: str
    indicator_id: str
    indicator_name: str
    unit: str | None
    rows: tuple[SeriesRow, ...]

    def to_records(self) -> list[dict]:
        return [{k: getattr(r, k) for k in SeriesRow.__dataclass_fields__} for r in self.rows]


def indicator_id_of(indicator: str) -> str:
    """A catalog id from an id (gdp) or any wording (地区生产总值, 规上工业增加值)."""
    catalog = default_catalog()
    if catalog.get(indicator) is not None:
        return indicator
    hit = resolve(indicator)
    if hit is None:
        raise NotFoundError(
            f"no catalog indicator matches {indicator!r}; `planwatch indicators` lists them"
        )
    return hit.indicator_id


def series(store: Store, area: str, indicator: str, *, include_children: bool = False) -> Series:
    """Every stored figure of ``indicator`` in ``area`` (see the module docstring)."""
    docs = store.documents()
    where = resolve_area(store, area, docs)
    ind_id = indicator_id_of(indicator)
    entry = default_catalog().get(ind_id)
    areas = [where]
    if include_children:
        children = {
            d.area_code
            for d in docs
            if d.area_code and d.area_code != where.code and is_under(d.area_code, where.code)
        }
        areas += [resolve_area(store, code, docs) for code in sorted(children)]
    rows: list[SeriesRow] = []
    for a in areas:
        ledger = load_ledger(store, a, docs)
        for lf in ledger.facts:
            if lf.fact.indicator_id == ind_id:
                rows.append(_row(ledger.quote(lf), ledger.value_text(lf), lf, a.name, a.code))
    rows.sort(key=lambda r: (r.year or 0, r.area_code, r.kind, r.measure, r.doc_id))
    return Series(
        area=where.name,
        area_code=where.code,
        indicator_id=ind_id,
        indicator_name=entry.name if entry else ind_id,
        unit=entry.unit if entry else None,
        rows=tuple(rows),
    )


def _row(quote: str, value_text: str, lf: LedgerFact, area: str, code: str) -> SeriesRow:
    f = lf.fact
    return SeriesRow(
        area=area,
        area_code=code,
        year=f.year,
        period_start=f.period_start,
        kind=f.kind.value,
        measure=f.measure.value,
        value=f.value,
        unit=f.unit,
        canonical_value=f.canonical_value,
        canonical_unit=f.canonical_unit,
        comparator=f.comparator.value,
        doc=lf.doc.name,
        doc_id=lf.doc.id,
        fact_id=lf.id,
        value_text=value_text,
        quote=quote,
    )
