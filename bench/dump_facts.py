"""Dump what the pipeline makes of every document in folders, as JSON Lines, to diff.

A change meant to make extraction faster (not different) should leave this dump
byte-identical: run it before and after and compare the files.

    python bench/dump_facts.py examples/ ../shared/devcorpus/docs bench/composed/{eval,eval2,mixed2,plans}/docs -o before.jsonl
    ... change ...
    python bench/dump_facts.py examples/ ../shared/devcorpus/docs bench/composed/{eval,eval2,mixed2,plans}/docs -o after.jsonl
    cmp before.jsonl after.jsonl

(A blind set still being composed is no folder to dump: its text is for its scorer only.)

``--dev`` dumps the development texts the speed rounds check, instead of folders: the
samples (examples/), the devcorpus's dev rows and every composed set's dev half (by the
``split`` column of each INDEX.tsv; held halves and check rows are never opened).
``--sha256`` prints the dump's SHA-256 on standard error, the one figure to compare.
``--devcorpus`` says where the devcorpus is when it is not ``../shared/devcorpus`` beside
the checkout (a worktree's: ``--devcorpus /work/shared/devcorpus``).

One line per document (``"doc"``: its metadata, outline and recovered tables, every
field of each) followed by one line per fact (every field of ``Fact``, evidence
included), in the order the pipeline returns them. ``--facts-only`` leaves out the
document lines. A file that cannot be read is one line ``{"doc": name, "error": …}``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from planwatch.core.errors import PlanwatchError
from planwatch.pipeline import analyse_bytes

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}


def _plain(obj: Any) -> Any:
    """A dataclass tree as JSON-ready values (enums by value, sets sorted, tuples as lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted(_plain(x) for x in obj)
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if hasattr(obj, "value") and not isinstance(obj, (int, float, str)):
        return obj.value  # an enum
    return obj


def files_of(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
            continue
        out.extend(sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES))
    return out


ROOT = Path(__file__).resolve().parents[1]
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"  # (beside the checkout, as the README says)


def _dev_rows(index: Path) -> list[str]:
    with index.open(encoding="utf-8") as fh:
        return [r["doc"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "dev"]


def dev_texts(devcorpus: Path = DEVCORPUS) -> list[Path]:
    """The samples, the devcorpus's dev rows and every composed set's dev half, in order."""
    out = sorted((ROOT / "examples").glob("*.txt"))
    if (devcorpus / "INDEX.tsv").exists():
        out += [devcorpus / "docs" / d for d in _dev_rows(devcorpus / "INDEX.tsv")]
    for index in sorted((ROOT / "bench" / "composed").glob("*/INDEX.tsv")):
        out += [index.parent / "docs" / d for d in _dev_rows(index)]
    return out


def dump(path: Path, facts_only: bool) -> list[str]:
    """The JSON lines of one file's analysis."""
    try:
        a = analyse_bytes(path.read_bytes(), path.name)
    except PlanwatchError as exc:
        return [json.dumps({"doc": path.name, "error": str(exc)}, ensure_ascii=False)]
    lines = []
    if not facts_only:
        doc = a.document
        rec = {
            "doc": doc.name,
            "meta": _plain(doc.meta),
            "outline": _plain(doc.outline),
            "recovered": _plain(doc.recovered),
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    for f in a.facts:
        lines.append(json.dumps(_plain(f), ensure_ascii=False, sort_keys=True))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="folders (or files) of documents")
    ap.add_argument("-o", "--output", type=Path, help="write here (default standard output)")
    ap.add_argument("--facts-only", action="store_true", help="facts without document lines")
    ap.add_argument("--dev", action="store_true", help="the development texts (see above)")
    ap.add_argument("--sha256", action="store_true", help="the dump's SHA-256 on stderr")
    ap.add_argument("--devcorpus", type=Path, default=DEVCORPUS, help="with --dev: its folder")
    args = ap.parse_args()
    paths = dev_texts(args.devcorpus) if args.dev else files_of(args.folders)
    digest = hashlib.sha256()
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for path in paths:
            for line in dump(path, args.facts_only):
                out.write(line + "\n")
                digest.update((line + "\n").encode("utf-8"))
    finally:
        if args.output:
            out.close()
    if args.sha256:
        print(f"{digest.hexdigest()}  {len(paths)} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
