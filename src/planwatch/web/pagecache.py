"""Rendered answers kept: a request whose answer has not changed costs a lookup.

Readers ask the same few pages over and over (the overview, a busy area, the
first page of facts); rendering them reads the store and runs a template every
time although nothing changed. :class:`PageCache` keeps each answer's bytes with
the *version* it was made at — a cheap value the caller reads that changes
whenever the answer could (the store's version for store-wide lists, the area's
generation for an area's page) — and renders again only when it differs.

Two rules keep readers answering while an ingest stores a document every
fraction of a second:

* a new document stored less than ``min_age_s`` seconds after the answer was
  made does not yet count (the answer lags the store by that long and one
  render, as the overview's snapshot already lags), so a page is rendered at most
  every ``min_age_s`` seconds however fast an ingest stores; a person's
  correction counts at once (``moving`` and ``version`` of :meth:`PageCache.get`);
* an answer that is only older than new documents (or was made while
  evaluations were pending) is answered as kept while a thread renders it
  again, so no reader waits for that render; after a correction, a request
  renders the page itself and others asking meanwhile get the kept one; only
  when nothing is kept do they wait for the one render, and at most
  ``wait_s`` seconds (a page whose evaluation is computed for the first time
  renders for many seconds: they then render their own, saying it is pending).

An answer made while part of it was still being computed elsewhere (evaluations
pending in the background) is marked ``settled=False``: it is kept only
``min_age_s`` seconds whatever the version, so the finished figures appear.
Only successful (200) answers are kept.
"""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from fastapi import Request
from fastapi.responses import Response

from planwatch.store.pages import store_version

log = logging.getLogger(__name__)

GZIP_MIN_BYTES = 1024  # as the app's gzip middleware: smaller answers go as they are
GZIP_LEVEL = 6


@dataclass(frozen=True, slots=True)
class Rendered:
    """A response as bytes and headers, made into a new Response for each request."""

    body: bytes
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    version: Hashable
    moving: Hashable  # the part of the version that may lag (see PageCache.get)
    made: float  # time.monotonic() when rendered
    settled: bool
    # The body gzipped, made on the first request that accepts it: compressing a page
    # costs more than answering it from here, so it is done once, not per request.
    gzipped: list = field(default_factory=list)

    def response(self, gzip_ok: bool = False) -> Response:
        if gzip_ok and len(self.body) >= GZIP_MIN_BYTES:
            return self._gzip_response()
        resp = Response(self.body, status_code=self.status)
        resp.raw_headers = list(self.headers)  # the same body: content-length holds
        return resp

    def _gzip_response(self) -> Response:
        if not self.gzipped:
            self.gzipped.append(gzip.compress(self.body, GZIP_LEVEL))  # a race: done twice
        body = self.gzipped[0]
        resp = Response(body, status_code=self.status)
        kept = [(k, v) for k, v in self.headers if k not in (b"content-length", b"vary")]
        # The app's gzip middleware leaves a response that names its encoding alone.
        resp.raw_headers = [
            *kept,
            (b"content-length", str(len(body)).encode()),
            (b"content-encoding", b"gzip"),
            (b"vary", b"Accept-Encoding"),
        ]
        return resp


