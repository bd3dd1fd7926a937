"""The evaluation engine and reports, as the web app uses them.

Two kinds of reads. Lists of areas (the overview, the compare page) read every
area's evaluation *as stored* (:mod:`planwatch.evaluated`): a request never
computes them; a missing or stale one is brought up to date by the background
:class:`~planwatch.web.refresher.Refresher` and the page shows the last one
meanwhile. An area's own page needs the whole evaluation (rows, charts): it is
cached here per area and as-of year, and computed again only for the areas a
newer document or correction touches (:func:`planwatch.store.pages.areas_touched_since`).

Evaluating a large area takes seconds of CPU, so it runs in a worker
*process* (its own store connection), never in the threads that answer
requests: pages keep answering while it works. One computation per area is in
flight at a time; a page waits for it at most a few seconds and otherwise
shows the stale evaluation (or none yet) with a note, while the API waits for
the fresh one. A failure on one area is logged and shown on its page. What the
worker computes is stored too, so the lists see it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.model import AreaEvaluation
from planwatch.evaluated import FORMAT, record_of, row_anchor, stored_whole
from planwatch.report import render_report
from planwatch.report.charts import indicator_chart
from planwatch.store.evalstore import (
    EvaluationRecord,
    note_changes,
    save_evaluations,
    stored_evaluations,
)
from planwatch.store.pages import areas_touched_since, store_version
from planwatch.store.repo import Store
from planwatch.web.refresher import Refresher, one_worker_pool, worker_store

log = logging.getLogger(__name__)

STATUS_ORDER = ("behind", "missed", "on_track", "achieved_early", "met", "no_data")
MAX_DERIVED = 256  # answers of per_area kept
MAX_CACHED = 512  # whole evaluations (areas × as-of years) kept; least recently used dropped
PENDING = "the evaluation is being computed; reload in a moment"
STALE = -1  # the generation of a cached evaluation known to be stale
COLD_WAIT_S = 15.0  # how long a page waits when no earlier evaluation can be shown
LIST_WAIT_S = 120.0  # how long the API's lists wait for every area to be evaluated


def enclosing(code: str | None) -> tuple[str, ...]:
    """The city and province a six-digit area code lies in, by the code's levels
    (440784 -> 440700, 440000); none for other codes."""
    if not code or len(code) != 6 or not code.isdigit():
        return ()
    out = [code[:4] + "00", code[:2] + "0000"]
    return tuple(dict.fromkeys(c for c in out if c != code))


def _evaluate_and_keep(store: Store, code: str, as_of: int | None) -> AreaEvaluation:
    """Evaluate one area and store the result for the lists (not on a read-only store)."""
    stamp = store_version(store)
    ev = evaluate_area(store, code, as_of=as_of)
    try:
        # Changes noted first: else the area's last change, unnoted, keeps the
        # stored evaluation looking stale to the next server that reads it.
        note_changes(store)
        save_evaluations(store, [record_of(ev, as_of)], stamp, FORMAT)
    except Exception as exc:  # the page still gets its evaluation
        log.warning("evaluation of %s not stored: %s", code, exc)
    return ev


def _evaluate_in_worker(code: str, as_of: int | None) -> AreaEvaluation:
    return _evaluate_and_keep(worker_store(), code, as_of)


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
        self._derived: OrderedDict[tuple, tuple[int, Any]] = OrderedDict()  # see per_area
        self._touched: dict[str, int] = {}  # code -> generation that last changed it
        self._within: dict[str, int] = {}  # code -> generation that last changed an area in it
        self._generation = 0
        self._version: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._inflight: dict[tuple, Future] = {}
        self._pool: Executor | None = None
        # Threads only: the engine looked up when called, so tests can replace it.
        engine = None if processes else (lambda *a, **kw: evaluate_area(*a, **kw))
        self.refresher = Refresher(store, processes=processes, evaluate=engine)

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
                    for parent in enclosing(code):
                        self._within[parent] = self._generation
            return self._generation

    def page_generation(self, code: str) -> int:
        """A number that changes whenever the area, or an area within it, is touched by a
        newer document or correction: what the area's page shows changes no oftener."""
        self._refresh()
        with self._lock:
            return max(self._touched.get(code, 0), self._within.get(code, 0))

    def _lookup(self, key: tuple) -> tuple[AreaEvaluation | None, bool]:
        """(cached evaluation or None, whether it is still current)."""
        with self._lock:
            hit = self._cache.get(key)
            if hit is None:
                return None, False
            self._cache.move_to_end(key)
            return hit.evaluation, hit.generation >= self._touched.get(key[0], 0)

    def per_area(self, code: str, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()``'s answer about one area (its documents, its facts), kept until a
        document or correction touches the area, as its evaluation is."""
        generation = self._refresh()
        key = (code, name)
        with self._lock:
            hit = self._derived.get(key)
            if hit is not None and hit[0] >= self._touched.get(code, 0):
                self._derived.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            self._derived[key] = (generation, value)
            while len(self._derived) > MAX_DERIVED:
                self._derived.popitem(last=False)
        return value

    def _settled(self, key: tuple) -> tuple[bool, AreaEvaluation | None]:
        """(whether ``key`` is being computed, its current cached evaluation): in one lock,
        so a request arriving as a computation ends gets its answer, not the store's copy."""
        with self._lock:
            if key in self._inflight:
                return True, None
            hit = self._cache.get(key)
            if hit is not None and hit.generation >= self._touched.get(key[0], 0):
                return False, hit.evaluation
            return False, None

    def cached(self, code: str, as_of: int | None = None) -> AreaEvaluation | None:
        """The evaluation if it is cached and still current (never computes)."""
        self._refresh()
        ev, fresh = self._lookup((code, as_of))
        return ev if fresh else None

    # ---- computing -----------------------------------------------------------

    def _executor(self) -> Executor:
        if self._pool is None:
            self._pool = one_worker_pool(self._processes, self.store.url, name="evaluate")
        return self._pool

    def _submit(self, key: tuple, generation: int) -> Future:
        """The computation of ``key`` in flight, started if there is none."""
        with self._lock:
            fut = self._inflight.get(key)
            if fut is not None:
                return fut
            hit = self._cache.get(key)
            if hit is not None and hit.generation >= self._touched.get(key[0], 0):
                done: Future = Future()  # finished since the caller looked
                done.set_result(hit.evaluation)
                return done
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
        return self._executor().submit(_evaluate_and_keep, self.store, code, as_of)

    def _store_result(self, key: tuple, generation: int, fut: Future) -> None:
        with self._lock:
            self._inflight.pop(key, None)
            if fut.cancelled() or fut.exception() is not None:
                if isinstance(fut.exception(), BrokenProcessPool):
                    self._pool = None
                return
            self._put(key, generation, fut.result())  # in the same lock: never unseen

    def _keep(self, key: tuple, generation: int, evaluation: AreaEvaluation) -> None:
        """Cache ``evaluation``, current as of ``generation``."""
        with self._lock:
            self._put(key, generation, evaluation)

    def _put(self, key: tuple, generation: int, evaluation: AreaEvaluation) -> None:
        hit = self._cache.get(key)
        if hit is None or hit.generation <= generation:
            self._cache[key] = _Entry(generation, evaluation)
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
        busy, done = self._settled(key)
        if done is not None:
            return done, None
        if not busy:  # the stored one when current; a stale one only when nothing is cached
            stored, current = stored_whole(self.store, code, as_of, stale=ev is None)
            if stored is not None and current:
                self._keep(key, generation, stored)
                return stored, None
            if stored is not None:  # shown (and cached as stale) while a new one is computed
                self._keep(key, STALE, stored)
                ev = stored
        if wait_s is not None and ev is None and not busy:
            # Nothing to show meanwhile: the request that starts the computation waits
            # longer; others arriving while it runs are answered that it is pending.
            wait_s = max(wait_s, COLD_WAIT_S)
        try:
            fut = self._submit(key, generation)
            fresh_ev = fut.result(timeout=wait_s)
        except FutureTimeout:
            return ev, PENDING
        except Exception as exc:  # a page must render even when one evaluation fails
            log.warning("evaluation of %s failed: %s", code, exc, exc_info=True)
            return None, f"evaluation failed: {exc}"
        return fresh_ev, None

    def summaries(
        self,
        codes: Sequence[str],
        as_of: int | None = None,
        *,
        wait_s: float | None = 0.0,
        cells: bool = True,
    ) -> dict[str, EvaluationRecord]:
        """The stored evaluations of ``codes`` (summary counts and status cells, no
        rows), current or not (``.current`` says). Missing or stale ones are handed to
        the background refresher; ``wait_s`` waits that long for the missing ones to
        appear, ``None`` until every one is current (at most :data:`LIST_WAIT_S`)."""
        codes = list(codes)
        deadline = time.monotonic() + (LIST_WAIT_S if wait_s is None else wait_s)
        asked = False
        while True:
            found = stored_evaluations(self.store, FORMAT, codes=codes, as_of=as_of, cells=cells)
            missing = [c for c in codes if c not in found]
            stale = [c for c in codes if c in found and not found[c].current]
            if (missing or stale) and not asked:
                self.refresher.ask(None if as_of is None else codes, as_of)
                asked = True
            waiting = missing + stale if wait_s is None else missing
            if not waiting or time.monotonic() >= deadline:
                return found
            time.sleep(0.05)

    def close(self) -> None:
        self.refresher.close()
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


__all__ = ["Evaluations", "row_anchor", "summary_counts"]


def summary_counts(evaluation: Any) -> dict[str, int]:
    """Status counts of an evaluation as a plain dict (empty when there is none)."""
    if evaluation is None:
        return {}
    return dict(evaluation.summary.to_record())
