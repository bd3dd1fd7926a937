"""Every false positive of the development documents of a genre, with its line and the misses.

Reads the development files of the quality gate's sets (``bench/quality_baseline.json``: the
devcorpus ``dev`` split, never a file of ``CHECK.txt``, and the composed sets' ``dev`` halves,
``split=dev`` in their INDEX.tsv; held halves and sets not in the gate are never opened), keeps the documents of the genres asked, runs the pipeline on each and scores it
against its gold. For each document it prints every prediction inside a gold passage that
has no strict match (a false positive), tagged:

* ``field``: it overlaps a gold fact of the same value (located, but kind, measure, year or
  indicator differ: a false positive and a miss at once) — the differing fields are shown;
* ``value``: it overlaps a gold fact of another value (a wrong number or span);
* ``extra``: no gold fact overlaps it (a figure the gold does not hold at all);

with its line number, the fact's fields and the line's text, then the document's misses
that no false positive overlaps. At the end each false positive is counted in one class,
the first that fits: a figure the gold does not hold (a count in 项 — a plan's own
composition — or other); the sign of a gap (低于全省0.9个百分点) or of the aim of a fall;
another value or span; the year of a count of indicators by status (N项达到序时进度); the
measure of a bracketed table value (〔17〕, [25]) or of a price rise (涨幅); kind; year;
measure; the indicator's name. ``--summary`` prints only the counts per tag, per
document and per genre. A document given by name (``--doc c241.txt``) must be a
development document.

    .venv/bin/python bench/false_positives.py --genre plan_midterm_evaluation
    .venv/bin/python bench/false_positives.py --genre plan_final_evaluation --summary
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planwatch.pipeline import analyse_text
from planwatch.score import FIELDS, score, similar_names

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
EVAL_GENRES = ("plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report")


@dataclass(frozen=True, slots=True)
class DevDoc:
    """One development document: its set, genre, text file and gold file."""

    set: str
    genre: str
    doc: Path
    gold: Path


def _rows(index: Path) -> Iterator[dict[str, str]]:
    with open(index, encoding="utf-8") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def dev_documents() -> list[DevDoc]:
    """The development documents of the quality gate's sets (``bench/quality_baseline.json``:
    the devcorpus dev split and the composed sets' dev halves), each checked against its
    folder's INDEX.tsv (``split=dev``) and, for the devcorpus, against CHECK.txt. A set not
    yet in the baseline (a blind set nobody may develop on yet) is never read."""
    baseline = json.loads((HERE / "quality_baseline.json").read_text(encoding="utf-8"))
    check = set((SHARED / "devcorpus" / "CHECK.txt").read_text(encoding="utf-8").split())
    out: list[DevDoc] = []
    for spec in baseline["sets"].values():
        gold = (HERE.parent / spec["gold"]).resolve()
        docs = (HERE.parent / spec["docs"]).resolve()
        index = gold.parent / "INDEX.tsv"
        if "files" not in spec or not index.exists():
            continue  # (the sample documents' gold: no genre, no split)
        name = "devcorpus" if gold.parent.name == "devcorpus" else gold.parent.name
        rows = {r["doc"][:-4]: r for r in _rows(index)}
        for stem in spec["files"]:
            row = rows[stem]
            if row["split"] != "dev" or row["doc"] in check:
                raise SystemExit(f"{name}/{row['doc']} is no development file: refused")
            out.append(DevDoc(name, row["genre"], docs / row["doc"], gold / f"{stem}.gold.json"))
    return out


def _overlap(p: dict[str, Any], g: dict[str, Any]) -> bool:
    gs = int(g["start"])
    return int(p["start"]) < gs + len(g["value_text"]) and gs < int(p["end"])


def _differs(p: dict[str, Any], g: dict[str, Any]) -> list[str]:
    out = [f for f in ("kind", "measure", "year") if p.get(f) != g.get(f)]
    if not similar_names(p.get("indicator"), g.get("indicator")):
        out.append("indicator")
    return out


def tag(fp: dict[str, Any], misses: list[dict[str, Any]]) -> tuple[str, dict[str, Any] | None]:
    """``field``, ``value`` or ``extra`` for a false positive, with the gold fact it overlaps."""
    over = [g for g in misses if _overlap(fp, g)]
    for g in over:
        if abs(float(g["value"]) - float(fp["value"])) < 1e-9:
            return "field", g
    return ("value", over[0]) if over else ("extra", None)


def fp_class(fp: dict[str, Any], tagged: str, g: dict[str, Any] | None, text: str) -> str:
    """The class of a false positive (see the module doc): the first that fits."""
    shown = text[int(fp["start"]) : int(fp["end"])]
    if tagged == "extra":
        return "extra: count in 项 not in gold" if fp.get("unit") == "项" else "extra: not in gold"
    assert g is not None
    if tagged == "value":
        if abs(float(g["value"]) + float(fp["value"])) < 1e-9:
            return "sign (gap below / aim of a fall)"
        return "value or span"
    differs = _differs(fp, g)
    if differs == ["year"] and fp.get("unit") == "项":
        return "year of a status count (N项…)"
    if "measure" in differs and shown[:1] in "[〔【":
        return "measure of a bracketed table value"
    if "measure" in differs and "价格" in str(g.get("indicator")):
        return "measure of a price rise (涨幅)"
    if "kind" in differs:
        return "kind"
    if "year" in differs:
        return "year"
    if "measure" in differs:
        return "measure"
    return "indicator name" if "indicator" in differs else "other field"


def _line_of(text: str, pos: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text.count("\n", 0, pos) + 1, text[start : end if end >= 0 else len(text)]


def _clip(line: str, text: str, pos: int, width: int) -> str:
    """The line around ``pos``, at most ``2 * width`` characters."""
    start = text.rfind("\n", 0, pos) + 1
    at = pos - start
    lo = max(0, at - width)
    return ("…" if lo else "") + line[lo : at + width] + ("…" if at + width < len(line) else "")


def _fact(f: dict[str, Any]) -> str:
    return (
        f"{f.get('value')}{f.get('unit') or ''} {f.get('kind')}/{f.get('measure')}/"
        f"{f.get('year')} «{f.get('indicator')}»"
    )


def analyse(d: DevDoc) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """The document's text, its false positives and its misses (gold records)."""
    name = json.loads(d.gold.read_text(encoding="utf-8"))["doc"]
    text = open(d.doc, encoding="utf-8", newline="").read()
    facts = [f.to_record() for f in analyse_text(name, text).facts]
    report = score(facts, [d.gold])
    return text, list(report.false_positives), [m.gold for m in report.misses]


