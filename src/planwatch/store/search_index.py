"""The full-text index of sentences: filled at ingest, queried without reading texts.

Every sentence of a stored document is indexed as a row holding its span
(the snippet is cut from the stored text) and its *tokens*: each run of
Chinese characters as overlapping character bigrams followed by its last
character (地区生产 -> 地区 区生 生产 产), each run of Latin letters or digits
as one lower-case word, all read on the matching view
(:func:`planwatch.core.normalise.fold`, then NFKC). A query word then becomes a phrase of
its bigrams (生产总值 -> "生产 产总 总值"), which matches exactly the sentences
that contain it as written; a one-character word becomes a prefix (粮*), which
finds it at any position because every character begins a bigram or ends a
run. Bigrams need no dictionary, so what the index finds does not depend on
how jieba cut the document.

Backends (migration ``compact`` made both hold the index alone, no second copy of the text):

* SQLite: the spans in ``search_blocks`` and their tokens in a contentless FTS5
  index ``search_fts`` (unicode61 tokenizer over the bigram tokens; ``columnsize=0``,
  so no per-row size table). Neither the sentence nor its tokens are stored again.
  Since migration ``lean`` the index keeps no positions (``detail=none``: which
  sentences hold a token, not where; 0.43x the text's bytes instead of 1.03x), so it
  answers "holds every token" and a phrase of two or more tokens (a word of three or
  more characters, or of letters and digits split by a sign such as R&D) is checked
  against the sentence itself (:func:`sentence_matches`); a word of one or two
  characters is one token, which the index answers exactly. Relevance is BM25 over
  presence: every match holds every word, so shorter sentences rank first (term
  repetition is not counted); both backends rank so. Since migration ``blocks`` a
  document's sentences are kept 15 to a row (:func:`pack_blocks`): a sentence's FTS5
  rowid is its block's id times 16 plus its place in the block, and the block's row
  holds the first sentence's start and, for each sentence, its offset from there and
  its length as 12-bit fields of six integer columns, which SQL reads back with shifts
  and masks (:func:`match_source`): 0.150x -> 0.04x the text's bytes for the spans,
  and a match is still one primary-key lookup, into a table 15 times shorter. A run's last character is indexed alone only where no bigram of the
  sentence begins with it (:func:`stored_tokens`): ``c*`` finds the sentence either
  way.
* PostgreSQL: a table ``search_sentences`` of spans with the same tokens (no
  text-search parser or locale involved) and a GIN index. Since migration ``lean`` the
  index keeps no positions either (about a third smaller): the query asks for every
  token (``&``) and phrases are checked as on SQLite. Since migration ``pack`` the row
  keeps its tokens as words (each once, space-separated, column ``tokens``) and the GIN
  index is an expression index over their tsvector (:data:`PG_TSV`): a stored
  ``tsvector`` spent 4 bytes of offsets a token and the table was 3.1x the text's bytes
  (2.3x as words; the index is the same index). Rows written since migration
  ``blocks`` leave out the same lone characters as SQLite's.

On both, a result's text is cut from the document's stored text by its span.
The tokens are computed where a document is analysed (:func:`sentence_rows`, in
ingest's workers); the storing process only writes them (:func:`write_rows`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from planwatch.core.data import Span
from planwatch.core.normalise import fold
from planwatch.store import spancodec
from planwatch.store.bulk import insert_many
from planwatch.store.textcodec import stored_text

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RUN = re.compile(f"[{_CJK}]+|[0-9A-Za-z]+")


def _view(text_: str) -> str:
    # Tokens need not keep offsets (the row keeps the span), so NFKC may also fold
    # what fold() leaves: full-width letters (ＧＤＰ), compatibility ideographs.
    return unicodedata.normalize("NFKC", fold(text_))


@dataclass(frozen=True, slots=True)
class Term:
    """One query word as index tokens: a phrase, its last token a prefix when ``prefix``."""

    tokens: tuple[str, ...]
    prefix: bool = False


def index_tokens(sentence: str) -> list[str]:
    """The tokens a sentence is indexed under, in order.

    >>> index_tokens("地区生产总值增长4.2%")
    ['地区', '区生', '生产', '产总', '总值', '值增', '增长', '长', '4', '2']
    """
    out: list[str] = []
    for m in _TOKEN_RUN.finditer(_view(sentence)):
        run = m.group()
        if run[0].isascii():
            out.append(run.lower())
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
    return out


def stored_tokens(sentence: str) -> list[str]:
    """The tokens a sentence is stored under: :func:`index_tokens` without a run's last
    character where a bigram of the sentence begins with it (a prefix query ``c*``, the
    only one that asks for a lone character, finds the sentence by that bigram; about
    2 % of the postings).

    >>> stored_tokens("增长，长期增长")
    ['增长', '长期', '期增', '增长']
    """
    runs = _TOKEN_RUN.findall(_view(sentence))
    begun: set[str] = set()
    for run in runs:
        if not run[0].isascii():
            begun.update(run[:-1])
    out: list[str] = []
    for run in runs:
        if run[0].isascii():
            out.append(run.lower())
        else:
            out.extend([run[i : i + 2] for i in range(len(run) - 1)])
            if run[-1] not in begun:
                out.append(run[-1])
    return out


def fts_tokens(sentence: str) -> str:
    """A sentence's stored tokens as the space-separated words the index is given (and
    must be given again to delete the row from SQLite's contentless index)."""
    return " ".join(stored_tokens(sentence))


