"""Benchmark: the same ingest run in paired rounds on different set-ups, as ratios.

Each round ingests the same replicated samples (bench/ingest_bench.py's corpus)
once per set-up, in turn (A B C A B C ...), into a new store each time, and
records wall seconds, CPU seconds (this process and its children that exited:
not a Dask cluster's workers; ``cpu_main_s`` this storing process alone) and the
store's size over the text it holds. Ratios of
medians are what a shared machine can still tell: load moves every set-up alike.

Set-ups (``--setups``, comma-separated):

- ``one``: in-process ingest, 1 worker;
- ``two``: in-process ingest, 2 worker processes;
- ``dask``: a Dask ``LocalCluster`` of 2 single-thread worker processes, started
  (and its workers warmed: planwatch imported, its word lists loaded) before the
  clock starts, as a cluster that stays up between ingests would be;
- ``dask_cold``: a new ``LocalCluster`` of 2 per run, started before the clock but
  with cold workers (what bench/ingest_bench.py ``--local-cluster 2`` measures);
- ``pg``: in-process ingest, 2 workers, into a new PostgreSQL database on
  ``--pg-server`` (dropped after); compare with ``two`` (SQLite). When the server runs
  on this machine and its data directory can be read, ``cpu_server_s`` is the CPU the
  server spent over the ingest (the indexes and checks a write costs are spent there,
  not in this process) and ``pg+server/two_cpu`` counts it in: on a loaded machine the
  wall ratio moves by tenths from run to run, this one by hundredths. ``--pg-sql``
  runs a statement on each new PostgreSQL store before the clock, to try a schema or
  setting change (e.g. ``--pg-sql "DROP INDEX ix_search_sentences_tsv"``); ``--pg-sql-after``
  one after the ingest with the clock still running, for what the change defers (e.g. a
  larger GIN pending list, ``--pg-sql "ALTER INDEX ix_search_sentences_tsv SET
  (gin_pending_list_limit = 65536)" --pg-sql-after "SELECT
  gin_clean_pending_list('ix_search_sentences_tsv')"``: the merge it put off is counted).

    python bench/scale_bench.py --mb 5 --rounds 3 --setups two,dask
    python bench/scale_bench.py --mb 5 --rounds 3 --setups one,two
    python bench/scale_bench.py --mb 5 --rounds 3 --setups two,pg --pg-server postgresql://u@host/postgres

Ingest lowers its worker processes' priority (nice 10) and one worker analyses in the
calling process at its own: on a machine others load, the two set-ups then get unequal
CPU shares. ``--no-nice`` runs the workers at the caller's priority (``ingest
--no-nice``), so ``one`` and ``two`` differ only in the number of processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_bench import _drop_pg_database, _local_cluster, _new_pg_database, replicate

from planwatch.core import recache
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store

# As `planwatch ingest` does (planwatch.cli): compiled patterns and parsed word lists
# read from ~/.cache/planwatch, so a run measures what the command line costs.
recache.install()


def _cpu_parts() -> tuple[float, float]:
    """CPU seconds of this (the storing) process and of its children that exited."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _pg_server_cpu(server: str | None) -> float | None:
    """CPU seconds the PostgreSQL server on ``server`` has spent so far (its postmaster,
    its children that exited and those still running), when it runs on this machine and
    its data directory can be read; else None. The storing process's CPU leaves out what
    the server does for it: the indexes and checks a write costs are spent there."""
    if not server:
        return None
    try:
        import psycopg

        with psycopg.connect(server, autocommit=True) as conn:
            data = conn.execute("SHOW data_directory").fetchone()[0]
        pid = int((Path(data) / "postmaster.pid").read_text().split()[0])
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                raw = stat.read_text()
            except OSError:
                continue
            fields = raw.rsplit(")", 1)[1].split()  # after the command's name
            me, parent = int(stat.parent.name), int(fields[1])
            if me == pid:  # utime, stime, and its reaped children's cutime, cstime
                total += sum(int(f) for f in fields[11:15])
            elif parent == pid:
                total += int(fields[11]) + int(fields[12])
        return total / tick
    except Exception:  # psycopg's errors, a missing /proc: the figure is optional
        return None


