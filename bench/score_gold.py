"""Run the extractors on the gold documents and print the scores.

Usage: python bench/score_gold.py [--gold DIR] [--corpus DIR] [--misses]

Reports "prose only" and, when the table extractor is available, "merged"
(table facts plus prose facts outside table rows, as the pipeline merges them),
and the prose extractor's speed on each document.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from planwatch.core.data import ExtractContext, Fact
from planwatch.extract import base
from planwatch.score import score

HERE = Path(__file__).resolve().parent


def _context(name: str, text: str) -> ExtractContext:
    """The context the pipeline would give an extractor (describe + structure stages)."""
    from planwatch.describe import describe
    from planwatch.extract.table_find import table_spans
    from planwatch.structure import build_outline

    meta = describe(text, name=name, title=None)
    return ExtractContext(
        doc=name, meta=meta, outline=build_outline(text, table_spans(text)), tables=()
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold"
    )
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "examples")
    ap.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = ap.parse_args(argv)
    gold_paths = sorted(args.gold.glob("*.gold.json"))
    prose = base.get("prose")
    try:
        table = base.get("table")
    except Exception:  # the table extractor may not exist yet
        table = None
    prose_facts: list[Fact] = []
    merged: list[Fact] = []
    for gp in gold_paths:
        name = gp.name.replace(".gold.json", ".txt")
        text = open(args.corpus / name, encoding="utf-8", newline="").read()
        ctx = _context(name, text)
        t0 = time.perf_counter()
        pf = prose.extract(text, ctx)
        dt = time.perf_counter() - t0
        print(
            f"{name}: {len(text)} chars, prose {len(pf)} facts in {dt * 1000:.1f} ms "
            f"({len(text) / dt / 1e6:.2f} M chars/s)"
        )
        prose_facts.extend(pf)
        if table is not None:
            merged.extend(base.merge(table.extract(text, ctx), pf))
    runs = [("prose only", prose_facts)] + ([("merged", merged)] if table is not None else [])
    for label, facts in runs:
        report = score([f.to_record() for f in facts], gold_paths)
        print(f"\n== {label}\n{report.summary()}")
        if args.misses:
            for m in report.misses:
                g = m.gold
                n = m.nearest or {}
                print(
                    f"  MISS {g['start']} {g['value_text']} {g['indicator']} {g['kind']} "
                    f"{g['measure']} {g['year']} | differs {','.join(m.differs)} | nearest "
                    f"{n.get('indicator')} {n.get('kind')} {n.get('measure')} {n.get('year')} "
                    f"{n.get('value')} {n.get('unit')}"
                )
            for p in report.false_positives:
                print(
                    f"  FP {p['start']} {p['indicator']} {p['kind']} {p['measure']} "
                    f"{p['year']} {p['value']} {p['unit']}"
                )
    if table is None:
        print("\n(table extractor not available: merged run skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
