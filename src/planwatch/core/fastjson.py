"""Compact JSON written fast, for what the store keeps and reads back (never shown as is).

``json.dumps`` was most of writing a stored evaluation (about a tenth of evaluating a
whole store): orjson writes the same values five to six times as fast. What it writes
is read back by ``json.loads`` to the same values — the same strings, numbers (shortest
form of each float), lists and objects — so what is shown from it does not change.

Where orjson cannot write a value the standard library can (an integer of more than 64
bits, an object with keys that are not strings), the standard library writes it. One
difference is kept on purpose: a number that is not finite (an overflowing figure)
is written as ``null`` where ``json.dumps`` wrote ``Infinity``, which no JSON reader
takes (the web API refused such an evaluation).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

# Dataclasses and datetimes handed to ``default`` as ``json.dumps`` hands them (orjson
# would write every field of a dataclass, and datetimes its own way).
_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def dumps(value: Any, default: Callable[[Any], Any] | None = None) -> bytes:
    """``value`` as compact UTF-8 JSON (no spaces, characters unescaped); ``default`` as
    ``json.dumps`` takes it (what to write for a value JSON has no form for)."""
    try:
        return orjson.dumps(value, default=default, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError: a value only the standard library writes
        text = json.dumps(
            value, default=default, ensure_ascii=False, separators=(",", ":"), check_circular=False
        )
        return text.encode("utf-8")


def compact(value: Any) -> str:
    """``value`` as the standard library writes it with no spaces and characters as
    they are (3 UTF-8 bytes for a Chinese character, not the 6 of ``\\u5730``): the
    store's JSON columns (``documents.evidence``, ``area_evaluations.cells``, readers'
    tables), read back by ``json.loads`` to the same values as the escaped form with
    spaces that SQLAlchemy's default wrote before migration ``trim``.

    >>> compact({"indicator": "地区生产总值", "core": True})
    '{"indicator":"地区生产总值","core":true}'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


__all__ = ["compact", "dumps"]
