"""The planwatch web app and JSON API (``planwatch serve``).

Public API::

    create_app(db_url: str, *, allowed_hosts=None, ...) -> fastapi.FastAPI
    serve(db_url: str, host="127.0.0.1", port=8000, allowed_hosts=()) -> None
"""

from planwatch.web.app import create_app, serve

__all__ = ["create_app", "serve"]
