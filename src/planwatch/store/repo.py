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
    Fact,
    Heading,
    Kind,
    Measure,
    Outline,
    SourceTable,
    Span,
    TableCell,
)
from planwatch.core.errors import NotFoundError, StoreError, UsageError
from planwatch.store import models as m
from planwatch.store.db import one_line, open_engine
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


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to list; ``None`` fields do not filter."""

    doc: str | None = None  # document id or file name
    jurisdiction: str | None = None  # area name or code
    indicator: str | None = None  # substring of the indicator name, or an indicator_id
    kind: str | None = None
    include_superseded: bool = False
    include_rejected: bool = False  # facts a person marked wrong
    limit: int | None = None


def _level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def _table_json(table: SourceTable) -> dict:
    return {
        "span": [table.span.start, table.span.end],
        "n_rows": table.n_rows,
        "n_cols": table.n_cols,
        "cells": [
            [c.row, c.col, c.rowspan, c.colspan, c.span.start, c.span.end, c.text]
            for c in table.cells
        ],
    }


def _table_from_json(obj: dict) -> SourceTable:
    cells = tuple(
        TableCell(row=r, col=c, rowspan=rs, colspan=cs, span=Span(s, e), text=t)
        for r, c, rs, cs, s, e, t in obj["cells"]
    )
    return SourceTable(
        span=Span(*obj["span"]), cells=cells, n_rows=obj["n_rows"], n_cols=obj["n_cols"]
    )


def _fact_from_row(row: Row) -> Fact:
    return Fact(
        doc=row.doc_name,
        start=row.start,
        end=row.end,
        quote_start=row.quote_start,
        quote_end=row.quote_end,
        indicator=row.indicator,
        kind=Kind(row.kind),
        measure=Measure(row.measure),
        value=row.value,
        unit=row.unit,
        year=row.year,
        period_start=row.period_start,
        comparator=Comparator(row.comparator),
        binding=Binding(row.binding) if row.binding else None,
        jurisdiction=row.jurisdiction,
        jurisdiction_code=row.jurisdiction_code,
        indicator_id=row.indicator_id,
        origin=row.origin,
        indicator_confidence=row.indicator_confidence,
        canonical_value=row.canonical_value,
        canonical_unit=row.canonical_unit,
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


_FACT_COLUMNS = (
    "doc_id",
    "start",
    "end",
    "quote_start",
    "quote_end",
    "jurisdiction",
    "jurisdiction_code",
    "indicator",
    "indicator_id",
    "kind",
    "measure",
    "year",
    "period_start",
    "value",
    "unit",
    "comparator",
    "binding",
    "origin",
    "indicator_confidence",
    "canonical_value",
    "canonical_unit",
)


def _insert_facts(conn: Connection, doc_id: int, facts: Sequence[Fact]) -> None:
    """Insert a document's facts with one driver-level executemany.

    A document has hundreds of facts and ingest stores thousands of documents:
    plain tuples skip SQLAlchemy's per-row parameter processing, which was the
    main cost of storing. Column names are quoted ("end" is reserved in SQL).
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO facts ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in _FACT_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_FACT_COLUMNS))})"
    )
    rows = [
        (
            doc_id,
            f.start,
            f.end,
            f.quote_start,
            f.quote_end,
            f.jurisdiction,
            f.jurisdiction_code,
            f.indicator,
            f.indicator_id,
            f.kind.value,
            f.measure.value,
            f.year,
            f.period_start,
            f.value,
            f.unit,
            f.comparator.value,
            f.binding.value if f.binding else None,
            f.origin,
            f.indicator_confidence,
            f.canonical_value,
            f.canonical_unit,
        )
        for f in facts
    ]
    conn.exec_driver_sql(sql, rows)


