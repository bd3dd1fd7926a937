"""The evaluation engine and reports, as the web app uses them.

Evaluations are cached per area and as-of year. Each request first asks the
store whether anything was stored since it last looked (two primary-key
maxima); when something was, only the areas the new documents or corrections
touch (:func:`planwatch.store.pages.areas_touched_since`) lose their cached
evaluation. So a page view during a large ingest recomputes at most the areas
just written, and concurrent requests for one area wait for one computation.
The overview asks for many areas at once within a time budget
(:meth:`Evaluations.many`); the rest are computed by one background thread
and appear on a later view. A failure on one area is logged and shown on its
page; the page still renders.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.model import AreaEvaluation
from planwatch.report import render_report
from planwatch.report.charts import indicator_chart
from planwatch.store.pages import areas_touched_since, store_version
from planwatch.store.repo import Store
from planwatch.web.charts import mark_assumed

log = logging.getLogger(__name__)

STATUS_ORDER = ("behind", "missed", "on_track", "achieved_early", "met", "no_data")
MAX_CACHED = 4096  # areas × as-of years kept; least recently used dropped first


class Evaluations:
    """Evaluates areas on demand, remembering answers until the area's data changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # (code, as_of) -> (generation when computing began, evaluation)
        self._cache: OrderedDict[tuple, tuple[int, AreaEvaluation]] = OrderedDict()
        self._touched: dict[str, int] = {}  # code -> generation that last changed it
        self._generation = 0
        self._version: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluate")
        self._queued: set[tuple] = set()

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

    def cached(self, code: str, as_of: int | None = None) -> AreaEvaluation | None:
        """The evaluation if it is cached and still current (never computes)."""
        self._refresh()
        return self._get((code, as_of))

    def _get(self, key: tuple) -> AreaEvaluation | None:
        with self._lock:
            hit = self._cache.get(key)
            if hit is None:
                return None
            if hit[0] < self._touched.get(key[0], 0) or self._version is None:
                del self._cache[key]
                return None
            self._cache.move_to_end(key)
            return hit[1]

    def area(self, code: str, as_of: int | None = None) -> tuple[AreaEvaluation | None, str | None]:
        """(AreaEvaluation or None, why not)."""
        generation = self._refresh()
        key = (code, as_of)
        ev = self._get(key)
        if ev is not None:
            return ev, None
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:  # one computation per area at a time; the others then read the cache
            ev = self._get(key)
            if ev is not None:
                return ev, None
            try:
                ev = evaluate_area(self.store, code, as_of=as_of)
            except Exception as exc:  # a page must render even when one evaluation fails
                log.warning("evaluation of %s failed: %s", code, exc, exc_info=True)
                return None, f"evaluation failed: {exc}"
            with self._lock:
                self._cache[key] = (generation, ev)
                self._cache.move_to_end(key)
                while len(self._cache) > MAX_CACHED:
                    self._cache.popitem(last=False)
        return ev, None

    def many(self, codes: Iterable[str], budget_s: float = 0.5) -> dict[str, AreaEvaluation]:
        """Evaluations of ``codes``: cached ones, then computed while the budget lasts;
        the others are queued for the background thread (absent from the answer)."""
        deadline = time.monotonic() + budget_s
        out: dict[str, AreaEvaluation] = {}
        self._refresh()  # once: each area is then a dictionary look-up
        for code in codes:
            ev = self._get((code, None))
            if ev is None and time.monotonic() < deadline:
                ev, _why = self.area(code)
            elif ev is None:
                self._queue(code)
            if ev is not None:
                out[code] = ev
        return out

    def _queue(self, code: str) -> None:
        with self._lock:
            if (code, None) in self._queued:
                return
            self._queued.add((code, None))

        def run() -> None:
            try:
                self.area(code)
            finally:
                with self._lock:
                    self._queued.discard((code, None))

        self._background.submit(run)

    def close(self) -> None:
        self._background.shutdown(wait=False, cancel_futures=True)

    def chart(self, row: Any) -> dict | None:
        """A Plotly figure dict for one evaluated target, or None."""
        try:
            return mark_assumed(indicator_chart(row), row)
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
