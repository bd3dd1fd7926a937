"""Opening a store: engine from a URL, SQLite pragmas, migrations to head."""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from planwatch.core.errors import StoreError
from planwatch.core.fastjson import compact
from planwatch.store.textcodec import register as register_text_function
from planwatch.store.views import create_views, drop_views, ensure_views

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    from alembic.config import Config

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


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection whose reads all see the store as it was at the first of them.

    Without it each SELECT sees the store as it is then (SQLite's driver starts no
    transaction for reads; PostgreSQL reads committed), so a page's rows and its counts,
    read one after the other, could disagree while the evaluation refresher or an
    ingest writes in between.
    """
    if engine.dialect.name == "postgresql":
        conn = engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with conn, conn.begin():
            yield conn
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN DEFERRED")  # the snapshot starts at the first read
        try:
            yield conn
        finally:
            conn.rollback()


def one_line(exc: BaseException) -> str:
    """A database error in one line: the driver's message, without SQL or doc links."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return f"{type(inner).__name__}: {text[0] if text else ''}"


def _writable(path: Path) -> bool:
    # SQLite in WAL mode writes beside the file (-wal, -shm) even to read.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_engine(url: str, *, migrate: bool = True) -> Engine:
    """An engine on ``url`` with the schema at the newest migration.

    A SQLite file that cannot be written (a shared read-only copy) is opened
    read-only: every read works, and a write fails with a clear StoreError.
    Raises StoreError with a fix-it message when the database cannot be opened.
    """
    given = url  # messages name the store as the user wrote it
    url = normalise_url(url)
    readonly = False
    try:
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            path = Path(url.removeprefix("sqlite:///")).expanduser().resolve()
            if not path.parent.is_dir():
                raise StoreError(
                    f"cannot open store {given}: its folder does not exist; create it "
                    "or pass another --db"
                )
            if path.exists() and not _writable(path):
                readonly = True
                immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
                url = f"sqlite:///file:{path}?mode=ro{immutable}&uri=true"
        # JSON columns written compact, characters as they are (migration trim).
        engine = create_engine(url, future=True, json_serializer=compact)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", register_text_function)
        if engine.dialect.name == "sqlite" and not readonly:
            event.listen(engine, "connect", _sqlite_pragmas)
        if readonly:
            _check_current(engine)
        elif migrate:
            upgrade(engine)
            # The catalog travels with the data (store/catalog_sync.py).
            from planwatch.store.catalog_sync import sync_indicators

            sync_indicators(engine)
        if readonly or migrate:
            # The texts' dictionaries (migration zdict), held before anything is read.
            from planwatch.store.textdicts import open_store

            open_store(engine)
        return engine
    except ModuleNotFoundError as exc:  # e.g. psycopg missing for a postgresql URL
        raise StoreError(
            f"cannot open store {given}: {exc}; for PostgreSQL install planwatch[postgres]"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot open store {given}: {one_line(exc)}; check the path or URL (--db)"
        ) from exc


def _check_current(engine: Engine) -> None:
    """A read-only store cannot be migrated: it must already be at the newest schema."""
    head = _head_from_files()
    if head is not None and _stored_revision(engine) == head:
        return
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        raise StoreError(
            f"the store is read-only and its schema is at {current}, not {head}; open a "
            "writable copy once so planwatch can upgrade it"
        )


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there)."""
    head = _head_from_files()
    if head is not None and _stored_revision(engine) == head:
        ensure_views(engine)  # (the usual case, decided without importing alembic)
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        ensure_views(engine)
        return
    if current is None:
        log.info("creating store schema at %s", head)
    else:
        # (Said by default: a large store's upgrade can take minutes, once; 0026_blocks
        # rebuilds the search index, about 5 minutes at 20,000 documents.)
        log.warning(
            "upgrading the store's schema from %s to %s (once; minutes for a large store)",
            current,
            head,
        )
    with engine.begin() as conn:
        drop_views(conn)  # derived; they would block table rebuilds (store/views.py)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        create_views(conn)


# A migration file's own revision and the one it follows, as the files spell them
# (``revision: str = "slim"``); a tuple (a merge) or any other spelling is not read here.
_REVISION_RE = re.compile(r"""^revision\b[^=\n]*=\s*["']([^"'\n]+)["']\s*$""", re.M)
_DOWN_RE = re.compile(r"""^down_revision\b[^=\n]*=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.M)


def _head_from_files() -> str | None:
    """The newest migration's revision read from the migration files' text, or None
    when that text does not say it plainly (then alembic decides).

    Importing alembic costs about a quarter of a second of CPU (it brings mako and
    pygments), paid by every command that opens a store; a store already at the newest
    schema (nearly every open) needs only this comparison. Read again when the files
    change (their names and times are the key).
    """
    versions = MIGRATIONS / "versions"
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in versions.glob("*.py")))
    return _head_of(versions, stamp)


@functools.lru_cache(maxsize=8)
def _head_of(versions: Path, stamp: tuple[tuple[str, int], ...]) -> str | None:
    revisions, followed = set(), set()
    for name, _ in stamp:
        source = (versions / name).read_text(encoding="utf-8")
        rev, down = _REVISION_RE.findall(source), _DOWN_RE.findall(source)
        if len(rev) != 1 or len(down) != 1:
            return None
        revisions.add(rev[0])
        if down[0]:
            followed.add(down[0])
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 and followed <= revisions else None


def _stored_revision(engine: Engine) -> str | None:
    """The store's schema revision (alembic's version table), None when it has none."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None
