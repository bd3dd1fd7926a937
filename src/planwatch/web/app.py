"""The planwatch web app: pages and JSON API over one store.

``create_app(db_url)`` builds a FastAPI app holding one :class:`Store` (its
engine pool is shared by all requests). Page and API handlers are plain
``def`` functions, so FastAPI runs them in its thread pool: readers keep
answering while an upload's ingest writes (the SQLite store runs in WAL mode).
Everything the pages need is served locally — plotly.min.js comes from the
installed plotly package — so the app works with no internet access.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from planwatch.core.errors import NotFoundError, PlanwatchError, UsageError
from planwatch.core.lifeline import leave_with_parent
from planwatch.search import warm_up
from planwatch.store.repo import Store
from planwatch.web import guards
from planwatch.web.evaluation import Evaluations
from planwatch.web.pagecache import PageCache
from planwatch.web.refresher import refresh_lock
from planwatch.web.render import json_response, make_env, page

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
MAX_UPLOAD_BYTES = 32 * 1024 * 1024


def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the installed plotly package."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _default_upload_dir(db_url: str) -> Path:
    """Uploads beside a SQLite file (``store.db.uploads/``), else in the temp folder."""
    from planwatch.store.db import normalise_url

    url = normalise_url(db_url)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///") + ".uploads")
    return Path(tempfile.gettempdir()) / "planwatch-uploads"


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def create_app(
    db_url: str,
    *,
    upload_dir: str | Path | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The web app over the store at ``db_url`` (SQLite path/URL or PostgreSQL URL).

    ``allowed_hosts``: the Host names answered (default localhost; see
    :mod:`planwatch.web.guards`).
    """
    store = Store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The first search would otherwise wait ~1-5 s for jieba's dictionary.
        threading.Thread(target=warm_up, name="jieba-warm-up", daemon=True).start()
        yield
        app.state.evaluations.close()
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="planwatch",
        summary="Targets and results from Chinese local-government planning documents.",
        description=(
            "Browse, check and share the ledger: areas, indicators, documents with every "
            "fact grounded to character offsets of the stored text, evaluations, search. "
            "Every list page has the same data at a `.json` and a `.csv` URL."
        ),
        version="0.1.0",
        # FastAPI's Swagger/ReDoc pages load their scripts from a CDN: the app
        # must work offline, so /api renders the OpenAPI description itself.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.env = make_env()
    app.state.evaluations = Evaluations(store)
    # Rendered pages and the values behind them (searches, the overview's areas), made
    # again only when they changed.
    app.state.pages = PageCache()
    app.state.upload_dir = Path(upload_dir) if upload_dir else _default_upload_dir(db_url)
    app.state.max_upload_bytes = max_upload_bytes
    guards.install(app, list(allowed_hosts) if allowed_hosts else guards.allowed_hosts())
    _add_routes(app)
    _add_error_handlers(app)
    return app


def _add_routes(app: FastAPI) -> None:
    from planwatch.web.routes import (
        api,
        area,
        compare,
        document,
        facts,
        indicator,
        overview,
        search,
        upload,
    )

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        return FileResponse(
            plotly_js_path(),
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        # Browsers ask for /favicon.ico whatever the page links; an SVG serves both.
        return FileResponse(
            STATIC / "favicon.svg",
            media_type="image/svg+xml",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.get("/api", include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return page(request, "apidocs.html", spec=app.openapi())

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (overview, area, compare, indicator, document, facts, search, upload, api):
        app.include_router(module.router)
    from planwatch.web import metadata  # the document page's metadata form

    app.include_router(metadata.router)

    @app.get("/areas", include_in_schema=False)
    def areas_page() -> Response:
        return RedirectResponse("/", status_code=307)  # the overview lists the areas


def _error(request: Request, status: int, title: str, message: str) -> Response:
    if _wants_json(request):
        return json_response({"error": message}, status_code=status)
    return page(request, "error.html", status_code=status, title=title, message=message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and not _wants_json(request):
            return _error(request, 404, "Not found", f"No page at {request.url.path}")
        if exc.status_code == 422:
            return _error(request, 422, "Bad request", str(exc.detail))
        return await http_exception_handler(request, exc)

    @app.exception_handler(NotFoundError)
    def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, "Not found", str(exc))

    @app.exception_handler(UsageError)
    def usage(request: Request, exc: UsageError) -> Response:
        return _error(request, 400, "Bad request", str(exc))

    @app.exception_handler(OverflowError)
    def overflow(request: Request, exc: OverflowError) -> Response:
        # The last line of defence: params.py bounds every id and year it knows of.
        return _error(request, 422, "Bad request", "a number in the request is out of range")

    @app.exception_handler(PlanwatchError)
    def other(request: Request, exc: PlanwatchError) -> Response:
        return _error(request, 500, "Error", str(exc))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
        )
        return _error(request, 422, "Bad request", problems)


# What ``planwatch serve --workers N`` hands each server process: uvicorn starts the
# processes itself and builds the app in each from an import string, so the store URL
# and the allowed hosts travel in the environment.
ENV_DB = "PLANWATCH_SERVE_DB"
ENV_HOSTS = "PLANWATCH_SERVE_HOSTS"
ENV_PARENT = "PLANWATCH_SERVE_PARENT"  # the serving process: its workers go with it


def default_workers() -> int:
    """Server processes by default: one per core available to this process, at most 8
    (each holds its own caches and store connections; readers beyond the cores wait)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def app_from_environment() -> FastAPI:
    """The app as :func:`serve` configured it (the factory each worker process calls)."""
    parent = os.environ.get(ENV_PARENT, "")
    if parent.isdigit() and int(parent) == os.getppid():  # a worker of ``serve``: killed
        leave_with_parent(int(parent))  # hard, uvicorn's supervisor would leave it running
    hosts = [h for h in os.environ.get(ENV_HOSTS, "").split("\n") if h]
    app = create_app(os.environ[ENV_DB], allowed_hosts=hosts or None)
    # The processes share the store: one of them keeps its stored evaluations current.
    app.state.evaluations.refresher.lock = refresh_lock(os.environ[ENV_DB])
    return app


def serve(
    db_url: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    allowed_hosts: Iterable[str] = (),
    workers: int | None = None,
) -> None:
    """Run the web app with uvicorn until interrupted.

    The app answers the bind address, localhost and ``allowed_hosts`` (names
    under which it is reached, e.g. behind a proxy). ``workers`` server processes
    (default :func:`default_workers`) share the listening socket and the store: a
    request's CPU is spent in one process, so one process answers at most one core's
    worth of requests, whatever its thread pool."""
    import uvicorn

    hosts = guards.allowed_hosts(host, allowed_hosts)
    workers = workers or default_workers()
    if workers == 1:
        uvicorn.run(create_app(db_url, allowed_hosts=hosts), host=host, port=port, log_level="info")
        return
    os.environ[ENV_DB], os.environ[ENV_HOSTS] = db_url, "\n".join(hosts)
    os.environ[ENV_PARENT] = str(os.getpid())
    uvicorn.run(
        "planwatch.web.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
    )
