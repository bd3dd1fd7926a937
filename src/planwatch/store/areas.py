"""The Store's areas and full-text search over current documents."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.engine import Engine

from planwatch.describe.areas import NATION_CODE, codes_under, rows_by_name
from planwatch.store import models as m
from planwatch.store.records import (
    AreaRow,
    DocRow,
)
from planwatch.store.textcodec import stored_text, text_expr


class AreasPart:
    """Areas and text search (part of :class:`planwatch.store.repo.Store`)."""

    engine: Engine

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
        q = select(*self._doc_columns()).join(t, t.c.doc_id == d.c.id)
        q = q.where(d.c.superseded_by.is_(None))
        if area:
            q = q.where(self._area_condition(area))
        if doc_type:
            q = q.where(d.c.doc_type == doc_type)
        if year:
            q = q.where(
                or_(d.c.year == year, and_(d.c.period_start <= year, d.c.period_end >= year))
            )
        words = [w for w in words if w]
        here = self.engine.dialect.name == "postgresql"
        if not here:  # SQLite unpacks texts and matches the words in SQL
            stored = text_expr(t)
            q = q.add_columns(stored.label("text"))
            for w in words:
                q = q.where(stored.contains(w, autoescape=True))
            q = q.order_by(d.c.id).limit(limit)
        else:  # PostgreSQL's texts are unpacked here, a document at a time
            q = q.add_columns(t.c.text, t.c.ztext).order_by(d.c.id)
        out: list[tuple[DocRow, str]] = []
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=50).execute(q):
                rec = row._asdict()
                text = stored_text(rec.pop("text"), rec.pop("ztext", None)) or ""
                if not here or all(w in text for w in words):
                    out.append((DocRow(**rec), text))
                    if len(out) >= limit:
                        break
        return out

    @staticmethod
    def _area_condition(area: str):
        """Documents of an area given by name or code, the areas inside it included
        (the admin-division hierarchy of :func:`planwatch.describe.areas.is_under`)."""
        d = m.documents
        code = area if area.isdigit() else None
        if code is None:
            rows = rows_by_name(area)
            code = rows[0].code if len(rows) == 1 else None
        if code is None:  # unknown or ambiguous name: the documents filed under it
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
        if code == NATION_CODE:
            return true()
        inside = codes_under(code)
        return d.c.area_code.in_(sorted({code, *inside}))
