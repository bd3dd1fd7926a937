"""What every request passes before a route sees it: host, origin, size of parameters.

* **Host**: only the names the server was started for (``--allowed-host``,
  default the bind address and localhost) are answered; any other ``Host``
  header is refused, so a DNS-rebinding page cannot talk to a local server.
* **Origin** of a write (POST): a browser names the page that sent it; a write
  is accepted only when that origin's host is one of the allowed hosts *and*
  the request's own host. The Host header alone proves nothing: a rebinding
  attacker controls both it and Origin.
* **Parameters**: a query value over :data:`MAX_PARAM_CHARS` characters or a
  path over :data:`MAX_PATH_CHARS` is answered 422 with a message before any
  query runs (a 50,000-character ``indicator=`` once reached SQL ``LIKE``).
* Responses are gzip-compressed when the client accepts it, and carry safe headers.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from planwatch.web.render import json_response

MAX_PARAM_CHARS = 1000
MAX_QUERY_CHARS = 8000
MAX_PATH_CHARS = 2000
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(bind: str | None = None, extra: Iterable[str] = ()) -> list[str]:
    """The Host names to answer: the bind address (unless it is a wildcard), localhost, ``extra``."""
    hosts = list(LOCAL_HOSTS)
    if bind and bind not in ("0.0.0.0", "::", ""):
        hosts.append(bind)
    hosts.extend(h for h in extra if h)
    return list(dict.fromkeys(h.strip("[]").lower() for h in hosts))


def _host_of(netloc: str) -> str:
    return (urlsplit(f"//{netloc}").hostname or "").lower()


def _too_long(request: Request) -> str | None:
    if len(request.url.path) > MAX_PATH_CHARS:
        return f"the path is {len(request.url.path)} characters long, over {MAX_PATH_CHARS}"
    if len(request.url.query) > MAX_QUERY_CHARS:
        return f"the query string is {len(request.url.query)} characters, over {MAX_QUERY_CHARS}"
    for key, value in request.query_params.multi_items():
        if len(value) > MAX_PARAM_CHARS or len(key) > MAX_PARAM_CHARS:
            return f"parameter {key[:40]!r} is {len(value)} characters long, over {MAX_PARAM_CHARS}"
    return None


SAFE_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)


def _refusal(request: Request, allowed: set[str]) -> Response | None:
    """The answer to a request that may not pass, or None."""
    host = request.headers.get("host", "")
    if "*" not in allowed and _host_of(host) not in allowed:
        return json_response({"error": f"host {host[:80]!r} is not served here"}, 400)
    problem = _too_long(request)
    if problem:
        return json_response({"error": problem}, status_code=422)
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        origin = request.headers.get("origin")
        if origin and (
            "*" not in allowed
            and _host_of(urlsplit(origin).netloc) not in allowed
            or urlsplit(origin).netloc.lower() != host.lower()
        ):
            return json_response({"error": "cross-site request refused"}, status_code=403)
    return None


class _Checks:
    """The checks as plain ASGI middleware: a page kept by the page cache then costs
    little more than its lookup (Starlette's ``@app.middleware`` runs each request
    through extra tasks and streams)."""

    def __init__(self, app: ASGIApp, allowed: set[str]) -> None:
        self.app, self.allowed = app, allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = _refusal(Request(scope), self.allowed)
        if refused is not None:
            await refused(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", ())}
                extra = [(k, v) for k, v in SAFE_HEADERS if k not in have]
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def install(app: FastAPI, hosts: list[str]) -> None:
    """Add the checks above to ``app``; ``hosts`` as :func:`allowed_hosts` gives them
    (``"*"`` answers any host: for a server behind a proxy that checks it)."""
    app.add_middleware(_Checks, allowed={h.lower() for h in hosts})
    app.add_middleware(GZipMiddleware, minimum_size=1024)  # outside the checks


__all__ = ["LOCAL_HOSTS", "MAX_PARAM_CHARS", "allowed_hosts", "install"]
