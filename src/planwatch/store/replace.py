"""Replacing what was derived from a stored document, inside one transaction.

When the user corrects a document's area, type or date, its text is analysed
again and everything derived from it — the document row's metadata, headings,
sentence index, facts and recovered tables — is swapped for the new rows. The
text itself is never touched. A person's corrections of the old facts move to
the new fact with the same value span (and indicator name, when several share
the span); those whose span no longer yields a fact are returned so the caller
can report them (they go with their fact).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from planwatch.core.data import Span
from planwatch.store import models as m
from planwatch.store import spancodec
from planwatch.store.bulk import insert_many
from planwatch.store.records import Correction
from planwatch.store.rows import FACT_COLUMNS, HEADING_COLUMNS, RECOVERED_COLUMNS, DocRows
from planwatch.store.search_index import delete_document, sentence_rows, write_rows

# Columns of ``documents`` that describe the file itself: never re-derived.
_FILE_COLUMNS = frozenset(
    {"name", "path", "sha256", "format", "encoding", "size_bytes", "size_chars"}
)


@dataclass(frozen=True, slots=True)
class ReplaceOutcome:
    """What a replacement did to the document's facts and their corrections."""

    facts_before: int
    facts_after: int
    reattached: int  # corrections moved to the new fact at the same span
    dropped: tuple[Correction, ...]  # corrections whose span gives no fact any more
    areas: frozenset[str]  # codes of the areas before and after (document and facts)


def replace_derived(conn: Connection, doc_id: int, rows: DocRows) -> ReplaceOutcome:
    """Swap the document's derived rows for ``rows`` (same text) in ``conn``'s transaction."""
    old_areas = _area_codes(conn, doc_id)
    before = conn.execute(select(func.max(m.facts.c.id))).scalar() or 0
    old_facts = {
        r.id: (r.start, r.end, r.indicator)
        for r in conn.execute(
            select(m.facts.c.id, m.facts.c.start, m.facts.c.end, m.facts.c.indicator).where(
                m.facts.c.doc_id == doc_id
            )
        )
    }
    insert_many(conn, "facts", FACT_COLUMNS, [(doc_id, *f) for f in rows.facts])
    reattached, dropped = _move_corrections(conn, doc_id, old_facts, before)
    conn.execute(delete(m.facts).where(m.facts.c.doc_id == doc_id, m.facts.c.id <= before))
    conn.execute(delete(m.headings).where(m.headings.c.doc_id == doc_id))
    insert_many(conn, "headings", HEADING_COLUMNS, [(doc_id, *h) for h in rows.headings])
    conn.execute(delete(m.recovered_tables).where(m.recovered_tables.c.doc_id == doc_id))
    insert_many(conn, "recovered_tables", RECOVERED_COLUMNS, [(doc_id, *r) for r in rows.recovered])
    _replace_structure(conn, doc_id, rows)
    values = {k: v for k, v in rows.document.items() if k not in _FILE_COLUMNS}
    conn.execute(update(m.documents).where(m.documents.c.id == doc_id).values(**values))
    return ReplaceOutcome(
        facts_before=len(old_facts),
        facts_after=len(rows.facts),
        reattached=reattached,
        dropped=dropped,
        areas=frozenset((old_areas | _area_codes(conn, doc_id)) - {None}),
    )


def _area_codes(conn: Connection, doc_id: int) -> set[str | None]:
    """The document's area and its facts' jurisdictions (what an evaluation cache keys on)."""
    codes = set(
        conn.execute(
            select(m.facts.c.jurisdiction_code).where(m.facts.c.doc_id == doc_id).distinct()
        ).scalars()
    )
    codes.add(
        conn.execute(select(m.documents.c.area_code).where(m.documents.c.id == doc_id)).scalar()
    )
    return codes


def _move_corrections(
    conn: Connection, doc_id: int, old_facts: dict[int, tuple], newer_than: int
) -> tuple[int, tuple[Correction, ...]]:
    """Point each correction of an old fact at the new fact of the same span."""
    fixes = [
        Correction(**r._asdict())
        for r in conn.execute(
            select(m.corrections)
            .join(m.facts, m.facts.c.id == m.corrections.c.fact_id)
            .where(m.facts.c.doc_id == doc_id, m.facts.c.id <= newer_than)
            .order_by(m.corrections.c.id)
        )
    ]
    if not fixes:
        return 0, ()
    new = conn.execute(
        select(m.facts.c.id, m.facts.c.start, m.facts.c.end, m.facts.c.indicator)
        .where(m.facts.c.doc_id == doc_id, m.facts.c.id > newer_than)
        .order_by(m.facts.c.id)
    ).all()
    by_span: dict[tuple, int] = {}
    for r in new:  # the first fact at a span (and with a name) takes its corrections
        by_span.setdefault((r.start, r.end, r.indicator), r.id)
        by_span.setdefault((r.start, r.end), r.id)
    moved, dropped = 0, []
    for fix in fixes:
        start, end, indicator = old_facts[fix.fact_id]
        target = by_span.get((start, end, indicator)) or by_span.get((start, end))
        if target is None:
            dropped.append(fix)
            continue
        conn.execute(
            update(m.corrections).where(m.corrections.c.id == fix.id).values(fact_id=target)
        )
        moved += 1
    return moved, tuple(dropped)


def _replace_structure(conn: Connection, doc_id: int, rows: DocRows) -> None:
    """Paragraphs, sentences and reader tables; the sentence index only if sentences moved.

    The sentences come from the text alone, so they change only when the code that
    finds them did since the document was stored.
    """
    stored = conn.execute(
        select(m.structures.c.sentences).where(m.structures.c.doc_id == doc_id)
    ).scalar()
    # The JSON as the worker encoded it (compact, as add_rows writes it), not re-encoded.
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        f"UPDATE structures SET paragraphs = {mark}, sentences = {mark}, tables = {mark}"
        f" WHERE doc_id = {mark}",
        (rows.paragraphs, rows.sentences, rows.tables, doc_id),
    )
    # Compared as spans: a row written before migration ``slim`` holds the nested form.
    if spancodec.decode(stored) == spancodec.decode(rows.sentences):
        return
    delete_document(conn, doc_id, rows.text)
    search = rows.search
    if rows.search_backend != conn.dialect.name:
        spans = [Span(s, e) for s, e, _ in search]
        search = sentence_rows(rows.text, spans, conn.dialect.name)
    write_rows(conn, doc_id, search)
