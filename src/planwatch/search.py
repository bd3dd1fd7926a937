"""Full-text search over the stored documents' sentences and facts.

A query is segmented into words (jieba for Chinese runs; Latin letters, digits
and symbols such as ``R&D`` or ``5G`` stay whole). A sentence matches when it
contains every word; the facts stated inside the matching sentences of a page
are listed with them. The sentence index (:mod:`planwatch.store.search_index`,
SQLite FTS5 or PostgreSQL full text, filled at ingest) answers one page and the
total count; no document text is read, and results point at exact character
offsets of the stored text.

Results carry the matched text already split into :class:`Segment` pieces
flagged as match or not: callers render each piece escaped, never as markup.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from planwatch.core.data import Span
from planwatch.store import pages
from planwatch.store.repo import DocRow, Store, StoredFact
from planwatch.store.search_index import query_term

log = logging.getLogger(__name__)

# Runs of CJK ideographs get segmented; anything else word-like stays one token.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_OTHER_WORD = re.compile(r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a.%&+\-]+")
# Function words that would match nearly every sentence and narrow nothing.
_STOP = frozenset(
    ["的", "了", "和", "与", "及", "或", "在", "是", "为", "对", "等", "年", "中", "其", "之"]
)
MAX_WORDS = 8  # a longer query is cut: each word is one phrase of the index query
SORTS = pages.SORTS


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
    limit: int = 50  # sentences per page
    offset: int = 0
    sort: str = "relevance"  # one of SORTS


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
    facts: tuple[FactHit, ...]  # the facts stated inside this page's sentences
    total: int  # sentences matching, counted up to pages.MAX_COUNT + 1
    truncated: bool  # more sentences match than this page shows

    @property
    def total_capped(self) -> bool:
        """The total was not counted to the end (more than pages.MAX_COUNT)."""
        return self.total > pages.MAX_COUNT


@cache
def _jieba():  # imported on first use: loading the dictionary takes ~1 s
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary now (a server calls this at start, off the request path)."""
    _jieba().initialize()


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


def search(store: Store, query: SearchQuery) -> SearchResult:
    """One page of sentences matching ``query`` across the current documents, with the total."""
    words = segment_query(query.text)
    terms = [t for t in (query_term(w) for w in words) if t]
    if not terms:
        return SearchResult(query, words, (), (), 0, False)
    flt = pages.SentenceFilter(query.area, query.doc_type, query.year, query.kind)
    rows, total = pages.search_sentences(
        store,
        terms,
        flt,
        sort=query.sort if query.sort in SORTS else "relevance",
        limit=query.limit,
        offset=query.offset,
    )
    facts = [
        sf
        for sf in pages.facts_within(store, [(r.doc.id, r.start, r.end) for r in rows])
        if not sf.rejected and (not query.kind or sf.fact.kind == query.kind)
    ]
    phrase = "".join(words)
    sentences, fact_hits = [], []
    for r in rows:
        inside = [sf for sf in facts if sf.doc_id == r.doc.id and r.start <= sf.fact.start < r.end]
        sentences.append(
            SentenceHit(
                r.doc,
                Span(r.start, r.end),
                highlight(r.text, words),
                tuple(sf.id for sf in inside),
                phrase in r.text,
            )
        )
        for sf in inside:  # the quote as far as it lies in the sentence
            a = max(sf.fact.quote_start, r.start) - r.start
            b = min(sf.fact.quote_end, r.end) - r.start
            fact_hits.append(FactHit(r.doc, sf, highlight(r.text[a:b], words)))
    return SearchResult(
        query=query,
        words=words,
        sentences=tuple(sentences),
        facts=tuple(fact_hits),
        total=total,
        truncated=total > query.offset + len(rows),
    )


__all__ = [
    "FactHit",
    "SearchQuery",
    "SearchResult",
    "Segment",
    "SentenceHit",
    "SORTS",
    "highlight",
    "search",
    "segment_query",
    "warm_up",
]
