"""A whole :class:`AreaEvaluation` as JSON and back, so a stored one serves an area page.

``AreaEvaluation.to_dict()`` is the published record (what the API and the
exports give): it leaves out what only the page and its charts use (the
target and actual facts whole, assumed years, the plan's document row). Here
every field of every record is written, by walking the frozen dataclasses (an
object per record; a fact, and its evidence, as the array of its values in field
order; the evidence of a fact read from the store as the text the store holds), and
read back by their type hints, so ``from_json(to_json(ev)) == ev``. Only plain JSON
is written (never pickle; orjson where it can, :mod:`planwatch.core.fastjson`): a
stored evaluation is data, not code. The
stored form (``by_id``) writes the unmatched targets still rows as their fact ids,
and each source whose fields are its fact's stored row's (``SourceRef.stored``) as
``[fact id, role]``, read back from the store (``from_json(text, facts, sources)``):
the store holds them already.
"""

from __future__ import annotations

import json
import operator
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

from planwatch.core import fastjson
from planwatch.core.data import Binding, Comparator, Evidence, Fact, Kind, Measure
from planwatch.evaluate.model import AreaEvaluation, SourceRef
from planwatch.store.evalfacts import RowFacts
from planwatch.store.evalrefs import SourceFields
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
    # A field outside the value (compare=False: SourceRef.stored) is not written.
    names = tuple(f.name for f in fields(cls) if f.compare)
    getter = operator.attrgetter(*names)
    return names, (lambda v: (getter(v),)) if len(names) == 1 else getter


def _encode_fact(fact: Fact) -> list[Any]:
    """A fact as the array of its field values in field order (its evidence items too, or
    the evidence's stored text when it was read from the store and not decoded: decoding
    it only to write it again was a tenth of writing an evaluation):
    most of an evaluation's values are facts (the unmatched targets, each row's target
    and actuals), and their keys were half of its JSON. Enums are written as their value."""
    out = list(_fact_values(fact))
    for i in _FACT_ENUMS:
        v = out[i]
        if v is not None:
            out[i] = v.value if isinstance(v, Enum) else v
    evidence = fact.evidence
    if type(evidence) is LazyEvidence:  # as read from the store: its stored text, undecoded
        out[_FACT_EVIDENCE] = evidence.raw
    else:
        out[_FACT_EVIDENCE] = [list(_evidence_values(e)) for e in evidence]
    return out


_FACT_NAMES = tuple(f.name for f in fields(Fact))
_fact_values = operator.attrgetter(*_FACT_NAMES)
# The fields that are not plain values (the evidence has its own line).
_FACT_ENUMS = tuple(_FACT_NAMES.index(n) for n in ("kind", "measure", "comparator", "binding"))
_FACT_EVIDENCE = _FACT_NAMES.index("evidence")
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
    """What ``json.dumps`` writes for a value it cannot write itself (its ``default``):
    a dataclass as the object of its fields, a fact as the array of its values, an enum
    as its value. Lists, tuples, dicts and plain values are walked by the C encoder, and
    only the objects in them come back here: walking every value in Python (a call and a
    type test each) was most of writing an evaluation."""
    kind = type(value)
    if kind is Fact:
        return _encode_fact(value)
    if kind is RowFacts:  # facts still rows (:func:`to_json` with ``by_id`` writes ids)
        return list(value)
    known = _names(kind)
    if known is not None:
        names, values = known
        return dict(zip(names, values(value), strict=True))
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{kind.__name__} is not written into a stored evaluation")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, localns=_NAMES)


def _decode_fact(raw: list[Any]) -> Fact:
    """A fact from :func:`_encode_fact`'s array, as :func:`_decode` reads any dataclass by
    its hints (an area page reads hundreds of facts): enums from their values, numbers
    where a float is meant as floats, the evidence items from their arrays (or from the
    store's text, decoded when first read)."""
    values = list(raw)
    for i, enum in _FACT_ENUM_TYPES:
        if values[i] is not None:
            values[i] = enum(values[i])
    for i in _FACT_FLOATS:
        if isinstance(values[i], int):
            values[i] = float(values[i])
    evidence = values[_FACT_EVIDENCE]
    if type(evidence) is str:  # as the store holds it (a fact read from the store)
        values[_FACT_EVIDENCE] = LazyEvidence(evidence)
    else:
        values[_FACT_EVIDENCE] = tuple(Evidence(*e) for e in evidence)
    return Fact(*values)


def _decode(tp: Any, raw: Any) -> Any:
    """``raw`` (decoded JSON) as a value of type ``tp``."""
    if raw is None or tp is Any or type(raw) is tp:  # the last: read back by id
        return raw
    if tp is Fact:
        if isinstance(raw, list):
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
            return tp(
                **{f.name: _decode(hints[f.name], raw[f.name]) for f in fields(tp) if f.compare}
            )
        if issubclass(tp, Enum):
            return tp(raw)
        if tp is datetime:
            return datetime.fromisoformat(raw)
        if tp is float and isinstance(raw, int):
            return float(raw)
    return raw


def to_json(evaluation: AreaEvaluation, *, by_id: bool = False) -> str:
    """Every field of ``evaluation`` as compact JSON; with ``by_id``, the unmatched
    targets still rows as their row ids and the sources their rows give as ``[fact id,
    role]`` (the stored form: they are most of an evaluation's facts and sources, and
    the store holds them already; :func:`from_json` reads them back)."""
    encode = _encode_by_id if by_id else _encode
    return fastjson.dumps(evaluation, encode).decode("utf-8")


def _encode_by_id(value: Any) -> Any:
    kind = type(value)
    if kind is RowFacts:
        return value.ids()
    if kind is SourceRef and value.stored:  # its fields are its fact's row's
        return [value.fact_id, value.role]
    return _encode(value)


FactsById = Callable[[list[int]], Mapping[int, Fact]]
SourcesById = Callable[[list[int]], Mapping[int, SourceFields]]


def from_json(
    text: str | bytes, facts: FactsById | None = None, sources: SourcesById | None = None
) -> AreaEvaluation:
    """The evaluation :func:`to_json` wrote, its facts written by id read by ``facts``,
    its sources written by id by ``sources`` (``ValueError``/``KeyError``/``TypeError``
    when it was written by other code, or names a fact no longer stored: the caller
    computes it again)."""
    raw = json.loads(text)
    unmatched = raw.get("unmatched") if isinstance(raw, dict) else None
    ids = [x for x in unmatched or () if type(x) is int]
    if ids:
        if facts is None:
            raise ValueError("the evaluation names stored facts: read it with the store")
        found = facts(ids)
        raw["unmatched"] = [found[x] if type(x) is int else x for x in unmatched]
    lists = [r["sources"] for r in raw.get("rows") or ()] if isinstance(raw, dict) else []
    cited = [x[0] for items in lists for x in items if type(x) is list]
    if cited:
        if sources is None:
            raise ValueError("the evaluation cites stored facts: read it with the store")
        where = sources(cited)
        for items in lists:
            items[:] = [_source(x, where) if type(x) is list else x for x in items]
    return _decode(AreaEvaluation, raw)


def _source(ref: list, where: Mapping[int, SourceFields]) -> SourceRef:
    """A source written as ``[fact id, role]``, from its fact's row."""
    fact_id, role = ref
    doc_id, doc, start, end, quote, value_text, year, value, unit = where[fact_id]
    return SourceRef(
        fact_id, doc_id, doc, start, end, quote, value_text, role, year, value, unit, True
    )


__all__ = ["from_json", "to_json"]