def _stored(row: Row, fixes: Sequence[Correction]) -> StoredFact:
    """A fact row as a StoredFact, with a person's corrections applied."""
    fact = _fact_from_row(row)
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
        """Store a document with its outline and facts, in one transaction.

        The same content (hash) already stored: nothing is written. A current
        document at the same path with other content: the new one becomes its
        next version and the old one is marked superseded, not deleted.
        """
        try:
            with self.engine.begin() as conn:
                existing = conn.execute(
                    select(m.documents.c.id).where(m.documents.c.sha256 == document.sha256)
                ).scalar()
                if existing is not None:
                    return AddOutcome(doc_id=existing, added=False)
                previous = None
                if document.path:
                    previous = conn.execute(
                        select(m.documents.c.id, m.documents.c.version).where(
                            m.documents.c.path == document.path,
                            m.documents.c.superseded_by.is_(None),
                        )
                    ).first()
                version = previous.version + 1 if previous else 1
                self._upsert_area(conn, document.meta.area)
                doc_id = self._insert_document(conn, document, facts, size_bytes, version)
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
            found = self.has_content(document.sha256)
            if found is None:
                raise StoreError(f"could not store {document.name}: {one_line(exc)}") from exc
            return AddOutcome(doc_id=found, added=False)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {document.name}: {one_line(exc)}") from exc

    def _upsert_area(self, conn: Connection, area: Area | None) -> None:
        if area is None:
            return
        chain = [(area.code, area.name, area.level)]
        chain += [(code, name, _level_of(code)) for code, name in area.parents]
        for i, (code, name, level) in enumerate(chain):
            parent = chain[i + 1][0] if i + 1 < len(chain) else None
            found = conn.execute(select(m.areas.c.code).where(m.areas.c.code == code)).first()
            if not found:
                conn.execute(
                    insert(m.areas).values(code=code, name=name, level=level, parent_code=parent)
                )

    def _insert_document(
        self,
        conn: Connection,
        doc: Document,
        facts: Sequence[Fact],
        size_bytes: int,
        version: int,
    ) -> int:
        meta = doc.meta
        toc = doc.outline.toc
        doc_id = conn.execute(
            insert(m.documents)
            .values(
                name=doc.name,
                path=doc.path,
                sha256=doc.sha256,
                format=doc.format,
                encoding=doc.encoding,
                size_bytes=size_bytes,
                size_chars=len(doc.text),
                title=meta.title,
                doc_type=meta.doc_type.value,
                area_code=meta.area.code if meta.area else None,
                area_name=meta.area.name if meta.area else None,
                year=meta.year,
                period_start=meta.period_start,
                period_end=meta.period_end,
                published=meta.published,
                toc_start=toc.start if toc else None,
                toc_end=toc.end if toc else None,
                n_facts=len(facts),
                version=version,
                ingested_at=datetime.now(UTC),
            )
            .returning(m.documents.c.id)
        ).scalar_one()
        conn.execute(insert(m.texts).values(doc_id=doc_id, text=doc.text))
        outline = doc.outline
        conn.execute(
            insert(m.structures).values(
                doc_id=doc_id,
                paragraphs=[[s.start, s.end] for s in outline.paragraphs],
                sentences=[[s.start, s.end] for s in outline.sentences],
                tables=[_table_json(t) for t in doc.tables],
            )
        )
        index_document(conn, doc_id, doc.text, outline.sentences)  # full-text search
        if outline.headings:
            conn.execute(
                insert(m.headings),
                [
                    {
                        "doc_id": doc_id,
                        "ordinal": i,
                        "level": h.level,
                        "marker": h.marker,
                        "title": h.title,
                        "start": h.span.start,
                        "end": h.span.end,
                        "section_start": h.section.start,
                        "section_end": h.section.end,
                    }
                    for i, h in enumerate(outline.headings)
                ],
            )
        if facts:
            _insert_facts(conn, doc_id, facts)
        return doc_id

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
        f, d = m.facts, m.documents
        q = (
            select(f, d.c.name.label("doc_name"))
            .join(d, d.c.id == f.c.doc_id)
            .order_by(f.c.doc_id, f.c.start, f.c.end)
        )
        conds = []
        if not flt.include_superseded:
            conds.append(d.c.superseded_by.is_(None))
        if flt.doc:
            conds.append(d.c.id == int(flt.doc) if flt.doc.isdigit() else d.c.name == flt.doc)
        if flt.jurisdiction:
            conds.append(
                or_(
                    f.c.jurisdiction == flt.jurisdiction,
                    f.c.jurisdiction_code == flt.jurisdiction,
                )
            )
        if flt.indicator:
            conds.append(
                or_(
                    f.c.indicator.contains(flt.indicator, autoescape=True),
                    f.c.indicator_id == flt.indicator,
                )
            )
        if flt.kind:
            conds.append(f.c.kind == flt.kind)
        if not flt.include_rejected:
            wrong = select(m.corrections.c.fact_id).where(m.corrections.c.wrong.is_(True))
            conds.append(f.c.id.not_in(wrong))
        if conds:
            q = q.where(and_(*conds))
        if flt.limit:
            q = q.limit(flt.limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            by_fact = self._corrections_for(conn, [r.id for r in rows])
        for row in rows:
            yield _stored(row, by_fact.get(row.id, ()))

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
