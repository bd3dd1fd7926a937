"""Settings of a planwatch run, in one place.

Each limit is decided here once: the command line and the web app read their defaults
from :class:`Options` rather than repeating the numbers. Options are checked when they
are made, so a bad value fails at once with a message saying which value and why,
rather than deep inside a worker process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from planwatch.core.errors import UsageError

DEFAULT_DB = "sqlite:///planwatch.db"
MiB = 1024 * 1024


def default_db_url() -> str:
    """``PLANWATCH_DB`` if set, else a SQLite file in the working directory."""
    return os.environ.get("PLANWATCH_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Options:
    """Knobs of ingest and extraction. Defaults suit the sample corpus."""

    db_url: str = DEFAULT_DB
    # Documents are untrusted: bound what one file can make us allocate. Plans, reports and
    # communiqués are a few MiB at most, even as PDF with images.
    max_file_bytes: int = 32 * MiB
    # Decoded text longer than this is refused (32 MiB of ASCII is ~34M chars; of CJK ~11M).
    max_text_chars: int = 40_000_000
    # PDF pages read at most (a plan is a few hundred pages).
    max_pdf_pages: int = 2_000
    # Worker processes for reading and extraction; 0 = one per core.
    workers: int = 0
    # Worker processes run at a lower CPU priority (planwatch.ingest.INGEST_NICE): a web server
    # reading the same store keeps answering while a large batch is analysed.
    nice: bool = True
    # Which extractors run, by registered name (the order does not matter).
    extractors: tuple[str, ...] = ("table", "prose")
    show_progress: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.db_url, str) or not self.db_url.strip():
            raise UsageError("Options.db_url is empty; give a SQLite path or a database URL")
        for name in ("max_file_bytes", "max_text_chars", "max_pdf_pages"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise UsageError(
                    f"Options.{name} must be a whole number of at least 1, not {value!r}"
                )
        if isinstance(self.workers, bool) or not isinstance(self.workers, int) or self.workers < 0:
            raise UsageError(
                f"Options.workers must be 0 (one per core) or a positive number, not {self.workers!r}"
            )
        if isinstance(self.extractors, str) or not all(
            isinstance(e, str) and e for e in self.extractors
        ):
            raise UsageError(
                f"Options.extractors must be a tuple of extractor names, not {self.extractors!r}"
            )
        if not self.extractors:
            raise UsageError("Options.extractors is empty; name at least one (table, prose, llm)")

    # A Dask distributed scheduler (tcp://host:8786) to analyse on; None: local processes.
    scheduler: str | None = None
