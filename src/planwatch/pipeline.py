"""The analysis pipeline for one document, as one readable sequence of stages.

    read      bytes -> ReadResult (stored text, encoding, reader tables)
    describe  text -> DocumentMeta (area, type, year or plan period)
    structure text -> Outline (headings, table of contents, sentences)
    extract   text + context -> facts (tables first, then prose), grounded
    resolve   facts -> facts with jurisdiction, catalog id and canonical unit

Each stage takes and returns typed records from ``planwatch.core.data``.
Storing is not done here (see ``planwatch.ingest``), so this module can run
in worker processes and in tests without a database.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from planwatch.catalog.apply import resolve_facts
from planwatch.core.data import (
    Document,
    DocumentMeta,
    Evidence,
    ExtractContext,
    Fact,
    ReadResult,
    TableRecord,
    UserMeta,
)
from planwatch.core.normalise import Condensed, without_pinyin
from planwatch.describe.jurisdiction import ROUND_UP_BASIS
from planwatch.describe.page_meta import with_page_meta
from planwatch.describe.subject_cut import subject_cut
from planwatch.describe.subjects import assign_jurisdictions
from planwatch.describe.user import describe_as_set
from planwatch.extract import base as extractors
from planwatch.extract.table_find import table_spans
from planwatch.extract.table_records import table_records
from planwatch.options import Options
from planwatch.read import read_bytes
from planwatch.read.chrome import ReadingView, reading_view
from planwatch.structure import build_outline

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Analysed:
    """A document with everything the stages learned, and its facts."""

    document: Document
    facts: tuple[Fact, ...]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def analyse_bytes(
    data: bytes,
    name: str,
    *,
    path: str | None = None,
    options: Options | None = None,
    user: UserMeta | None = None,
) -> Analysed:
    """Read, describe, structure and extract one file's bytes.

    ``user`` is what the user said about the file (it wins over detection).
    Raises an InputError subclass when the bytes are not a readable document.
    """
    options = options or Options()
    read = read_bytes(data, name, options)
    return analyse_read(read, name, sha256=sha256_of(data), path=path, options=options, user=user)


def analyse_text(name: str, text: str, *, options: Options | None = None) -> Analysed:
    """Analyse text already decoded (tests, benchmarks, the scorer)."""
    read = ReadResult(text=text, format="txt", encoding="utf-8")
    return analyse_read(read, name, sha256=sha256_of(text.encode("utf-8")), options=options)


def analyse_read(
    read: ReadResult,
    name: str,
    *,
    sha256: str,
    path: str | None = None,
    options: Options | None = None,
    user: UserMeta | None = None,
) -> Analysed:
    options = options or Options()
    text = read.text
    # Page chrome is read as blank, and a hard-wrapped text (a PDF's text layer saved as
    # text) through its joined lines: a wrapped line or a running header is no title,
    # heading or paragraph. Same length, so every span still indexes ``text``.
    view = reading_view(text, read.format)
    meta = _described(view, name, read.title, user)
    if read.published or read.site:  # (an HTML page's own <meta> date and site, as a fallback)
        meta = with_page_meta(meta, read.published, read.site, view.described)
    outline = build_outline(view.described, table_spans(view.plain))
    document = Document(
        name=name,
        text=text,
        sha256=sha256,
        format=read.format,
        path=path,
        encoding=read.encoding,
        meta=meta,
        outline=outline,
        tables=read.tables,
    )
    facts = _extracted(document, options, view)
    if "table" in options.extractors:
        document = dataclasses.replace(document, recovered=recovered_tables(document))
    return Analysed(document=document, facts=tuple(facts))


def _extracted(document: Document, options: Options, view: ReadingView) -> list[Fact]:
    """The document's facts; a mirror site's page (pinyin inside its words, 地區(qū)生產總值)
    read without its pinyin (``core.normalise.without_pinyin``) and every span mapped back to
    the stored text, junk inside a span kept inside it."""
    clean = without_pinyin(document.text)
    if clean is None:
        return extract_facts(document, options, view=view)
    clean_view = reading_view(clean.text, document.format)
    outline = build_outline(clean_view.described, table_spans(clean_view.plain))
    # (The description's evidence spans, read on the stored text, moved onto the clean one.)
    into = tuple(
        _moved(ev, clean.text, lambda a, b: _into(clean, a, b)) for ev in document.meta.evidence
    )
    meta = dataclasses.replace(document.meta, evidence=into)
    read = dataclasses.replace(document, text=clean.text, meta=meta, outline=outline)
    found = extract_facts(read, options, view=clean_view)
    return [_mapped(f, clean, document.text) for f in found]


def _into(clean: Condensed, start: int, end: int) -> tuple[int, int]:
    """The clean text's span of the stored text's ``[start, end)``."""
    offsets = clean.offsets
    return bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)


def _moved(ev: Evidence, text: str, span: Callable[[int, int], tuple[int, int]]) -> Evidence:
    """``ev`` with its span moved by ``span`` (start, end) -> (start, end) into ``text``."""
    if ev.start is None or ev.end is None:
        return ev
    a, b = span(ev.start, ev.end)
    return dataclasses.replace(ev, text=text[a:b], start=a, end=b)


def _mapped(fact: Fact, clean: Condensed, text: str) -> Fact:
    """``fact`` read on ``clean`` with its spans in ``text``'s offsets."""
    start, end = clean.span(fact.start, fact.end)
    quote_start, quote_end = clean.span(fact.quote_start, fact.quote_end)
    evidence = tuple(_moved(ev, text, clean.span) for ev in fact.evidence)
    return fact.with_(
        start=start, end=end, quote_start=quote_start, quote_end=quote_end, evidence=evidence
    )


