"""Indicators: the catalog list, and one indicator across all areas."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from planwatch.catalog import Indicator, default_catalog
from planwatch.core.errors import NotFoundError
from planwatch.store.indicatorpage import indicator_latest
from planwatch.store.pages import indicator_area_counts, indicator_facts
from planwatch.store.repo import StoredFact
from planwatch.web.data import (
    indicator_list,
    indicator_records,
    indicator_sides,
)
from planwatch.web.grapher import Count, chosen_areas, grapher, picked_areas
from planwatch.web.pagecache import by_store, kept_value
from planwatch.web.records import FACT_COLUMNS, QuoteCache
from planwatch.web.render import json_response, page, records_response, store_of

router = APIRouter()


def _indicator(indicator_id: str) -> Indicator:
    found = default_catalog().get(indicator_id)
    if found is None:
        raise NotFoundError(f"no indicator {indicator_id!r} in the catalog; /indicators lists them")
    return found


def _facts(request: Request, indicator_id: str) -> list[StoredFact]:
    _indicator(indicator_id)
    return indicator_facts(store_of(request), indicator_id)  # the exact id, by its index


# The page's table of targets and latest actuals lists this many areas (those with the
# most figures of the indicator); the rest are a pick in the grapher, or the download.
LISTED_AREAS = 50
# Targets and actuals the table shows of each listed area (then "+N more").
SIDE_ROWS = 6
# The grapher's check boxes: the areas with most figures of the measure and the picked
# ones (any other area is picked by its code in ``areas=``, as the note says).
CHOICES = 200


def _key(code: str | None, name: str | None) -> str:
    return code or name or "?"  # as the grapher keys an area


def _listed_areas(counts: list[Count]) -> set[str]:
    total: Counter = Counter()
    for _m, code, name, n in counts:
        total[_key(code, name)] += n
    return {k for k, _n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:LISTED_AREAS]}


def _indicator_rows(request: Request) -> list[dict]:
    """The catalog with each indicator's fact count: a count over every current fact,
    kept until the store changes (it then lags by the cache's few seconds). The count
    walks every fact's index entry (~0.2 s at a million facts): while an ingest stores
    documents it is counted again off the requests, which get the kept one meanwhile."""
    store = store_of(request)
    return kept_value(request, "indicator_list", lambda: indicator_list(store), behind=True)


@router.get("/indicators", include_in_schema=False)
def indicators_page(
    request: Request, category: str | None = None, all: str | None = None
) -> Response:
    rows = _indicator_rows(request)
    categories = sorted({r["category"] for r in rows})
    if category:
        rows = [r for r in rows if r["category"] == category]
    if not all:
        rows = [r for r in rows if r["facts"]]
    return page(
        request,
        "indicators.html",
        rows=rows,
        categories=categories,
        category=category,
        show_all=bool(all),
    )


@router.get("/indicators.{fmt}", tags=["indicators"], summary="Catalog indicators with counts")
def indicators_data(request: Request, fmt: Literal["json", "csv"]) -> Response:
    """Every catalog indicator: id, name, category, unit, direction and its fact count."""
    return records_response(fmt, _indicator_rows(request), "indicators")


@router.get(
    "/indicators/{indicator_id}.{fmt}",
    tags=["indicators"],
    summary="One indicator's facts across all areas",
)
def indicator_data(
    request: Request,
    indicator_id: str,
    fmt: Literal["json", "csv"],
    areas: str | None = None,
    measure: Literal["level", "growth", "change"] | None = None,
) -> Response:
    """Every current fact of the indicator, area by area: targets, then actuals latest first.

    ``areas`` (codes or names, comma-separated) and ``measure`` keep what the grapher shows."""
    facts = _facts(request, indicator_id)
    wanted = set(picked_areas(areas))
    if wanted:
        facts = [sf for sf in facts if {sf.fact.jurisdiction_code, sf.fact.jurisdiction} & wanted]
    if measure:
        facts = [sf for sf in facts if sf.fact.measure.value == measure]
    sides = indicator_sides(facts)
    records = indicator_records(sides, QuoteCache(store_of(request), facts))  # stored quotes
    if fmt == "csv":
        return records_response("csv", records, f"indicator-{indicator_id}", FACT_COLUMNS)
    ind = default_catalog().get(indicator_id)
    return json_response(
        {
            "id": ind.id,
            "name": ind.name,
            "category": ind.category,
            "unit": ind.unit,
            "direction": ind.direction,
            "facts": records,
        }
    )


@router.get("/indicators/{indicator_id}", include_in_schema=False)
def indicator_page(
    request: Request,
    indicator_id: str,
    areas: str | None = None,
    measure: str | None = None,
    scale: Literal["linear", "log"] = "linear",
    tab: Literal["chart", "table"] = "chart",
    pick: Annotated[list[str] | None, Query(max_length=64)] = None,
) -> Response:
    """The grapher: the areas picked in the URL over the years, as a chart or a table.

    ``areas=a,b`` is the shareable form; ``pick=a&pick=b`` is what the form's check
    boxes send without JavaScript (its script rewrites them to ``areas``)."""
    if pick:
        areas = ",".join(pick)
    store = store_of(request)

    def render() -> Response:
        ind = _indicator(indicator_id)
        counts = indicator_area_counts(store, indicator_id)
        chosen = chosen_areas(
            counts, default_measure=ind.measure, picked=picked_areas(areas), measure=measure
        )
        listed = _listed_areas(counts)
        # Only the plotted areas' figures are read, and the listed areas' first few of
        # each kind: the page costs what it shows, not every area's figures (1.5 s at
        # 7,093 documents when it read all; 6,000 facts built for 600 shown at 20,000).
        facts = indicator_facts(store, indicator_id, sorted(chosen))
        latest, totals = indicator_latest(store, indicator_id, sorted(listed), SIDE_ROWS)
        view = grapher(
            facts,
            title=ind.name,
            default_measure=ind.measure,
            picked=picked_areas(areas),
            measure=measure,
            scale=scale,
            tab=tab,
            counts=counts,
        )
        picked = ",".join(a.code for a in view.areas if a.picked)
        keys = {_key(code, name) for _m, code, name, _n in counts}
        return page(
            request,
            "indicator.html",
            ind=ind,
            g=view,
            picked=picked,
            sides=indicator_sides(latest, totals),
            side_rows=SIDE_ROWS,
            choices=[a for i, a in enumerate(view.areas) if i < CHOICES or a.picked],
            n_facts=sum(n for *_rest, n in counts),
            n_areas=len(keys),
            more_areas=len(keys) - len(listed),
        )

    # Every area's figures of the indicator (a second of CPU at 5,000 documents): kept
    # until the store changes, by the URL (pick=… and areas=… are two keys of one view).
    return by_store(request, store, render)
