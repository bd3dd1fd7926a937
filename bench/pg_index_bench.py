"""Benchmark: what PostgreSQL's server spends on the sentence index, under other designs.

PostgreSQL ingest costs more CPU than SQLite's mostly in the server's upkeep of the GIN
index over the sentences' tokens (docs/measurements.md, rounds 19 and 20). This loads
the sentence rows of one ingest (the replicated samples of bench/ingest_bench.py, each
sentence's tokens as ``search_index.sentence_rows`` makes them for PostgreSQL) into a
new database per design and run, one transaction per document as ingest writes them,
and reports the server's CPU for the load (all its processes, read from /proc: the
server must run on this machine), the rows, the index entries (distinct tokens a row,
summed) and the table's size with its indexes. Designs (``--designs``, comma-separated):

- ``none``: the rows without an index (the floor);
- ``sentence``: the store's form, a row a sentence, its tokens as words under the GIN
  expression index ``search_index.PG_TSV``;
- ``sorted``: the same with each row's tokens in the order of the tsvector's lexemes
  (the server's two sorts a row then pass over them once);
- ``ints``: the tokens coded as integers (a bigram from its two characters' places in
  the CJK blocks, a Latin or digit word by CRC-32) under a GIN over ``int4[]``: cheaper
  comparisons, but the coding moves to the workers, and a one-character word's prefix
  search has no range to ask ``array_ops`` for;
- ``groupN``: a row per N consecutive sentences of a document with the union of their
  tokens (``group15``, ``group250``); ``document``: a row per document. Fewer entries,
  but a match is then a group whose every sentence must be checked.

Rounds alternate the designs (A B C A B C ...); medians are printed. The machine's
load moves every design alike; the server's CPU is what to compare.

``--reads`` prints instead what a row of several sentences costs a search, no server
needed: over bench/search_dump.py's query words, the sentences a search finds (every
token in the sentence, a lone character as a prefix, as the index asks) and those it
would have to check (every sentence of a row whose tokens hold the query's).

    python bench/pg_index_bench.py --pg-server postgresql://u@localhost/postgres \\
        --mb 2 --rounds 5 --designs none,sentence,sorted,group15,document
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

from planwatch.store.search_index import PG_TSV, sentence_rows

# The other benches are imported where used: they install the pattern cache on import,
# and the designs' row builders below are tested without it.
sys.path.insert(0, str(Path(__file__).resolve().parent))

Rows = list[tuple[int, int, int, object]]  # doc, start, end, the index value

_TABLE = 'CREATE TABLE t (doc_id int NOT NULL, start int NOT NULL, "end" int NOT NULL, {col})'
_GIN_WORDS = f"CREATE INDEX ix ON t USING GIN (({PG_TSV}))"
_CJK = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # search_index's blocks


def documents(mb: float) -> list[list[tuple[int, int, str]]]:
    """The PostgreSQL sentence rows (start, end, tokens) of each replicated sample."""
    from ingest_bench import replicate

    from planwatch.pipeline import analyse_text

    with tempfile.TemporaryDirectory() as folder:
        replicate(mb, Path(folder))
        out = []
        for path in sorted(Path(folder).iterdir()):
            doc = analyse_text(path.name, path.read_text(encoding="utf-8")).document
            out.append(list(sentence_rows(doc.text, doc.outline.sentences, "postgresql")))
    return out


def _place(ch: str) -> int:
    """A CJK character's place (from 1) across the index's blocks: 15 bits."""
    o, base = ord(ch), 0
    for a, b in _CJK:
        if a <= o <= b:
            return base + o - a + 1
        base += b - a + 1
    raise ValueError(ch)


def token_code(token: str) -> int:
    """A token as an int4: a bigram or lone character from its characters' places, a
    Latin or digit word negative (CRC-32, so two words may share a code)."""
    if token.isascii():
        return -(zlib.crc32(token.encode()) & 0x7FFFFFFF) - 1
    return (_place(token[0]) << 15) | (_place(token[1]) if len(token) > 1 else 0)


def grouped(doc: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]]:
    """A row per ``n`` consecutive sentences: first start, last end, their tokens once."""
    out = []
    for i in range(0, len(doc), n):
        part = doc[i : i + n]
        words = dict.fromkeys(w for _, _, tokens in part for w in tokens.split())
        out.append((part[0][0], part[-1][1], " ".join(words)))
    return out


def design(name: str, docs: list[list[tuple[int, int, str]]]) -> tuple[list[str], str, Rows]:
    """(DDL, the value column's name, rows) of a design."""
    words = _TABLE.format(col="tokens text NOT NULL")
    if name == "ints":
        ddl = [_TABLE.format(col="codes int4[] NOT NULL"), "CREATE INDEX ix ON t USING GIN (codes)"]
        rows: Rows = [
            (d, s, e, [token_code(w) for w in tokens.split()])
            for d, doc in enumerate(docs)
            for s, e, tokens in doc
        ]
        return ddl, "codes", rows
    if name == "none":
        parts = docs
        ddl = [words]
    elif name == "sorted":
        parts = [[(s, e, " ".join(sorted(t.split()))) for s, e, t in doc] for doc in docs]
        ddl = [words, _GIN_WORDS]
    elif name == "sentence":
        parts, ddl = docs, [words, _GIN_WORDS]
    elif name == "document":
        parts, ddl = [grouped(doc, max(len(doc), 1)) for doc in docs], [words, _GIN_WORDS]
    elif name.startswith("group"):
        parts, ddl = [grouped(doc, int(name[5:])) for doc in docs], [words, _GIN_WORDS]
    else:
        raise SystemExit(f"unknown design {name}")
    return ddl, "tokens", [(d, s, e, t) for d, doc in enumerate(parts) for s, e, t in doc]


def _holds(tokens: set[str], parts: list[tuple[str, bool]]) -> bool:
    return all(
        any(t.startswith(tok) for t in tokens) if star else tok in tokens for tok, star in parts
    )


def read_cost(docs: list[list[tuple[int, int, str]]], words: list[str], n: int) -> tuple[int, int]:
    """(sentences found, sentences checked) over ``words`` when rows hold ``n`` sentences."""
    from planwatch.search import segment_query
    from planwatch.store.search_index import _query_tokens, query_term

    sets = [[set(t.split()) for _, _, t in doc] for doc in docs]
    found = checked = 0
    for word in words:
        terms = [t for w in segment_query(word) if (t := query_term(w))]
        parts = list(_query_tokens(terms))
        if not parts:
            continue
        for doc in sets:
            for i in range(0, len(doc), n):
                group = doc[i : i + n]
                if _holds(set().union(*group), parts):
                    checked += len(group)
                    found += sum(_holds(tokens, parts) for tokens in group)
    return found, checked


def entries(rows: Rows) -> int:
    """Index entries: each row's distinct tokens (or codes)."""
    return sum(len(set(v.split() if isinstance(v, str) else v)) for *_, v in rows)


def load_once(server: str, ddl: list[str], column: str, rows: Rows) -> dict:
    """Load ``rows`` into a new database under ``ddl``, a document a transaction."""
    import psycopg
    from ingest_bench import _drop_pg_database, _new_pg_database
    from scale_bench import _pg_server_cpu

    url = _new_pg_database(server)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            for statement in ddl:
                conn.execute(statement)
            by_doc: dict[int, Rows] = {}
            for row in rows:
                by_doc.setdefault(row[0], []).append(row)
            cpu0, t0 = _pg_server_cpu(server), time.perf_counter()
            for doc_rows in by_doc.values():
                sql = f'COPY t (doc_id, start, "end", {column}) FROM STDIN'
                with conn.transaction(), conn.cursor() as cur, cur.copy(sql) as copy:
                    for row in doc_rows:
                        copy.write_row(row)
            seconds, cpu1 = time.perf_counter() - t0, _pg_server_cpu(server)
            size = conn.execute("SELECT pg_total_relation_size('t')").fetchone()[0]
    finally:
        _drop_pg_database(server, url)
    if cpu0 is None or cpu1 is None:
        raise SystemExit("the server's CPU cannot be read: run it on this machine")
    return {"server_cpu_s": cpu1 - cpu0, "seconds": seconds, "bytes": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pg-server", help="PostgreSQL server URL (on this machine)")
    ap.add_argument("--mb", type=float, default=2, help="corpus size in MB (default 2)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--designs", default="none,sentence,sorted,group15,document")
    ap.add_argument(
        "--reads",
        default="",
        help="comma-separated sentences a row (15,250,0 = a document):"
        " the sentences searches would check against those they find; no server needed",
    )
    args = ap.parse_args()
    docs = documents(args.mb)
    if args.reads:
        from search_dump import words

        queries = words()
        for n in (int(x) for x in args.reads.split(",")):
            found, checked = read_cost(docs, queries, n or max(map(len, docs)))
            print(
                f"{n or 'document'}: {len(queries)} words find {found} sentences, check {checked}"
            )
        return
    if not args.pg_server:
        ap.error("--pg-server is needed (or --reads)")
    names = args.designs.split(",")
    built = {name: design(name, docs) for name in names}
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for _ in range(args.rounds):
        for name in names:
            runs[name].append(load_once(args.pg_server, *built[name]))
    figures: dict = {"megabytes": args.mb, "rounds": args.rounds}
    for name, rs in runs.items():
        rows = built[name][2]
        figures[name] = {
            "rows": len(rows),
            "entries": entries(rows),
            "server_cpu_s_median": round(statistics.median(r["server_cpu_s"] for r in rs), 3),
            "server_cpu_s": [round(r["server_cpu_s"], 2) for r in rs],
            "megabytes_stored": round(rs[0]["bytes"] / 1e6, 1),
        }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
