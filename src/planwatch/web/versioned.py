"""Answers kept until the store changes: for pages that read many rows to say little.

A search for a common word ranks thousands of sentences (bm25 over every match)
and counts them; the same search asked again of an unchanged store has the same
answer. :class:`Versioned` keeps answers by key with the store version they were
computed at (:func:`planwatch.store.pages.store_version`: two primary-key maxima)
and computes one again only when the store has changed since. While an ingest
stores a document every fraction of a second an answer is recomputed at most every
``min_age_s`` seconds, and lags the store by as much — the overview's rule too
(:data:`planwatch.web.data.SNAPSHOT_MIN_AGE_S`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from planwatch.store.pages import store_version
from planwatch.store.repo import Store


class Versioned:
    """Up to ``size`` answers, each recomputed when the store changed (at most every
    ``min_age_s`` seconds). One per app (``app.state.answers``): one store's answers."""

    def __init__(self, size: int = 256, min_age_s: float = 2.0) -> None:
        self.size, self.min_age_s = size, min_age_s
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, tuple[tuple[int, int], float, Any]] = OrderedDict()
        self._busy: dict[Hashable, threading.Lock] = {}  # keys being computed

    def get(self, store: Store, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer for ``key``: kept, or ``compute()`` when the store changed. Requests
        asking at once wait for one computation (eight readers of a new search do not
        rank its matches eight times)."""
        version = store_version(store)
        with self._lock:
            hit = self._fresh(key, version)
            if hit is not None:
                return hit[2]
            busy = self._busy.setdefault(key, threading.Lock())
        with busy:  # one computes; the others then find its answer
            with self._lock:
                hit = self._fresh(key, version)
            if hit is not None:
                return hit[2]
            try:
                value = compute()
                with self._lock:  # kept before the key is free: no second computation
                    self._kept[key] = (version, time.monotonic(), value)
                    self._kept.move_to_end(key)
                    while len(self._kept) > self.size:
                        self._kept.popitem(last=False)
            finally:
                with self._lock:
                    self._busy.pop(key, None)
        return value

    def _fresh(self, key: Hashable, version: tuple[int, int]) -> tuple | None:
        """The kept entry of ``key`` if it may be answered (under the lock)."""
        hit = self._kept.get(key)
        if hit is None:
            return None
        if hit[0] != version and time.monotonic() - hit[1] >= self.min_age_s:
            return None
        self._kept.move_to_end(key)
        return hit

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


__all__ = ["Versioned"]
