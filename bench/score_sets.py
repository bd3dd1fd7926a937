"""Every gold set's figures in one table: the README's quality table, reproducible.

Scores, in process (the pipeline's analysis of each gold document, no store), the official
gold, ``bench/devgold``, ``bench/testgold``, the devcorpus dev split and both halves of every
composed set in ``bench/composed/`` (their ``INDEX.tsv`` split column), and prints a Markdown
table: facts, strict F1, kind / year / period_start accuracy on located facts and the
documents' genre / reference year / area. ``--totals`` prints only the totals the README
quotes (every composed dev half together, every held half together); ``--json`` writes every
row's counts. The devcorpus check split is scored only with ``--check`` and only as one row of
totals: its misses are never printed (see ``../shared/devcorpus/README.md``).

    .venv/bin/python bench/score_sets.py --totals
    .venv/bin/python bench/score_sets.py --sets real5,eval10 --json /tmp/sets.json
    .venv/bin/python bench/score_sets.py --totals --check   # at the end of a round only
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planwatch.pipeline import analyse_text
from planwatch.score import document_fields, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COMPOSED = ROOT / "bench" / "composed"
DEVCORPUS = SHARED / "devcorpus"


@dataclass
class Row:
    """Counts of one gold set (or half): enough to add rows together and print figures."""

    name: str
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    located: int = 0
    strict: int = 0
    fields: Counter[str] = field(default_factory=Counter)  # right on located facts
    doc_right: Counter[str] = field(default_factory=Counter)
    doc_total: Counter[str] = field(default_factory=Counter)

    def add(self, other: Row) -> None:
        for name in ("docs", "gold", "predicted", "located", "strict"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fields.update(other.fields)
        self.doc_right.update(other.doc_right)
        self.doc_total.update(other.doc_total)

    @property
    def f1(self) -> float:
        if not self.strict:
            return 0.0
        p, r = self.strict / self.predicted, self.strict / self.gold
        return 2 * p * r / (p + r)

    def cells(self) -> list[str]:
        on = "/".join(f"{self.fields[f] / self.located:.3f}" if self.located else "–" for f in _ON)
        docs = "/".join(
            f"{self.doc_right[f] / self.doc_total[f]:.3f}" if self.doc_total[f] else "–"
            for f in ("genre", "reference_year", "area_code")
        )
        return [
            self.name,
            str(self.docs),
            str(self.gold),
            str(self.strict),
            f"{self.f1:.3f}",
            on,
            docs,
        ]


_ON = ("kind", "year", "period_start")
_HEAD = ["set", "documents", "facts", "strict", "F1", "kind/year/period_start", "genre/year/area"]


def _units(sets: set[str] | None, check: bool) -> list[tuple[str, Path, Path]]:
    """(row name, document path, gold path) of every gold document to score."""
    out: list[tuple[str, Path, Path]] = []
    fixed = [("official", SHARED / "gold", ROOT / "examples")]
    fixed += [(n, ROOT / "bench" / n, ROOT / "examples") for n in ("devgold", "testgold")]
    for name, gold_dir, docs in fixed:
        if sets is None or name in sets:
            for g in sorted(gold_dir.glob("*.gold.json")):
                out.append((name, docs / json.loads(g.read_text(encoding="utf-8"))["doc"], g))
    splits = ("dev", "check") if check else ("dev",)
    for folder, prefix in [(DEVCORPUS, "devcorpus"), *[(d, d.name) for d in _composed()]]:
        if sets is not None and prefix not in sets:
            continue
        with open(folder / "INDEX.tsv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                half = row.get("split") or "dev"
                if folder is DEVCORPUS and half not in splits:
                    continue
                stem = row["doc"].rsplit(".", 1)[0]
                gold = folder / "gold" / f"{stem}.gold.json"
                out.append((f"{prefix} {half}", folder / "docs" / row["doc"], gold))
    return out


def _composed() -> list[Path]:
    return sorted(p for p in COMPOSED.iterdir() if (p / "INDEX.tsv").is_file())


def _score_one(unit: tuple[str, Path, Path]) -> Row:
    name, doc_path, gold_path = unit
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = open(doc_path, encoding="utf-8", newline="").read()
    analysed = analyse_text(gold["doc"], text)
    described = {gold["doc"]: document_fields(analysed.document.meta)}
    report = score([f.to_record() for f in analysed.facts], [gold_path], described)
    row = Row(name, 1, report.gold_facts, report.predictions_in_passages, report.located)
    row.strict = report.strict
    for f in _ON:
        row.fields[f] = round(report.field_accuracy[f] * report.located)
    for f, v in report.documents.items():
        row.doc_right[f], row.doc_total[f] = v["right"], v["total"]
    return row


def measure(units: list[tuple[str, Path, Path]], workers: int) -> dict[str, Row]:
    """Rows by name, each the sum of its documents' counts."""
    rows: dict[str, Row] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for row in pool.map(_score_one, units, chunksize=4):
            rows.setdefault(row.name, Row(row.name)).add(row)
    return rows


def totals(rows: dict[str, Row]) -> list[Row]:
    """The README's rows: the fixed sets, devcorpus, every composed dev and held half summed."""
    out = [rows[n] for n in ("official", "devgold", "testgold") if n in rows]
    out += [r for n, r in rows.items() if n.startswith("devcorpus")]
    for half in ("dev", "held"):
        total = Row(f"composed, every {half} half")
        for n, r in rows.items():
            if not n.startswith("devcorpus") and n.endswith(f" {half}"):
                total.add(r)
        if total.docs:
            out.append(total)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--sets", help="comma-separated: official, devgold, testgold, devcorpus, a composed folder"
    )
    ap.add_argument("--totals", action="store_true", help="only the totals the README quotes")
    ap.add_argument(
        "--check", action="store_true", help="add the devcorpus check split (totals only)"
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write every row's counts here")
    args = ap.parse_args(argv)
    sets = set(args.sets.split(",")) if args.sets else None
    rows = measure(_units(sets, args.check), args.workers)
    shown = totals(rows) if args.totals else list(rows.values())
    print("| " + " | ".join(_HEAD) + " |")
    print("|" + "---|" * len(_HEAD))
    for row in shown:
        print("| " + " | ".join(row.cells()) + " |")
    if args.json:
        data: dict[str, Any] = {r.name: {**r.__dict__, "f1": r.f1} for r in rows.values()}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
