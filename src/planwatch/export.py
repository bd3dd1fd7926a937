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
from planwatch.core.evidence import to_text as evidence_text

FORMATS = ("jsonl", "csv")
# The DESIGN.md fields, then ``evidence``: why the fact has its kind and year. JSON Lines
# give it as a list of objects (field, basis, text, start, end); CSV as one compact string
# (``kind=cue:预计@120-122; year=time_word:2023年@100-105``).
FIELDS = (*Fact.RECORD_FIELDS, "evidence")


def _record(f: Fact, fmt: str) -> dict[str, Any]:
    rec = f.to_record()
    if fmt == "jsonl":
        rec["evidence"] = [e.to_record() for e in f.evidence]
    else:
        rec["evidence"] = evidence_text(f.evidence)
    return rec


def write_facts(facts: Iterable[Fact], fmt: str, out: IO[str]) -> int:
    """Write facts to ``out`` in ``fmt``; returns how many were written."""
    return write_records((_record(f, fmt) for f in facts), FIELDS, fmt, out)


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


def write_records(
    records: Iterable[dict[str, Any]], fields: tuple[str, ...], fmt: str, out: IO[str]
) -> int:
    """Write flat records to ``out`` as JSON Lines or CSV (``fields`` in order); how many."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
    n = 0
    for rec in records:
        if writer is None:
            out.write(json.dumps({k: rec.get(k) for k in fields}, ensure_ascii=False) + "\n")
        else:
            # A cell a spreadsheet would run as a formula (= + - @) is escaped.
            writer.writerow({k: spreadsheet_safe(rec.get(k)) for k in fields})
        n += 1
    return n


# One row per evaluated target: the columns docs/schema.md documents ("export evaluations").
EVALUATION_FIELDS = (
    "area",
    "area_code",
    "plan",
    "plan_period",
    "as_of",
    "scope",
    "indicator",
    "indicator_id",
    "category",
    "measure",
    "rule",
    "target_value",
    "target_unit",
    "target_comparator",
    "target_year",
    "base_year",
    "latest_year",
    "latest_value",
    "expected_progress",
    "actual_progress",
    "realised_growth",
    "needed_growth",
    "status",
    "status_zh",
    "explanation",
    "target_fact_id",
    "main",
    "proxy",
)


def evaluation_records(evaluations: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Flat rows of area evaluations (anything with ``to_dict()`` as planwatch.evaluate's)."""
    for ev in evaluations:
        whole = ev.to_dict()
        for t in whole["targets"]:
            target = t.get("target") or {}
            actuals = [a for a in t.get("actuals") or [] if a.get("value") is not None]
            latest = max(actuals, key=lambda a: a.get("year") or 0) if actuals else {}
            source = next((s for s in t.get("sources") or [] if s.get("role") == "target"), {})
            yield {
                **{k: whole.get(k) for k in ("plan", "plan_period")},
                **{k: t.get(k) for k in EVALUATION_FIELDS if k in t},
                "target_value": target.get("value"),
                "target_unit": target.get("unit"),
                "target_comparator": target.get("comparator"),
                "target_year": target.get("year"),
                "base_year": (t.get("base") or {}).get("year"),
                "latest_year": latest.get("year"),
                "latest_value": latest.get("value"),
                "target_fact_id": source.get("fact_id"),
            }
