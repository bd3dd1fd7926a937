"""Alembic environment: run migrations on the connection planwatch hands over.

planwatch runs migrations itself when it opens a store (see store/db.py), so
this env only supports the programmatic path: ``config.attributes["connection"]``.
For the ``alembic`` command line, pass ``-x url=sqlite:///planwatch.db``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from planwatch.store.models import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        _migrate(conn)


def _migrate(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # ALTER on SQLite
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
