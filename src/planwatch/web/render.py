"""Rendering helpers shared by the routes: templates, JSON and CSV lists.

Templates are Jinja2 with autoescape on for every template: document text and
every user-supplied string is printed escaped. Nothing in this package marks
document text safe.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader

from planwatch.core.cells import spreadsheet_safe
from planwatch.core.data import DocType
from planwatch.store.repo import Store
from planwatch.web.evaluation import row_anchor

TEMPLATES = Path(__file__).with_name("templates")

DOC_TYPE_LABELS = {t.value: t.label for t in DocType}
KIND_LABELS = {"actual": "实际", "target": "目标"}
MEASURE_LABELS = {"level": "水平", "growth": "增长", "change": "变化"}
COMPARATOR_SIGNS = {"eq": "", "ge": "≥", "le": "≤", "approx": "≈"}


def _number(value: Any) -> str:
    """A figure as people write it: no trailing .0, thousands kept plain."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def _when(year: int | None, period_start: int | None) -> str:
    if period_start and year and period_start != year:
        return f"{period_start}–{year}"
    return str(year) if year else ""


def _query(request: Request, **changes: Any) -> str:
    """The current query string with ``changes`` applied (None removes a key)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None or v == "":
            params.pop(k, None)
        else:
            params[k] = str(v)
    return ("?" + urlencode(params)) if params else ""


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _number
    env.globals.update(
        DOC_TYPE_LABELS=DOC_TYPE_LABELS,
        KIND_LABELS=KIND_LABELS,
        MEASURE_LABELS=MEASURE_LABELS,
        COMPARATOR_SIGNS=COMPARATOR_SIGNS,
        when=_when,
        qs=_query,
        row_anchor=row_anchor,
    )
    return env


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.env
    html = env.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def store_of(request: Request) -> Store:
    return request.app.state.store


_AS_IS = frozenset({str, int, bool, type(None)})


def plain(value: Any) -> Any:
    """A value as JSON/CSV can hold it (enums by value, dates as ISO strings)."""
    kind = type(value)  # the common exact types first: isinstance(…, Mapping) is slow
    if kind in _AS_IS:
        return value
    if kind is dict:
        return {str(k): plain(v) for k, v in value.items()}
    if kind is list:
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def json_response(data: Any, status_code: int = 200) -> Response:
    # Compact: json's C encoder writes it (an indented body is written by its Python
    # encoder, about half of a large list's CPU: /evaluations.json at 925 areas).
    body = json.dumps(plain(data), ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status_code, media_type="application/json")


def csv_response(
    records: Sequence[Mapping[str, Any]], filename: str, columns: Sequence[str] | None = None
) -> Response:
    """Records as a UTF-8 CSV with a BOM (so spreadsheet programs read the Chinese)."""
    cols = list(columns or (records[0].keys() if records else []))
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: _csv_cell(rec.get(k)) for k in cols})
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _csv_cell(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, list | dict):
        return spreadsheet_safe(json.dumps(value, ensure_ascii=False))
    return "" if value is None else spreadsheet_safe(value)


def records_response(
    fmt: str,
    records: Sequence[Mapping[str, Any]],
    filename: str,
    columns: Sequence[str] | None = None,
) -> Response:
    """``records`` as ``fmt`` ("json" or "csv")."""
    if fmt == "csv":
        return csv_response(records, f"{filename}.csv", columns)
    return json_response(list(records))


def first(items: Iterable[Any], default: Any = None) -> Any:
    return next(iter(items), default)


def with_total(request: Request, resp: Response, offset: int, shown: int, total: int) -> Response:
    """``resp`` with ``X-Total-Count`` and, when rows follow this page, a ``Link: <URL>;
    rel="next"`` header (this URL with ``offset`` moved past the page): a list whose
    default page is shorter than the whole tells its clients how to read the rest."""
    resp.headers["X-Total-Count"] = str(total)
    if shown and offset + shown < total:
        url = request.url.include_query_params(offset=offset + shown)
        resp.headers["Link"] = f'<{url.path}?{url.query}>; rel="next"'
    return resp
