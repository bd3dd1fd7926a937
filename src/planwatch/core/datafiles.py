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


def records(name: str) -> Iterator[dict[str, str]]:
    """The records of ``planwatch/data/<name>``, keyed by its header, notes left out."""
    raw = resources.files("planwatch.data").joinpath(name).read_text(encoding="utf-8")
    lines = (line for line in raw.splitlines(keepends=True) if not line.startswith("#"))
    return csv.DictReader(lines)
