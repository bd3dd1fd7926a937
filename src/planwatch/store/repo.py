"""All of planwatch's storage SQL, in one module.

:class:`Store` reads and writes documents, their outlines and their facts
through SQLAlchemy Core, so the same statements run on SQLite and
PostgreSQL. Each document is written in one transaction: it is stored whole
or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from planwatch.catalog.apply import canonical_of
from planwatch.core.data import (
    Area,
    Binding,
    Comparator,
    DocType,
    Document,
    DocumentMeta,
    Evidence,
    Fact,
    GridCell,
    Heading,
    Kind,
    Measure,
    Outline,
    SourceTable,
    Span,
    TableCell,
    TableRecord,
)
from planwatch.core.errors import NotFoundError, StoreError, UsageError
from planwatch.core.evidence import from_json as evidence_from_json
from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.db import one_line, open_engine
from planwatch.store.factquery import FactFilter
from planwatch.store.rows import FACT_COLUMNS, HEADING_COLUMNS, DocRows, area_rows, to_rows
from planwatch.store.search_index import index_document


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


def _record_row(doc_id: int, ordinal: int, t: TableRecord) -> dict:
    """A recovered table as a ``recovered_tables`` row; each body cell is
    ``[text, start, end, reading]`` (start/end null for a cell with no span)."""
    rows = [
        [
            [c.text, *((c.span.start, c.span.end) if c.span else (None, None)), c.reading]
            for c in row
        ]
        for row in t.rows
    ]
    return {
        "doc_id": doc_id,
        "ordinal": ordinal,
        "start": t.span.start,
        "end": t.span.end,
        "title": t.title,
        "layout": t.layout,
        "reason": t.reason,
        "body": {"columns": [list(c) for c in t.columns], "rows": rows},
    }


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


def _fact_from_row(row: Row, fields: Sequence[str] | None = None) -> Fact:
    # Attribute access on a Row costs about a microsecond a field, as much as
    # building the fact: read the row into a dict in one pass (``fields``, the
    # column names, given once per chunk by callers reading many rows).
    r = dict(zip(fields or row._fields, row, strict=True))
    return Fact(
        doc=r["doc_name"],
        start=r["start"],
        end=r["end"],
        quote_start=r["quote_start"],
        quote_end=r["quote_end"],
        indicator=r["indicator"],
        kind=_KINDS[r["kind"]],
        measure=_MEASURES[r["measure"]],
        value=r["value"],
        unit=r["unit"],
        year=r["year"],
        period_start=r["period_start"],
        comparator=_COMPARATORS[r["comparator"]],
        binding=_BINDINGS[r["binding"]] if r["binding"] else None,
        jurisdiction=r["jurisdiction"],
        jurisdiction_code=r["jurisdiction_code"],
        indicator_id=r["indicator_id"],
        origin=r["origin"],
        indicator_confidence=r["indicator_confidence"],
        canonical_value=r["canonical_value"],
        canonical_unit=r["canonical_unit"],
        evidence=evidence_from_json(r.get("evidence")),
    )


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


def _insert_sql(conn: Connection, table: str, columns: Sequence[str]) -> str:
    """A driver-level INSERT (column names quoted: "end" is reserved in SQL)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join([mark] * len(columns))})"


def _stored(
    row: Row, fixes: Sequence[Correction], fields: Sequence[str] | None = None
) -> StoredFact:
    """A fact row as a StoredFact, with a person's corrections applied."""
    fact = _fact_from_row(row, fields)
    if not fixes:
        return StoredFact(id=row.id, doc_id=row.doc_id, fact=fact)
    fact, corrected, rejected = _apply(fact, fixes)
    if corrected:
        fact = canonical_of(fact)  # the corrected value in the indicator's unit
    return StoredFact(row.id, row.doc_id, fact, corrected=corrected, rejected=rejected)


