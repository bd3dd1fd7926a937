"""Benchmark: where ``analyse_bytes`` spends its CPU, stage by stage, over folders of documents.

Each document is analysed ``--rounds`` times (planwatch's caches keyed by a text emptied
before each, as in ``bench/peer_bench.py``); each stage the pipeline calls is wrapped with a
CPU clock (``time.process_time``) and the median over the rounds of each stage's total is
printed, in ms, with the whole. Stages: ``read`` (decoding the bytes), ``reading view``
(chrome and wraps), ``describe``, ``table spans`` (finding tables for the outline),
``outline``, ``extract: prose`` and ``extract: table`` (each extractor), ``jurisdictions``,
``resolve`` (catalog ids), ``recovered tables`` (the tables stored beside the facts). A
mirror page's second reading (its text without pinyin) counts in the stages it runs again;
``other`` is the rest of the whole (no stage holds another). A first pass over three
documents loads the word lists, patterns and catalog before anything is timed.

    python bench/stage_times.py examples/ [more folders…] [--split dev] [--rounds 3] [--json]
        [--least] [--parts]

``--least`` prints each stage's least total over the rounds instead of the median: the
figure other jobs on the machine disturb least (they only ever add time).

``--parts`` also times the steps inside the two costliest stages, printed after the stages
as ``prose: …`` and ``jurisdictions: …`` (held in their stage's figure, so not in
``other``): the prose extractor's matching view and document words (``words``), section
index (``sections``: a pass over every line), numbers (``numbers``), the whole text's time
marks (``time marks``), the first pass over every sentence (``walk``: which to read and the
values of each) and the reading of the sentences holding values (``read values``: the
per-figure rules); the area names of the whole text weighed (``jurisdictions: markers``).

``--split dev`` takes, in a folder whose parent holds an ``INDEX.tsv`` with a ``split``
column (the composed sets, the devcorpus), only the documents of that split. Run it with
PYTHONPATH pointing at another checkout's ``src`` (runs alternated) to compare two versions.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_bench  # (its emptying of caches keyed by text is reused)

from planwatch import pipeline

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}
_STAGES = {
    "read_bytes": "read",
    "reading_view": "reading view",
    "_described": "describe",
    "table_spans": "table spans",
    "build_outline": "outline",
    "assign_jurisdictions": "jurisdictions",
    "resolve_facts": "resolve",
    "recovered_tables": "recovered tables",
}
# The steps inside a stage timed with --parts: (module, class or None, attribute, label).
_PARTS = (
    ("planwatch.extract.prose", None, "DocumentWords", "prose: words"),
    ("planwatch.extract.prose", None, "SectionIndex", "prose: sections"),
    ("planwatch.extract.prose", None, "scan_numbers", "prose: numbers"),
    ("planwatch.extract.prose", None, "time_marks", "prose: time marks"),
    ("planwatch.extract.prose", None, "_walk", "prose: walk"),
    ("planwatch.extract.prose_reader", "SentenceReader", "read_values", "prose: read values"),
    ("planwatch.describe.subjects", None, "find_markers", "jurisdictions: markers"),
)
spent: dict[str, float] = defaultdict(float)


def _timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t

    return run


class _TimedExtractor:
    def __init__(self, name: str, inner: Any) -> None:
        self.name, self.inner = name, inner

    def extract(self, *args: Any, **kwargs: Any) -> Any:
        return _timed(f"extract: {self.name}", self.inner.extract)(*args, **kwargs)


def wrap_stages() -> None:
    """Put a clock on each stage as the pipeline module calls it."""
    for attr, label in _STAGES.items():
        setattr(pipeline, attr, _timed(label, getattr(pipeline, attr)))
    registry = pipeline.extractors
    get = registry.get
    pipeline.extractors = type(
        "TimedRegistry",
        (),
        {
            "get": staticmethod(lambda name: _TimedExtractor(name, get(name))),
            "merge": staticmethod(registry.merge),
        },
    )


def wrap_parts() -> None:
    """Put a clock on the steps of ``_PARTS`` where their stage calls them."""
    for module, cls, attr, label in _PARTS:
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        setattr(owner, attr, _timed(label, getattr(owner, attr)))


def documents(folders: list[Path], split: str | None) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
        index = folder.parent / "INDEX.tsv"
        if split is not None and index.exists():
            with index.open(encoding="utf-8") as fh:
                keep = {r["doc"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == split}
            files = [p for p in files if p.name in keep]
        out.extend(files)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--split", help="only the documents of this split (INDEX.tsv beside)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--least", action="store_true", help="each stage's least, not median")
    ap.add_argument(
        "--parts", action="store_true", help="also the steps inside prose, jurisdictions"
    )
    args = ap.parse_args()
    docs = [(p.name, p.read_bytes()) for p in documents(args.folders, args.split)]
    for name, data in docs[:3]:  # (word lists, patterns and the catalog loaded first)
        pipeline.analyse_bytes(data, name)
    wrap_stages()
    if args.parts:
        wrap_parts()
    rounds: list[dict[str, float]] = []
    for _ in range(args.rounds):
        spent.clear()
        whole = 0.0
        for name, data in docs:
            peer_bench._forget_texts()
            t = time.process_time()
            pipeline.analyse_bytes(data, name)
            whole += time.process_time() - t
        staged = sum(v for k, v in spent.items() if ": " not in k or k.startswith("extract: "))
        rounds.append({**spent, "other": whole - staged, "whole": whole})
    labels = {k for r in rounds for k in r}
    pick = min if args.least else statistics.median
    med = {k: round(1000 * pick(r.get(k, 0.0) for r in rounds), 1) for k in labels}
    med = dict(sorted(med.items(), key=lambda kv: -kv[1]))
    if args.json:
        print(json.dumps({"documents": len(docs), "ms": med}, ensure_ascii=False))
        return
    print(f"{len(docs)} documents, {pick.__name__} of {args.rounds} rounds, CPU ms")
    for k in med:
        print(f"  {k:<24} {med[k]:>9.1f}")


if __name__ == "__main__":
    main()
