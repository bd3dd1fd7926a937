"""The web app's reads that must stay fast at 100,000 documents.

Kept apart from :mod:`planwatch.store.repo` (the ingest-side reads and
writes): every query here is answered from indexes and counts, never by
reading documents' texts.

* :func:`store_version` and :func:`areas_touched_since` — what changed since
  a cached evaluation was made, so it is dropped only for the areas a new
  document (or correction) touches.
* :func:`search_sentences` — one page of full-text matches with their total,
  from the sentence index (:mod:`planwatch.store.search_index`).
* :func:`facts_within` — the facts stated inside given sentences.
* :func:`fact_page` / :func:`fact_count`, :func:`document_page` — list pages
  filtered, sorted and cut in SQL, with their totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import func, select

from planwatch.core.errors import NotFoundError
from planwatch.store import models as m
from planwatch.store.factpage import (
    FACT_SORTS,
    KEYSET_SORTS,
    FactQuery,
    _fact_conditions,
    _list_columns,
    _stored_facts,
    fact_count,
    fact_page,
    facts_within,
    on_sqlite,
)
from planwatch.store.indicatorpage import current_conditions, in_areas
from planwatch.store.repo import AreaRow, DocRow, Store, StoredFact
from planwatch.store.search_index import (
    Term,
    match_source,
    needs_check,
    sentence_matches,
    span_texts,
)
from planwatch.store.textcodec import stored_text


def store_version(store: Store) -> tuple[int, int]:
    """(newest document id, newest correction id): changes whenever anything is stored.

    Documents and corrections are only ever added (a new version supersedes an
    old one by pointing at it), so two maxima on primary keys tell it.
    """
    with store.engine.connect() as conn:
        doc = conn.execute(select(func.max(m.documents.c.id))).scalar() or 0
        fix = conn.execute(select(func.max(m.corrections.c.id))).scalar() or 0
    return doc, fix


def areas_touched_since(store: Store, version: tuple[int, int]) -> set[str]:
    """Codes of the areas whose data changed after ``version`` (see :func:`store_version`).

    An area is touched by a newer document about it or stating its figures, by
    a document superseded by a newer one, and by a newer correction of its facts.
    """
    doc_id, fix_id = version
    f, d, c = m.facts, m.documents, m.corrections
    changed_docs = select(d.c.id).where(sa.or_(d.c.id > doc_id, d.c.superseded_by > doc_id))
    with store.engine.connect() as conn:
        codes = set(
            conn.execute(select(d.c.area_code).where(d.c.id.in_(changed_docs)).distinct())
            .scalars()
            .all()
        )
        codes |= set(
            conn.execute(
                select(f.c.jurisdiction_code).where(f.c.doc_id.in_(changed_docs)).distinct()
            )
            .scalars()
            .all()
        )
        codes |= set(
            conn.execute(
                select(f.c.jurisdiction_code)
                .where(f.c.id.in_(select(c.c.fact_id).where(c.c.id > fix_id)))
                .distinct()
            )
            .scalars()
            .all()
        )
    codes.discard(None)
    return codes


# ---- full-text search --------------------------------------------------------

SORTS = ("relevance", "document", "newest")
MAX_COUNT = 10_000  # totals are counted up to here; beyond, pages say "10,000+"
# A phrase the index cannot match by itself (search_index.needs_check) is checked
# against the sentences: every candidate when there are at most this many (an exact
# total), else only the page's (the total then counts the index's candidates).
CHECK_ALL = 200


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """One indexed sentence: its document, span and characters."""

    doc: DocRow
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SentenceFilter:
    area: str | None = None  # name or code; a city or province includes its counties
    doc_type: str | None = None
    year: int | None = None  # a report's year, or a year inside a plan's period
    kind: str | None = None  # only sentences holding a fact of this kind


def _doc_columns() -> list:
    return [m.documents.c[name] for name in DocRow.__dataclass_fields__]


def _matches(dialect: str, terms: Sequence[Term]):
    """(the matching sentences ``s`` as id, doc_id, start, end; the relevance rank).

    SQLite: the FTS5 index's matches, each span read from its block; PostgreSQL: the
    sentence table. Shorter sentences rank first (the indexes keep presence only)."""
    sql, params = match_source(dialect, terms)
    s = (
        sa.text(sql)
        .bindparams(**params)
        .columns(
            sa.column("id", sa.Integer),
            sa.column("doc_id", sa.Integer),
            sa.column("start", sa.Integer),
            sa.column("end", sa.Integer),
            sa.column("rank", sa.Integer),
        )
        .subquery("s")
    )
    return s, s.c.rank


def _doc_filter(flt: SentenceFilter) -> list:
    """Conditions on ``documents`` for the filter (current documents only)."""
    d = m.documents
    conds = [d.c.superseded_by.is_(None)]
    if flt.area:
        conds.append(Store._area_condition(flt.area))
    if flt.doc_type:
        conds.append(d.c.doc_type == flt.doc_type)
    if flt.year is not None:
        y = flt.year
        conds.append(sa.or_(d.c.year == y, sa.and_(d.c.period_start <= y, d.c.period_end >= y)))
    return conds


def _sentence_query(dialect: str, terms: Sequence[Term], flt: SentenceFilter, sort: str):
    """The matching spans (span id, doc_id, start, end) in the order of ``sort``.

    Documents are read only for the page shown (:func:`_page_documents`): a span's
    document is kept or left out by its id, against the few superseded documents when
    nothing else filters, so a common word's thousands of candidates are ranked without
    a lookup each (their length is in the span, on SQLite in the rowid itself)."""
    s, rank = _matches(dialect, terms)
    d = m.documents
    q = sa.select(s.c.id.label("span_id"), s.c.doc_id, s.c.start, s.c.end)
    if sort == "newest":  # ordered by the documents' year: joined
        q = q.select_from(s.join(d, d.c.id == s.c.doc_id)).where(*_doc_filter(flt))
        when = sa.func.coalesce(d.c.year, d.c.period_end)
        q = q.order_by(when.desc().nulls_last(), d.c.id.desc(), s.c.id)
    else:
        if flt.area or flt.doc_type or flt.year is not None:
            q = q.where(s.c.doc_id.in_(sa.select(d.c.id).where(*_doc_filter(flt))))
        else:
            old = sa.select(d.c.id).where(d.c.superseded_by.is_not(None))
            q = q.where(s.c.doc_id.not_in(old))
        q = q.order_by(s.c.id) if sort == "document" else q.order_by(rank, s.c.id)
    if flt.kind:
        f = m.facts
        q = q.where(
            sa.exists().where(
                f.c.doc_id == s.c.doc_id,
                f.c.start >= s.c.start,
                f.c.start < s.c.end,
                f.c.kind == flt.kind,
            )
        )
    return q


def _page_documents(conn, doc_ids: Sequence[int]) -> dict[int, DocRow]:
    if not doc_ids:
        return {}
    q = sa.select(*_doc_columns()).where(m.documents.c.id.in_(sorted(set(doc_ids))))
    return {r.id: DocRow(**r._asdict()) for r in conn.execute(q)}


def search_sentences(
    store: Store,
    terms: Sequence[Term],
    flt: SentenceFilter,
    *,
    sort: str = "relevance",
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[SentenceRow], int]:
    """One page of the sentences holding every term, and how many there are
    (counted up to :data:`MAX_COUNT` + 1). Only the page's sentences are cut from
    their documents' texts — and, for a phrase the index cannot match alone, the
    candidates' (all of them up to :data:`CHECK_ALL`, else the page's: a page may
    then show fewer than ``limit``, the total counting the index's candidates)."""
    if not terms:
        return [], 0
    q = _sentence_query(store.engine.dialect.name, terms, flt, sort)
    # Counted unordered: the count needs no ranking.
    counted = sa.select(sa.func.count()).select_from(
        q.order_by(None).limit(MAX_COUNT + 1).subquery()
    )
    check = needs_check(terms)
    with store.engine.connect() as conn:
        total = conn.execute(counted).scalar_one()
        if check and total <= CHECK_ALL:
            rows = conn.execute(q).all()
        else:
            rows = conn.execute(q.limit(limit).offset(offset)).all()
        texts = span_texts(conn, [tuple(r) for r in rows])
        if check:
            rows = [r for r in rows if sentence_matches(texts.get(r.span_id, ""), terms)]
            if total <= CHECK_ALL:
                total = len(rows)
                rows = rows[offset : offset + limit]
        docs = _page_documents(conn, [r.doc_id for r in rows])
    out = [SentenceRow(docs[r.doc_id], r.start, r.end, texts.get(r.span_id, "")) for r in rows]
    return out, total


