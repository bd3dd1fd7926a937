"""Benchmark: CPU milliseconds each page costs the server, one request at a time.

On a shared machine wall-clock latency says as much about the other jobs as about
the app; the CPU time of the thread that answers a request does not. Each page is
requested ``--repeat`` times through FastAPI's TestClient (after one request to
warm it) and the median CPU time of its handler thread is printed with the median
wall time. Eight readers on one server process need roughly eight times a page's
CPU time per answer: a p95 under 300 ms needs pages of about 30 ms.

    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/web_cpu_bench.py --store /tmp/pw5k.db
    python bench/web_cpu_bench.py --store /tmp/pw5k.db --page /areas/440784 --page /facts
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import urllib.parse
from collections import Counter

import fastapi.routing
from fastapi.testclient import TestClient

from planwatch.store.repo import Store
from planwatch.web import create_app

SPENT: list[float] = []


async def _timed(func, *args, **kwargs):
    """Runs a sync handler in the calling thread, its CPU time noted (instead of the
    thread pool, whose threads the clock would not see)."""
    t0 = time.thread_time()
    try:
        return func(*args, **kwargs)
    finally:
        SPENT.append((time.thread_time() - t0) * 1000)


def busiest_area(db: str) -> str:
    """The area with the most documents (the load bench's choice)."""
    with Store(db) as store:
        codes = Counter(d.area_code for d in store.documents() if d.area_code)
    return codes.most_common(1)[0][0] if codes else "440784"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--store", required=True, help="a store URL or SQLite path (left unchanged)")
    ap.add_argument("--page", action="append", help="a path to time (default: the load bench's)")
    ap.add_argument("--repeat", type=int, default=10, help="requests per page (10)")
    args = ap.parse_args()
    q = urllib.parse.quote("地区生产总值")
    paths = args.page or [
        "/",
        f"/areas/{busiest_area(args.store)}",
        "/api/facts?limit=100",
        f"/search?q={q}",
    ]
    fastapi.routing.run_in_threadpool = _timed  # handlers then run where they are timed
    app = create_app(args.store)
    print(f"{'page':<40} {'status':>6} {'bytes':>8} {'cpu ms':>8} {'wall ms':>8}")
    with TestClient(app, base_url="http://localhost") as client:
        for path in paths:
            client.get(path)
            SPENT.clear()
            walls = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                resp = client.get(path)
                walls.append((time.perf_counter() - t0) * 1000)
            print(
                f"{urllib.parse.unquote(path)[:40]:<40} {resp.status_code:>6} "
                f"{len(resp.content):>8} {statistics.median(SPENT):>8.1f} "
                f"{statistics.median(walls):>8.1f}"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
