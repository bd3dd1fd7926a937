"""Indicator tables against gold: cell recall and precision, field accuracy, per layout.

Usage: python bench/tables_bench.py [--misses] [--composed]

Documents: the sample plans (../shared/corpus 000, 001, 003 with gold in
../shared/gold and bench/devgold) and every dev-split file of the devcorpus
(tables inside outlines, evaluations and communiqués count too); with
``--composed`` also the ``dev`` half of every composed set (bench/composed/*,
split ``dev`` in each INDEX.tsv). Check files and held halves are never read.

A *table cell* of the gold is a gold fact inside a table the extractor read,
or any gold fact of a table-genre file (plan_table, other: all of it is
table). A cell is
*located* when a table fact covers its value with the same value; recall is
located cells over cells, precision is table facts that locate a gold fact
over table facts inside the gold passages. kind/year/measure are counted on
located cells. Layout is that of the table holding the cell ("missed" when
no table was read there).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from planwatch.core.data import Fact, Span
from planwatch.pipeline import analyse_bytes

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
TABLE_GENRES = {"plan_table", "other"}
FIELDS = ("kind", "year", "measure", "period_start", "unit", "comparator")


def _sources() -> list[tuple[Path, Path, bool]]:
    """(text, gold, whole file is table) for each measured document."""
    out = []
    for prefix, gold_dir in (
        ("000", SHARED / "gold"),
        ("001", HERE / "devgold"),
        ("003", HERE / "devgold"),
    ):
        gold = next(gold_dir.glob(f"{prefix}_*.gold.json"), None)
        if gold is not None:
            out.append((SHARED / "corpus" / gold.name.replace(".gold.json", ".txt"), gold, False))
    dev = SHARED / "devcorpus"
    check = set((dev / "CHECK.txt").read_text("utf-8").split()) if dev.exists() else set()
    with open(dev / "INDEX.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["split"] != "dev" or row["doc"] in check:
                continue
            stem = row["doc"][:-4]
            whole = row["genre"] in TABLE_GENRES
            out.append((dev / "docs" / row["doc"], dev / "gold" / f"{stem}.gold.json", whole))
    return out


def _composed_sources() -> list[tuple[Path, Path, bool]]:
    """(text, gold, False) for each document of a composed set's dev half."""
    out = []
    for index in sorted((HERE / "composed").glob("*/INDEX.tsv")):
        with open(index, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["split"] == "dev":
                    stem = row["doc"][:-4]
                    folder = index.parent
                    out.append(
                        (folder / "docs" / row["doc"], folder / "gold" / f"{stem}.gold.json", False)
                    )
    return out


def _covers(f: Fact, g: dict) -> bool:
    gs = int(g["start"])
    return f.start < gs + len(g["value_text"]) and gs < f.end and abs(f.value - g["value"]) < 1e-6


def _measure(text_path: Path, gold_path: Path, whole: bool, stats: dict, misses: list) -> None:
    analysed = analyse_bytes(text_path.read_bytes(), text_path.name)
    gold = json.loads(gold_path.read_text("utf-8"))
    passages = [Span(p["start"], p["end"]) for p in gold["passages"]]
    read = [t for t in analysed.document.recovered if t.reason is None]
    facts = [f for f in analysed.facts if f.origin == "table"]

    def layout_at(pos: int) -> str | None:
        return next((t.layout for t in read if t.span.start <= pos < t.span.end), None)

    for g in gold["facts"]:
        layout = layout_at(int(g["start"]))
        if layout is None and not whole:
            continue
        key = layout or "missed"
        stats[key]["cells"] += 1
        hit = next((f for f in facts if _covers(f, g)), None)
        if hit is None:
            misses.append(
                f"{text_path.parent.parent.name}/{text_path.name} miss {g['value_text']} {g['indicator']}"
            )
            continue
        stats[key]["located"] += 1
        for name in FIELDS:
            got = getattr(hit, name)
            got = got.value if hasattr(got, "value") and name != "year" else got
            ok = (got or None) == (g.get(name) or None) if name == "unit" else got == g.get(name)
            stats[key][name] += ok
            if not ok:
                misses.append(f"{text_path.name} {name} {g['value_text']} {g['indicator']}: {got}")
    for f in facts:
        if not any(p.start <= f.start < p.end for p in passages):
            continue
        key = layout_at(f.start) or "grid"
        stats[key]["predicted"] += 1
        if any(_covers(f, g) for g in gold["facts"]):
            stats[key]["correct"] += 1
        else:
            shown = analysed.document.text[f.start : f.end]
            misses.append(f"{text_path.name} extra {shown} {f.indicator}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", action="store_true", help="list misses and extra facts")
    ap.add_argument("--composed", action="store_true", help="add the composed sets' dev halves")
    args = ap.parse_args(argv)
    stats: dict[str, Counter] = defaultdict(Counter)
    misses: list[str] = []
    for text, gold, whole in _sources() + (_composed_sources() if args.composed else []):
        _measure(text, gold, whole, stats, misses)
    total: Counter = Counter()
    print(
        f"{'layout':<10} {'cells':>5} {'recall':>6} {'prec':>6} "
        + " ".join(f"{n:>12}" for n in FIELDS)
    )
    for key in sorted(stats) + ["all"]:
        s = total if key == "all" else stats[key]
        if key != "all":
            total.update(s)
        rec = s["located"] / s["cells"] if s["cells"] else float("nan")
        prec = s["correct"] / s["predicted"] if s["predicted"] else float("nan")
        acc = [s[n] / s["located"] if s["located"] else float("nan") for n in FIELDS]
        print(
            f"{key:<10} {s['cells']:>5} {rec:>6.3f} {prec:>6.3f} "
            + " ".join(f"{a:>12.3f}" for a in acc)
        )
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
