"""Benchmark: two checkouts' ``analyse_bytes`` stage by stage, runs alternated in pairs.

On a machine other jobs share, two versions timed one after the other see different
loads; timed in alternated pairs (old, new, old, new …, each a fresh process of
``bench/stage_times.py --json`` with PYTHONPATH at that checkout's ``src``), each pair saw
about the same load, so the ratio new / old of each pair is the figure to read, and the
median over the pairs. Prints each stage's median CPU ms of each version and the ratios
of the pairs (below 1: the new code is faster), with the load average before each pair.

    python bench/stage_pairs.py OLD_SRC NEW_SRC examples/ [more folders…] [--split dev]
        [--rounds 3] [--pairs 3] [--least] [--parts] [--json]

OLD_SRC and NEW_SRC are ``src`` folders (``git archive main | tar -x -C /tmp/main`` then
``/tmp/main/src``). Each run's planwatch cache goes into a folder of its own version, so a
pattern cache written by one is never read by the other.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_once(src: Path, cache: Path, args: argparse.Namespace) -> dict[str, float]:
    """One process of stage_times.py over the folders with ``src`` first on the path."""
    cmd = [sys.executable, str(HERE / "stage_times.py"), *map(str, args.folders), "--json"]
    cmd += ["--rounds", str(args.rounds)] + (["--split", args.split] if args.split else [])
    cmd += ["--least"] if args.least else []
    cmd += ["--parts"] if args.parts else []
    env = {**os.environ, "PYTHONPATH": str(src), "PLANWATCH_CACHE_DIR": str(cache)}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["ms"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("old", type=Path, help="the old checkout's src folder")
    ap.add_argument("new", type=Path, help="the new checkout's src folder")
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--split", help="only the documents of this split (INDEX.tsv beside)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds in each process")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--least", action="store_true", help="each run's least round (stage_times)")
    ap.add_argument(
        "--parts", action="store_true", help="also the steps inside stages (stage_times)"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        caches = {v: Path(tmp, v) for v in runs}
        for i in range(args.pairs):
            loads.append(os.getloadavg()[0])
            # (Which version runs first alternates too: a pair's drift falls on both.)
            order = ("old", "new") if i % 2 == 0 else ("new", "old")
            for version in order:
                src = args.old if version == "old" else args.new
                runs[version].append(run_once(src, caches[version], args))
    stages = sorted(runs["old"][0], key=lambda k: -runs["old"][0][k])
    table = {}
    for k in stages:
        old = [r.get(k, 0.0) for r in runs["old"]]
        new = [r.get(k, 0.0) for r in runs["new"]]
        ratios = [n / o if o else float("nan") for o, n in zip(old, new, strict=True)]
        table[k] = {
            "old_ms": statistics.median(old),
            "new_ms": statistics.median(new),
            "ratios": [round(r, 3) for r in ratios],
            "median_ratio": round(statistics.median(ratios), 3),
        }
    if args.json:
        print(json.dumps({"loads": loads, "stages": table}, ensure_ascii=False))
        return
    print(
        f"{args.pairs} alternated pairs, load before each: {', '.join(f'{x:.1f}' for x in loads)}"
    )
    print(f"  {'stage':<24} {'old ms':>9} {'new ms':>9} {'median':>7}  pairs new/old")
    for k, row in table.items():
        pairs = " ".join(f"{r:.3f}" for r in row["ratios"])
        print(
            f"  {k:<24} {row['old_ms']:>9.1f} {row['new_ms']:>9.1f} "
            f"{row['median_ratio']:>7.3f}  {pairs}"
        )


if __name__ == "__main__":
    main()
