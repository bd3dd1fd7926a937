"""Benchmark: reads on a large store (make one with bench/gen_corpus.py).

Measures, on the store given:

- p50/p95 of ``GET /api/facts?limit=100`` through the web app (FastAPI's
  TestClient, no network), over pages at random offsets, the same deep pages by
  keyset (``after=`` a fact anywhere in the store) and with the API's filters
  (area, kind, measure, year, indicator);
- the wall time of ``evaluate --all`` (``evaluate_many``);
- the peak memory of ``planwatch export facts`` (a child process, its
  maximum resident set) and the rows it wrote.

    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/read_bench.py --db /tmp/pw5k.db
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from planwatch.store.repo import FactFilter, Store

PLANWATCH = Path(sys.executable).with_name("planwatch")


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def api_queries(store: Store, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` (class, /api/facts URL): pages at random offsets and filtered pages."""
    total = store.count_facts()
    codes = sorted({d.area_code for d in store.documents() if d.area_code})
    out = []
    for i in range(n):
        choice = i % 6
        if choice == 0:
            off = rng.randrange(0, max(1, total - 100))
            out.append(("deep_offset", f"/api/facts?limit=100&offset={off}"))
        elif choice == 5:  # the same deep pages by keyset (after= a fact anywhere)
            after = _fact_near(store, rng.randrange(1, max(2, total)))
            out.append(("deep_after", f"/api/facts?limit=100&after={after}"))
        elif choice == 1:
            out.append(("area", f"/api/facts?limit=100&area={rng.choice(codes)}"))
        elif choice == 2:
            off = rng.randrange(0, 2000)
            out.append(
                ("kind_measure", f"/api/facts?limit=100&kind=target&measure=growth&offset={off}")
            )
        elif choice == 3:
            year = rng.choice([2020, 2021, 2022])
            out.append(("indicator_year", f"/api/facts?limit=100&indicator=gdp&year={year}"))
        else:
            out.append(("area_kind", f"/api/facts?limit=100&area={rng.choice(codes)}&kind=actual"))
    return out


def _fact_near(store: Store, fact_id: int) -> int:
    """The id of a stored fact at or after ``fact_id`` (the first one if none)."""
    from sqlalchemy import select

    from planwatch.store import models as m

    f = m.facts
    with store.engine.connect() as conn:
        found = conn.execute(select(f.c.id).where(f.c.id >= fact_id).limit(1)).scalar()
        return found or conn.execute(select(f.c.id).limit(1)).scalar_one()


def bench_api(db: str, n: int, seed: int) -> dict[str, float]:
    from fastapi.testclient import TestClient

    from planwatch.web.app import create_app

    rng = random.Random(seed)
    with Store(db) as store:
        urls = api_queries(store, n, rng)
    client = TestClient(
        create_app(db, upload_dir=tempfile.mkdtemp(prefix="pw-up-")),
        base_url="http://localhost",  # a host the app serves (its guard refuses others)
    )
    client.get(urls[0][1])  # warm-up: imports, catalog, first connection
    times: dict[str, list[float]] = {}
    for kind, url in urls:
        t0 = time.perf_counter()
        resp = client.get(url)
        times.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
        if resp.status_code != 200:
            sys.exit(f"{url}: HTTP {resp.status_code}: {resp.text[:200]}")
    every = [t for ts in times.values() for t in ts]
    out = {
        "api_requests": n,
        "api_p50_ms": round(statistics.median(every), 1),
        "api_p95_ms": round(_p(every, 0.95), 1),
        "api_max_ms": round(max(every), 1),
    }
    out |= {f"api_p95_ms_{kind}": round(_p(ts, 0.95), 1) for kind, ts in sorted(times.items())}
    return out


def bench_evaluate(db: str) -> dict[str, float]:
    from planwatch.evaluate import evaluate_many

    with Store(db) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        evaluations = evaluate_many(store)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU seconds too: on a shared machine they say more than the wall time.
    return {
        "evaluate_all_s": round(seconds, 2),
        "evaluate_all_cpu_s": round(cpu, 2),
        "evaluate_areas": len(evaluations),
    }


def bench_export(db: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.jsonl"
        t0 = time.perf_counter()
        subprocess.run(
            [str(PLANWATCH), "--db", db, "export", "facts", "--format", "jsonl", "-o", str(out)],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - t0
        rows = sum(1 for _ in out.open(encoding="utf-8"))
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"export_rows": rows, "export_s": round(seconds, 1), "export_peak_mb": peak_kb // 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", required=True, help="store made by bench/gen_corpus.py")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--skip", nargs="*", default=[], choices=["api", "evaluate", "export"])
    args = ap.parse_args()
    with Store(args.db) as store:
        figures: dict[str, float | str] = dict(store.counts())
        figures["facts_total"] = store.count_facts(FactFilter(include_superseded=True))
    if "export" not in args.skip:
        figures |= bench_export(args.db)  # first: the child's peak is its own
    if "api" not in args.skip:
        figures |= bench_api(args.db, args.requests, args.seed)
    if "evaluate" not in args.skip:
        figures |= bench_evaluate(args.db)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