def query_term(word: str) -> Term | None:
    """A query word as the phrase that finds it (None when it has no letters or digits).

    >>> query_term("生产总值"), query_term("粮")
    (Term(tokens=('生产', '产总', '总值'), prefix=False), Term(tokens=('粮',), prefix=True))
    """
    tokens: list[str] = []
    runs = [m.group() for m in _TOKEN_RUN.finditer(_view(word))]
    prefix = False
    for i, run in enumerate(runs):
        if run[0].isascii():
            tokens.append(run.lower())
        elif len(run) >= 2:
            tokens.extend(run[j : j + 2] for j in range(len(run) - 1))
        else:
            tokens.append(run)
            prefix = i == len(runs) - 1  # a lone last character: any bigram it begins
    return Term(tuple(tokens), prefix) if tokens else None


def _query_tokens(terms: Sequence[Term]) -> dict[tuple[str, bool], None]:
    """(token, as a prefix) of every term, each once. A lone Chinese character is always
    asked as a prefix: the index holds it alone only where no bigram begins with it
    (:func:`stored_tokens`); a term of more tokens is checked after."""
    parts: dict[tuple[str, bool], None] = {}
    for t in terms:
        last = len(t.tokens) - 1
        for i, tok in enumerate(t.tokens):
            lone = len(tok) == 1 and not tok.isascii()
            parts[(tok, (t.prefix and i == last) or lone)] = None
    return parts


def _fts5_query(terms: Sequence[Term]) -> str:
    """Every token of every term (the index has no positions to match a phrase with):
    the sentences that may hold the terms; :func:`sentence_matches` decides."""
    return " AND ".join(
        '"' + tok.replace('"', '""') + '"' + ("*" if star else "")
        for tok, star in _query_tokens(terms)
    )


def needs_check(terms: Sequence[Term]) -> bool:
    """Whether the index's matches of ``terms`` must be checked against the sentences:
    when a term is a phrase of two or more tokens (its tokens may stand apart: the
    indexes keep no positions)."""
    return any(len(t.tokens) > 1 for t in terms)


def _holds(tokens: Sequence[str], term: Term) -> bool:
    """Whether ``term``'s tokens stand side by side in ``tokens`` (the last as a prefix
    when the term says so): what a phrase query of an index with positions matches."""
    n = len(term.tokens)
    head, tail = term.tokens[:-1], term.tokens[-1]
    for i in range(len(tokens) - n + 1):
        end = tokens[i + n - 1]
        if (end.startswith(tail) if term.prefix else end == tail) and tuple(
            tokens[i : i + n - 1]
        ) == head:
            return True
    return False


def sentence_matches(sentence: str, terms: Sequence[Term]) -> bool:
    """Whether ``sentence`` holds every term as a phrase of its index tokens (the check
    of an index match that :func:`needs_check` asks for)."""
    tokens = index_tokens(sentence)
    return all(_holds(tokens, t) for t in terms)


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery(terms: Sequence[Term]) -> str:
    """Every token of every term (as :func:`_fts5_query`; phrases are checked after)."""
    return " & ".join(_lexeme(tok) + (":*" if star else "") for tok, star in _query_tokens(terms))


def _tsvector(tokens: Sequence[str], positions: bool = False) -> str:
    """A tsvector literal: each token once, or with ``positions`` each with its positions
    (1-based, at most 16383, 256 a token: the form before migration ``lean``).

    Index tokens are Chinese characters, ASCII letters and digits only
    (``_TOKEN_RUN``), so they are quoted without escaping.
    """
    if not positions:
        return " ".join([f"'{t}'" for t in dict.fromkeys(tokens)])
    where: dict[str, list[str]] = {}
    for i, tok in enumerate(tokens, 1):
        at = where.get(tok)
        if at is None:
            where[tok] = [str(i if i < 16383 else 16383)]
        elif len(at) < 256:
            at.append(str(i if i < 16383 else 16383))
    return " ".join([f"'{t}':{','.join(p)}" for t, p in where.items()])


