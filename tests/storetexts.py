"""Composed documents written to a folder and ingested, for the store's migration tests."""

from __future__ import annotations

from pathlib import Path

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store


def ingest_texts(store: Store, folder: Path, texts: dict[str, str]) -> None:
    """Write each ``{file name: text}`` into ``folder`` and ingest them all (one worker,
    in name order); every one must go in."""
    paths = []
    for name, body in texts.items():
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(str(folder / name))
    assert ingest(sorted(paths), store, Options(workers=1, show_progress=False)).failed == 0


def migrate(store: Store, down_to: str | None = None) -> None:
    """Take ``store``'s schema down to the revision ``down_to``, or up to the head when it
    is None (the views dropped first: the store makes them again when it opens)."""
    from alembic import command

    from planwatch.store.db import _alembic_config
    from planwatch.store.views import drop_views

    with store.engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        drop_views(conn)
        if down_to is not None:
            command.downgrade(cfg, down_to)
        else:
            command.upgrade(cfg, "head")