class PageCache:
    """Up to ``size`` rendered answers by key (one cache per app process)."""

    def __init__(self, size: int = 512, min_age_s: float = 2.0, wait_s: float = 1.0) -> None:
        # wait_s: how long a request waits for another's render when nothing is kept
        self.size, self.min_age_s, self.wait_s = size, min_age_s, wait_s
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, Rendered] = OrderedDict()
        self._busy: dict[Hashable, threading.Lock] = {}
        self.renders = 0  # how many answers were rendered (tests and benchmarks read it)

    def _usable(self, hit: Rendered | None, version: Hashable, moving: Hashable) -> bool:
        if hit is None or hit.version != version:
            return False
        young = time.monotonic() - hit.made < self.min_age_s
        return young or (hit.settled and hit.moving == moving)

    def get(
        self,
        key: Hashable,
        version: Hashable,
        render: Callable[[], Response],
        settled: Callable[[], bool] = lambda: True,
        gzip_ok: bool = False,
        moving: Hashable = None,
    ) -> Response:
        """The answer for ``key`` at ``version`` and ``moving``: kept, or ``render()``
        (kept when its status is 200; ``settled()``, asked after rendering, says whether
        it is whole). A change of ``version`` (a person's correction) is shown at once;
        one of ``moving`` (the newest document, while an ingest stores them) waits until
        the kept answer is ``min_age_s`` old. ``gzip_ok``: the client accepts gzip (the
        kept answer is then sent gzipped)."""
        with self._lock:
            hit = self._kept.get(key)
            if self._usable(hit, version, moving):
                self._kept.move_to_end(key)
                return hit.response(gzip_ok)
            busy = self._busy.setdefault(key, threading.Lock())
        if hit is not None and hit.version == version:
            # Only newer documents, or evaluations then pending: the kept answer now, and
            # the new one rendered off the request (unless one is being rendered).
            if busy.acquire(blocking=False):
                args = (key, busy, (version, moving), render, settled)
                threading.Thread(target=self._render_behind, args=args, daemon=True).start()
            return hit.response(gzip_ok)
        if hit is not None and not busy.acquire(blocking=False):
            return hit.response(gzip_ok)  # another request renders it: the kept one meanwhile
        if hit is None and not busy.acquire(timeout=self.wait_s):
            # Nothing kept, and the render under way is slow (a cold evaluation): this
            # request renders its own answer (a page then says what is still pending).
            return self._answer(key, (version, moving), render, settled, gzip_ok)
        try:
            with self._lock:  # rendered by the request we waited for?
                again = self._kept.get(key)
            if again is not hit and self._usable(again, version, moving):
                return again.response(gzip_ok)
            return self._answer(key, (version, moving), render, settled, gzip_ok)
        finally:
            busy.release()
            with self._lock:
                if not busy.locked():
                    self._busy.pop(key, None)

    def _render_behind(self, key, busy: threading.Lock, versions: tuple, render, settled) -> None:
        try:
            self._render(key, versions, render, settled)
        except Exception:  # the next request renders it and sees the error
            log.warning("rendering %r again failed", key, exc_info=True)
        finally:
            busy.release()
            with self._lock:
                if not busy.locked():
                    self._busy.pop(key, None)

    def _answer(self, key, versions: tuple, render, settled, gzip_ok: bool) -> Response:
        kept = self._render(key, versions, render, settled)
        return kept.response(gzip_ok) if isinstance(kept, Rendered) else kept

    def _render(
        self,
        key: Hashable,
        versions: tuple[Hashable, Hashable],
        render: Callable[[], Response],
        settled: Callable[[], bool],
    ) -> Rendered | Response:
        made = time.monotonic()
        resp = render()
        body = getattr(resp, "body", None)
        if resp.status_code != 200 or not isinstance(body, bytes):
            return resp  # errors and streamed answers are not kept
        kept = Rendered(body, 200, tuple(resp.raw_headers), *versions, made, settled())
        with self._lock:
            self.renders += 1
            self._kept[key] = kept
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return kept

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


def request_key(request: Request, *extra: Hashable) -> tuple:
    """A key naming what a GET answers: its path and query parameters in order."""
    return (request.url.path, tuple(sorted(request.query_params.multi_items())), *extra)


def cached(
    request: Request,
    version: Hashable,
    render: Callable[[], Response],
    *,
    settled: Callable[[], bool] = lambda: True,
    key: Hashable = None,
    moving: Hashable = None,
) -> Response:
    """The app's kept answer to ``request`` (by :func:`request_key` unless ``key``);
    see :meth:`PageCache.get`."""
    pages: PageCache = request.app.state.pages
    gzip_ok = "gzip" in request.headers.get("accept-encoding", "")
    return pages.get(key or request_key(request), version, render, settled, gzip_ok, moving)


def by_store(request: Request, store, render: Callable[[], Response], **kw) -> Response:
    """:func:`cached` for a page of the whole store: a correction shows at once, a new
    document within ``min_age_s`` seconds."""
    documents, corrections = store_version(store)
    return cached(request, corrections, render, moving=documents, **kw)


__all__ = ["PageCache", "Rendered", "by_store", "cached", "request_key"]
