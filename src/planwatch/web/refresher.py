"""Keeping the stored evaluations current while the server runs.

The overview and the compare page read every area's evaluation from the store
(:mod:`planwatch.evaluated`); a request never computes them. This background
thread does: when a page finds an evaluation missing or stale (a document was
stored about the area), or every :data:`IDLE_S` seconds, it evaluates the
areas that need it, :data:`BATCH` at a time, in a worker *process* of lower
priority (its own store connection) so that requests keep their CPU, and the
worker writes the results into the store. Areas whose evaluation fails are
skipped until the store changes again.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import IO

from planwatch.core.lifeline import leave_with_parent
from planwatch.core.priority import lower_priority
from planwatch.evaluated import refresh
from planwatch.store.pages import store_version
from planwatch.store.repo import Store

log = logging.getLogger(__name__)

BATCH = 32  # areas per job: the documents are read once per job; a job ends within seconds
IDLE_S = 5.0  # how often the store is looked at when no page asks
NICE = 10  # the worker's lower priority (requests and ingest come first)

_worker_store: Store | None = None


def _open_worker(url: str, nice: int) -> None:
    global _worker_store
    lower_priority(nice)  # where not permitted: the same priority, still apart from requests
    _worker_store = Store(url)
    leave_with_parent()


def worker_store() -> Store:
    """In a worker of :func:`one_worker_pool` (processes): the store it opened."""
    assert _worker_store is not None, "worker started without its store"
    return _worker_store


def one_worker_pool(processes: bool, url: str, *, nice: int = 0, name: str = "") -> Executor:
    """One worker for the server's background computing: a spawned process that opens the
    store at ``url`` (at ``nice`` lower priority, gone with the server), or a thread."""
    if processes:
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_open_worker,
            initargs=(url, nice),
        )
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)


def _refresh_in_worker(
    codes: Sequence[str] | None, as_of: int | None, skip: frozenset[str]
) -> tuple[int, tuple[str, ...]]:
    done = refresh(worker_store(), codes, as_of, limit=BATCH, skip=skip)
    return len(done.computed), tuple(done.failed)


class Refresher:
    """Background evaluation of every area (latest data) and of the areas asked
    for at other as-of years. ``evaluate`` (threads only) replaces the engine in tests."""

    def __init__(
        self,
        store: Store,
        *,
        processes: bool = True,
        evaluate: Callable | None = None,
    ) -> None:
        self.store = store
        self._processes = processes
        self._evaluate = evaluate
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._wanted: dict[int | None, set[str] | None] = {None: None}
        self._failed: set[str] = set()
        self._failed_at: tuple[int, int] | None = None
        self._thread: threading.Thread | None = None
        self._pool: Executor | None = None
        # Several server processes over one store (serve --workers N): set to a lock
        # file's path, only the process holding it refreshes (see _leading).
        self.lock: Path | None = None
        self._held: IO | None = None

    def ask(self, codes: Sequence[str] | None = None, as_of: int | None = None) -> None:
        """Have these areas' evaluations (all areas' when ``codes`` is None) brought up
        to date soon."""
        with self._lock:
            if as_of is not None and as_of not in self._wanted:
                self._wanted[as_of] = set()
            known = self._wanted[as_of]
            if known is not None:
                if codes is None:
                    self._wanted[as_of] = None
                else:
                    known.update(codes)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="evaluations-refresh", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(IDLE_S)
            self._wake.clear()
            try:
                while not self._stop.is_set() and self._round():
                    pass
            except RuntimeError as exc:
                if "cannot schedule new futures" in str(exc):  # shut down, or exiting
                    return
                log.warning("refreshing evaluations failed: %s", exc, exc_info=True)
                self._pool = None  # a broken worker: a new one next time
            except Exception as exc:  # a broken worker or store: try again later
                log.warning("refreshing evaluations failed: %s", exc, exc_info=True)
                self._pool = None

    def _leading(self) -> bool:
        """Whether this process keeps every area's latest evaluation current: always
        without :attr:`lock`; else when it holds the lock (taken for the process's life,
        tried again each round, so another process takes over when the holder is gone).
        Two processes evaluating the same stale areas would only halve what an ingest's
        workers get of the spare CPU. Areas asked for at an as-of year are evaluated by
        the process asked (no other knows of them)."""
        if self.lock is None or self._held is not None:
            return True
        try:
            import fcntl
        except ImportError:  # not a POSIX system: every process refreshes
            return True
        fh = open(self.lock, "a")  # held open while this process leads
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._held = fh
        return True

    def _round(self) -> int:
        """One batch for each wanted as-of year; how many evaluations were computed."""
        version = store_version(self.store)
        if version != self._failed_at:  # the store changed: failed areas get a new try
            self._failed, self._failed_at = set(), version
        with self._lock:
            jobs = [(None if c is None else sorted(c), a) for a, c in self._wanted.items()]
        did = 0
        for codes, as_of in jobs:
            if codes == [] or (codes is None and not self._leading()):
                continue  # nothing asked, or every area's: another server process's job
            computed, failed = self._job(codes, as_of, frozenset(self._failed))
            self._failed.update(failed)
            did += computed + len(failed)
        return did

    def _job(
        self, codes: Sequence[str] | None, as_of: int | None, skip: frozenset[str]
    ) -> tuple[int, tuple[str, ...]]:
        if not self._processes:
            kw = {"evaluate": self._evaluate} if self._evaluate else {}
            done = refresh(self.store, codes, as_of, limit=BATCH, skip=skip, **kw)
            return len(done.computed), tuple(done.failed)
        return self._executor().submit(_refresh_in_worker, codes, as_of, skip).result()

    def _executor(self) -> Executor:
        if self._pool is None:
            self._pool = one_worker_pool(self._processes, self.store.url, nice=NICE)
        return self._pool

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._held is not None:
            self._held.close()  # the lock goes with it
            self._held = None


def refresh_lock(url: str) -> Path:
    """The lock file naming the one server process that refreshes the store at ``url``."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"planwatch-refresh-{digest}.lock"