def _described(
    view: ReadingView, name: str, title: str | None, user: UserMeta | None
) -> DocumentMeta:
    """The document described from its described view; a hard-wrapped text's from that
    view with the wraps inside words taken out (截 / 至2022年底 is one phrase), and a
    mirror's without the pinyin it inserted inside words (2018年4月(yuè)20日 is a date),
    its evidence spans mapped back to the stored text's offsets."""
    squeezed = view.squeezed()
    base = view.described if squeezed is None else squeezed.text
    mirror = without_pinyin(base)
    if squeezed is None and mirror is None:
        return describe_as_set(view.described, name=name, title=title, user=user)
    read = mirror.text if mirror is not None else base
    meta = describe_as_set(read, name=name, title=title, user=user)

    def back(start: int, end: int) -> tuple[int, int]:
        start, end = mirror.span(start, end) if mirror else (start, end)
        return squeezed.span(start, end) if squeezed else (start, end)

    evidence = tuple(_moved(ev, view.described, back) for ev in meta.evidence)
    return dataclasses.replace(meta, evidence=evidence)


def recovered_tables(document: Document) -> tuple[TableRecord, ...]:
    """The document's indicator tables as read, to store beside its facts."""
    ctx = ExtractContext(
        doc=document.name, meta=document.meta, outline=document.outline, tables=document.tables
    )
    return table_records(document.text, ctx)


def extract_facts(
    document: Document, options: Options | None = None, *, view: ReadingView | None = None
) -> list[Fact]:
    """Run the configured extractors on a document and ground facts to its area.

    ``view`` is the document's reading view when the caller has made it (else made
    here from its text and format)."""
    options = options or Options()
    ctx = ExtractContext(
        doc=document.name, meta=document.meta, outline=document.outline, tables=document.tables
    )
    text = document.text
    # PDF lines wrapped inside a sentence read as one clause (a same-length view), and so
    # do a plain text's when it is a PDF's text layer saved hard-wrapped; the table
    # extractor keeps the lines, its cells are laid out by them. Page chrome is blank, and
    # a word cut by a wrap reads across it (ReadingView.words).
    if view is None:
        view = reading_view(text, document.format)
    found: dict[str, list[Fact]] = {
        name: extractors.get(name).extract(view.tables if name == "table" else view.words, ctx)
        for name in options.extractors
    }
    table_facts = found.pop("table", [])
    other = [f for facts in found.values() for f in facts]
    facts = extractors.merge(table_facts, other)
    meta = document.meta
    round_up = any(e.field == "area" and e.basis == ROUND_UP_BASIS for e in meta.evidence)
    facts = subject_cut(assign_jurisdictions(text, facts, meta.area, round_up=round_up))
    return resolve_facts(_grounded(facts, text, document.name))


def _as_printed(fact: Fact, text: str) -> Fact:
    """``fact`` with each evidence's words as the stored text prints them (預計, 二〇二二年):
    the stages read a folded view (预计, 2022年) and quote it."""
    if all(ev.start is None or text[ev.start : ev.end] == ev.text for ev in fact.evidence):
        return fact
    evidence = tuple(
        ev
        if ev.start is None or ev.end is None or not 0 <= ev.start <= ev.end <= len(text)
        else dataclasses.replace(ev, text=text[ev.start : ev.end])
        for ev in fact.evidence
    )
    return fact.with_(evidence=evidence)


def _grounded(facts: list[Fact], text: str, name: str) -> list[Fact]:
    """Drop (and log) any fact whose span lies outside the text or its quote; its
    evidence quoting the stored text's characters.

    A figure without a source span is a bug; this guard keeps such a bug out
    of the store while the test suite catches it.
    """
    kept = []
    for f in facts:
        if 0 <= f.start < f.end <= len(text) and f.quote_start <= f.start and f.end <= f.quote_end:
            if f.period_start is not None and f.period_start == f.year:
                f = f.with_(period_start=None)  # a one-year "period" is a single year
            kept.append(_as_printed(f, text))
        else:
            log.warning(
                "%s: dropped ungrounded fact %r at [%d, %d)", name, f.indicator, f.start, f.end
            )
    return kept