DOC_SORTS = ("id", "-id", "year", "-year", "area", "facts", "-facts")


def document_page(
    store: Store,
    *,
    doc_type: str | None = None,
    superseded: bool = False,
    limit: int,
    offset: int = 0,
    sort: str = "id",
) -> tuple[list[DocRow], int]:
    """One page of documents' metadata (no text) and how many there are."""
    d = m.documents
    conds = [] if superseded else [d.c.superseded_by.is_(None)]
    if doc_type:
        conds.append(d.c.doc_type == doc_type)
    when = func.coalesce(d.c.year, d.c.period_end)
    order = {
        "-id": [d.c.id.desc()],
        "year": [when.asc().nulls_last(), d.c.id],
        "-year": [when.desc().nulls_last(), d.c.id],
        "area": [d.c.area_code.asc().nulls_last(), d.c.id],
        "facts": [d.c.n_facts, d.c.id],
        "-facts": [d.c.n_facts.desc(), d.c.id],
    }.get(sort, [d.c.id])
    stmt = select(*_doc_columns()).where(*conds).order_by(*order).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
        total = conn.execute(select(func.count()).select_from(d).where(*conds)).scalar_one()
    return [DocRow(**r._asdict()) for r in rows], total


def area_codes_with_documents(store: Store) -> list[str]:
    """Codes of the areas that current documents are about, in code order."""
    d = m.documents
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                select(d.c.area_code)
                .where(d.c.superseded_by.is_(None), d.c.area_code.is_not(None))
                .distinct()
                .order_by(d.c.area_code)
            ).scalars()
        )


