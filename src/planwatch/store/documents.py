"""The Store's documents: writing one in a transaction, reading documents, texts and tables back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, literal_column, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from planwatch.core.data import (
    Area,
    DocType,
    Document,
    DocumentMeta,
    Evidence,
    Fact,
    Heading,
    Outline,
    Span,
    TableRecord,
    UserMeta,
)
from planwatch.core.errors import NotFoundError, StoreError
from planwatch.store import models as m
from planwatch.store import spancodec, textdicts
from planwatch.store.bulk import insert_many, insert_sql
from planwatch.store.db import one_line
from planwatch.store.records import (
    AddOutcome,
    DocRow,
    _json,
    _record_from_row,
    _table_from_json,
)
from planwatch.store.replace import ReplaceOutcome, replace_derived
from planwatch.store.rows import (
    FACT_COLUMNS,
    HEADING_COLUMNS,
    RECOVERED_COLUMNS,
    DocRows,
    to_rows,
)
from planwatch.store.search_index import sentence_rows, write_rows
from planwatch.store.textcodec import dictionary_of, pack, packs, set_current, stored_text
from planwatch.store.titles import read_title

# Values per IN (...) look-up: well under SQLite's limit of bound parameters.
_LOOKUP_CHUNK = 500
# Bytes of text written between looks for a store's first dictionary (a sum over documents).
_TRAIN_CHECK = 500_000


def _chunks(values: Sequence[str]) -> Iterator[list[str]]:
    """``values`` in runs of at most :data:`_LOOKUP_CHUNK`, each sorted without repeats."""
    for i in range(0, len(values), _LOOKUP_CHUNK):
        yield sorted(set(values[i : i + _LOOKUP_CHUNK]))


class DocumentsPart:
    """Documents in and out of the store (part of :class:`planwatch.store.repo.Store`)."""

    engine: Engine

    # ---- writing -------------------------------------------------------

    def has_content(self, sha256: str) -> int | None:
        """The id of the document with this content hash, if stored."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(m.documents.c.id).where(m.documents.c.sha256 == sha256)
            ).scalar()

    def stored_contents(self, hashes: Sequence[str]) -> dict[str, int]:
        """Content hash -> document id of each of ``hashes`` already stored (ingest asks
        for a batch's files at once, a query per few hundred instead of one per file)."""
        d = m.documents
        found: dict[str, int] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(hashes):
                rows = conn.execute(select(d.c.sha256, d.c.id).where(d.c.sha256.in_(chunk)))
                for sha, doc_id in rows:
                    found.setdefault(sha, doc_id)
        return found

    def paths_with_settings(self, paths: Sequence[str]) -> set[str]:
        """Those of ``paths`` whose current document holds what a user set
        (:meth:`user_settings_at` is then worth asking)."""
        d = m.documents
        out: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(paths):
                out.update(
                    conn.execute(
                        select(d.c.path).where(
                            d.c.path.in_(chunk),
                            d.c.superseded_by.is_(None),
                            d.c.user_set.is_not(None),
                            d.c.user_set != "",
                        )
                    ).scalars()
                )
        return out

    def add(self, document: Document, facts: Sequence[Fact], *, size_bytes: int) -> AddOutcome:
        """Store a document with its outline and facts, in one transaction (see add_rows)."""
        backend = self.engine.dialect.name
        return self.add_rows(to_rows(document, tuple(facts), size_bytes, backend=backend))

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

    def replace_derived(self, doc_id: int, rows: DocRows) -> ReplaceOutcome:
        """Swap what was derived from a stored document for ``rows``, in one transaction.

        ``rows`` come from analysing the document's stored text again (its
        sha256 must match): the document's metadata, outline, sentence index,
        facts and recovered tables are replaced, its text and id kept; a
        person's corrections move to the new fact at the same span (see
        ``store/replace.py``). On any failure nothing is changed.
        """
        try:
            with self.engine.begin() as conn:
                sha = conn.execute(
                    select(m.documents.c.sha256).where(m.documents.c.id == doc_id)
                ).scalar()
                if sha is None:
                    raise NotFoundError(f"no document with id {doc_id}")
                if sha != rows.sha256:
                    raise StoreError(f"document {doc_id} holds other content than {rows.name}")
                self._upsert_areas(conn, rows.areas)
                outcome = replace_derived(conn, doc_id, rows)
                # Changed in place (no newer document id tells it): the stored evaluations
                # of every area the document or its facts were or are now about go, in
                # the same transaction, so no reader sees new facts under an old verdict.
                if outcome.areas:
                    e = m.area_evaluations
                    conn.execute(delete(e).where(e.c.area_code.in_(sorted(outcome.areas))))
                return outcome
        except SQLAlchemyError as exc:
            raise StoreError(f"could not correct document {doc_id}: {one_line(exc)}") from exc

    def user_settings_at(self, path: str) -> UserMeta | None:
        """What the user set on the current document stored from ``path`` (None if nothing):
        a changed file at that path keeps them."""
        d = m.documents
        with self.engine.connect() as conn:
            row = conn.execute(
                select(d.c.user_set, d.c.area_code, d.c.doc_type, d.c.year, d.c.published).where(
                    d.c.path == path, d.c.superseded_by.is_(None)
                )
            ).first()
            if row is None or not row.user_set:
                return None
            fields = set(row.user_set.split(","))
            area = self._area(conn, row.area_code) if "area" in fields and row.area_code else None
        return UserMeta(
            area=area,
            doc_type=DocType(row.doc_type) if "type" in fields else None,
            year=row.year if "year" in fields else None,
            published=row.published if "published" in fields else None,
        )

    def _upsert_areas(self, conn: Connection, areas: Sequence[tuple]) -> None:
        if not areas:
            return
        codes = [a[0] for a in areas]
        have = set(conn.execute(select(m.areas.c.code).where(m.areas.c.code.in_(codes))).scalars())
        new = [a for a in areas if a[0] not in have]
        if new:
            conn.exec_driver_sql(
                insert_sql(conn, "areas", ("code", "name", "level", "parent_code")), new
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
        if packs(conn.dialect.name):
            stored = (doc_id, None, self._packed_text(conn, rows))
        else:
            stored = (doc_id, rows.text, None)
        conn.exec_driver_sql(insert_sql(conn, "texts", ("doc_id", "text", "ztext")), stored)
        conn.exec_driver_sql(
            insert_sql(conn, "structures", ("doc_id", "paragraphs", "sentences", "tables")),
            (doc_id, rows.paragraphs, rows.sentences, rows.tables),
        )
        search = rows.search
        if rows.search_backend != conn.dialect.name:  # made for the other backend: redo
            spans = [Span(s, e) for s, e, _ in search]
            search = sentence_rows(rows.text, spans, conn.dialect.name)
        write_rows(conn, doc_id, search)  # full-text search
        insert_many(conn, "headings", HEADING_COLUMNS, [(doc_id, *h) for h in rows.headings])
        insert_many(conn, "facts", FACT_COLUMNS, [(doc_id, *f) for f in rows.facts])
        insert_many(
            conn, "recovered_tables", RECOVERED_COLUMNS, [(doc_id, *r) for r in rows.recovered]
        )
        return doc_id

    # The store's text dictionary (store/textdicts.py): read at the first document
    # written, then looked for again after every _TRAIN_CHECK bytes of text while none.
    _zdict: int | None = None
    _zdict_read = False
    _zdict_since = 0

    def _packed_text(self, conn: Connection, rows: DocRows) -> bytes:
        """The text as stored: with the store's dictionary once it has one; the worker's
        packing is kept when it used the same (it packs with the dictionary of the store
        its parent opened last, or none)."""
        zdict = self._text_dictionary(conn, rows.document.get("size_bytes") or 0)
        if rows.packed is not None and dictionary_of(rows.packed) == zdict:
            return rows.packed
        return pack(rows.text, zdict)

    def _text_dictionary(self, conn: Connection, size: int) -> int | None:
        if not self._zdict_read:
            self._zdict = textdicts.load(conn)
            self._zdict_read = True
            self._zdict_since = _TRAIN_CHECK  # a store opened with enough text: now
        if self._zdict is None:
            self._zdict_since += size
            if self._zdict_since >= _TRAIN_CHECK:
                self._zdict_since = 0
                self._zdict = textdicts.train_if_due(conn)
                if self._zdict is not None:
                    set_current(self._zdict)  # workers forked from here on pack with it
        return self._zdict

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
            text = self._stored_text(conn, doc_id)
            if text is None:
                raise NotFoundError(f"no text of document {doc_id}")
            st = conn.execute(select(m.structures).where(m.structures.c.doc_id == doc_id)).first()
            # Every column the table has: a store of a schema before migration titles
            # (read while a test or a downgrade holds it there) has no title_at.
            hs = conn.execute(
                select(literal_column("*"))
                .select_from(m.headings)
                .where(m.headings.c.doc_id == doc_id)
                .order_by(m.headings.c.ordinal)
            ).mappings()
            headings = tuple(
                Heading(
                    level=h["level"],
                    marker=h["marker"],
                    title=read_title(text, h["title"], h.get("title_at"), h["start"], h["end"]),
                    span=Span(h["start"], h["end"]),
                    section=Span(h["section_start"], h["section_end"]),
                )
                for h in hs
            )
            area = self._area(conn, d.area_code) if d.area_code else None
        outline = Outline(
            headings=headings,
            toc=Span(d.toc_start, d.toc_end) if d.toc_start is not None else None,
            paragraphs=tuple(Span(*p) for p in spancodec.decode(st.paragraphs)) if st else (),
            sentences=tuple(Span(*p) for p in spancodec.decode(st.sentences)) if st else (),
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

    def text(self, doc_id: int) -> str:
        """A stored document's text alone (no outline, no tables)."""
        with self.engine.connect() as conn:
            text = self._stored_text(conn, doc_id)
        if text is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return text

    @staticmethod
    def _stored_text(conn: Connection, doc_id: int) -> str | None:
        t = m.texts
        row = conn.execute(select(t.c.text, t.c.ztext).where(t.c.doc_id == doc_id)).first()
        return None if row is None else stored_text(row.text, row.ztext)

    def size_bytes(self) -> int:
        """The store's size on disk: the SQLite file's pages, or on PostgreSQL its tables
        with their indexes and TOAST (the server's own catalog left out)."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                sql = (
                    "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
                )
                return int(conn.exec_driver_sql(sql).scalar_one())
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            return int(pages * conn.exec_driver_sql("PRAGMA page_size").scalar_one())

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
