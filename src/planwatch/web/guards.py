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
from starlette.middleware.gzip import GZipMiddleware

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


def install(app: FastAPI, hosts: list[str]) -> None:
    """Add the checks above to ``app``; ``hosts`` as :func:`allowed_hosts` gives them
    (``"*"`` answers any host: for a server behind a proxy that checks it)."""
    allowed = {h.lower() for h in hosts}

    @app.middleware("http")
    async def checks(request: Request, call_next):
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
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    app.add_middleware(GZipMiddleware, minimum_size=1024)


__all__ = ["LOCAL_HOSTS", "MAX_PARAM_CHARS", "allowed_hosts", "install"]
