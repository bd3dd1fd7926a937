"""Benchmark: where the prose extractor's CPU goes, stage by stage, over the five samples.

Each sample (examples/) is analysed once (outline, metadata, tables), then the prose
extractor alone runs over the five ``--rounds`` times, each document costing what a new one
costs (the caches keyed by text are emptied first, as in ``bench/peer_bench.py``). Each
stage's entry point is wrapped with a CPU clock (``time.process_time``), so a stage's time
holds those it calls: ``read (a sentence)`` holds ``read: words before`` and ``read: one
figure``, which holds ``read: naming``, ``read: kind``, ``read: year``, ``read: period``,
``read: time in force`` and ``read: the fact made``. (Before round 11 ``read: one figure``
held ``read: words before`` too; before round 12 ``read (a sentence)`` held ``read:
values``, now found for every sentence holding a number before the sentences are walked,
so that a paragraph holding none is passed over unread.) Printed: the
mean ms per round of each stage and the number of calls per round. (Wrapping costs about a
microsecond a call: the total is a little above ``prose_alone_five_samples_ms`` of
peer_bench.)

    python bench/prose_stages.py [--rounds 5] [--json]
    python bench/prose_stages.py --profile 25 [--rounds 3]

``--profile N`` runs the prose extractor over the samples under cProfile instead (no stage
wrapped) and prints the calls and regex calls per figure found (counts: the same on a busy
machine) and its N top functions by own time and by cumulative time.

Run it with PYTHONPATH pointing at another checkout's ``src`` to compare two versions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (peer_bench sits beside this file: its samples and its emptying of caches are reused.)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_bench

from planwatch.core.data import ExtractContext
from planwatch.extract import base as extractors
from planwatch.extract import prose, prose_reader
from planwatch.pipeline import analyse_bytes

_CPU: dict[str, float] = defaultdict(float)
_CALLS: dict[str, int] = defaultdict(int)

# (module, name where the caller looks it up, label): the stages of the whole document
# (prose.py) and of one sentence (prose_reader.py).
_FUNCTIONS = (
    (prose, "fold", "fold (whole text)"),
    (prose, "DocumentWords", "document words"),
    (prose, "SectionIndex", "sections"),
    (prose, "scan_numbers", "numbers (whole text)"),
    (prose, "maybe_values", "first pass"),
    (prose, "time_marks", "time marks (whole text)"),
    (prose, "item_heading", "item headings"),
    (prose, "special_values", "special values"),
    (prose, "as_matches", "number matches"),
    (prose, "in_document_words", "in document words"),
    (prose_reader, "sentence_values", "read: values"),
    (prose, "sentence_values", "read: values"),
    (prose_reader, "choose_name", "read: naming"),
    (prose_reader, "decide_kind", "read: kind"),
    (prose_reader, "decide_year", "read: year"),
    (prose_reader, "period_of", "read: period"),
    (prose_reader, "Fact", "read: the fact made"),
)
_METHODS = (
    ("read", "read (a sentence)"),
    ("read_values", "read (a sentence)"),
    ("_fact", "read: one figure"),
    ("_reading", "read: words before"),
    ("_timing", "read: time in force"),
)


def _clocked(f: Callable[..., Any], label: str) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = clock()
        try:
            return f(*args, **kwargs)
        finally:
            _CPU[label] += clock() - t0
            _CALLS[label] += 1

    return timed


def _wrap_stages() -> None:
    for module, name, label in _FUNCTIONS:
        if hasattr(module, name):  # (a version without the stage: not shown)
            setattr(module, name, _clocked(getattr(module, name), label))
    for name, label in _METHODS:
        reader = prose_reader.SentenceReader
        if hasattr(reader, name):
            setattr(reader, name, _clocked(getattr(reader, name), label))


def stage_times(rounds: int) -> dict[str, dict[str, float]]:
    """{stage: {"ms": mean CPU ms per round, "calls": calls per round}} over the samples."""
    analysed = _analysed()
    _wrap_stages()
    extractor = extractors.get("prose")
    _CPU.clear()
    _CALLS.clear()
    for _ in range(rounds):
        for doc in analysed:
            peer_bench._forget_texts()
            ctx = ExtractContext(
                doc=doc.name, meta=doc.meta, outline=doc.outline, tables=doc.tables
            )
            t0 = time.process_time()
            extractor.extract(doc.text, ctx)
            _CPU["prose (all)"] += time.process_time() - t0
            _CALLS["prose (all)"] += 1
    order = sorted(_CPU, key=lambda k: -_CPU[k])
    return {
        k: {"ms": round(_CPU[k] / rounds * 1000, 1), "calls": _CALLS[k] / rounds} for k in order
    }


def _analysed() -> list[Any]:
    samples = [(p.name, p.read_bytes()) for p in sorted(peer_bench.EXAMPLES.glob("*.txt"))]
    return [analyse_bytes(data, name).document for name, data in samples]


def profile_lines(rounds: int, top: int) -> str:
    """cProfile's ``top`` functions by own and by cumulative time, the prose extractor over
    the samples ``rounds`` times (each document costing what a new one costs)."""
    import cProfile
    import io
    import pstats

    analysed = _analysed()
    extractor = extractors.get("prose")
    prof = cProfile.Profile()
    figures = 0
    for _ in range(rounds):
        for doc in analysed:
            peer_bench._forget_texts()
            ctx = ExtractContext(
                doc=doc.name, meta=doc.meta, outline=doc.outline, tables=doc.tables
            )
            prof.enable()
            figures += len(extractor.extract(doc.text, ctx))
            prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    out.write(per_figure_line(stats, figures))
    for key in ("tottime", "cumulative"):
        out.write(f"--- by {key} ({rounds} rounds of the five samples, profiled)\n")
        stats.sort_stats(key).print_stats(top)
    return out.getvalue()


def per_figure_line(stats: Any, figures: int) -> str:
    """Function calls and regex calls (a compiled pattern's search, match, sub, …) per figure
    found: counts, not times, so the same on a busy machine as on a quiet one."""
    table = stats.stats  # {(file, line, name): (primitive calls, calls, own, cumulative, …)}
    calls = sum(row[1] for row in table.values())
    regex = sum(row[1] for key, row in table.items() if "re.Pattern" in key[2])
    n = max(figures, 1)
    return f"{figures} figures: {calls / n:.0f} calls and {regex / n:.0f} regex calls per figure\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--profile", type=int, metavar="N", help="cProfile's N top functions")
    args = ap.parse_args()
    if args.profile:
        print(profile_lines(args.rounds, args.profile))
        return
    times = stage_times(args.rounds)
    if args.json:
        print(json.dumps(times, indent=1, ensure_ascii=False))
        return
    for stage, t in times.items():
        print(f"{t['ms']:8.1f} ms {t['calls']:8.0f} calls  {stage}")


if __name__ == "__main__":
    main()
