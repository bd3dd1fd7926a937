"""Opening a store: engine from a URL, SQLite pragmas, migrations to head."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from planwatch.core.errors import StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def normalise_url(url: str) -> str:
    """Accept a bare file path as a SQLite database; map postgres URLs to psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers (the web app) keep working while an ingest writes.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def open_engine(url: str, *, migrate: bool = True) -> Engine:
    """An engine on ``url`` with the schema at the newest migration.

    Raises StoreError with a fix-it message when the database cannot be opened.
    """
    url = normalise_url(url)
    try:
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            folder = Path(url.removeprefix("sqlite:///")).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(
                    f"cannot open store {url}: folder {folder} does not exist; create it "
                    "or pass another --db"
                )
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        if migrate:
            upgrade(engine)
        return engine
    except ModuleNotFoundError as exc:  # e.g. psycopg missing for a postgresql URL
        raise StoreError(
            f"cannot open store {url}: {exc}; for PostgreSQL install planwatch[postgres]"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {url}: {exc.__class__.__name__}: {exc}") from exc


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there)."""
    cfg = _alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    log.info("migrating store from %s to %s", current, head)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
