"""Answers kept until they change: one cache for rendered pages and the values behind them.

Readers ask the same few pages over and over (the overview, a busy area, the
first page of facts), and the pages ask the same costly values (a search ranking
thousands of sentences, the overview's areas); made again they cost the same
although nothing changed. :class:`PageCache` keeps each answer with the
*version* it was made at — a cheap value the caller reads that changes whenever
the answer could (the store's version for store-wide lists, the area's
generation for an area's page) — and makes it again only when that differs.
One cache per app process (``app.state.pages``) holds both kinds, by key:

* **pages** (:meth:`PageCache.get`): a rendered response's bytes, gzipped once
  for the clients that accept it; only successful (200) answers are kept;
* **values** (:meth:`PageCache.value`, :meth:`PageCache.of_store`): any object a
  page computes from the store (a search's answer, the overview's areas), made
  in the asking request (a page being rendered again must see the new value, not
  the kept one).

The rules, the same for both:

* a new document stored less than ``min_age_s`` seconds after the answer was
  made does not yet count (the answer lags the store by that long and one
  render), so an answer is made at most every ``min_age_s`` seconds however fast
  an ingest stores; a person's correction counts at once (``moving`` and
  ``version``);
* one computation per key at a time: requests asking meanwhile wait for it;
* a page that is only older than new documents (or was made while evaluations
  were pending) is answered as kept while a thread renders it again, so no reader
  waits for that render; after a correction, a request renders the page itself
  and others asking meanwhile get the kept one; only when nothing is kept do they
  wait for the one render, and at most ``wait_s`` seconds (a page whose
  evaluation is computed for the first time renders for many seconds: they then
  render their own, saying it is pending);
* an answer made while part of it was still being computed elsewhere
  (evaluations pending in the background) is marked ``settled=False``: it is kept
  only ``min_age_s`` seconds whatever the version, so the finished figures appear.
"""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from planwatch.store.pages import store_version
from planwatch.store.repo import Store

log = logging.getLogger(__name__)

GZIP_MIN_BYTES = 1024  # as the app's gzip middleware: smaller answers go as they are
GZIP_LEVEL = 6
WAIT_FOREVER = None  # a value's wait: requests wait for the one computation however long