def indicator_facts(
    store: Store, indicator_id: str, areas: Sequence[str] | None = None
) -> list[StoredFact]:
    """The current facts whose catalog id is ``indicator_id`` (corrections applied, facts
    marked wrong left out, no evidence), in document order: through the index on the id,
    not a scan of every fact's name for the id as a substring. With ``areas`` (codes, or
    names as written for facts without a code) only those areas' facts."""
    f, d = m.facts, m.documents
    conds = [f.c.indicator_id == indicator_id, *_fact_conditions(FactQuery())]
    if areas is not None:
        conds.append(in_areas(list(areas)))  # codes by the index, names as written
    stmt = (
        select(*_list_columns(), d.c.name.label("doc_name"))
        .join(d, d.c.id == f.c.doc_id)
        .where(*conds)
        .order_by(f.c.doc_id, f.c.start, f.c.end)
    )
    with store.engine.connect() as conn:
        return _stored_facts(conn, conn.execute(stmt).all())


def indicator_area_counts(
    store: Store, indicator_id: str
) -> list[tuple[str, str | None, str | None, int]]:
    """(measure, area code, area name as written, facts) of the indicator's current facts
    not marked wrong, counted in SQL: what the indicator page lists of every area, while
    it reads the facts of the areas it shows only. The stored measure is counted (a
    person's correction of a fact's measure shows in its figures, not in these counts)."""
    f = m.facts
    with store.engine.connect() as conn:
        stmt = (  # on the index ix_facts_series alone where the store lets it (no document)
            select(f.c.measure, f.c.jurisdiction_code, f.c.jurisdiction, func.count())
            .where(f.c.indicator_id == indicator_id, *current_conditions(conn))
            .group_by(f.c.measure, f.c.jurisdiction_code, f.c.jurisdiction)
        )
        return [(r[0], r[1], r[2], int(r[3])) for r in conn.execute(stmt)]


def document_text(store: Store, doc_id: int) -> str:
    """A document's stored text alone (no outline, tables or area)."""
    t = m.texts
    with store.engine.connect() as conn:
        row = conn.execute(select(t.c.text, t.c.ztext).where(t.c.doc_id == doc_id)).first()
    found = None if row is None else stored_text(row.text, row.ztext)
    if found is None:
        raise NotFoundError(f"no document {doc_id} in the store")
    return found


def area_rows(
    store: Store,
    *,
    codes: Sequence[str] = (),
    name: str | None = None,
    parent: str | None = None,
    levels: Sequence[str] = (),
) -> list[AreaRow]:
    """Areas by level, code, name or parent, with counts of their current documents and
    facts (counted for these areas only, not the whole store)."""
    a, d = m.areas, m.documents
    if levels:
        cond = a.c.level.in_(list(levels))
    elif codes:
        cond = a.c.code.in_(list(codes))
    elif name is not None:
        cond = a.c.name == name
    else:
        cond = a.c.parent_code == parent
    current = d.c.superseded_by.is_(None)
    with store.engine.connect() as conn:
        found = conn.execute(select(a).where(cond).order_by(a.c.code)).all()
        got = [r.code for r in found]
        docs = dict(
            conn.execute(
                select(d.c.area_code, func.count())
                .where(current, d.c.area_code.in_(got))
                .group_by(d.c.area_code)
            ).all()
        )
        facts = dict(
            conn.execute(
                select(d.c.area_code, func.sum(d.c.n_facts))
                .where(current, d.c.area_code.in_(got))
                .group_by(d.c.area_code)
            ).all()
        )
    return [
        AreaRow(r.code, r.name, r.level, r.parent_code, docs.get(r.code, 0), facts.get(r.code) or 0)
        for r in found
    ]


