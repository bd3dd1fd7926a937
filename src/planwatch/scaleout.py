"""Analysis on a Dask distributed cluster (``planwatch ingest --scheduler ADDRESS``).

The batch stays where it is: the main process reads each file's bytes, the
cluster runs the pure analysis stage (``planwatch.pipeline.analyse_bytes``,
which touches no database and no file), and results come back as they finish
(``as_completed``) to be stored here. Workers need planwatch installed, not
the files: bytes travel with the task. At most two tasks per worker thread
are in flight, so memory stays bounded however large the batch. A document
that fails is reported like any other failure and the batch goes on; a
scheduler that cannot be reached is one line naming the address.

Dask is an optional dependency (``pip install 'planwatch[dask]'``) imported
only here, only when a scheduler is named.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from planwatch.core.data import UserMeta
from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.core.normalise import fold
from planwatch.options import Options
from planwatch.pipeline import analyse_bytes
from planwatch.store.rows import DocRows, to_rows

J = TypeVar("J")
log = logging.getLogger(__name__)

# Seconds to wait for the scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 20


def analyse_remote(
    data: bytes,
    name: str,
    path: str,
    options: Options,
    backend: str = "sqlite",
    user: UserMeta | None = None,
) -> tuple[DocRows | None, str | None]:
    """Runs on a Dask worker: (rows to store, None) or (None, why it failed); never raises.

    ``backend`` is the store's dialect, for which the sentence index is made;
    ``user`` what the user said about the file (``--area``, ``metadata.csv``).
    """
    try:
        analysed = analyse_bytes(data, name, path=path, options=options, user=user)
        return to_rows(analysed.document, analysed.facts, len(data), backend=backend), None
    except PlanwatchError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug must not stop the batch; say so plainly
        return None, (
            f"{path}: internal error while analysing ({type(exc).__name__}: {exc}); "
            "please report it with the file"
        )


def warm_worker() -> None:
    """Runs on each worker once: the analysis stage imported and its word lists loaded.

    Two composed documents are analysed — a two-line communiqué and a short plan in
    traditional characters with full-width digits, chapters and an indicator table — so
    the first real document does not pay for loading the readers, the dictionaries, the
    catalog, the folding table and the table path (before the plan, each new worker
    process spent about 0.1 s more on its first documents).
    """
    for warm in _WARM_DOCUMENTS:
        analyse_remote(warm.encode(), "warm.txt", "warm.txt", Options(show_progress=False))
    # A whole document's folding takes another path (one scan for what to replace),
    # whose character class is built on first use: the documents above are too short.
    fold("县" * 4096)


# Composed for the warm-up (no sample document's text): one per path worth loading.
_WARM_DOCUMENTS = (
    "某县2022年统计公报\n全年地区生产总值100.5亿元，增长5.0%。\n",
    "某縣國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標綱要\n第一章 發展基礎\n"
    "“十三五”時期，全縣地區生產總值年均增長７.２%。\n第二章 主要目標\n"
    "表1 “十四五”時期經濟社會發展主要指標\n序号 指标 2020年 2025年 年均增长（%） 属性\n"
    "1 地区生产总值（亿元） 100 140 7 预期性\n2 城镇登记失业率（%） 3.5 <4.5 — 约束性\n"
    "到2025年，森林覆盖率达到50%以上。\n",
)


def _warm_workers(client) -> None:
    """Every worker, now and joining later, runs :func:`warm_worker` once on arrival
    (a Dask worker plugin; registering it again only re-runs the cheap warm call).

    Measured with bench/scale_bench.py: the cold start of spawned workers (importing
    planwatch, loading the word lists: about 1.4 s each, more on a busy machine) was
    what made a fresh cluster slower than in-process workers; warm, the two ran alike.
    """
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmPlanwatch(WorkerPlugin):
        def setup(self, worker) -> None:
            warm_worker()

    try:
        client.register_plugin(WarmPlanwatch(), name="planwatch-warm")
    except Exception as exc:  # only a head start: the tasks warm up anyway
        log.warning("could not warm the Dask workers up: %s", exc)


def _client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(
            "--scheduler needs Dask: install it with pip install 'planwatch[dask]'"
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(
            f"cannot reach the Dask scheduler at {address}: {type(exc).__name__}: {exc}"
        ) from None


def run_on_cluster(
    jobs: Sequence[J],
    options: Options,
    read: Callable[[J], tuple[bytes, Path]],
) -> Iterator[tuple[J, DocRows | None, str | None, float]]:
    """Analyse ``jobs`` on the cluster at ``options.scheduler``; yield as each finishes.

    ``read`` gives a job's bytes and path (it may raise PlanwatchError: the
    job is then reported failed without being sent). Yields (job, rows,
    error, seconds since the job was sent).
    """
    from distributed import as_completed

    client = _client(options.scheduler or "")
    try:
        _warm_workers(client)
        window = 2 * max(1, sum(client.nthreads().values()))
        pending: dict[str, tuple[J, float]] = {}
        queue = iter(jobs)
        failed_early: list[tuple[J, str]] = []

        def fill() -> list:
            sent = []
            while len(pending) < window:
                job = next(queue, None)
                if job is None:
                    break
                try:
                    data, path = read(job)
                except PlanwatchError as exc:
                    failed_early.append((job, str(exc)))
                    continue
                backend = getattr(job, "backend", "sqlite")
                fut = client.submit(
                    analyse_remote,
                    data,
                    path.name,
                    str(path.resolve()),
                    options,
                    backend,
                    getattr(job, "user", None),
                    pure=False,
                )
                pending[fut.key] = (job, time.perf_counter())
                sent.append(fut)
            return sent

        first = fill()
        yield from _drain_failed(failed_early)
        if not first:
            return
        done = as_completed(first, loop=client.loop)
        for fut in done:
            job, sent = pending.pop(fut.key)
            try:
                rows, error = fut.result()
            except Exception as exc:  # the worker died, or the task could not run
                rows, error = None, f"{_path_of(job)}: analysis on the cluster failed: {exc}"
            fut.release()
            done.update(fill())
            yield job, rows, error, time.perf_counter() - sent
            yield from _drain_failed(failed_early)
    finally:
        client.close()


def _drain_failed(failed: list) -> Iterator[tuple[Any, None, str, float]]:
    while failed:
        job, error = failed.pop(0)
        yield job, None, error, 0.0


def _path_of(job: object) -> str:
    return str(getattr(job, "path", job))
