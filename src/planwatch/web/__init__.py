"""The planwatch web app and JSON API (``planwatch serve``).

Public API::

    create_app(db_url: str) -> fastapi.FastAPI
    serve(db_url: str, host: str = "127.0.0.1", port: int = 8000) -> None
"""

from planwatch.web.app import create_app, serve

__all__ = ["create_app", "serve"]
