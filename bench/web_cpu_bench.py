"""Benchmark: CPU milliseconds each page costs the server, one request at a time.

On a shared machine wall-clock latency says as much about the other jobs as about
the app; the CPU time of the thread that answers a request does not. Each page is
requested ``--repeat`` times through FastAPI's TestClient (after one request to
warm it) and the median CPU time of its handler thread is printed with the median
wall time: ``kept`` as readers mostly get it (the app's page cache answering), and
``made`` with the cache emptied before each request (what rendering the page costs,
which must not grow with the store). Eight readers on one server process need
roughly eight times a page's CPU time per answer: a p95 under 300 ms needs pages of
about 30 ms.

    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/web_cpu_bench.py --store /tmp/pw5k.db
    python bench/web_cpu_bench.py --store /tmp/pw5k.db --page /areas/440784 --page /facts
"""

from __future__ import annotations

import argparse
import os
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


def busiest_area(db: str) -> tuple[str, int]:
    """The area with the most documents (the load bench's choice), and its first document."""
    with Store(db) as store:
        docs = store.documents()
    codes = Counter(d.area_code for d in docs if d.area_code)
    code = codes.most_common(1)[0][0] if codes else "440784"
    first = next((d.id for d in docs if d.area_code == code), docs[0].id if docs else 1)
    return code, first


def middle_fact(db: str) -> int:
    """A fact half way through the facts list (a deep page's cursor)."""
    from sqlalchemy import func, select

    from planwatch.store import models as m

    f = m.facts
    with Store(db) as store, store.engine.connect() as conn:
        top = conn.execute(select(func.max(f.c.id))).scalar() or 1
        return conn.execute(select(f.c.id).where(f.c.id >= top // 2).limit(1)).scalar() or 1


def every_page(db: str) -> list[str]:
    """Every page and API list a reader asks for: the overview, an area, a document, the
    compare page, facts, documents, indicators, search, and their JSON twins."""
    area, doc = busiest_area(db)
    deep = middle_fact(db)
    q = urllib.parse.quote("地区生产总值")
    return [
        "/",
        f"/areas/{area}",
        f"/documents/{doc}",
        "/evaluations",
        f"/search?q={q}",
        "/facts",
        "/documents",
        "/indicators",
        "/indicators/gdp",
        "/api/facts?limit=100",
        f"/api/facts?limit=100&after={deep}",  # a deep page by keyset
        "/api/documents",
        f"/api/areas/{area}",
        "/api/areas",
        "/api/evaluations",
        "/api/evaluations?form=full",
        "/api/indicators",
        f"/api/search?q={q}",
        "/evaluations.json",
    ]


def forget(app) -> None:
    """Every kept page and value of the app emptied (the evaluations stay computed)."""
    app.state.pages.clear()
    for name in ("answers",):  # a second cache, in code before round 6
        if hasattr(app.state, name):
            getattr(app.state, name).clear()
    from planwatch.web import data

    getattr(data, "_SNAPSHOTS", {}).clear()  # the overview's own, before round 6


def timed(client: TestClient, path: str, repeat: int, clear) -> tuple[int, int, float, float]:
    """(status, bytes, median CPU ms, median wall ms) of ``repeat`` requests; ``clear``
    is called before each (None: the kept answers serve)."""
    client.get(path)
    SPENT.clear()
    walls = []
    for _ in range(repeat):
        if clear:
            clear()
        t0 = time.perf_counter()
        resp = client.get(path)
        walls.append((time.perf_counter() - t0) * 1000)
    return resp.status_code, len(resp.content), statistics.median(SPENT), statistics.median(walls)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--store", required=True, help="a store URL or SQLite path (left unchanged)")
    ap.add_argument("--page", action="append", help="a path to time (default: every page)")
    ap.add_argument("--repeat", type=int, default=10, help="requests per page (10)")
    args = ap.parse_args()
    paths = args.page or every_page(args.store)
    fastapi.routing.run_in_threadpool = _timed  # handlers then run where they are timed
    app = create_app(args.store)
    print(f"load average {os.getloadavg()[0]:.1f}")
    head = f"{'page':<36} {'status':>6} {'bytes':>8} {'kept cpu':>9} {'wall':>7}"
    print(head + f" {'made cpu':>9} {'wall':>7}")
    with TestClient(app, base_url="http://localhost") as client:
        for path in paths:
            status, size, kept_cpu, kept_wall = timed(client, path, args.repeat, None)
            _, _, made_cpu, made_wall = timed(client, path, args.repeat, lambda: forget(app))
            print(
                f"{urllib.parse.unquote(path)[:36]:<36} {status:>6} {size:>8} "
                f"{kept_cpu:>9.1f} {kept_wall:>7.1f} {made_cpu:>9.1f} {made_wall:>7.1f}"
            )
            sys.stdout.flush()
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
