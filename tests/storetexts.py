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
