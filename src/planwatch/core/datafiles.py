"""The reference data files of ``planwatch/data/``, read as CSV records.

Every word list and table of reference data is a CSV file in the package with a header
line; lines starting with ``#`` are notes (provenance, what a column means) and are not
records. Each module that needs a file reads it through :func:`records` once (its own
cache) and shapes the records into what it looks things up in.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources

from planwatch.core import recache


def records(name: str) -> Iterator[dict[str, str]]:
    """The records of ``planwatch/data/<name>``, keyed by its header, notes left out."""
    raw = resources.files("planwatch.data").joinpath(name).read_bytes()
    # Parsed once per content and read back from the cache folder (the area table's
    # 3,400 rows: 23 ms of csv in pure Python, 8 ms to read back).
    return iter(recache.parsed("csv", raw, _parse))


def _parse(raw: bytes) -> list[dict[str, str]]:
    # (As a text-mode read gives it: \r\n and \r end lines as \n.)
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = (line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.DictReader(lines))