def run_once(setup: str, docs: Path, work: Path, args, cluster) -> dict:
    """One timed ingest of ``docs`` with ``setup``; its figures."""
    pg = _new_pg_database(args.pg_server) if setup == "pg" else None
    if setup == "dask_cold":  # a new cluster per run, started before the clock (cold workers)
        cluster = _local_cluster(2)
    url = pg or f"sqlite:///{work / f'{setup}-{time.monotonic_ns()}.db'}"
    store = Store(url)
    if pg and args.pg_sql:  # a schema change to try, made before the clock starts
        with store.engine.begin() as conn:
            for statement in args.pg_sql:
                conn.exec_driver_sql(statement)
    options = Options(
        workers=1 if setup == "one" else 2,
        show_progress=False,
        nice=not args.no_nice,
        scheduler=cluster.scheduler_address if setup.startswith("dask") else None,
    )
    server0 = _pg_server_cpu(args.pg_server) if pg else None
    (me0, kids0), t0 = _cpu_parts(), time.perf_counter()
    summary = ingest([str(docs)], store, options)
    if pg and args.pg_sql_after:  # what the change put off, on the clock
        with store.engine.begin() as conn:
            for statement in args.pg_sql_after:
                conn.exec_driver_sql(statement)
    seconds = time.perf_counter() - t0
    me1, kids1 = _cpu_parts()
    server1 = (
        _pg_server_cpu(args.pg_server) if pg else None
    )  # children's CPU counts once they exit (process pools do)
    cpu = me1 - me0 + kids1 - kids0
    facts = store.counts()["facts"]
    text_bytes = sum(p.stat().st_size for p in docs.iterdir())
    over_text = store.size_bytes() / text_bytes
    store.close()
    if pg:
        _drop_pg_database(args.pg_server, pg)
    if setup == "dask_cold":
        cluster.close()
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "cpu_main_s": me1 - me0,  # reading, hashing, the warm-up before forking, storing
        # The PostgreSQL server's CPU over the ingest (None: not local, or not readable).
        "cpu_server_s": None if server0 is None or server1 is None else server1 - server0,
        "facts": facts,
        "failed": summary.failed,
        "store_over_text": over_text,
    }


def _median_or_none(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 2) if known else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=5, help="corpus size in MB (default 5)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--setups", default="two,dask", help="comma-separated: one,two,dask,dask_cold,pg"
    )
    ap.add_argument("--pg-server", help="PostgreSQL server URL for the pg set-up")
    ap.add_argument(
        "--pg-sql",
        action="append",
        default=[],
        help="a statement run on each new PostgreSQL store before the clock (repeatable):"
        " to try a schema or setting change",
    )
    ap.add_argument(
        "--pg-sql-after",
        action="append",
        default=[],
        help="a statement run on each PostgreSQL store after the ingest, on the clock"
        " (repeatable): what a --pg-sql change defers",
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--no-nice", action="store_true", help="worker processes at this process's priority"
    )
    args = ap.parse_args()
    setups = args.setups.split(",")
    if "pg" in setups and not args.pg_server:
        ap.error("the pg set-up needs --pg-server")
    work = Path(tempfile.mkdtemp(prefix="planwatch-scale-"))
    cluster = None
    try:
        docs = work / "docs"
        docs.mkdir()
        size = replicate(args.mb, docs)
        if "dask" in setups:
            cluster = _local_cluster(2)
            from distributed import Client

            from planwatch.scaleout import warm_worker

            with Client(cluster.scheduler_address) as client:  # a cluster already up
                client.run(warm_worker)
        runs: dict[str, list[dict]] = {s: [] for s in setups}
        for _ in range(args.rounds):
            for setup in setups:
                runs[setup].append(run_once(setup, docs, work, args, cluster))
        figures = {"megabytes": round(size / 1e6, 2), "rounds": args.rounds, "cpu": os.cpu_count()}
        for setup, rs in runs.items():
            figures[setup] = {
                "seconds_median": round(statistics.median(r["seconds"] for r in rs), 2),
                "seconds": [round(r["seconds"], 2) for r in rs],
                "cpu_s_median": round(statistics.median(r["cpu_s"] for r in rs), 1),
                "cpu_main_s_median": round(statistics.median(r["cpu_main_s"] for r in rs), 2),
                "cpu_server_s_median": _median_or_none([r["cpu_server_s"] for r in rs]),
                "facts": rs[0]["facts"],
                "failed": rs[0]["failed"],
                "store_over_text": round(rs[0]["store_over_text"], 2),
            }
        base = setups[0]
        for setup in setups[1:]:
            figures[f"{setup}/{base}_wall"] = round(
                figures[setup]["seconds_median"] / figures[base]["seconds_median"], 3
            )
            # CPU seconds here and in exited children (not a Dask cluster's workers, not a
            # PostgreSQL server): what a loaded machine cannot blur. For two set-ups on
            # two cores, one / two * 2 is the most two workers can gain over one.
            figures[f"{setup}/{base}_cpu"] = round(
                figures[setup]["cpu_s_median"] / figures[base]["cpu_s_median"], 3
            )
            server = figures[setup]["cpu_server_s_median"]
            if server is not None:  # the PostgreSQL server's CPU counted in as well
                figures[f"{setup}+server/{base}_cpu"] = round(
                    (figures[setup]["cpu_s_median"] + server) / figures[base]["cpu_s_median"], 3
                )
        print(json.dumps(figures, indent=None if args.json else 2))
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
