"""Indicators: the catalog list, and one indicator across all areas."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from planwatch.catalog import default_catalog
from planwatch.core.errors import NotFoundError
from planwatch.store.repo import FactFilter, StoredFact
from planwatch.web.data import (
    indicator_list,
    indicator_records,
    indicator_sides,
    series_chart,
)
from planwatch.web.records import FACT_COLUMNS, TextCache
from planwatch.web.render import json_response, page, records_response, store_of

router = APIRouter()


def _facts(request: Request, indicator_id: str) -> list[StoredFact]:
    if default_catalog().get(indicator_id) is None:
        raise NotFoundError(f"no indicator {indicator_id!r} in the catalog; /indicators lists them")
    # The store's indicator filter also matches name substrings: keep the exact id only.
    facts = store_of(request).facts(FactFilter(indicator=indicator_id))
    return [sf for sf in facts if sf.fact.indicator_id == indicator_id]


@router.get("/indicators", include_in_schema=False)
def indicators_page(
    request: Request, category: str | None = None, all: str | None = None
) -> Response:
    rows = indicator_list(store_of(request))
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
    return records_response(fmt, indicator_list(store_of(request)), "indicators")


@router.get(
    "/indicators/{indicator_id}.{fmt}",
    tags=["indicators"],
    summary="One indicator's facts across all areas",
)
def indicator_data(request: Request, indicator_id: str, fmt: Literal["json", "csv"]) -> Response:
    """Every current fact of the indicator, area by area: targets, then actuals latest first."""
    sides = indicator_sides(_facts(request, indicator_id))
    records = indicator_records(sides, TextCache(store_of(request)))
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
def indicator_page(request: Request, indicator_id: str) -> Response:
    facts = _facts(request, indicator_id)
    ind = default_catalog().get(indicator_id)
    sides = indicator_sides(facts)
    charts = []
    measures = [ind.measure] + [m for m in ("level", "growth", "change") if m != ind.measure]
    for measure in measures:
        fig = series_chart(facts, measure, f"{ind.name} ({measure})")
        if fig:
            charts.append(fig)
    return page(
        request, "indicator.html", ind=ind, sides=sides, charts=charts[:2], n_facts=len(facts)
    )
