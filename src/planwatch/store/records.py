"""The rows a Store returns (documents, facts, corrections, areas) and their conversion from SQL rows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Row

from planwatch.catalog.apply import canonical_of
from planwatch.core.data import (
    Binding,
    Comparator,
    Fact,
    GridCell,
    Kind,
    Measure,
    SourceTable,
    Span,
    TableCell,
    TableRecord,
)
from planwatch.core.errors import UsageError
from planwatch.core.evidence import from_json as evidence_from_json


@dataclass(frozen=True, slots=True)
class DocRow:
    """A stored document's metadata (no text)."""

    id: int
    name: str
    path: str | None
    sha256: str
    format: str
    size_bytes: int
    size_chars: int
    title: str | None
    doc_type: str
    area_code: str | None
    area_name: str | None
    year: int | None
    period_start: int | None
    period_end: int | None
    published: str | None
    n_facts: int
    version: int
    superseded_by: int | None
    ingested_at: datetime
    user_set: str | None = None  # fields the user set, comma-separated (area,type)
    reference_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD (describe)

    @property
    def current(self) -> bool:
        return self.superseded_by is None

    @property
    def when(self) -> str:
        """The document's year or plan period, as people write it."""
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.year) if self.year else ""


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact as stored: the fact itself plus its row id and document id."""

    id: int
    doc_id: int
    fact: Fact
    corrected: bool = False  # a person changed one of its fields
    rejected: bool = False  # a person marked it wrong


@dataclass(frozen=True, slots=True)
class Correction:
    """A person's correction of one fact: a field's new value, or "this fact is wrong"."""

    id: int
    fact_id: int
    author: str
    created_at: datetime
    field: str | None
    value: str | None
    wrong: bool
    note: str | None


@dataclass(frozen=True, slots=True)
class AreaRow:
    """An area that has documents (or is the parent of one), with counts."""

    code: str
    name: str
    level: str
    parent_code: str | None
    documents: int
    facts: int


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What :meth:`Store.add` did with one document."""

    doc_id: int
    added: bool  # False: the same content was already stored
    superseded: int | None = None  # id of the older version this one replaces
    version: int = 1


def _table_from_json(obj: dict) -> SourceTable:
    cells = tuple(
        TableCell(row=r, col=c, rowspan=rs, colspan=cs, span=Span(s, e), text=t)
        for r, c, rs, cs, s, e, t in obj["cells"]
    )
    return SourceTable(
        span=Span(*obj["span"]), cells=cells, n_rows=obj["n_rows"], n_cols=obj["n_cols"]
    )


def _record_from_row(row: Row) -> TableRecord:
    body = json.loads(row.body) if isinstance(row.body, str) else row.body
    rows = tuple(
        tuple(
            GridCell(text, Span(s, e) if s is not None else None, reading)
            for text, s, e, reading in line
        )
        for line in body["rows"]
    )
    return TableRecord(
        span=Span(row.start, row.end),
        title=row.title,
        layout=row.layout,
        columns=tuple((label, meaning) for label, meaning in body["columns"]),
        rows=rows,
        reason=row.reason,
    )


# Enum members by stored value: a dict lookup, not Enum.__call__, per row read.
_KINDS = {k.value: k for k in Kind}
_MEASURES = {k.value: k for k in Measure}
_COMPARATORS = {k.value: k for k in Comparator}
_BINDINGS = {k.value: k for k in Binding}


_BY_VALUE = {"kind": _KINDS, "measure": _MEASURES, "comparator": _COMPARATORS}
_ENUM_TABLES = {**_BY_VALUE, "binding": _BINDINGS}


def _slot_function(
    cls: type, params: str, values: Sequence[str], env: dict[str, Any], label: str
) -> Callable[..., Any]:
    """A function of ``params`` (its parameter list, as written) making a ``cls`` (a frozen
    dataclass with slots and no ``__post_init__``) whose fields, in order, take the
    expressions ``values`` (over the parameters and the names in ``env``): each put in
    its slot by the slot's own setter, written out with no loop. A frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``, a few microseconds an
    object."""
    env = {**env, "new": object.__new__, "cls": cls}
    lines = []
    for i, (f, value) in enumerate(zip(dataclasses.fields(cls), values, strict=True)):
        env[f"put{i}"] = getattr(cls, f.name).__set__  # the slot's own setter
        lines.append(f"    put{i}(obj, {value})")
    source = f"def make({params}):\n    obj = new(cls)\n" + "\n".join(lines) + "\n    return obj\n"
    exec(compile(source, f"<{label}>", "exec"), env)
    return env["make"]


def slot_maker(cls: type) -> Callable[..., Any]:
    """A maker of ``cls`` (a frozen dataclass with slots and no ``__post_init__``) from
    every field's value, in field order, as :class:`FactBuilder` makes facts: reading an
    area group wraps each of its thousands of facts three times (stored, quoted, ledger)."""
    args = [f"a{i}" for i in range(len(dataclasses.fields(cls)))]
    return _slot_function(cls, ", ".join(args), args, {}, f"{cls.__name__} maker")


_new_stored = slot_maker(StoredFact)


