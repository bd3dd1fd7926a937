"""The Store's facts: streamed reads, corrections by a person, and indicator resolution."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from planwatch.core.data import (
    Fact,
)
from planwatch.core.errors import NotFoundError, UsageError
from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.factquery import FactFilter
from planwatch.store.records import (
    Correction,
    StoredFact,
    _stored,
    _typed_field,
)


class FactsPart:
    """Facts, their corrections and their indicators (part of :class:`planwatch.store.repo.Store`)."""

    engine: Engine

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
        """Current facts per catalog id (None: unresolved), counted on the index of the id
        alone when no document is superseded (the usual store: every fact is current),
        not by joining every fact to its document."""
        f, d = m.facts, m.documents
        q = select(f.c.indicator_id, func.count()).group_by(f.c.indicator_id)
        with self.engine.connect() as conn:
            old = select(d.c.id).where(d.c.superseded_by.is_not(None))
            if conn.execute(old.limit(1)).first() is not None:
                q = q.where(f.c.doc_id.not_in(old))
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
