"""Quality gate: extraction and description quality on the gold sets must not regress.

The floors live in one file, ``bench/quality_baseline.json``: per gold set, the
figures measured when the baseline was set (``measured``) and the floor each
must stay at or above. For each gold set the test

* runs the whole pipeline (``analyse_text``, no store) on the set's documents and
  scores them with :func:`planwatch.score.score` (document genre and reference
  year too, from the described metadata);
* fails when a figure is below its floor;
* fails when the gold files changed (their sha256 digest differs from the
  baseline's): re-measure and record the new digest and figures;
* fails when a floor sits more than ``max_slack`` below its measured value
  unless the entry carries ``lowered_by`` and ``reason`` (lowering a floor is an
  explicit, explained act; say the same in the commit message).

Gold sets missing on this machine (../shared absent) are skipped.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchscripts import bench_module

qb = bench_module("quality_baseline")


def _floor(entry: float | dict[str, Any]) -> tuple[float, dict[str, Any]]:
    return (entry, {}) if isinstance(entry, (int, float)) else (entry["floor"], entry)


def test_baseline_floors_are_never_quietly_lowered():
    base = qb.load_baseline()
    slack = base["max_slack"]
    for name, spec in base["sets"].items():
        for field, entry in spec["floors"].items():
            floor, extra = _floor(entry)
            measured = spec["measured"][field]
            if floor < measured - slack:
                assert extra.get("lowered_by") and extra.get("reason"), (
                    f"{name}.{field}: floor {floor} is more than {slack} below the measured "
                    f"{measured}; lowering a floor needs 'lowered_by' and 'reason'"
                )


@pytest.mark.parametrize("name", list(qb.load_baseline()["sets"]))
def test_gold_set_quality(name):
    spec = qb.load_baseline()["sets"][name]
    paths = qb.gold_paths(spec)
    if not paths or not all(p.exists() for p in paths) or not qb.resolve(spec["docs"]).is_dir():
        pytest.skip(f"gold set {name} is not on this machine")
    assert qb.digest(spec) == spec["digest"], (
        f"the gold files of {name} changed: re-measure (python bench/quality_baseline.py) "
        "and record the new digest and figures in bench/quality_baseline.json"
    )
    report = qb.measure(spec)
    got = qb.figures_of(report)
    low = {
        field: (round(got.get(field, 0.0), 3), _floor(entry)[0])
        for field, entry in spec["floors"].items()
        if got.get(field, 0.0) < _floor(entry)[0]
    }
    assert not low, f"{name}: below the floor (got, floor): {low}\n{report.summary()}"
