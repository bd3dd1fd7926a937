"""Benchmark: evaluation and report rendering time per area on the sample corpus.

python bench/evaluate_bench.py
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from planwatch.evaluate import completion_table, evaluate_area
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.report import render_report
from planwatch.store.repo import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="planwatch-evalbench-"))
    try:
        store = Store(f"sqlite:///{work / 'b.db'}")
        ingest([str(EXAMPLES)], store, Options(workers=1))
        for area in ("鹤山市", "江海区", "连州市", "江门市"):
            ev = evaluate_area(store, area)
            t_eval = best_of(5, lambda a=area: evaluate_area(store, a))
            comp = completion_table(store, area)
            row = [f"{area}: evaluate {t_eval * 1000:.0f} ms ({len(ev.rows)} targets)"]
            for fmt in ("md", "xlsx", "html"):
                t = best_of(3, lambda f=fmt, e=ev, c=comp: render_report(e, f, completion=c))
                row.append(f"{fmt} {t * 1000:.0f} ms")
            print(", ".join(row))
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