def show(d: DevDoc, width: int, tally: Counter[str], classes: Counter[str]) -> None:
    text, fps, misses = analyse(d)
    print(f"== {d.set}/{d.doc.name} ({d.genre}): {len(fps)} false positives, {len(misses)} misses")
    seen: set[int] = set()
    for fp in sorted(fps, key=lambda f: int(f["start"])):
        kind, g = tag(fp, misses)
        tally[kind] += 1
        classes[fp_class(fp, kind, g, text)] += 1
        n, line = _line_of(text, int(fp["start"]))
        extra = ""
        if g is not None:
            seen.add(id(g))
            extra = f"  gold {_fact(g)}"
            if kind == "field":
                extra += f" differs: {','.join(_differs(fp, g)) or 'other'}"
        print(f"  FP {kind:5} L{n} [{text[fp['start'] : fp['end']]}] {_fact(fp)}{extra}")
        print(f"     | {_clip(line, text, int(fp['start']), width)}")
    for g in misses:
        if id(g) not in seen:
            n, line = _line_of(text, int(g["start"]))
            print(f"  MISS      L{n} [{g['value_text']}] {_fact(g)}")
            print(f"     | {_clip(line, text, int(g['start']), width)}")


def summary(docs: list[DevDoc], classes: Counter[str]) -> None:
    per_genre: dict[str, Counter[str]] = {}
    for d in docs:
        text, fps, misses = analyse(d)
        tagged = [(fp, *tag(fp, misses)) for fp in fps]
        c = Counter(t for _, t, _ in tagged)
        classes.update(fp_class(fp, t, g, text) for fp, t, g in tagged)
        per_genre.setdefault(d.genre, Counter()).update(c + Counter(misses=len(misses)))
        print(
            f"{d.set}/{d.doc.name} {d.genre}: fp {sum(c.values())} {dict(c)} misses {len(misses)}"
        )
    for genre, c in sorted(per_genre.items()):
        print(f"{genre}: {dict(sorted(c.items()))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--genre", action="append", help=f"a gold genre (default {EVAL_GENRES})")
    ap.add_argument("--set", action="append", help="only these sets (devcorpus, eval12, ...)")
    ap.add_argument("--doc", action="append", help="only these development documents")
    ap.add_argument("--width", type=int, default=60, help="characters of the line either side")
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args(argv)
    devs = dev_documents()
    names = {d.doc.name for d in devs}
    for name in args.doc or ():
        if name not in names:
            ap.error(f"{name} is not a development document (check files and held halves refused)")
    genres = set(args.genre or EVAL_GENRES)
    docs = [
        d
        for d in devs
        if d.genre in genres
        and (not args.set or d.set in args.set)
        and (not args.doc or d.doc.name in args.doc)
    ]
    classes: Counter[str] = Counter()
    if args.summary:
        summary(docs, classes)
    else:
        tally: Counter[str] = Counter()
        for d in docs:
            show(d, args.width, tally, classes)
        print(f"false positives: {dict(tally)}  (fields: {', '.join(FIELDS[:3])}, indicator)")
    print(f"classes ({sum(classes.values())}):")
    for name, n in classes.most_common():
        print(f"  {n:4}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