# What each backend's index is written from: FTS5 takes the tokens as one string of
# words; PostgreSQL a tsvector literal (each token once).
BACKENDS = ("sqlite", "postgresql")


# PostgreSQL's GIN index is over this expression of a row's tokens (migration pack);
# a query must name it as written here for the planner to use the index.
PG_TSV = "array_to_tsvector(string_to_array(tokens, ' '))"


def sentence_rows(
    text_: str,
    sentences: Iterable[Span],
    backend: str = "sqlite",
    positions: bool = False,
    tsvector: bool = False,
) -> tuple[tuple[int, int, str], ...]:
    """(start, end, index value) of each sentence that has tokens, for ``backend``:
    its stored tokens joined by spaces (:func:`stored_tokens`).

    ``tsvector`` (or ``positions``): PostgreSQL's value as a tsvector literal, the
    ``tsv`` column before migration ``pack`` (the older migrations write it).

    Pure: ingest's workers compute these where the document is analysed, so the
    storing process only writes them (:func:`write_rows`).
    """
    rows = []
    postgresql = backend == "postgresql"
    as_tsvector = postgresql and (tsvector or positions)
    for span in sentences:
        sentence = text_[span.start : span.end]
        if as_tsvector:
            tokens = index_tokens(sentence)
            value = _tsvector(tokens, positions) if tokens else ""
        else:
            tokens = stored_tokens(sentence)
            value = " ".join(dict.fromkeys(tokens) if postgresql else tokens)
        if tokens:
            rows.append((span.start, span.end, value))
    return tuple(rows)


def index_document(
    conn: Connection,
    doc_id: int,
    text_: str,
    sentences: Iterable[Span],
    positions: bool = False,
    tsvector: bool = False,
    blocks: bool = True,
) -> None:
    """Index every sentence of a document being stored (inside its transaction);
    ``blocks``: SQLite's spans as since migration ``blocks`` (else ``search_spans``)."""
    tsvector = tsvector or positions
    rows = sentence_rows(text_, sentences, conn.dialect.name, positions, tsvector)
    if blocks or conn.dialect.name == "postgresql":
        write_rows(conn, doc_id, rows, tsvector)
    else:
        write_spans(conn, doc_id, rows)


