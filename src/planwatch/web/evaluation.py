"""The evaluation engine and reports, as the web app uses them.

The evaluation (``planwatch.evaluate``) and report (``planwatch.report``)
packages are optional here: pages show the ledger without statuses when they
are missing or fail on an area, and say so, rather than failing the page.
Evaluations are cached per store state (document and correction counts), so a
page view does not recompute an area that nothing changed.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import Any

from planwatch.store.repo import Store

log = logging.getLogger(__name__)

STATUS_ORDER = ("behind", "missed", "on_track", "achieved_early", "met", "no_data")


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


class Evaluations:
    """Evaluates areas on demand, remembering answers until the store changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[tuple, Any] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        mod = _module("planwatch.evaluate")
        return mod is not None and hasattr(mod, "evaluate_area")

    def _state(self) -> tuple:
        counts = self.store.counts()
        return (counts["documents"], counts["facts"], len(self.store.corrections()))

    def area(self, code: str, as_of: int | None = None) -> tuple[Any | None, str | None]:
        """(AreaEvaluation or None, why not)."""
        mod = _module("planwatch.evaluate")
        if mod is None or not hasattr(mod, "evaluate_area"):
            return None, "the evaluation engine is not installed"
        key = (code, as_of, self._state())
        with self._lock:
            if key in self._cache:
                return self._cache[key], None
        try:
            ev = mod.evaluate_area(self.store, code, as_of=as_of)
        except Exception as exc:  # a page must render even when one evaluation fails
            log.warning("evaluation of %s failed: %s", code, exc, exc_info=True)
            return None, f"evaluation failed: {exc}"
        with self._lock:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = ev
        return ev, None

    def chart(self, row: Any) -> dict | None:
        """A Plotly figure dict for one evaluated target, or None."""
        charts = _module("planwatch.report.charts")
        if charts is None or not hasattr(charts, "indicator_chart"):
            return None
        try:
            return charts.indicator_chart(row)
        except Exception as exc:
            log.warning("chart of %s failed: %s", getattr(row, "indicator", "?"), exc)
            return None

    def report(self, evaluation: Any, fmt: str) -> bytes | None:
        report = _module("planwatch.report")
        if report is None or not hasattr(report, "render_report"):
            return None
        return report.render_report(evaluation, fmt)


def summary_counts(evaluation: Any) -> dict[str, int]:
    """Status counts of an evaluation as a plain dict (empty when there is none)."""
    if evaluation is None:
        return {}
    return dict(evaluation.summary.to_record())
