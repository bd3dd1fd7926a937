"""Settings of a planwatch run, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "sqlite:///planwatch.db"
MiB = 1024 * 1024


def default_db_url() -> str:
    """``PLANWATCH_DB`` if set, else a SQLite file in the working directory."""
    return os.environ.get("PLANWATCH_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Options:
    """Knobs of ingest and extraction. Defaults suit the sample corpus."""

    db_url: str = DEFAULT_DB
    # Documents are untrusted: bound what one file can make us allocate.
    max_file_bytes: int = 50 * MiB
    # Decoded text longer than this is refused (a 50 MB file of CJK is ~17M chars).
    max_text_chars: int = 40_000_000
    # PDF pages read at most (a plan is a few hundred pages).
    max_pdf_pages: int = 2_000
    # Worker processes for reading and extraction; 0 = one per core.
    workers: int = 0
    # Which extractors run, by registered name.
    extractors: tuple[str, ...] = ("prose", "table")
    show_progress: bool = True
    # A Dask distributed scheduler (tcp://host:8786) to analyse on; None: local processes.
    scheduler: str | None = None
