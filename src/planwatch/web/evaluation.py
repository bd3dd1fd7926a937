"""The evaluation engine and reports, as the web app uses them.

Evaluations are cached per area and as-of year, keyed on the area's
fingerprint (:func:`planwatch.store.pages.area_state`): a document stored for
one area leaves every other area's cached evaluation in place, so a page view
during a large ingest does not recompute the whole country. Concurrent
requests for the same area wait for one computation rather than each doing it.
A failure on one area is logged and shown on its page; the page still renders.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.model import AreaEvaluation
from planwatch.report import render_report
from planwatch.report.charts import indicator_chart
from planwatch.store.pages import area_state
from planwatch.store.repo import Store

log = logging.getLogger(__name__)

STATUS_ORDER = ("behind", "missed", "on_track", "achieved_early", "met", "no_data")
MAX_CACHED = 1024  # areas × as-of years kept; least recently used dropped first


class Evaluations:
    """Evaluates areas on demand, remembering answers until the area's data changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: OrderedDict[tuple, tuple[tuple, AreaEvaluation]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}

    def area(self, code: str, as_of: int | None = None) -> tuple[AreaEvaluation | None, str | None]:
        """(AreaEvaluation or None, why not)."""
        key = (code, as_of)
        state = area_state(self.store, code)
        cached = self._cached(key, state)
        if cached is not None:
            return cached, None
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:  # one computation per area at a time; the others then read the cache
            cached = self._cached(key, state)
            if cached is not None:
                return cached, None
            try:
                ev = evaluate_area(self.store, code, as_of=as_of)
            except Exception as exc:  # a page must render even when one evaluation fails
                log.warning("evaluation of %s failed: %s", code, exc, exc_info=True)
                return None, f"evaluation failed: {exc}"
            with self._lock:
                self._cache[key] = (state, ev)
                self._cache.move_to_end(key)
                while len(self._cache) > MAX_CACHED:
                    self._cache.popitem(last=False)
        return ev, None

    def _cached(self, key: tuple, state: tuple) -> AreaEvaluation | None:
        with self._lock:
            hit = self._cache.get(key)
            if hit is None or hit[0] != state:
                return None
            self._cache.move_to_end(key)
            return hit[1]

    def chart(self, row: Any) -> dict | None:
        """A Plotly figure dict for one evaluated target, or None."""
        try:
            return indicator_chart(row)
        except Exception as exc:  # one odd row must not take the area page down
            log.warning("chart of %s failed: %s", getattr(row, "indicator", "?"), exc)
            return None

    def report(self, evaluation: AreaEvaluation, fmt: str) -> bytes:
        return render_report(evaluation, fmt)


def summary_counts(evaluation: Any) -> dict[str, int]:
    """Status counts of an evaluation as a plain dict (empty when there is none)."""
    if evaluation is None:
        return {}
    return dict(evaluation.summary.to_record())
