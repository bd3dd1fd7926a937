"""Derive stored documents' facts again, without re-reading their files.

* :func:`reresolve` — after a user extends the catalog with a local file
  (``$PLANWATCH_CATALOG``): re-ingesting changes nothing (same content), so
  this pass re-runs the resolve stage over the stored facts and writes the
  catalog ids and canonical values that changed.
* :func:`rederive` — after a user corrects a document's area, type or date
  (``planwatch set``, the document page's form, or ingesting the same file
  with new ``--area/--type/--year/--published``): the stored text goes through the same stages as at
  ingest with what the user set, and the document's facts, outline, index
  and tables are replaced in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.catalog import default_catalog, default_resolver
from planwatch.catalog.apply import resolve_facts
from planwatch.core.data import Document, DocumentMeta, Kind, ReadResult, UserMeta
from planwatch.core.errors import UsageError
from planwatch.describe.meta import guess_title
from planwatch.describe.page_meta import PAGE_META
from planwatch.describe.user import same_settings, settings_of, without
from planwatch.options import Options
from planwatch.pipeline import analyse_read
from planwatch.store.records import Correction
from planwatch.store.repo import DocRow, FactFilter, Store
from planwatch.store.rows import to_rows


@dataclass(frozen=True, slots=True)
class ReresolveSummary:
    facts: int  # facts looked at
    changed: int  # facts whose catalog id or canonical value changed
    resolved_before: int
    resolved_after: int


def reresolve(store: Store) -> ReresolveSummary:
    """Resolve every stored fact again with the catalog as it is now."""
    resolver, catalog = default_resolver(), default_catalog()
    stored = store.facts(FactFilter(include_superseded=True, include_rejected=True))
    # Resolve from the name afresh: the old id must not short-circuit the resolver.
    fresh = resolve_facts(
        [sf.fact.with_(indicator_id=None, indicator_confidence=None) for sf in stored],
        resolver,
        catalog,
    )
    changes = []
    for sf, new in zip(stored, fresh, strict=True):
        old = sf.fact
        if (old.indicator_id, old.canonical_value, old.canonical_unit) != (
            new.indicator_id,
            new.canonical_value,
            new.canonical_unit,
        ):
            changes.append((sf.id, new))
    store.update_resolution(changes)
    return ReresolveSummary(
        facts=len(stored),
        changed=len(changes),
        resolved_before=sum(1 for sf in stored if sf.fact.indicator_id),
        resolved_after=sum(1 for f in fresh if f.indicator_id),
    )


@dataclass(frozen=True, slots=True)
class RederiveSummary:
    """A document corrected by the user and analysed again."""

    doc_id: int
    name: str
    before: DocumentMeta
    after: DocumentMeta
    kinds_before: dict[str, int]  # facts by kind (actual, target)
    kinds_after: dict[str, int]
    reattached: int  # a person's corrections moved to the new fact at the same span
    dropped: tuple[Correction, ...]  # corrections whose figure is no longer found
    areas: frozenset[str]  # areas whose evaluations the change touches


def rederive(
    store: Store,
    doc: str | int,
    user: UserMeta,
    options: Options | None = None,
    *,
    unset: frozenset[str] = frozenset(),
) -> RederiveSummary:
    """Correct document ``doc`` (id or file name) with ``user``'s fields and derive it again.

    Fields the user set before stay set unless ``user`` sets them anew or
    ``unset`` names them (``area``, ``type``, ``year``, ``published``: back to
    detection). Raises UsageError when nothing is set or unset, NotFoundError
    for an unknown document, StoreError when it cannot be written (then
    nothing changed).
    """
    if not user and not unset:
        raise UsageError(
            "say what to set: --area, --type, --year or --published (or --unset FIELD)"
        )
    row = store.find_document(str(doc))
    return _rederive_stored(store, row, store.load(row.id), user, options, unset)


def rederive_if_new(
    store: Store, doc_id: int, user: UserMeta, options: Options | None = None
) -> RederiveSummary | None:
    """Derive stored document ``doc_id`` again if ``user`` says something it was not told.

    Ingest's path for a file whose content is already stored: given the same
    settings (or none) it stays as it is and None is returned.
    """
    row = store.find_document(str(doc_id))
    stored = store.load(row.id)
    before = settings_of(stored.meta)
    if same_settings(user.merged_over(before), before):
        return None
    return _rederive_stored(store, row, stored, user, options, frozenset())


def _rederive_stored(
    store: Store,
    row: DocRow,
    stored: Document,
    user: UserMeta,
    options: Options | None,
    unset: frozenset[str],
) -> RederiveSummary:
    kinds_before = _kinds(store, row.id)
    analysed = analyse_read(
        _as_read(stored),
        stored.name,
        sha256=stored.sha256,
        path=stored.path,
        options=options,
        user=user.merged_over(without(settings_of(stored.meta), unset)),
    )
    rows = to_rows(
        analysed.document, analysed.facts, row.size_bytes, backend=store.engine.dialect.name
    )
    outcome = store.replace_derived(row.id, rows)
    return RederiveSummary(
        doc_id=row.id,
        name=row.name,
        before=stored.meta,
        after=analysed.document.meta,
        kinds_before=kinds_before,
        kinds_after=_count(f.kind.value for f in analysed.facts),
        reattached=outcome.reattached,
        dropped=outcome.dropped,
        areas=outcome.areas,
    )


def _as_read(stored: Document) -> ReadResult:
    """The stored document as its reader gave it: the same text and reader tables; the
    title only if a reader found it (a title guessed from the text is guessed again)."""
    title = stored.meta.title
    if title is not None and title == guess_title(stored.text):
        title = None
    # (An HTML page's own <meta> date and site, kept as the evidence they gave: describe/page_meta.)
    page = {ev.field: ev.text for ev in stored.meta.evidence if ev.basis == PAGE_META}
    return ReadResult(
        text=stored.text,
        format=stored.format,
        encoding=stored.encoding,
        tables=stored.tables,
        title=title,
        published=page.get("reference_date"),
        site=page.get("area"),
    )


def _kinds(store: Store, doc_id: int) -> dict[str, int]:
    flt = FactFilter(doc=str(doc_id), include_superseded=True, include_rejected=True)
    return _count(sf.fact.kind.value for sf in store.iter_facts(flt))


def _count(kinds) -> dict[str, int]:
    out = {k.value: 0 for k in Kind}
    for k in kinds:
        out[k] = out.get(k, 0) + 1
    return out
