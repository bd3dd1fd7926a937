"""Benchmark: evaluation and report rendering time per area on the sample corpus;
with ``--store``, ``evaluate --all`` over a large store (bench/gen_corpus.py).

python bench/evaluate_bench.py
python bench/evaluate_bench.py --store /tmp/pw5k.db
python bench/evaluate_bench.py --store /tmp/pw5k.db --keep /tmp/pw5k-evaluated.db
python bench/evaluate_bench.py --store /tmp/pw20k.db --runs 3
python bench/evaluate_bench.py --store /tmp/pw20k.db --profile 200

With ``--store`` (a SQLite file, copied first so it is left as it was): every area's
evaluation computed and stored (the first ``evaluate --all``: evaluations the copy
already holds are dropped first, so this is a cold run whatever the store held), read
back from the store (every later one, nothing changed), and after one more document
about one area (only that area computed again). Seconds of wall time and CPU seconds
(this process and its workers); the machine may be shared, so the load average is printed
(before and after). ``--runs N`` repeats the cold run N times (stored evaluations dropped
before each) and prints each. ``--profile N`` evaluates N areas spread over the store
(every len/N-th code) in this process under cProfile, as one worker of ``evaluate --all``
does (read, judge, make the stored form; the garbage collector as a worker runs it), and
prints where the time went: reading the areas' rows, judging, the stored form, the
whole documents' texts rules read (inside judging), and how many fact objects were made.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from planwatch.evaluate import completion_table, evaluate_area
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.report import render_report
from planwatch.store.evalstore import forget_evaluations
from planwatch.store.repo import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cpu_seconds() -> float:
    """CPU seconds of this process and of its ended children (the evaluation's workers)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def all_areas(source: str, keep: str | None = None, runs: int = 1) -> None:
    """``evaluate --all`` timings over a copy of the store at ``source`` (kept at ``keep``,
    evaluated, when given: a store for the web benchmarks)."""
    from planwatch.evaluated import current_evaluations, refresh

    work = Path(tempfile.mkdtemp(prefix="planwatch-evalbench-"))
    try:
        db = work / "copy.db"
        shutil.copyfile(source, db)
        with Store(f"sqlite:///{db}") as store:
            for run in range(runs):
                forget_evaluations(store)  # a cold run: every area computed
                load = os.getloadavg()[0]
                t0, c0 = time.perf_counter(), cpu_seconds()
                evs = current_evaluations(store)
                cold, cold_cpu = time.perf_counter() - t0, cpu_seconds() - c0
                print(
                    f"cold run {run + 1}: {len(evs)} areas in {cold:.1f} s, {cold_cpu:.1f} s CPU; "
                    f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after",
                    flush=True,
                )
            warm = best_of(3, lambda: current_evaluations(store))
            one = evs[len(evs) // 2].area.name
            # A figure of this moment's own, so that a store which already holds an earlier
            # run's one-line document (a copy of a kept copy) still gets a new document.
            growth = 1 + time.time_ns() // 1000 % 89_999 / 10_000
            text = f"{one}人民政府工作报告\n过去一年，全市地区生产总值增长{growth:.4f}%。\n"
            path = work / "one.txt"
            path.write_text(text, encoding="utf-8")
            added = ingest([str(path)], store, Options(workers=1, show_progress=False)).added
            if not added:
                print("note: the one-line document was already stored; nothing to recompute")
            t0 = time.perf_counter()
            again = refresh(store)
            incremental = time.perf_counter() - t0
        print(
            f"{len(evs)} areas: first evaluate --all {cold:.1f} s, {cold_cpu:.1f} s CPU "
            "(computed and stored), "
            f"then {warm:.2f} s (read back); after one new document "
            f"{incremental:.2f} s ({len(again.computed)} area computed again); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        if keep:
            shutil.move(db, keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# The stages of one worker's evaluation, by the function that does each.
_STAGES = {
    "read (SQL, rows)": "evalfacts.py:*(area_group)",
    "judge (ledger, rules)": "evaluate.py:*(evaluate_ledger)",
    "stored form (JSON)": "evaluated.py:*(record_of)",
    "whole texts (a task said done, reasons)": "evalrefs.py:*(texts_by_id)",
}


def profile_areas(source: str, n: int) -> None:
    """cProfile over ``n`` areas of a copy of the store at ``source``."""
    work = Path(tempfile.mkdtemp(prefix="planwatch-evalprof-"))
    try:
        shutil.copyfile(source, work / "copy.db")
        _profile(f"sqlite:///{work / 'copy.db'}", n)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _profile(url: str, n: int) -> None:
    import cProfile
    import fnmatch
    import gc
    import pstats

    from planwatch.evaluated import _records_of_url, quiet_collector
    from planwatch.store.pages import area_codes_with_documents

    with Store(url) as store:
        codes = area_codes_with_documents(store)
    pick = codes[:: max(1, len(codes) // n)][:n]
    _records_of_url(url, pick[:1], None)  # what every area loads, loaded first
    quiet_collector()  # as in a worker: no automatic collection
    prof = cProfile.Profile()
    t0, c0 = time.perf_counter(), time.process_time()
    prof.enable()
    computed, _ = _records_of_url(url, pick, None)
    prof.disable()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    gc.enable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    print(f"{len(computed)} areas profiled: {wall:.1f} s wall, {cpu:.1f} s CPU (under cProfile)")
    total = sum(tt for _cc, _nc, tt, _ct, _callers in stats.values())
    for label, pattern in _STAGES.items():
        cum = sum(
            ct
            for (file, line, fn), (_cc, _nc, _tt, ct, _callers) in stats.items()
            if fnmatch.fnmatch(f"{Path(file).name}:{line}({fn})", pattern)
        )
        print(f"  {label}: {cum:.1f} s ({cum / total:.0%})")
    made = sum(
        nc
        for (file, _line, _fn), (_cc, nc, *_rest) in stats.items()
        if file.startswith("<fact builder")
    )
    print(f"  fact objects made: {made}; function calls: {sum(v[1] for v in stats.values())}")
    pstats.Stats(prof).sort_stats("tottime").print_stats(12)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--store", help="time evaluate --all over a copy of this SQLite store")
    ap.add_argument("--keep", help="with --store: keep the evaluated copy at this path")
    ap.add_argument("--runs", type=int, default=1, help="with --store: cold runs (default 1)")
    ap.add_argument("--profile", type=int, help="with --store: cProfile over this many areas")
    args = ap.parse_args()
    if args.store and args.profile:
        profile_areas(args.store, args.profile)
        return
    if args.store:
        all_areas(args.store, args.keep, args.runs)
        return
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
