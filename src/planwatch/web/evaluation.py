"""The evaluation engine and reports, as the web app uses them.

Evaluations are cached per area and as-of year. Each request first asks the
store whether anything was stored since it last looked (two primary-key
maxima); when something was, only the areas the new documents or corrections
touch (:func:`planwatch.store.pages.areas_touched_since`) are marked stale.

Evaluating a large area takes seconds of CPU, so it runs in a worker
*process* (its own store connection), never in the threads that answer
requests: pages keep answering while it works. One computation per area is in
flight at a time; a page waits for it at most a few seconds and otherwise
shows the stale evaluation (or none yet) with a note, while the API waits for
the fresh one. A failure on one area is logged and shown on its page.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.model import AreaEvaluation
from planwatch.report import render_report
from planwatch.report.charts import indicator_chart
from planwatch.store.pages import areas_touched_since, store_version
from planwatch.store.repo import Store

log = logging.getLogger(__name__)

STATUS_ORDER = ("behind", "missed", "on_track", "achieved_early", "met", "no_data")
MAX_CACHED = 4096  # areas × as-of years kept; least recently used dropped first
PENDING = "the evaluation is being computed; reload in a moment"
COLD_WAIT_S = 15.0  # how long a page waits when no earlier evaluation can be shown

_worker_store: Store | None = None


def _open_worker_store(url: str) -> None:
    global _worker_store
    _worker_store = Store(url)
    parent = os.getppid()
    # A worker waits for work forever: when the server is killed rather than shut
    # down, nothing tells it to go, so it leaves as soon as its parent is gone.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int, every_s: float = 2.0) -> None:
    while os.getppid() == parent:
        time.sleep(every_s)
    os._exit(0)


def _evaluate_in_worker(code: str, as_of: int | None) -> AreaEvaluation:
    assert _worker_store is not None, "worker started without its store"
    return evaluate_area(_worker_store, code, as_of=as_of)


@dataclass(slots=True)
class _Entry:
    generation: int  # when the computation began
    evaluation: AreaEvaluation


class Evaluations:
    """Evaluates areas on demand, remembering answers until the area's data changes.

    ``processes=False`` computes in a thread of this process instead (tests
    that count or replace :func:`evaluate_area` use it).
    """

    def __init__(self, store: Store, *, processes: bool = True) -> None:
        self.store = store
        self._processes = processes
        self._cache: OrderedDict[tuple, _Entry] = OrderedDict()
        self._touched: dict[str, int] = {}  # code -> generation that last changed it
        self._generation = 0
        self._version: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._inflight: dict[tuple, Future] = {}
        self._pool: Executor | None = None

    # ---- what changed ------------------------------------------------------

    def _refresh(self) -> int:
        """Notice what was stored since the last look; returns the current generation."""
        version = store_version(self.store)
        with self._lock:
            if version == self._version:
                return self._generation
            previous, self._version = self._version, version
            self._generation += 1
            if previous is not None:
                for code in areas_touched_since(self.store, previous):
                    self._touched[code] = self._generation
            return self._generation

    def _lookup(self, key: tuple) -> tuple[AreaEvaluation | None, bool]:
        """(cached evaluation or None, whether it is still current)."""
        with self._lock:
            hit = self._cache.get(key)
            if hit is None:
                return None, False
            self._cache.move_to_end(key)
            return hit.evaluation, hit.generation >= self._touched.get(key[0], 0)

    def cached(self, code: str, as_of: int | None = None) -> AreaEvaluation | None:
        """The evaluation if it is cached and still current (never computes)."""
        self._refresh()
        ev, fresh = self._lookup((code, as_of))
        return ev if fresh else None

    # ---- computing -----------------------------------------------------------

    def _executor(self) -> Executor:
        if self._pool is None:
            if self._processes:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_open_worker_store,
                    initargs=(self.store.url,),
                )
            else:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluate")
        return self._pool

    def _submit(self, key: tuple, generation: int) -> Future:
        """The computation of ``key`` in flight, started if there is none."""
        with self._lock:
            fut = self._inflight.get(key)
            if fut is not None:
                return fut
            code, as_of = key
            try:
                fut = self._start(code, as_of)
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                # No worker process here (it died, or the embedding program cannot
                # spawn one): evaluate in a thread of this process from now on.
                log.warning("evaluating in a thread: no worker process (%s)", exc)
                self._pool, self._processes = None, False
                fut = self._start(code, as_of)
            self._inflight[key] = fut
        fut.add_done_callback(lambda f: self._store_result(key, generation, f))
        return fut

    def _start(self, code: str, as_of: int | None) -> Future:
        if self._processes:
            return self._executor().submit(_evaluate_in_worker, code, as_of)
        return self._executor().submit(lambda: evaluate_area(self.store, code, as_of=as_of))

    def _store_result(self, key: tuple, generation: int, fut: Future) -> None:
        with self._lock:
            self._inflight.pop(key, None)
            if fut.cancelled() or fut.exception() is not None:
                if isinstance(fut.exception(), BrokenProcessPool):
                    self._pool = None
                return
            self._cache[key] = _Entry(generation, fut.result())
            self._cache.move_to_end(key)
            while len(self._cache) > MAX_CACHED:
                self._cache.popitem(last=False)

    def area(
        self, code: str, as_of: int | None = None, *, wait_s: float | None = None
    ) -> tuple[AreaEvaluation | None, str | None]:
        """(AreaEvaluation or None, why not).

        ``wait_s=None`` waits for a current evaluation; a number waits at most
        that long and then answers with the stale evaluation and a note (with
        nothing cached yet it waits up to :data:`COLD_WAIT_S`).
        """
        generation = self._refresh()
        key = (code, as_of)
        ev, fresh = self._lookup(key)
        if fresh:
            return ev, None
        if wait_s is not None and ev is None:
            wait_s = max(wait_s, COLD_WAIT_S)  # nothing to show meanwhile: wait longer
        try:
            fut = self._submit(key, generation)
            fresh_ev = fut.result(timeout=wait_s)
        except FutureTimeout:
            return ev, PENDING
        except Exception as exc:  # a page must render even when one evaluation fails
            log.warning("evaluation of %s failed: %s", code, exc, exc_info=True)
            return None, f"evaluation failed: {exc}"
        return fresh_ev, None

    def many(self, codes: Iterable[str], budget_s: float = 0.5) -> dict[str, AreaEvaluation]:
        """Evaluations of ``codes`` within ``budget_s``: current or stale ones at once,
        the others started and waited for until the budget is spent (absent if not done)."""
        deadline = time.monotonic() + budget_s
        generation = self._refresh()
        out: dict[str, AreaEvaluation] = {}
        waiting: dict[str, Future] = {}
        for code in codes:
            ev, fresh = self._lookup((code, None))
            if ev is not None:
                out[code] = ev
            if not fresh:
                try:
                    waiting[code] = self._submit((code, None), generation)
                except Exception as exc:
                    log.warning("could not start evaluating %s: %s", code, exc)
        for code, fut in waiting.items():
            try:
                out[code] = fut.result(timeout=max(0.0, deadline - time.monotonic()))
            except FutureTimeout:
                continue
            except Exception as exc:
                log.warning("evaluation of %s failed: %s", code, exc)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def chart(self, row: Any) -> dict | None:
        """A Plotly figure dict for one evaluated target, or None."""
        try:
            return indicator_chart(row)  # assumed years are drawn hollow and labelled there
        except Exception as exc:  # one odd row must not take the area page down
            log.warning("chart of %s failed: %s", getattr(row, "indicator", "?"), exc)
            return None

    def report(self, evaluation: AreaEvaluation, fmt: str) -> bytes:
        return render_report(evaluation, fmt)


def row_anchor(row: Any) -> str:
    """The evaluation row's anchor on its area page (a permalink: /areas/CODE#ANCHOR).

    Named after the target fact when there is one (stable while the documents
    stay), else after the indicator and the target's year.
    """
    if getattr(row, "target_fact_id", None):
        return f"t{row.target_fact_id}"
    return f"t-{row.indicator_id or 'x'}-{row.target_year or ''}-{row.scope}"


def summary_counts(evaluation: Any) -> dict[str, int]:
    """Status counts of an evaluation as a plain dict (empty when there is none)."""
    if evaluation is None:
        return {}
    return dict(evaluation.summary.to_record())
