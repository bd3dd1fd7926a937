"""Full-text search over the stored documents' sentences and facts.

A query is segmented into words (jieba for Chinese runs; Latin letters, digits
and symbols such as ``R&D`` or ``5G`` stay whole). A sentence matches when it
contains every word; a fact matches when its indicator name or its quote
contains every word. Candidate documents are narrowed in the database first
(:meth:`Store.texts_containing`, SQL ``LIKE`` on SQLite and PostgreSQL alike),
then each candidate's stored outline gives its sentences, so results point at
exact character offsets of the stored text.

Results carry the matched text already split into :class:`Segment` pieces
flagged as match or not: callers render each piece escaped, never as markup.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from planwatch.core.data import Span
from planwatch.store.repo import DocRow, FactFilter, Store, StoredFact

log = logging.getLogger(__name__)

# Runs of CJK ideographs get segmented; anything else word-like stays one token.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_OTHER_WORD = re.compile(r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a.%&+\-]+")
# Function words that would match nearly every sentence and narrow nothing.
_STOP = frozenset(
    ["的", "了", "和", "与", "及", "或", "在", "是", "为", "对", "等", "年", "中", "其", "之"]
)
MAX_WORDS = 8  # a longer query is cut: each word costs one LIKE in the database
MAX_DOCUMENTS = 200  # candidate documents read per search; more sets ``truncated``


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of matched text; ``match`` pieces are shown highlighted."""

    text: str
    match: bool = False


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to search for and where. ``None`` fields do not filter."""

    text: str
    area: str | None = None  # area code or name; a parent code also finds its children
    doc_type: str | None = None
    year: int | None = None  # a report's year, or any year inside a plan's period
    kind: str | None = None  # "actual" | "target": only sentences/facts of that kind
    limit: int = 50


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A sentence containing every query word."""

    doc: DocRow
    span: Span
    segments: tuple[Segment, ...]
    fact_ids: tuple[int, ...]  # facts whose value lies inside the sentence
    exact: bool  # the query's words appear side by side as typed


@dataclass(frozen=True, slots=True)
class FactHit:
    """A fact whose indicator name or quote contains every query word."""

    doc: DocRow
    fact: StoredFact
    segments: tuple[Segment, ...]  # the quote, matches marked


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: SearchQuery
    words: tuple[str, ...]
    sentences: tuple[SentenceHit, ...]
    facts: tuple[FactHit, ...]
    documents_searched: int
    truncated: bool  # more sentences matched than ``limit``, or more documents than read


@cache
def _jieba():  # imported on first use: loading the dictionary takes ~1 s
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def segment_query(text: str) -> tuple[str, ...]:
    """The words of a query, in order, without duplicates or stop words.

    >>> segment_query("地区生产总值 增长")
    ('地区', '生产总值', '增长')
    """
    words: list[str] = []
    for chunk in text.split():
        pos = 0
        while pos < len(chunk):
            cjk = _CJK_RUN.match(chunk, pos)
            if cjk:
                words.extend(w for w in _jieba().cut(cjk.group()) if w.strip())
                pos = cjk.end()
                continue
            other = _OTHER_WORD.match(chunk, pos)
            if other:
                words.append(other.group())
                pos = other.end()
            else:
                pos += 1  # punctuation separates words
    out: list[str] = []
    for w in words:
        if w not in out and w not in _STOP:
            out.append(w)
    if not out and words:
        out = list(dict.fromkeys(words))  # a query of stop words only: search them anyway
    return tuple(out[:MAX_WORDS])


def highlight(text: str, words: Iterable[str]) -> tuple[Segment, ...]:
    """``text`` cut into pieces, each occurrence of a word marked as a match.

    Longer words win where matches overlap; adjacent matches merge.
    """
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words or not text:
        return (Segment(text),) if text else ()
    marked = [False] * len(text)
    for w in words:
        start = text.find(w)
        while start >= 0:
            for i in range(start, start + len(w)):
                marked[i] = True
            start = text.find(w, start + len(w))
    segments: list[Segment] = []
    run_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or marked[i] != marked[run_start]:
            segments.append(Segment(text[run_start:i], marked[run_start]))
            run_start = i
    return tuple(segments)


def candidate_documents(
    store: Store, words: Sequence[str], query: SearchQuery, limit: int = 200
) -> list[tuple[DocRow, str]]:
    """Current documents containing every word and passing the filters, with their text.

    The database does the narrowing (a city or province also finds its counties).
    """
    return store.texts_containing(
        list(words), area=query.area, doc_type=query.doc_type, year=query.year, limit=limit
    )


def search(store: Store, query: SearchQuery) -> SearchResult:
    """Sentences and facts matching ``query`` across the store's current documents."""
    words = segment_query(query.text)
    if not words:
        return SearchResult(query, (), (), (), 0, False)
    docs = candidate_documents(store, words, query, MAX_DOCUMENTS)
    phrase = "".join(words)
    sentences: list[SentenceHit] = []
    fact_hits: list[FactHit] = []
    truncated = len(docs) >= MAX_DOCUMENTS
    for doc, text in docs:
        facts = store.facts(FactFilter(doc=str(doc.id)))
        if query.kind:
            facts = [f for f in facts if f.fact.kind == query.kind]
        starts = sorted((f.fact.start, f.id) for f in facts)
        outline = store.load(doc.id).outline
        for span in outline.sentences:
            s = span.of(text)
            if not all(w in s for w in words):
                continue
            inside = tuple(fid for pos, fid in starts if span.start <= pos < span.end)
            if query.kind and not inside:
                continue  # a kind filter keeps sentences stating a figure of that kind
            sentences.append(SentenceHit(doc, span, highlight(s, words), inside, phrase in s))
        for sf in facts:
            f = sf.fact
            quote = text[f.quote_start : f.quote_end]
            if all(w in f.indicator or w in quote for w in words):
                fact_hits.append(FactHit(doc, sf, highlight(quote, words)))
    # Sentences with the query as typed first; then in document order.
    sentences.sort(key=lambda h: (not h.exact, h.doc.id, h.span.start))
    if len(sentences) > query.limit:
        truncated = True
        sentences = sentences[: query.limit]
    return SearchResult(
        query=query,
        words=words,
        sentences=tuple(sentences),
        facts=tuple(fact_hits[: query.limit]),
        documents_searched=len(docs),
        truncated=truncated,
    )


__all__ = [
    "FactHit",
    "SearchQuery",
    "SearchResult",
    "Segment",
    "SentenceHit",
    "candidate_documents",
    "highlight",
    "search",
    "segment_query",
]