def areas_with_counts(store: Store) -> list[AreaRow]:
    """Every area (those of documents and their parents) with its current documents
    and their facts, counted from the documents' own fact counts (not over every fact)."""
    a, d = m.areas, m.documents
    with store.engine.connect() as conn:
        counts = {
            code: (n, facts or 0)
            for code, n, facts in conn.execute(
                select(d.c.area_code, func.count(), func.sum(d.c.n_facts))
                .where(d.c.superseded_by.is_(None))
                .group_by(d.c.area_code)
            )
        }
        found = conn.execute(select(a).order_by(a.c.code)).all()
    return [
        AreaRow(r.code, r.name, r.level, r.parent_code, *counts.get(r.code, (0, 0))) for r in found
    ]


@dataclass(frozen=True, slots=True)
class DocBrief:
    """What a list of documents shows of one: no text, no provenance."""

    id: int
    name: str
    title: str | None
    doc_type: str
    area_code: str | None
    year: int | None
    period_start: int | None
    period_end: int | None

    @property
    def when(self) -> str:
        """The year or plan period, as :attr:`DocRow.when` writes it."""
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.year) if self.year else ""


def _brief_conditions(doc_type: str | None, year: int | None, by_area: bool = False) -> list:
    """``by_area``: the areas' index serves (the current test kept off its own, as for facts)."""
    d = m.documents
    current = (d.c.superseded_by + 0) if by_area else d.c.superseded_by
    conds = [current.is_(None), d.c.area_code.is_not(None)]
    if doc_type:
        conds.append(d.c.doc_type == doc_type)
    if year is not None:
        plan = sa.and_(d.c.period_start.is_not(None), d.c.period_end.is_not(None))
        conds.append(
            sa.or_(
                sa.and_(plan, d.c.period_start <= year, d.c.period_end >= year),
                sa.and_(sa.not_(plan), d.c.year == year),
            )
        )
    return conds


def document_briefs(
    store: Store,
    *,
    doc_type: str | None = None,
    year: int | None = None,
    codes: Sequence[str] | None = None,
) -> list[DocBrief]:
    """The current documents that have an area (one of ``codes`` when given), of
    ``doc_type`` and about ``year`` (a report's year, or a year inside a plan's
    period), in id order."""
    d = m.documents
    conds = _brief_conditions(doc_type, year, by_area=codes is not None and on_sqlite(store))
    if codes is not None:
        conds.append(d.c.area_code.in_(list(codes)))
    columns = [d.c[name] for name in DocBrief.__dataclass_fields__]
    with store.engine.connect() as conn:
        return [DocBrief(*r) for r in conn.execute(select(*columns).where(*conds).order_by(d.c.id))]


def document_counts(
    store: Store, *, doc_type: str | None = None, year: int | None = None
) -> dict[str, int]:
    """Area code -> how many of :func:`document_briefs` it has (one grouped query)."""
    d = m.documents
    q = select(d.c.area_code, func.count()).where(*_brief_conditions(doc_type, year))
    with store.engine.connect() as conn:
        return dict(conn.execute(q.group_by(d.c.area_code)).all())


def area_chain(store: Store, code: str) -> list[AreaRow]:
    """The parents of area ``code``, nearest first."""
    out: list[AreaRow] = []
    seen = {code}
    parent = (area_rows(store, codes=[code]) or [None])[0]
    while parent is not None and parent.parent_code and parent.parent_code not in seen:
        seen.add(parent.parent_code)
        found = area_rows(store, codes=[parent.parent_code])
        parent = found[0] if found else None
        if parent:
            out.append(parent)
    return out


def area_documents(store: Store, code: str) -> list[DocRow]:
    """The current documents about one area, in id order."""
    d = m.documents
    stmt = (
        select(*_doc_columns())
        .where(d.c.area_code == code, d.c.superseded_by.is_(None))
        .order_by(d.c.id)
    )
    with store.engine.connect() as conn:
        return [DocRow(**r._asdict()) for r in conn.execute(stmt)]


def store_counts(store: Store) -> dict[str, int]:
    """Current documents and their facts, from the documents' own fact counts
    (one pass over documents, not over every fact)."""
    d = m.documents
    with store.engine.connect() as conn:
        docs, facts = conn.execute(
            select(func.count(), func.coalesce(func.sum(d.c.n_facts), 0)).where(
                d.c.superseded_by.is_(None)
            )
        ).one()
    return {"documents": int(docs), "facts": int(facts)}


__all__ = [
    "DOC_SORTS",
    "DocBrief",
    "areas_with_counts",
    "document_briefs",
    "document_counts",
    "area_chain",
    "area_documents",
    "area_rows",
    "document_text",
    "indicator_area_counts",
    "indicator_facts",
    "area_codes_with_documents",
    "FACT_SORTS",
    "KEYSET_SORTS",
    "MAX_COUNT",
    "FactQuery",
    "document_page",
    "fact_count",
    "fact_page",
    "SORTS",
    "SentenceFilter",
    "SentenceRow",
    "areas_touched_since",
    "facts_within",
    "search_sentences",
    "store_counts",
    "store_version",
]
