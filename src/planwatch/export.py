"""Writing and reading facts as JSON Lines or CSV, with the DESIGN.md field names."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from planwatch.core.cells import spreadsheet_safe, spreadsheet_unsafe
from planwatch.core.data import Fact
from planwatch.core.errors import InputError, UsageError

FORMATS = ("jsonl", "csv")
FIELDS = Fact.RECORD_FIELDS


def write_facts(facts: Iterable[Fact], fmt: str, out: IO[str]) -> int:
    """Write facts to ``out`` in ``fmt``; returns how many were written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        for f in facts:
            out.write(json.dumps(f.to_record(), ensure_ascii=False) + "\n")
            n += 1
    else:
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for f in facts:
            writer.writerow({k: spreadsheet_safe(v) for k, v in f.to_record().items()})
            n += 1
    return n


_INTS = {"start", "end", "quote_start", "quote_end", "year", "period_start"}


def _typed(rec: dict[str, Any]) -> dict[str, Any]:
    """CSV gives strings: turn numeric fields back into numbers, empties into None."""
    out: dict[str, Any] = {}
    for k, v in rec.items():
        v = spreadsheet_unsafe(v)  # our own CSV escapes formula-like text
        if v == "" or v is None:
            out[k] = None
        elif k in _INTS:
            out[k] = int(float(v))
        elif k == "value":
            out[k] = float(v)
        else:
            out[k] = v
    return out


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Fact records from an export file (.jsonl, .json list, or .csv)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read predictions: {exc}") from exc
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            for rec in csv.DictReader(io.StringIO(raw)):
                yield _typed(rec)
        elif suffix == ".json":
            data = json.loads(raw)
            yield from data if isinstance(data, list) else data.get("facts", [])
        else:
            for i, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(str(path), f"line {i} is not JSON: {exc.msg}") from exc
    except csv.Error as exc:
        raise InputError(str(path), f"not a readable CSV: {exc}") from exc
