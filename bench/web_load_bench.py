"""Benchmark: the web app's latency under concurrent readers, idle and during a large ingest.

1. A store is filled with ``--docs`` documents: copies of the sample documents
   and of the devcorpus *dev* documents (never its check files), each with a
   distinct first line so every copy is a new document of its own area.
2. ``planwatch serve`` runs on a loopback port (its own processes:
   ``--server-workers``, default one per core).
3. ``--readers`` threads request ``/``, an area page, ``/api/facts?limit=100``
   and a search in turn: first for ``--idle-seconds`` with nothing else
   running, then while ``planwatch ingest`` (another process) stores
   ``--ingest`` more documents into the same store.
   Before they start, each page is requested once alone (its first-request time
   is reported apart: a new server's cold answers are not the idle percentiles),
   and the readers' first ``--warm-seconds`` are a phase of their own (each
   server process answers its first requests cold).
4. Per phase and page: requests, errors (status >= 500 or no answer within
   ``--timeout`` seconds), p50, p95 and max in milliseconds.

    python bench/web_load_bench.py --docs 5000 --ingest 600 --readers 8
    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/web_load_bench.py --store /tmp/pw5k.db --ingest 600 --readers 8
    python bench/web_load_bench.py --docs 300 --ingest 100 --readers 4 --json
    python bench/web_load_bench.py --store /tmp/pw5k.db --server-workers 1 --no-nice  # as before
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"
CLI = [sys.executable, "-c", "from planwatch.cli import main; main()"]


def sources() -> list[tuple[str, bytes]]:
    """Sample documents and the devcorpus dev-split documents (check files never read)."""
    found = [(p.stem, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.txt"))]
    index = DEVCORPUS / "INDEX.tsv"
    if index.exists():
        check = set((DEVCORPUS / "CHECK.txt").read_text(encoding="utf-8").split())
        with index.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["split"] == "dev" and row["doc"] not in check:
                    path = DEVCORPUS / "docs" / row["doc"]
                    if path.exists():
                        found.append((path.stem, path.read_bytes()))
    if not found:
        sys.exit(f"no documents to replicate in {EXAMPLES} or {DEVCORPUS}")
    return found


def replicate(n: int, folder: Path, offset: int = 0) -> None:
    """``n`` distinct documents in ``folder`` (copy number ``offset`` onwards)."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = sources()
    for i in range(offset, offset + n):
        stem, data = docs[i % len(docs)]
        (folder / f"{stem}_{i:06d}.txt").write_bytes(f"copy {i}\n".encode() + data)