def write_rows(
    conn: Connection, doc_id: int, rows: Sequence[tuple[int, int, str]], tsvector: bool = False
) -> None:
    """Write a document's index rows (:func:`sentence_rows` for this connection's
    backend) inside its transaction (``tsvector``: PostgreSQL's ``tsv`` column, before
    migration ``pack``)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        insert_many(
            conn,
            "search_sentences",
            ("doc_id", "start", "end", "tsv" if tsvector else "tokens"),
            [(doc_id, s, e, value) for s, e, value in rows],
        )
        return
    # One writer at a time (SQLite), so the ids are ours.
    first = conn.execute(text("SELECT coalesce(max(id), -1) + 1 FROM search_blocks")).scalar_one()
    blocks, entries = pack_blocks(rows, first)
    conn.exec_driver_sql(
        f"INSERT INTO search_blocks ({', '.join(BLOCK_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
        [(b, doc_id, *rest) for b, *rest in blocks],
    )
    conn.exec_driver_sql("INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", entries)


def write_spans(conn: Connection, doc_id: int, rows: Sequence[tuple[int, int, str]]) -> None:
    """SQLite's rows as before migration ``blocks``: a ``search_spans`` row a sentence,
    its id the FTS5 rowid (the migrations before it, and its downgrade, write these)."""
    if not rows:
        return
    first = conn.execute(text("SELECT coalesce(max(id), 0) + 1 FROM search_spans")).scalar_one()
    conn.exec_driver_sql(
        'INSERT INTO search_spans (id, doc_id, start, "end") VALUES (?, ?, ?, ?)',
        [(first + i, doc_id, s, e) for i, (s, e, _) in enumerate(rows)],
    )
    conn.exec_driver_sql(
        "INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)",
        [(first + i, tokens) for i, (_, _, tokens) in enumerate(rows)],
    )


# ---- SQLite's sentences in blocks (migration blocks) ------------------------------
BLOCK_BITS = 4  # a sentence's FTS5 rowid: its block's id << 4 | its place in the block
BLOCK = 15  # sentences a block holds at most (places 0-14)
# Each sentence's offset from its block's start and its length are 12-bit fields, five
# to an integer column (60 bits: SQLite's integers are signed 64-bit), so SQL reads
# them with shifts and masks, no function called a match. A block ends before a
# sentence that would need more; a longer sentence has a block of its own, its end in
# the row's "end" column.
_FIELD_BITS = 12
_FIELD_MAX = (1 << _FIELD_BITS) - 1
_PER_INT = 5
BLOCK_COLUMNS = ("id", "doc_id", "start", '"end"', "at0", "at1", "at2", "len0", "len1", "len2")

Block = tuple[int, int, int | None, int, int, int, int, int, int]


def pack_blocks(
    rows: Sequence[tuple[int, int, str]], first: int
) -> tuple[list[Block], list[tuple[int, str]]]:
    """A document's index rows (start, end, tokens) in order as blocks numbered from
    ``first``: ((id, start, end or None, at0, at1, at2, len0, len1, len2) of each block,
    (FTS5 rowid, tokens) of each sentence).

    >>> pack_blocks([(0, 5, "a"), (6, 9, "b")], 3)
    ([(3, 0, None, 24576, 0, 0, 12293, 0, 0)], [(48, 'a'), (49, 'b')])
    """
    blocks: list[Block] = []
    entries: list[tuple[int, str]] = []
    block, base, spans, end = first - 1, 0, [], None
    for start, stop, tokens in rows:
        if (
            not spans
            or len(spans) == BLOCK
            or end is not None
            or start < base
            or start - base > _FIELD_MAX
            or stop - start > _FIELD_MAX
        ):
            if spans:
                blocks.append(_block(block, base, end, spans))
            block, base, spans, end = block + 1, start, [], None
        if stop - start > _FIELD_MAX:
            end = stop  # alone in its block
        spans.append((start - base, min(stop - start, _FIELD_MAX)))
        entries.append(((block << BLOCK_BITS) | (len(spans) - 1), tokens))
    if spans:
        blocks.append(_block(block, base, end, spans))
    return blocks, entries


def _block(block: int, base: int, end: int | None, spans: list[tuple[int, int]]) -> Block:
    at, length = [0, 0, 0], [0, 0, 0]
    for k, (offset, n) in enumerate(spans):
        shift = _FIELD_BITS * (k % _PER_INT)
        at[k // _PER_INT] |= offset << shift
        length[k // _PER_INT] |= n << shift
    return (block, base, end, *at, *length)


def block_spans(start: int, end: int | None, fields: Sequence[int]) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a ``search_blocks`` row (``fields``: its
    at0, at1, at2, len0, len1, len2); a block's places past its last sentence read as
    empty spans at its start, so the sentences are those up to the last non-empty one."""
    if end is not None:
        return [(start, end)]
    out = []
    for k in range(BLOCK):
        shift = _FIELD_BITS * (k % _PER_INT)
        offset = (fields[k // _PER_INT] >> shift) & _FIELD_MAX
        n = (fields[3 + k // _PER_INT] >> shift) & _FIELD_MAX
        out.append((start + offset, start + offset + n))
    while len(out) > 1 and out[-1][0] == out[-1][1] == start:
        out.pop()
    return out


def document_spans(conn: Connection, doc_id: int) -> list[tuple[int, int, int]]:
    """(FTS5 rowid, start, end) of each indexed sentence of a document (SQLite)."""
    out = []
    rows = conn.execute(
        text(f"SELECT {', '.join(BLOCK_COLUMNS)} FROM search_blocks WHERE doc_id = :d ORDER BY id"),
        {"d": doc_id},
    )
    for block, _, start, end, *fields in rows:
        for k, (a, b) in enumerate(block_spans(start, end, fields)):
            out.append(((block << BLOCK_BITS) | k, a, b))
    return out


def delete_document(conn: Connection, doc_id: int, stored: str) -> None:
    """Remove a document's sentences from the index (inside its transaction).

    FTS5 keeps no copy of what it indexed (``content=''``): a row is deleted by giving
    its tokens again, made from the stored text as when it was indexed."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("DELETE FROM search_sentences WHERE doc_id = :d"), {"d": doc_id})
        return
    spans = document_spans(conn, doc_id)
    if spans:
        conn.exec_driver_sql(
            "INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', ?, ?)",
            [(i, fts_tokens(stored[s:e])) for i, s, e in spans],
        )
    conn.execute(text("DELETE FROM search_blocks WHERE doc_id = :d"), {"d": doc_id})


def index_stored_documents(
    conn: Connection, positions: bool = False, tsvector: bool = False
) -> int:
    """Index every stored document from its stored sentences (a migration, a copy); how many.

    ``positions``: PostgreSQL's tsvectors as before migration ``lean`` (its downgrade);
    ``tsvector``: PostgreSQL's ``tsv`` column, as migrations before ``pack`` wrote it.
    SQLite's spans go where the store keeps them (``search_spans`` before migration
    ``blocks``)."""
    blocks = conn.dialect.name != "sqlite" or bool(
        conn.execute(
            text("SELECT count(*) FROM sqlite_schema WHERE name = 'search_blocks'")
        ).scalar()
    )
    ids = conn.execute(text("SELECT doc_id FROM structures ORDER BY doc_id")).scalars().all()
    for doc_id in ids:  # one document in memory at a time
        # t.*: migrations before ``ztext`` call this too, when texts has no ztext column.
        row = (
            conn.execute(
                text(
                    "SELECT s.sentences AS sentences, t.* FROM structures s JOIN texts t "
                    "ON t.doc_id = s.doc_id WHERE s.doc_id = :d"
                ),
                {"d": doc_id},
            )
            .one()
            ._mapping
        )
        stored = stored_text(row["text"], row.get("ztext")) or ""
        spans = [Span(a, b) for a, b in spancodec.decode(row["sentences"])]
        index_document(conn, doc_id, stored, spans, positions, tsvector, blocks)
    return len(ids)


def match_source(dialect: str, terms: Sequence[Term]) -> tuple[str, dict]:
    """(SELECT of the matching sentences as columns id, doc_id, start, "end" and rank;
    its parameters). Relevance ranks by ``rank``, the sentence's length (shorter first:
    BM25 over presence; on SQLite read from its block's field, not as end - start,
    which would unpack the start twice a match).

    SQLite: the sentences whose rowid the FTS5 index matches, each span read from its
    block (:func:`pack_blocks`, one primary-key lookup). PostgreSQL: the sentence table's
    rows whose tokens hold every token (through the GIN index over :data:`PG_TSV`); they have no id column since migration
    ``tidy``: the document and start packed in a bigint stand for it (unique, and
    ordered by document as the ids were).
    """
    if dialect == "postgresql":
        return (
            f'SELECT {PG_ROW_ID} AS id, doc_id, start, "end", "end" - start AS rank'
            " FROM search_sentences"
            f" WHERE {PG_TSV} @@ CAST(:match AS tsquery)",
            {"match": _tsquery(terms)},
        )
    return (
        f'SELECT h.rowid AS id, b.doc_id AS doc_id, {_START} AS start, {_END} AS "end",'
        f" {_RANK} AS rank"
        f" FROM search_fts h JOIN search_blocks b ON b.id = h.rowid >> {BLOCK_BITS}"
        " WHERE search_fts MATCH :match",
        {"match": _fts5_query(terms)},
    )


# A match's span read from its block (pack_blocks): the fields at its place k.
_K = f"(h.rowid & {(1 << BLOCK_BITS) - 1})"


def _field(name: str) -> str:
    """SQL of the match's field of a block's integer columns ``name``0-2."""
    column = (
        f"CASE WHEN {_K} < {_PER_INT} THEN b.{name}0"
        f" WHEN {_K} < {2 * _PER_INT} THEN b.{name}1 ELSE b.{name}2 END"
    )
    return f"((({column}) >> ({_FIELD_BITS} * ({_K} % {_PER_INT}))) & {_FIELD_MAX})"


_START = f"b.start + {_field('at')}"
_END = f'coalesce(b."end", {_START} + {_field("len")})'
_RANK = f'coalesce(b."end" - b.start, {_field("len")})'


PG_ROW_ID = "((doc_id::bigint << 32) | start::bigint)"


def span_texts(conn: Connection, spans: Sequence[tuple[int, int, int, int]]) -> dict[int, str]:
    """The sentences of index rows ``(id, doc_id, start, end)``, by id, cut from their
    documents' stored texts (each unpacked once)."""
    if not spans:
        return {}
    docs = sorted({d for _, d, _, _ in spans})
    texts = {
        d: stored_text(t, z) or ""
        for d, t, z in conn.execute(
            text("SELECT doc_id, text, ztext FROM texts WHERE doc_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": docs},
        )
    }
    return {i: texts.get(d, "")[s:e] for i, d, s, e in spans}


__all__ = [
    "BLOCK",
    "BLOCK_BITS",
    "Term",
    "block_spans",
    "delete_document",
    "document_spans",
    "fts_tokens",
    "index_document",
    "index_stored_documents",
    "index_tokens",
    "match_source",
    "needs_check",
    "pack_blocks",
    "query_term",
    "sentence_matches",
    "sentence_rows",
    "span_texts",
    "stored_tokens",
    "write_rows",
    "write_spans",
]
