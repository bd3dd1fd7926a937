"""Benchmark: planwatch's pipeline and jionlp's money extractor over the same bytes.

One process, one core each, in one run: the sample documents (examples/)
repeated to about ``--mb`` MB are given to

- planwatch: ``analyse_bytes`` (read, describe, structure, extract, resolve)
  and, with ``--store``, the rows written to a temporary SQLite store;
- jionlp: ``jionlp.ner.extract_money`` on the decoded text (a rule-based
  extractor of one kind of figure, storing nothing) — install it with the
  test extras (``pip install -e '.[test]'``).

Prints MB/s of each and planwatch / jionlp. Several rounds alternate the two
(so a busy machine slows both alike); the medians are reported. ``--cpu`` times
both in this process's CPU seconds instead of wall time (a machine shared with
other jobs slows the wall clock, not the CPU seconds). It also prints the median
time of the largest sample (the 61k-character outline) analysed alone, and of the
prose extractor alone over the five samples (the prose path's own cost).

    python bench/peer_bench.py --mb 5 --rounds 3 [--cpu]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from planwatch.pipeline import analyse_bytes
from planwatch.store.repo import Store
from planwatch.store.rows import to_rows

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def corpus(mb: float) -> list[tuple[str, bytes]]:
    """(name, bytes) of the sample documents, repeated to about ``mb`` MB."""
    samples = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.txt"))]
    if not samples:
        sys.exit(f"no sample documents in {EXAMPLES}")
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        name, data = samples[i % len(samples)]
        out.append((f"{i:05d}_{name}", data))
        size += len(data)
        i += 1
    return out


def _forget_texts() -> None:
    """Empty planwatch's caches keyed by a text or a table cell.

    The bench repeats a few documents; a real corpus seldom does, so each copy
    must cost what a new document costs: answers kept from an earlier copy
    (a cell's reading, a document's folded view, its tables) are dropped before
    each one. Word lists, the catalog and the area table stay loaded, as in any
    long run. A new cache keyed by text belongs in this list.
    """
    from planwatch.catalog import apply
    from planwatch.core import normalise

    try:  # (a checkout older than the shared line table has none)
        from planwatch.core import linetable
    except ImportError:
        linetable = None
    from planwatch.extract import prose_reader, table_cells, table_find, table_header, table_words

    for cached in (
        normalise._fold_whole,
        normalise._fold_kept,
        # (getattr: a checkout older than the cache, timed beside this one by stage_pairs.py)
        getattr(normalise, "_folded_away_whole", None),
        normalise._condense_whole,
        getattr(linetable, "line_table", None),
        table_find._find_cached,
        table_cells.read_value,
        table_cells._values,
        table_cells.classify,
        table_header._role,
        table_header.is_header_word,
        table_words.has_word,
        table_words.groups_in,
        prose_reader.subject_name,
        apply._head_wordings,  # (keyed by a name: a new corpus's names are new)
    ):
        if cached is not None:
            cached.cache_clear()


# The clock both are timed with: wall time, or this process's CPU seconds (--cpu).
_clock = time.perf_counter


def run_planwatch(docs: list[tuple[str, bytes]], store: Store | None, round_no: int) -> float:
    elapsed = 0.0
    for name, data in docs:
        _forget_texts()
        t0 = _clock()
        a = analyse_bytes(data, name)
        if store is not None:
            rows = to_rows(a.document, a.facts, len(data))
            # A distinct hash per round and copy: every document is really written.
            sha = hashlib.sha256(f"{round_no}/{name}".encode()).hexdigest()
            store.add_rows(replace(rows, sha256=sha, path=None))
        elapsed += _clock() - t0
    return elapsed


def run_jionlp(docs: list[tuple[str, bytes]]) -> float:
    import jionlp

    texts = [data.decode("utf-8-sig") for _, data in docs]
    t0 = _clock()
    for text in texts:
        jionlp.ner.extract_money(text)
    return _clock() - t0


def largest_alone_ms(docs: list[tuple[str, bytes]], rounds: int) -> tuple[str, int, float]:
    """(name, characters, median ms) of the largest sample analysed alone, in process."""
    name, data = max(docs[:5], key=lambda d: len(d[1]))
    times = []
    for _ in range(max(rounds, 5)):
        _forget_texts()
        t0 = _clock()
        analyse_bytes(data, name)
        times.append((_clock() - t0) * 1000)
    return name, len(data.decode("utf-8-sig")), statistics.median(times)


def prose_alone_ms(docs: list[tuple[str, bytes]], rounds: int) -> float:
    """Median ms of the prose extractor alone over the five samples (each analysed once
    before, so that its outline and metadata are there): the prose path's own cost."""
    from planwatch.core.data import ExtractContext
    from planwatch.extract import base as extractors

    prose = extractors.get("prose")
    analysed = [analyse_bytes(data, name).document for name, data in docs[:5]]
    times = []
    for _ in range(max(rounds, 5)):
        elapsed = 0.0
        for doc in analysed:
            _forget_texts()
            ctx = ExtractContext(
                doc=doc.name, meta=doc.meta, outline=doc.outline, tables=doc.tables
            )
            t0 = _clock()
            prose.extract(doc.text, ctx)
            elapsed += _clock() - t0
        times.append(elapsed * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=5, help="bytes given to each, in MB (default 5)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--store", action="store_true", help="planwatch also stores (SQLite)")
    ap.add_argument("--cpu", action="store_true", help="time in CPU seconds, not wall time")
    args = ap.parse_args()
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter
    try:
        import jionlp  # noqa: F401  (prints its banner once, before timing)
    except ImportError:
        sys.exit("jionlp is not installed: pip install -e '.[test]'")
    docs = corpus(args.mb)
    mb = sum(len(d) for _, d in docs) / 1e6
    analyse_bytes(docs[0][1], docs[0][0])  # warm-up: imports, word lists, catalog
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/peer.db") if args.store else None
        for r in range(args.rounds):
            ours.append(mb / run_planwatch(docs, store, r))
            theirs.append(mb / run_jionlp(docs))
        if store is not None:
            store.close()
    pw, jn = statistics.median(ours), statistics.median(theirs)
    big, chars, big_ms = largest_alone_ms(docs, args.rounds)
    prose_ms = prose_alone_ms(docs, args.rounds)
    print(
        json.dumps(
            {
                "mb": round(mb, 2),
                "documents": len(docs),
                "rounds": args.rounds,
                "clock": "cpu" if args.cpu else "wall",
                "planwatch_stage": "analyse+store" if args.store else "analyse",
                "planwatch_mb_s": round(pw, 2),
                "jionlp_extract_money_mb_s": round(jn, 2),
                "ratio_planwatch_over_jionlp": round(pw / jn, 2),
                "planwatch_runs_mb_s": [round(x, 2) for x in ours],
                "jionlp_runs_mb_s": [round(x, 2) for x in theirs],
                "largest_alone": {"file": big, "characters": chars, "median_ms": round(big_ms, 1)},
                "prose_alone_five_samples_ms": round(prose_ms, 1),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