class FactBuilder:
    """Facts from rows of one column layout (``fields``: the rows' column names, with
    ``doc_name`` for the fact's document): one for every reader of fact rows (lists,
    ``iter_facts``, evaluation), made once per layout (:func:`fact_builder`).

    Reading facts was half of a first ``evaluate --all``. Per row it is one call of a
    function written for the layout: each value taken by its position and put in its
    slot of a new :class:`Fact` (no dict, no keyword call, no loop: the same fact
    ``Fact(**values)`` makes, as :meth:`Fact.with_` makes its copies), the enums
    looked up by stored value, and the evidence decoded once per distinct stored form
    in a document (the facts read from one clause share it); rows without an
    ``evidence`` column (lists) get none."""

    def __init__(self, fields: Sequence[str], lazy: bool = False) -> None:
        at = {name: i for i, name in enumerate(fields)}
        at["doc"] = at["doc_name"]
        self.fields = tuple(fields)
        self.id_at, self.doc_at = at["id"], at["doc_id"]
        self._decode: Callable[[str], Any] = LazyEvidence if lazy else evidence_from_json
        env: dict[str, Any] = {"evidence": self._evidence}
        values = []
        for i, f in enumerate(dataclasses.fields(Fact)):
            p = at.get(f.name)
            if f.name == "evidence":
                values.append(f"evidence(row[{p}], row[{self.doc_at}])" if p is not None else "()")
            elif f.name in _ENUM_TABLES:
                env[f"t{i}"] = _ENUM_TABLES[f.name]
                values.append(f"t{i}[row[{p}]] if row[{p}] else None")
            else:
                values.append(f"row[{p}]")
        # A function per layout, written out: the per-row work is only what the row needs.
        self.fact: Callable[[Row], Fact] = _slot_function(
            Fact, "row", values, env, f"fact builder {len(fields)} columns"
        )
        self.doc_id: int | None = None
        self.decoded: dict[str, Any] = {}

    def _evidence(self, raw: str | None, doc_id: int) -> tuple | LazyEvidence:
        """The evidence stored as ``raw``, decoded (or, lazy, to be decoded) once per
        distinct stored form in a document."""
        if not raw:
            return ()
        if doc_id != self.doc_id:  # a new document: its own evidence
            self.doc_id, self.decoded = doc_id, {}
        found = self.decoded.get(raw)
        if found is None:
            found = self.decoded[raw] = self._decode(raw)
        return found

    def __call__(self, row: Row) -> StoredFact:
        return _new_stored(row[self.id_at], row[self.doc_at], self.fact(row), False, False)


class LazyEvidence(Sequence):
    """A fact's stored evidence, decoded the first time it is read (iterated, indexed,
    compared). Evaluation reads every evaluable fact of an area but looks at the
    evidence of few (a growth figure's price basis, the facts an evaluation shows):
    decoding all of them was a sixth of reading the facts. Equal to, and hashed as,
    the tuple it decodes to, so a fact built with it equals one built eagerly."""

    __slots__ = ("_items", "_raw")

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._items: tuple | None = None

    @property
    def raw(self) -> str:
        """The evidence as stored (:func:`planwatch.core.evidence.to_json`'s text): what a
        stored evaluation writes of it (evaluate.codec), without decoding it."""
        return self._raw

    def _decoded(self) -> tuple:
        if self._items is None:
            self._items = evidence_from_json(self._raw)
        return self._items

    def __iter__(self):
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __getitem__(self, i):
        return self._decoded()[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyEvidence):
            other = other._decoded()
        return self._decoded() == other

    def __hash__(self) -> int:
        return hash(self._decoded())

    def __repr__(self) -> str:
        return repr(self._decoded())

    def __reduce__(self):  # pickled as the tuple it stands for
        return tuple, (self._decoded(),)


@lru_cache(maxsize=64)
def fact_builder(fields: tuple[str, ...], lazy: bool = False) -> FactBuilder:
    """The builder of fact rows with these columns (``lazy``: evidence decoded when
    first read, :class:`LazyEvidence`)."""
    return FactBuilder(fields, lazy)


def _fact_from_row(row: Row, fields: Sequence[str] | None = None) -> Fact:
    return fact_builder(tuple(fields or row._fields)).fact(row)


# Fields a correction may change, and how its text value becomes the field's type.
CORRECTABLE: dict[str, Any] = {
    "indicator": str,
    "indicator_id": str,
    "kind": Kind,
    "measure": Measure,
    "year": int,
    "period_start": int,
    "value": float,
    "unit": str,
    "comparator": Comparator,
    "binding": Binding,
}


def _typed_field(field: str, value: str | None) -> Any:
    if field not in CORRECTABLE:
        raise UsageError(f"cannot correct field {field!r}; correctable: {', '.join(CORRECTABLE)}")
    if value is None or value == "":
        if field in ("year", "period_start", "binding", "unit", "indicator_id"):
            return None
        raise UsageError(f"field {field!r} needs a value")
    try:
        return CORRECTABLE[field](value)
    except ValueError:
        raise UsageError(f"{value!r} is not a valid {field}") from None


def _apply(fact: Fact, corrections: Sequence[Correction]) -> tuple[Fact, bool, bool]:
    """The fact with corrections applied in time order; (fact, corrected, rejected)."""
    changes: dict[str, Any] = {}
    rejected = False
    for c in corrections:
        if c.wrong:
            rejected = True
        elif c.field:
            changes[c.field] = _typed_field(c.field, c.value)
    if changes:
        fact = fact.with_(**changes)
    return fact, bool(changes), rejected


def _stored(
    row: Row, fixes: Sequence[Correction], fields: Sequence[str] | None = None
) -> StoredFact:
    """A fact row as a StoredFact, with a person's corrections applied."""
    build = fact_builder(tuple(fields or row._fields))
    if not fixes:
        return build(row)
    fact = build.fact(row)
    fact, corrected, rejected = _apply(fact, fixes)
    if corrected:
        fact = canonical_of(fact)  # the corrected value in the indicator's unit
    return StoredFact(row.id, row.doc_id, fact, corrected=corrected, rejected=rejected)


def _json(value: object) -> list:
    # JSON columns come back decoded on both backends; strings only from raw SQL copies.
    return json.loads(value) if isinstance(value, str) else list(value or [])
