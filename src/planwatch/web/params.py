"""Bounds on what a URL may ask for: ids, years, pages.

A database integer holds at most 2**31-1 on PostgreSQL (and 2**63-1 on
SQLite); a Python int does not stop there, so an id like
``99999999999999999999999`` reached the driver and failed with
OverflowError. Ids are bounded in the route signature (out of range: 422),
and years typed into a form are read by :func:`year_param`, which treats an
empty box as no filter and a number outside :data:`YEARS` as a bad request.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import HTTPException, Path, Query

MAX_ID = 2**31 - 1
YEARS = range(1949, 2201)  # planning documents of the People's Republic, and far plans
MAX_OFFSET = 10_000_000
MAX_PAGE = 1_000_000

DbId = Annotated[int, Path(ge=1, le=MAX_ID, description="a stored row's id")]
OptId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
Year = Annotated[int | None, Query(ge=YEARS.start, le=YEARS.stop - 1)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, alias="page", description="page number, from 1")]


class ParamError(HTTPException):
    """A query parameter outside what the app accepts: 422 with a message."""

    def __init__(self, message: str) -> None:
        super().__init__(status_code=422, detail=message)


def year_param(value: str | None, name: str = "year") -> int | None:
    """A year from a form field: None when empty or not a number, 422 when out of range."""
    text = (value or "").strip()
    if not text.lstrip("-").isdigit():
        return None  # an empty <input type=number> submits ""
    if len(text) > 5 or int(text) not in YEARS:
        raise ParamError(f"{name}={text[:12]} is not a year between {YEARS[0]} and {YEARS[-1]}")
    return int(text)


__all__ = [
    "MAX_ID",
    "YEARS",
    "DbId",
    "Offset",
    "OptId",
    "Page",
    "PageNo",
    "ParamError",
    "Year",
    "year_param",
]
