"""Benchmark (an experiment): the extractor's hottest modules compiled with mypyc, against
the same code run as pure Python.

Nothing is built in the working copy: ``build`` copies ``src/`` to ``DIR/src`` and compiles
the modules there (``mypyc``, from ``pip install mypy``; gcc and the Python headers are
needed), so no stale ``.so`` can sit beside a ``.py`` that was edited afterwards (an
extension module is imported before the ``.py`` beside it, whatever its age). ``compare``
then runs ``bench/peer_bench.py --cpu`` (and, with ``--identity``, ``bench/dump_facts.py``)
in child processes, alternately as pure Python and with ``PYTHONPATH=DIR/src`` (which comes
before the editable install on ``sys.path``), and prints the medians, each run's figures and
the machine's load average when the run started.

    python bench/compile_bench.py build /tmp/pwc [--modules planwatch/extract/prose.py ...]
    python bench/compile_bench.py compare /tmp/pwc [--runs 3] [--mb 3] [--pure /tmp/pwp]
        [--identity DOCS ...]

mypyc compiles only code that type-checks: ``build`` stops on mypy's errors and prints them
(the default modules needed seven small type fixes, listed in docs/measurements.md, which
are not in src/: apply them to a copy and build it with ``--source``). Compiled classes
are native (their methods cannot be replaced at run time), so ``bench/prose_stages.py``,
which wraps methods to time stages, times only pure Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The modules the prose profile names (bench/prose_stages.py --profile): the sentence reader,
# its naming, values, time and modality stages, the number scanner, subjects and headings.
MODULES = (
    "planwatch/extract/prose_reader.py",
    "planwatch/extract/prose_names.py",
    "planwatch/extract/prose_values.py",
    "planwatch/extract/timewords.py",
    "planwatch/extract/time_marks.py",
    "planwatch/extract/numbers.py",
    "planwatch/extract/prose.py",
    "planwatch/extract/prose_naming.py",
    "planwatch/extract/prose_modality.py",
    "planwatch/extract/prose_period.py",
    "planwatch/describe/subjects.py",
    "planwatch/structure/headings.py",
)


def build(out: Path, modules: list[str], source: Path) -> dict:
    """Copy ``source`` (a src/ folder) to ``out``/src and compile ``modules`` there; wall and
    CPU seconds, sizes."""
    src = out / "src"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(source, src, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *modules], cwd=src, capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"mypyc failed:\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # (the build folder holds a second copy of each .so: not counted)
    sos = [p for p in src.rglob("*.so") if "build" not in p.relative_to(src).parts]
    return {
        "modules": len(modules),
        "wall_s": round(wall, 1),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
        "load_at_start": round(load, 1),
        "so_files": len(sos),
        "so_bytes": sum(p.stat().st_size for p in sos),
        "build_dir_bytes": sum(p.stat().st_size for p in (src / "build").rglob("*") if p.is_file()),
    }


# The sources the pure runs import (``--pure DIR``: DIR/src, a copy of the code compiled, so
# that both sides run the same code while the working copy changes); None: the working copy.
_PURE: Path | None = None


def _env(compiled: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    where = compiled or _PURE
    if where is not None:
        env["PYTHONPATH"] = str(where / "src")
    return env


def _loaded_from(compiled: Path | None) -> str:
    """Where the sentence reader is imported from (a check that the build is the one run)."""
    code = "import planwatch.extract.prose_reader as m; print(m.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=_env(compiled), capture_output=True, text=True
    )
    return out.stdout.strip()


def _peer(compiled: Path | None, mb: float) -> dict:
    load = os.getloadavg()[0]
    cmd = [sys.executable, str(ROOT / "bench/peer_bench.py"), "--mb", str(mb), "--cpu"]
    cmd += ["--rounds", "3"]
    out = subprocess.run(cmd, env=_env(compiled), capture_output=True, text=True, check=True)
    got = json.loads(out.stdout[out.stdout.index("{") :])
    return {
        "load": round(load, 1),
        "mb_s": got["planwatch_mb_s"],
        "ratio": got["ratio_planwatch_over_jionlp"],
        "largest_ms": got["largest_alone"]["median_ms"],
        "prose_ms": got["prose_alone_five_samples_ms"],
    }


def _dump_hash(compiled: Path | None, docs: list[str]) -> str:
    cmd = [sys.executable, str(ROOT / "bench/dump_facts.py"), *docs]
    out = subprocess.run(cmd, env=_env(compiled), capture_output=True, check=True)
    return hashlib.sha256(out.stdout).hexdigest()


def compare(out: Path, runs: int, mb: float, docs: list[str]) -> dict:
    """Alternated peer_bench runs, pure then compiled, ``runs`` times; medians and runs."""
    report: dict = {"pure_from": _loaded_from(None), "compiled_from": _loaded_from(out)}
    if report["pure_from"].endswith(".so"):
        sys.exit("the pure side imports a compiled module: remove the .so files there")
    if not report["compiled_from"].endswith(".so"):
        sys.exit(f"no compiled build in {out} (run: compile_bench.py build {out})")
    if docs:
        pure, comp = _dump_hash(None, docs), _dump_hash(out, docs)
        report["identical_facts"] = pure == comp
    results: dict[str, list[dict]] = {"pure": [], "compiled": []}
    for _ in range(runs):
        results["pure"].append(_peer(None, mb))
        results["compiled"].append(_peer(out, mb))
    for name, rows in results.items():
        keys = ("mb_s", "ratio", "largest_ms", "prose_ms", "load")
        report[name] = {k: statistics.median(r[k] for r in rows) for k in keys}
        report[name + "_runs"] = rows
    p, c = report["pure"], report["compiled"]
    report["speedup"] = {
        "mb_s": round(c["mb_s"] / p["mb_s"], 2),
        "largest": round(p["largest_ms"] / c["largest_ms"], 2),
        "prose": round(p["prose_ms"] / c["prose_ms"], 2),
    }
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="copy src/ to DIR/src and compile the modules there")
    b.add_argument("dir", type=Path)
    b.add_argument("--source", type=Path, default=ROOT / "src", help="default: this src/")
    b.add_argument("--modules", nargs="+", default=list(MODULES), help="paths under src/")
    c = sub.add_parser("compare", help="alternate pure and compiled runs of peer_bench --cpu")
    c.add_argument("dir", type=Path)
    c.add_argument("--runs", type=int, default=3)
    c.add_argument("--mb", type=float, default=3)
    c.add_argument("--pure", type=Path, help="run the pure side from DIR/src (no .so there)")
    c.add_argument("--identity", nargs="*", default=[], metavar="DOCS", help="dump_facts both ways")
    args = ap.parse_args()
    if args.command == "build":
        print(json.dumps(build(args.dir.resolve(), args.modules, args.source), indent=1))
    else:
        global _PURE
        _PURE = args.pure.resolve() if args.pure else None
        print(json.dumps(compare(args.dir.resolve(), args.runs, args.mb, args.identity), indent=1))


if __name__ == "__main__":
    main()
