"""Benchmark: ingest + extract + store the sample corpus replicated to N MB.

Each copy of a sample document gets a distinct first line, so every copy is a
new document (no content-hash shortcut). Reports throughput in MB/s (total and
per worker) and the peak resident memory of the main process and of the
largest worker.

    python bench/ingest_bench.py --mb 50            # all cores
    python bench/ingest_bench.py --mb 10 --workers 1
    python bench/ingest_bench.py --mb 10 --db postgresql://user@host/emptydb
    python bench/ingest_bench.py --mb 10 --pg-server postgresql://user@host/postgres
    python bench/ingest_bench.py --mb 10 --local-cluster 2   # Dask LocalCluster, 2 processes
    python bench/ingest_bench.py --mb 10 --workers 2 --no-nice  # workers at this priority

``--pg-server`` makes a new database on that server for the run and drops it after
(so runs can be repeated). It also prints the store's size against the UTF-8 text
it holds (SQLite: the file's pages; PostgreSQL: the tables, indexes and TOAST).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from planwatch.core import recache
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# As `planwatch ingest` does (planwatch.cli): compiled patterns and parsed word lists
# read from ~/.cache/planwatch, so a run measures what the command line costs.
recache.install()


def replicate(target_mb: float, folder: Path) -> int:
    """Write copies of the sample documents into ``folder`` until ``target_mb``; bytes written."""
    samples = sorted(EXAMPLES.glob("*.txt"))
    if not samples:
        sys.exit(f"no sample documents in {EXAMPLES}")
    contents = [(p.stem, p.read_bytes()) for p in samples]
    written, i = 0, 0
    while written < target_mb * 1e6:
        stem, data = contents[i % len(contents)]
        copy = f"copy {i}\n".encode() + data
        (folder / f"{stem}_{i:05d}.txt").write_bytes(copy)
        written += len(copy)
        i += 1
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--db", help="store URL (an empty database); default a new SQLite file")
    ap.add_argument(
        "--pg-server", help="PostgreSQL server URL: a new database there for the run, dropped after"
    )
    ap.add_argument("--scheduler", help="analyse on this Dask scheduler (tcp://host:8786)")
    ap.add_argument(
        "--local-cluster", type=int, default=0, help="analyse on a Dask LocalCluster of N processes"
    )
    ap.add_argument(
        "--no-nice",
        action="store_true",
        help="worker processes at this process's priority (as --workers 1 analyses)",
    )
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="planwatch-bench-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        size = replicate(args.mb, docs)
        n_files = len(list(docs.iterdir()))
        workers = args.local_cluster or args.workers or os.cpu_count() or 1
        db_path = work / "bench.db"
        pg_db = _new_pg_database(args.pg_server) if args.pg_server else None
        store = Store(pg_db or args.db or f"sqlite:///{db_path}")
        cluster = _local_cluster(args.local_cluster) if args.local_cluster else None
        scheduler = cluster.scheduler_address if cluster else args.scheduler
        options = Options(
            workers=workers, show_progress=False, scheduler=scheduler, nice=not args.no_nice
        )
        t0 = time.perf_counter()
        summary = ingest([str(docs)], store, options)
        seconds = time.perf_counter() - t0
        counts = store.counts()
        store_bytes = store.size_bytes()
        store.close()
        if pg_db:
            _drop_pg_database(args.pg_server, pg_db)
        if cluster is not None:
            cluster.close()
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        self_kb, child_kb = me.ru_maxrss, kids.ru_maxrss
        figures = {
            "files": n_files,
            "megabytes": round(size / 1e6, 2),
            "workers": workers,
            "seconds": round(seconds, 2),
            "mb_per_s": round(size / 1e6 / seconds, 3),
            "mb_per_s_per_worker": round(size / 1e6 / seconds / workers, 3),
            "documents_stored": counts["documents"],
            "facts_stored": counts["facts"],
            "failed": summary.failed,
            "peak_rss_main_mb": round(self_kb / 1024, 1),
            "peak_rss_worker_mb": round(child_kb / 1024, 1),
            # CPU seconds of the storing process and of the workers: on a busy machine
            # the main process's share still tells whether storing is the bottleneck.
            "cpu_s_main": round(me.ru_utime + me.ru_stime, 1),
            "cpu_s_workers": round(kids.ru_utime + kids.ru_stime, 1),
            "cpu": os.cpu_count(),
            "backend": "dask" if scheduler else "processes",
        }
        text_bytes = sum(p.stat().st_size for p in docs.iterdir())
        figures["store_mb"] = round(store_bytes / 1e6, 1)
        figures["store_over_text"] = round(store_bytes / text_bytes, 2)
        if args.json:
            print(json.dumps(figures))
        else:
            for k, v in figures.items():
                print(f"{k:>22}: {v}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _new_pg_database(server: str) -> str:
    """A new, empty database on ``server`` for this run; its URL."""
    import psycopg

    name = f"planwatch_bench_{os.getpid()}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name


def _drop_pg_database(server: str, url: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]}")


def _local_cluster(n: int):
    from distributed import LocalCluster

    return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)


if __name__ == "__main__":
    main()