class Store:
    """A planwatch database (SQLite file or PostgreSQL server)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = open_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------

    def has_content(self, sha256: str) -> int | None:
        """The id of the document with this content hash, if stored."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(m.documents.c.id).where(m.documents.c.sha256 == sha256)
            ).scalar()

    def add(self, document: Document, facts: Sequence[Fact], *, size_bytes: int) -> AddOutcome:
        """Store a document with its outline and facts, in one transaction (see add_rows)."""
        return self.add_rows(to_rows(document, tuple(facts), size_bytes))

    def add_rows(self, rows: DocRows) -> AddOutcome:
        """Store a document's rows (``store.rows.to_rows``), in one transaction.

        The same content (hash) already stored: nothing is written. A current
        document at the same path with other content: the new one becomes its
        next version and the old one is marked superseded, not deleted.
        """
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # Ingest commits a document at a time: not waiting for each WAL flush
                    # made PostgreSQL ingest as fast as SQLite's. A crash can lose the last
                    # few documents (never half of one); ingesting again stores them.
                    conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                existing = conn.execute(
                    select(m.documents.c.id).where(m.documents.c.sha256 == rows.sha256)
                ).scalar()
                if existing is not None:
                    return AddOutcome(doc_id=existing, added=False)
                previous = None
                if rows.path:
                    previous = conn.execute(
                        select(m.documents.c.id, m.documents.c.version).where(
                            m.documents.c.path == rows.path,
                            m.documents.c.superseded_by.is_(None),
                        )
                    ).first()
                version = previous.version + 1 if previous else 1
                self._upsert_areas(conn, rows.areas)
                doc_id = self._insert_document(conn, rows, version)
                if previous:
                    conn.execute(
                        update(m.documents)
                        .where(m.documents.c.id == previous.id)
                        .values(superseded_by=doc_id)
                    )
                return AddOutcome(
                    doc_id=doc_id,
                    added=True,
                    superseded=previous.id if previous else None,
                    version=version,
                )
        except IntegrityError as exc:
            # Another process stored the same content between our check and insert?
            found = self.has_content(rows.sha256)
            if found is None:
                raise StoreError(f"could not store {rows.name}: {one_line(exc)}") from exc
            return AddOutcome(doc_id=found, added=False)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {rows.name}: {one_line(exc)}") from exc

    def set_document_area(
        self,
        doc_id: int,
        area: Area,
        jurisdictions: Sequence[tuple[int, str | None, str | None]],
    ) -> None:
        """Correct a document's area (recorded as set by the user) and re-file its facts.

        ``jurisdictions`` holds (fact id, jurisdiction, jurisdiction_code) for
        each fact, as re-derived under the new area.
        """
        try:
            with self.engine.begin() as conn:
                row = conn.execute(
                    select(m.documents.c.user_set).where(m.documents.c.id == doc_id)
                ).first()
                if row is None:
                    raise NotFoundError(f"no document with id {doc_id}")
                self._upsert_areas(conn, area_rows(area))
                fields = set(filter(None, (row.user_set or "").split(","))) | {"area"}
                conn.execute(
                    update(m.documents)
                    .where(m.documents.c.id == doc_id)
                    .values(
                        area_code=area.code, area_name=area.name, user_set=",".join(sorted(fields))
                    )
                )
                for fact_id, name, code in jurisdictions:
                    conn.execute(
                        update(m.facts)
                        .where(m.facts.c.id == fact_id, m.facts.c.doc_id == doc_id)
                        .values(jurisdiction=name, jurisdiction_code=code)
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"could not correct document {doc_id}: {one_line(exc)}") from exc

    def _upsert_areas(self, conn: Connection, areas: Sequence[tuple]) -> None:
        if not areas:
            return
        codes = [a[0] for a in areas]
        have = set(conn.execute(select(m.areas.c.code).where(m.areas.c.code.in_(codes))).scalars())
        new = [a for a in areas if a[0] not in have]
        if new:
            conn.exec_driver_sql(
                _insert_sql(conn, "areas", ("code", "name", "level", "parent_code")), new
            )

    def _insert_document(self, conn: Connection, rows: DocRows, version: int) -> int:
        """Insert the rows of one document; driver-level executemany for the many rows.

        Plain tuples and JSON already encoded (by the worker that analysed the
        document) skip SQLAlchemy's per-row parameter processing, which was
        the main cost of storing.
        """
        doc_id = conn.execute(
            insert(m.documents)
            .values(**rows.document, version=version, ingested_at=datetime.now(UTC))
            .returning(m.documents.c.id)
        ).scalar_one()
        conn.exec_driver_sql(_insert_sql(conn, "texts", ("doc_id", "text")), (doc_id, rows.text))
        conn.exec_driver_sql(
            _insert_sql(conn, "structures", ("doc_id", "paragraphs", "sentences", "tables")),
            (doc_id, rows.paragraphs, rows.sentences, rows.tables),
        )
        sentences = (Span(a, b) for a, b in json.loads(rows.sentences))
        index_document(conn, doc_id, rows.text, sentences)  # full-text search
        if rows.headings:
            conn.exec_driver_sql(
                _insert_sql(conn, "headings", HEADING_COLUMNS),
                [(doc_id, *h) for h in rows.headings],
            )
        if rows.facts:
            conn.exec_driver_sql(
                _insert_sql(conn, "facts", FACT_COLUMNS), [(doc_id, *f) for f in rows.facts]
            )
        if rows.recovered:
            conn.execute(
                insert(m.recovered_tables),
                [_record_row(doc_id, i, t) for i, t in enumerate(rows.recovered)],
            )
        return doc_id

    def recovered_tables(self, doc_id: int) -> list[TableRecord]:
        """The document's indicator tables as read at ingest, in text order."""
        q = (
            select(m.recovered_tables)
            .where(m.recovered_tables.c.doc_id == doc_id)
            .order_by(m.recovered_tables.c.ordinal)
        )
        with self.engine.connect() as conn:
            return [_record_from_row(r) for r in conn.execute(q)]

    # ---- reading documents ---------------------------------------------

    def documents(self, *, include_superseded: bool = False) -> list[DocRow]:
        q = select(*self._doc_columns()).order_by(m.documents.c.id)
        if not include_superseded:
            q = q.where(m.documents.c.superseded_by.is_(None))
        with self.engine.connect() as conn:
            return [DocRow(**row._asdict()) for row in conn.execute(q)]

    @staticmethod
    def _doc_columns() -> list:
        names = DocRow.__dataclass_fields__.keys()
        return [m.documents.c[name] for name in names]

    def find_document(self, ref: str) -> DocRow:
        """A document by id, file name or path (the current version of that name)."""
        q = select(*self._doc_columns())
        if ref.isdigit():
            q = q.where(m.documents.c.id == int(ref))
        else:
            q = q.where(or_(m.documents.c.name == ref, m.documents.c.path == ref)).order_by(
                m.documents.c.superseded_by.is_not(None), m.documents.c.id.desc()
            )
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        if row is None:
            raise NotFoundError(
                f"no document {ref!r} in the store; `planwatch docs` lists the stored ones"
            )
        return DocRow(**row._asdict())

    def load(self, doc_id: int) -> Document:
        """A stored document whole: text, metadata, outline and reader tables."""
        with self.engine.connect() as conn:
            d = conn.execute(select(m.documents).where(m.documents.c.id == doc_id)).first()
            if d is None:
                raise NotFoundError(f"no document with id {doc_id}")
            text = conn.execute(
                select(m.texts.c.text).where(m.texts.c.doc_id == doc_id)
            ).scalar_one()
            st = conn.execute(select(m.structures).where(m.structures.c.doc_id == doc_id)).first()
            hs = conn.execute(
                select(m.headings)
                .where(m.headings.c.doc_id == doc_id)
                .order_by(m.headings.c.ordinal)
            ).all()
            area = self._area(conn, d.area_code) if d.area_code else None
        headings = tuple(
            Heading(
                level=h.level,
                marker=h.marker,
                title=h.title,
                span=Span(h.start, h.end),
                section=Span(h.section_start, h.section_end),
            )
            for h in hs
        )
        outline = Outline(
            headings=headings,
            toc=Span(d.toc_start, d.toc_end) if d.toc_start is not None else None,
            paragraphs=tuple(Span(*p) for p in _json(st.paragraphs)) if st else (),
            sentences=tuple(Span(*p) for p in _json(st.sentences)) if st else (),
        )
        meta = DocumentMeta(
            title=d.title,
            area=area,
            doc_type=DocType(d.doc_type),
            year=d.year,
            period_start=d.period_start,
            period_end=d.period_end,
            published=d.published,
            user_set=frozenset(d.user_set.split(",")) if d.user_set else frozenset(),
            reference_date=d.reference_date,
            reference_year=int(d.reference_date[:4]) if d.reference_date else None,
            evidence=tuple(Evidence(**e) for e in d.evidence or ()),
        )
        return Document(
            name=d.name,
            text=text,
            sha256=d.sha256,
            format=d.format,
            path=d.path,
            encoding=d.encoding,
            meta=meta,
            outline=outline,
            tables=tuple(_table_from_json(t) for t in _json(st.tables)) if st else (),
        )

    def _area(self, conn: Connection, code: str) -> Area | None:
        chain: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        current: str | None = code
        while current and current not in seen:
            seen.add(current)
            row = conn.execute(select(m.areas).where(m.areas.c.code == current)).first()
            if row is None:
                break
            chain.append((row.code, row.name, row.level))
            current = row.parent_code
        if not chain:
            return None
        code0, name0, level0 = chain[0]
        return Area(
            code=code0, name=name0, level=level0, parents=tuple((c, n) for c, n, _ in chain[1:])
        )

    # ---- reading facts -------------------------------------------------

    def facts(self, flt: FactFilter = FactFilter()) -> list[StoredFact]:
        return list(self.iter_facts(flt))

    def iter_facts(self, flt: FactFilter = FactFilter()) -> Iterator[StoredFact]:
        """The facts ``flt`` names, in document and text order, streamed from the cursor.

        Filters, order, limit and offset run in SQL; rows come in chunks, so
        memory stays flat however large the store.
        """
        with self.engine.connect() as conn:
            any_fixes = conn.execute(select(m.corrections.c.id).limit(1)).first() is not None
            for rows in factquery.stream_rows(conn, flt):
                by_fact = self._corrections_for(conn, [r.id for r in rows]) if any_fixes else {}
                fields = rows[0]._fields if rows else ()
                for row in rows:
                    yield _stored(row, by_fact.get(row.id, ()), fields)

    def count_facts(self, flt: FactFilter = FactFilter()) -> int:
        """How many facts ``flt`` names, ignoring its limit and offset (a listing's total)."""
        with self.engine.connect() as conn:
            query = factquery.count_query(flt, factquery.store_state(conn))
            return conn.execute(query).scalar_one()

    def text(self, doc_id: int) -> str:
        """A stored document's text alone (no outline, no tables)."""
        with self.engine.connect() as conn:
            text = conn.execute(select(m.texts.c.text).where(m.texts.c.doc_id == doc_id)).scalar()
        if text is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return text

    def fact(self, fact_id: int) -> StoredFact:
        """One fact by id, corrections applied (also when marked wrong)."""
        f = m.facts
        q = (
            select(f, m.documents.c.name.label("doc_name"))
            .join(m.documents, m.documents.c.id == f.c.doc_id)
            .where(f.c.id == fact_id)
        )
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                raise NotFoundError(f"no fact with id {fact_id}")
            fixes = self._corrections_for(conn, [fact_id]).get(fact_id, ())
        return _stored(row, fixes)

    # ---- corrections ---------------------------------------------------

    def correct(
        self,
        fact_id: int,
        *,
        author: str,
        field: str | None = None,
        value: str | None = None,
        wrong: bool = False,
        note: str | None = None,
    ) -> int:
        """Record a person's correction of a fact; returns the correction's id.

        Either ``field``/``value`` (a new value for one field) or ``wrong=True``
        (the figure is not a fact). The extracted row is kept as it was.
        """
        author = (author or "").strip()
        if not author:
            raise UsageError("a correction needs an author (who is correcting?)")
        if not wrong and not field:
            raise UsageError("say which field to correct, or mark the fact wrong")
        if field:
            _typed_field(field, value)  # validate before storing
        self.fact(fact_id)  # NotFoundError for an unknown fact
        with self.engine.begin() as conn:
            return conn.execute(
                insert(m.corrections)
                .values(
                    fact_id=fact_id,
                    author=author[:128],
                    created_at=datetime.now(UTC),
                    field=field,
                    value=value,
                    wrong=wrong,
                    note=note,
                )
                .returning(m.corrections.c.id)
            ).scalar_one()

    def corrections(self, fact_id: int | None = None) -> list[Correction]:
        q = select(m.corrections).order_by(m.corrections.c.created_at, m.corrections.c.id)
        if fact_id is not None:
            q = q.where(m.corrections.c.fact_id == fact_id)
        with self.engine.connect() as conn:
            return [Correction(**r._asdict()) for r in conn.execute(q)]

    @staticmethod
    def _corrections_for(conn: Connection, fact_ids: list[int]) -> dict[int, list[Correction]]:
        out: dict[int, list[Correction]] = {}
        if not fact_ids:
            return out
        # Corrections are rare: look them up only when the table has any.
        if conn.execute(select(m.corrections.c.id).limit(1)).first() is None:
            return out
        for i in range(0, len(fact_ids), 500):
            chunk = fact_ids[i : i + 500]
            q = (
                select(m.corrections)
                .where(m.corrections.c.fact_id.in_(chunk))
                .order_by(m.corrections.c.created_at, m.corrections.c.id)
            )
            for r in conn.execute(q):
                out.setdefault(r.fact_id, []).append(Correction(**r._asdict()))
        return out

    # ---- indicators ----------------------------------------------------

    def indicator_counts(self) -> dict[str | None, int]:
        """Current facts per catalog id (None: unresolved)."""
        f, d = m.facts, m.documents
        q = (
            select(f.c.indicator_id, func.count())
            .select_from(f.join(d, d.c.id == f.c.doc_id))
            .where(d.c.superseded_by.is_(None))
            .group_by(f.c.indicator_id)
        )
        with self.engine.connect() as conn:
            return dict(conn.execute(q).all())

    def unresolved_names(self) -> dict[str, int]:
        """Indicator names of current facts with no catalog id, with their counts."""
        f, d = m.facts, m.documents
        q = (
            select(f.c.indicator, func.count())
            .select_from(f.join(d, d.c.id == f.c.doc_id))
            .where(d.c.superseded_by.is_(None), f.c.indicator_id.is_(None))
            .group_by(f.c.indicator)
        )
        with self.engine.connect() as conn:
            return dict(conn.execute(q).all())

    def update_resolution(self, changes: Sequence[tuple[int, Fact]]) -> int:
        """Write new catalog ids and canonical values for stored facts, in one transaction.

        ``changes`` pairs a fact id with the fact as re-resolved; only the
        resolution columns are written, the extracted figure is left as it was.
        """
        if not changes:
            return 0
        stmt = (
            update(m.facts)
            .where(m.facts.c.id == bindparam("fact_id"))
            .values(
                indicator_id=bindparam("new_id"),
                indicator_confidence=bindparam("new_conf"),
                canonical_value=bindparam("new_value"),
                canonical_unit=bindparam("new_unit"),
            )
        )
        rows = [
            {
                "fact_id": fid,
                "new_id": f.indicator_id,
                "new_conf": f.indicator_confidence,
                "new_value": f.canonical_value,
                "new_unit": f.canonical_unit,
            }
            for fid, f in changes
        ]
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)
        return len(rows)

    # ---- areas and text search -----------------------------------------

    def areas(self) -> list[AreaRow]:
        """Areas with current documents, and their parents, with counts."""
        d, f, a = m.documents, m.facts, m.areas
        current = d.c.superseded_by.is_(None)
        with self.engine.connect() as conn:
            doc_counts = dict(
                conn.execute(
                    select(d.c.area_code, func.count()).where(current).group_by(d.c.area_code)
                ).all()
            )
            fact_counts = dict(
                conn.execute(
                    select(d.c.area_code, func.count())
                    .select_from(f.join(d, d.c.id == f.c.doc_id))
                    .where(current)
                    .group_by(d.c.area_code)
                ).all()
            )
            rows = conn.execute(select(a).order_by(a.c.code)).all()
        return [
            AreaRow(
                r.code,
                r.name,
                r.level,
                r.parent_code,
                doc_counts.get(r.code, 0),
                fact_counts.get(r.code, 0),
            )
            for r in rows
        ]

    def texts_containing(
        self,
        words: Sequence[str],
        *,
        area: str | None = None,
        doc_type: str | None = None,
        year: int | None = None,
        limit: int = 200,
    ) -> list[tuple[DocRow, str]]:
        """Current documents whose text holds every word, with their text.

        ``area`` is a name or code; a city or province includes its counties.
        ``year`` matches a report year or a plan period covering it.
        """
        d, t = m.documents, m.texts
        q = select(*self._doc_columns(), t.c.text).join(t, t.c.doc_id == d.c.id)
        q = q.where(d.c.superseded_by.is_(None))
        for w in words:
            if w:
                q = q.where(t.c.text.contains(w, autoescape=True))
        if area:
            q = q.where(self._area_condition(area))
        if doc_type:
            q = q.where(d.c.doc_type == doc_type)
        if year:
            q = q.where(
                or_(d.c.year == year, and_(d.c.period_start <= year, d.c.period_end >= year))
            )
        q = q.order_by(d.c.id).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        out = []
        for row in rows:
            rec = row._asdict()
            text = rec.pop("text")
            out.append((DocRow(**rec), text))
        return out

    @staticmethod
    def _area_condition(area: str):
        """Documents of an area given by name or code, its counties included."""
        d = m.documents
        if area.isdigit():
            code = area
        else:
            code = None
        if code is None:
            return or_(
                d.c.area_name == area,
                d.c.area_code.in_(
                    select(m.areas.c.code).where(
                        m.areas.c.parent_code.in_(
                            select(m.areas.c.code).where(m.areas.c.name == area)
                        )
                    )
                ),
            )
        if code.endswith("0000"):
            return d.c.area_code.startswith(code[:2])
        if code.endswith("00"):
            return d.c.area_code.startswith(code[:4])
        return d.c.area_code == code

    def has_documents(self) -> bool:
        """Whether any document is stored (one indexed row read, whatever the store's size)."""
        with self.engine.connect() as conn:
            return conn.execute(select(m.documents.c.id).limit(1)).first() is not None

    def counts(self) -> dict[str, int]:
        """Numbers of current documents and their facts."""
        with self.engine.connect() as conn:
            docs = conn.execute(
                select(func.count()).where(m.documents.c.superseded_by.is_(None))
            ).scalar_one()
            facts = conn.execute(
                select(func.count())
                .select_from(m.facts.join(m.documents, m.documents.c.id == m.facts.c.doc_id))
                .where(m.documents.c.superseded_by.is_(None))
            ).scalar_one()
        return {"documents": docs, "facts": facts}


def _json(value: object) -> list:
    # JSON columns come back decoded on both backends; strings only from raw SQL copies.
    return json.loads(value) if isinstance(value, str) else list(value or [])


def open_store(url: str) -> Store:
    """Open (and migrate) the store at ``url``."""
    return Store(url)


__all__ = [
    "AddOutcome",
    "AreaRow",
    "Correction",
    "DocRow",
    "FactFilter",
    "Store",
    "StoredFact",
    "open_store",
]
