"""A whole :class:`AreaEvaluation` as JSON and back, so a stored one serves an area page.

``AreaEvaluation.to_dict()`` is the published record (what the API and the
exports give): it leaves out what only the page and its charts use (the
target and actual facts whole, assumed years, the plan's document row). Here
every field of every record is written, by walking the frozen dataclasses (an
object per record; a fact, and its evidence, as the array of its values in field
order), and read back by their type hints, so ``from_json(to_json(ev)) == ev``. Only
plain JSON is written (never pickle): a stored evaluation is data, not code.
"""

from __future__ import annotations

import json
import operator
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

from planwatch.core.data import Binding, Comparator, Evidence, Fact, Kind, Measure
from planwatch.evaluate.model import AreaEvaluation
from planwatch.store.evalfacts import RowFacts
from planwatch.store.records import LazyEvidence
from planwatch.store.repo import DocRow

# model.py names DocRow for type checking only; the hints are resolved with it here.
_NAMES = {"DocRow": DocRow}


_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def _names(cls: type) -> tuple[tuple[str, ...], Any] | None:
    """The field names of a dataclass type and a getter of all their values at once
    (one C-level call), None for other types."""
    if not is_dataclass(cls):
        return None
    names = tuple(f.name for f in fields(cls))
    getter = operator.attrgetter(*names)
    return names, (lambda v: (getter(v),)) if len(names) == 1 else getter


def _encode_fact(fact: Fact) -> list[Any]:
    """A fact as the array of its field values in field order (its evidence items too):
    most of an evaluation's values are facts (the unmatched targets, each row's target
    and actuals), and their keys were half of its JSON. Enums are written as their value."""
    out = list(_fact_values(fact))
    for i in _FACT_ENUMS:
        v = out[i]
        if v is not None:
            out[i] = v.value if isinstance(v, Enum) else _encode(v)
    evidence = fact.evidence
    if type(evidence) is LazyEvidence:  # as read from the store: shared, written once
        out[_FACT_EVIDENCE] = evidence.values()
    else:
        out[_FACT_EVIDENCE] = [list(_evidence_values(e)) for e in evidence]
    return out


_FACT_NAMES = tuple(f.name for f in fields(Fact))
_fact_values = operator.attrgetter(*_FACT_NAMES)
# The fields that are not plain values (the evidence has its own line).
_FACT_ENUMS = tuple(_FACT_NAMES.index(n) for n in ("kind", "measure", "comparator", "binding"))
_FACT_EVIDENCE = _FACT_NAMES.index("evidence")
_FACT_ENUM_NAMES = frozenset(_FACT_NAMES[i] for i in _FACT_ENUMS)
_FACT_ENUM_TYPES = tuple(
    (_FACT_NAMES.index(n), e)
    for n, e in (
        ("kind", Kind),
        ("measure", Measure),
        ("comparator", Comparator),
        ("binding", Binding),
    )
)
_FACT_FLOATS = tuple(i for i, f in enumerate(fields(Fact)) if f.type in ("float", "float | None"))
_EVIDENCE_NAMES = tuple(f.name for f in fields(Evidence))
_evidence_values = operator.attrgetter(*_EVIDENCE_NAMES)


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:  # most values: checked first, by exact type
        return value
    if kind is Fact:
        return _encode_fact(value)
    if kind is RowFacts:  # facts still rows: written from their rows, as _encode_fact would
        return value.values(_FACT_NAMES, _FACT_ENUM_NAMES)
    known = _names(kind)
    if known is not None:
        # Plain field values (most of them) are taken as they are, without a call each:
        # an evaluation holds thousands of values, and calls were most of its cost.
        names, values = known
        return {
            name: v if type(v) in _PLAIN else _encode(v)
            for name, v in zip(names, values(value), strict=True)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [v if type(v) in _PLAIN else _encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): v if type(v) in _PLAIN else _encode(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, localns=_NAMES)


def _decode_fact(raw: list[Any]) -> Fact:
    """A fact from :func:`_encode_fact`'s array, as :func:`_decode` reads any dataclass by
    its hints (an area page reads hundreds of facts): enums from their values, numbers
    where a float is meant as floats, the evidence items from their arrays."""
    values = list(raw)
    for i, enum in _FACT_ENUM_TYPES:
        if values[i] is not None:
            values[i] = enum(values[i])
    for i in _FACT_FLOATS:
        if isinstance(values[i], int):
            values[i] = float(values[i])
    values[_FACT_EVIDENCE] = tuple(Evidence(*e) for e in values[_FACT_EVIDENCE])
    return Fact(*values)


def _decode(tp: Any, raw: Any) -> Any:
    """``raw`` (decoded JSON) as a value of type ``tp``."""
    if raw is None or tp is Any:
        return raw
    if tp is Fact and isinstance(raw, list):
        return _decode_fact(raw)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], raw) if len(options) == 1 else raw
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in raw)
        return tuple(_decode(a, v) for a, v in zip(args, raw, strict=True))
    if origin is dict:
        _, val = typing.get_args(tp)
        return {k: _decode(val, v) for k, v in raw.items()}
    if isinstance(tp, type):
        if is_dataclass(tp):
            hints = _hints(tp)
            if isinstance(raw, list):  # a fact or its evidence: values in field order
                return tp(*(_decode(hints[f.name], v) for f, v in zip(fields(tp), raw)))
            return tp(**{f.name: _decode(hints[f.name], raw[f.name]) for f in fields(tp)})
        if issubclass(tp, Enum):
            return tp(raw)
        if tp is datetime:
            return datetime.fromisoformat(raw)
        if tp is float and isinstance(raw, int):
            return float(raw)
    return raw


def to_json(evaluation: AreaEvaluation) -> str:
    """Every field of ``evaluation`` as compact JSON."""
    return json.dumps(_encode(evaluation), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | bytes) -> AreaEvaluation:
    """The evaluation :func:`to_json` wrote (``ValueError``/``KeyError``/``TypeError``
    when it was written by other code: the caller computes it again)."""
    return _decode(AreaEvaluation, json.loads(text))


__all__ = ["from_json", "to_json"]
