"""The word lists of ``data/area_cues.csv``, read once: each kind's words, longest first.

One reader for every module of the describe stage that asks for them
(:mod:`.jurisdiction`, and below it :mod:`.yardstick` and :mod:`.visitors`, which
``jurisdiction`` imports and so cannot import it back).
"""

from __future__ import annotations

import functools
from collections import defaultdict

from planwatch.core.datafiles import records


@functools.cache
def area_cues() -> dict[str, tuple[str, ...]]:
    """``data/area_cues.csv`` as kind -> words, longest first."""
    out: dict[str, list[str]] = defaultdict(list)
    for rec in records("area_cues.csv"):
        out[rec["kind"]].append(rec["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}