def run_cli(db: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([*CLI, "--db", db, *args], **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float) -> tuple[int, float, bytes]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        body, status = b"", exc.code
    except OSError:  # refused, reset, timed out
        body, status = b"", 0
    return status, (time.perf_counter() - t0) * 1000, body


def wait_until_up(base: str, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if fetch(base + "/favicon.ico", 2)[0] == 200:
            return
        time.sleep(0.2)
    sys.exit("the server did not start")


def pages(base: str, timeout: float, extra: list[str] | None = None) -> dict[str, str]:
    """The pages to read: an area with many documents is picked from the list; ``extra``
    paths (``--page``) are read in turn with them."""
    _, _, body = fetch(base + "/documents.json?limit=2000", timeout)
    codes = Counter(d["area_code"] for d in json.loads(body or b"[]") if d.get("area_code"))
    area = codes.most_common(1)[0][0] if codes else "440784"
    q = urllib.parse.quote("地区生产总值")
    return {
        "/": base + "/",
        "area": f"{base}/areas/{area}",
        "/api/facts?limit=100": base + "/api/facts?limit=100",
        "search": f"{base}/search?q={q}",
        **{path: base + path for path in extra or ()},
    }


def first_requests(urls: dict[str, str], timeout: float) -> dict[str, float]:
    """Each page once, one at a time, before the readers start: a new server's first
    answers (jieba's dictionary, a search's first ranking, an area's stored evaluation
    read) are reported on their own, not mixed into the idle percentiles."""
    time.sleep(5)  # the server's warm-up thread loads jieba meanwhile
    return {name: round(fetch(url, timeout)[1], 1) for name, url in urls.items()}


class Readers:
    """``n`` threads requesting the pages in turn until stopped; latencies per phase/page."""

    def __init__(self, n: int, urls: dict[str, str], timeout: float) -> None:
        self.urls, self.timeout = urls, timeout
        self.phase = "warm-up"
        self.samples: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.errors: Counter = Counter()
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(n)
        ]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def _run(self, i: int) -> None:
        names = list(self.urls)
        k = i
        while not self.stop.is_set():
            name = names[k % len(names)]
            k += 1
            phase = self.phase
            status, ms, _ = fetch(self.urls[name], self.timeout)
            self.samples[(phase, name)].append(ms)
            if status == 0 or status >= 500:
                self.errors[(phase, name)] += 1

    def join(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=self.timeout + 5)

    def report(self) -> list[dict]:
        out = []
        for (phase, name), ms in sorted(self.samples.items()):
            ms = sorted(ms)
            out.append(
                {
                    "phase": phase,
                    "page": name,
                    "requests": len(ms),
                    "errors": self.errors[(phase, name)],
                    "p50_ms": round(statistics.median(ms), 1),
                    "p95_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 1),
                    "max_ms": round(ms[-1], 1),
                }
            )
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents stored first (5000)")
    ap.add_argument("--ingest", type=int, default=600, help="documents ingested under load (600)")
    ap.add_argument("--readers", type=int, default=8, help="concurrent readers (8)")
    ap.add_argument("--idle-seconds", type=float, default=20, help="reading with no ingest (20)")
    ap.add_argument(
        "--warm-seconds",
        type=float,
        default=20,
        help="reading before the idle phase, reported apart: each server process's "
        "first answers (an area's first evaluation) are not the idle percentiles (20)",
    )
    ap.add_argument("--timeout", type=float, default=30, help="a request slower is an error (30)")
    ap.add_argument("--workers", type=int, default=0, help="ingest worker processes (0: cores)")
    ap.add_argument(
        "--server-workers",
        type=int,
        default=0,
        help="server processes (planwatch serve --workers; 0: its default, one per core)",
    )
    ap.add_argument(
        "--no-nice",
        action="store_true",
        help="ingest workers at the server's priority (planwatch ingest --no-nice)",
    )
    ap.add_argument("--keep", help="keep the store in this folder (reused when it exists)")
    ap.add_argument(
        "--store",
        help="start from a copy of this SQLite store (bench/gen_corpus.py makes one) "
        "instead of ingesting --docs copies",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--page",
        action="append",
        help="one more path the readers request in turn (repeatable): /indicators/gdp",
    )
    args = ap.parse_args()

    work = Path(args.keep or tempfile.mkdtemp(prefix="planwatch-webload-"))
    work.mkdir(parents=True, exist_ok=True)
    db = str(work / "load.db")
    workers = str(args.workers or os.cpu_count() or 1)
    server = None
    try:
        t0 = time.perf_counter()
        if args.store and not Path(db).exists():
            shutil.copyfile(args.store, db)  # the source is left as it was for the next run
        if not Path(db).exists():
            replicate(args.docs, work / "first")
            run_cli(db, "ingest", str(work / "first"), "--no-progress", "--workers", workers).wait()
        fill_s = time.perf_counter() - t0
        shutil.rmtree(work / "more", ignore_errors=True)  # new copies each run
        replicate(args.ingest, work / "more", offset=args.docs + time.time_ns() // 1000 % 10**9)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        serve = ["serve", "--port", str(port), "--workers", str(args.server_workers)]
        server = run_cli(db, *serve, **quiet)
        wait_until_up(base)
        urls = pages(base, args.timeout, args.page)
        first = first_requests(urls, args.timeout)
        readers = Readers(args.readers, urls, args.timeout)
        load_before = [round(x, 1) for x in os.getloadavg()]
        readers.start()
        time.sleep(args.warm_seconds)
        readers.phase = "idle"
        time.sleep(args.idle_seconds)
        readers.phase = "ingest"
        t1 = time.perf_counter()
        more = ["ingest", str(work / "more"), "--no-progress", "--workers", workers]
        more.append("--no-nice" if args.no_nice else "--nice")
        run_cli(db, *more, stdout=sys.stderr).wait()  # stdout keeps only the figures
        ingest_s = time.perf_counter() - t1
        readers.join()
        figures = {
            "documents_first": "copy of " + args.store if args.store else args.docs,
            "fill_seconds": round(fill_s, 1),
            "ingested_under_load": args.ingest,
            "ingest_seconds": round(ingest_s, 1),
            "readers": args.readers,
            "server_workers": args.server_workers or "default",
            "ingest_nice": not args.no_nice,
            "cpu": os.cpu_count(),
            "load_average_before": load_before,
            "load_average": [round(x, 1) for x in os.getloadavg()],
            "first_request_ms": first,
            "pages": readers.report(),
        }
        if args.json:
            print(json.dumps(figures, ensure_ascii=False))
        else:
            for k, v in figures.items():
                if k != "pages":
                    print(f"{k:>20}: {v}")
            print(f"{'phase':<7} {'page':<22} {'n':>5} {'err':>4} {'p50':>8} {'p95':>8} {'max':>8}")
            for r in figures["pages"]:
                print(
                    f"{r['phase']:<7} {r['page']:<22} {r['requests']:>5} {r['errors']:>4} "
                    f"{r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8}"
                )
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:  # requests still in flight: stop it now
                server.kill()
                server.wait(timeout=10)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