@dataclass(frozen=True, slots=True)
class Rendered:
    """A response as bytes and headers, made into a new Response for each request."""

    body: bytes
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    # The body gzipped, made on the first request that accepts it: compressing a page
    # costs more than answering it from here, so it is done once, not per request.
    gzipped: list = field(default_factory=list)

    @classmethod
    def of(cls, resp: Response) -> Rendered | Response:
        """A successful response with its body in hand as kept; others as they are
        (errors and streamed answers are not kept)."""
        body = getattr(resp, "body", None)
        if resp.status_code != 200 or not isinstance(body, bytes):
            return resp
        return cls(body, 200, tuple(resp.raw_headers))

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


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept answer and what it was made at."""

    value: Any
    version: Hashable
    moving: Hashable  # the part of the version that may lag (see PageCache.get)
    made: float  # time.monotonic() when made
    settled: bool


@dataclass(frozen=True, slots=True)
class _Ask:
    """How one request asks for a key: what it needs, and how to make it."""

    key: Hashable
    version: Hashable
    moving: Hashable
    make: Callable[[], Any]
    settled: Callable[[], bool]
    keep: Callable[[Any], bool]  # whether a made value is kept (a page: status 200)
    behind: bool  # a kept answer only older than new documents: rendered in a thread
    wait_s: float | None  # how long to wait for another's computation (None: until done)


class PageCache:
    """Up to ``size`` kept answers by key (one cache per app process)."""

    def __init__(self, size: int = 768, min_age_s: float = 2.0, wait_s: float = 1.0) -> None:
        # wait_s: how long a request waits for another's render when nothing is kept
        self.size, self.min_age_s, self.wait_s = size, min_age_s, wait_s
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, Kept] = OrderedDict()
        self._busy: dict[Hashable, threading.Lock] = {}
        self.renders = 0  # pages rendered (tests and benchmarks read it)
        self.computed = 0  # values computed

    # ---- the two kinds of answer ------------------------------------------------

    def get(
        self,
        key: Hashable,
        version: Hashable,
        render: Callable[[], Response],
        settled: Callable[[], bool] = lambda: True,
        gzip_ok: bool = False,
        moving: Hashable = None,
    ) -> Response:
        """The page for ``key`` at ``version`` and ``moving``: kept, or ``render()``
        (kept when its status is 200; ``settled()``, asked after rendering, says whether
        it is whole). A change of ``version`` (a person's correction) is shown at once;
        one of ``moving`` (the newest document, while an ingest stores them) waits until
        the kept answer is ``min_age_s`` old, and is rendered behind the requests.
        ``gzip_ok``: the client accepts gzip (the kept answer is then sent gzipped)."""
        ask = _Ask(
            ("page", key),
            version,
            moving,
            lambda: Rendered.of(render()),
            settled,
            lambda made: isinstance(made, Rendered),
            True,
            self.wait_s,
        )
        got = self._answer(ask)
        return got.response(gzip_ok) if isinstance(got, Rendered) else got

    def value(
        self,
        key: Hashable,
        version: Hashable,
        compute: Callable[[], Any],
        moving: Hashable = None,
        *,
        behind: bool = False,
    ) -> Any:
        """``compute()``'s answer for ``key`` at ``version`` and ``moving`` (the rules of
        :meth:`get`), made in this request: requests asking at once wait for one
        computation (eight readers of a new search do not rank its matches eight times).
        ``behind``: a value only older than new documents is answered as kept while a
        thread makes it again, as a page is (for a value no page is kept from)."""
        ask = _Ask(
            ("value", key),
            version,
            moving,
            compute,
            lambda: True,
            lambda _made: True,
            behind,
            WAIT_FOREVER,
        )
        return self._answer(ask)

    def of_store(
        self, store: Store, key: Hashable, compute: Callable[[], Any], *, behind: bool = False
    ) -> Any:
        """:meth:`value` kept until the store changes (a new document or a correction,
        each counted after ``min_age_s``): for answers that do not depend on
        corrections (a search, the areas with their counts)."""
        return self.value(key, None, compute, moving=store_version(store), behind=behind)

    # ---- the rules ------------------------------------------------------------------

    def _usable(self, hit: Kept | None, version: Hashable, moving: Hashable) -> bool:
        if hit is None or hit.version != version:
            return False
        young = time.monotonic() - hit.made < self.min_age_s
        return young or (hit.settled and hit.moving == moving)

    def _answer(self, ask: _Ask) -> Any:
        with self._lock:
            hit = self._kept.get(ask.key)
            if self._usable(hit, ask.version, ask.moving):
                self._kept.move_to_end(ask.key)
                return hit.value
            busy = self._busy.setdefault(ask.key, threading.Lock())
        if ask.behind and hit is not None and hit.version == ask.version:
            # Only newer documents, or evaluations then pending: the kept answer now, and
            # the new one rendered off the request (unless one is being rendered).
            if busy.acquire(blocking=False):
                threading.Thread(target=self._make_behind, args=(ask, busy), daemon=True).start()
            return hit.value
        if ask.behind and hit is not None:
            if not busy.acquire(blocking=False):
                return hit.value  # another request renders it: the kept one meanwhile
        elif not busy.acquire(timeout=-1 if ask.wait_s is None else ask.wait_s):
            # Nothing kept, and the render under way is slow (a cold evaluation): this
            # request renders its own answer (a page then says what is still pending).
            return self._make(ask)
        try:
            with self._lock:  # made by the request we waited for?
                again = self._kept.get(ask.key)
            if again is not hit and self._usable(again, ask.version, ask.moving):
                return again.value
            return self._make(ask)
        finally:
            self._free(ask.key, busy)

    def _free(self, key: Hashable, busy: threading.Lock) -> None:
        busy.release()
        with self._lock:
            if not busy.locked():
                self._busy.pop(key, None)

    def _make_behind(self, ask: _Ask, busy: threading.Lock) -> None:
        try:
            self._make(ask)
        except Exception:  # the next request renders it and sees the error
            log.warning("rendering %r again failed", ask.key, exc_info=True)
        finally:
            self._free(ask.key, busy)

    def _make(self, ask: _Ask) -> Any:
        made = time.monotonic()
        value = ask.make()
        if not ask.keep(value):
            return value
        kept = Kept(value, ask.version, ask.moving, made, ask.settled())
        with self._lock:
            if ask.key[0] == "page":
                self.renders += 1
            else:
                self.computed += 1
            self._kept[ask.key] = kept
            self._kept.move_to_end(ask.key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value

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


def kept_value(
    request: Request, key: Hashable, compute: Callable[[], Any], *, behind: bool = False
) -> Any:
    """The app's kept value of ``compute()`` for ``key`` until the store changes
    (:meth:`PageCache.of_store`; ``behind``: made again off the request)."""
    pages: PageCache = request.app.state.pages
    return pages.of_store(request.app.state.store, key, compute, behind=behind)


__all__ = ["Kept", "PageCache", "Rendered", "by_store", "cached", "kept_value", "request_key"]
