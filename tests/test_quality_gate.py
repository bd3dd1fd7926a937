"""Quality gate: extraction quality on the gold sets must not regress.

Runs the whole pipeline (``analyse_text``, no store) on each gold document's text from
``examples/`` and scores it with :func:`planwatch.score.score`:

* the official gold (../shared/gold, skipped when absent): F1, core recall and the
  kind / measure / year accuracy at least 0.95;
* the independent dev set (bench/devgold, three documents annotated without reading the
  code): F1 at least DEV_F1_FLOOR, the measured F1 (0.998) minus about 0.03;
* the test set (bench/testgold, annotated independently and never developed on): F1 at
  least TEST_F1_FLOOR, its measured F1 (0.915) minus about 0.02.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planwatch.pipeline import analyse_text
from planwatch.score import ScoreReport, score

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OFFICIAL_GOLD = ROOT.parent / "shared" / "gold"  # ../shared beside the project
DEV_GOLD = ROOT / "bench" / "devgold"
TEST_GOLD = ROOT / "bench" / "testgold"
DEV_F1_FLOOR = 0.97
TEST_F1_FLOOR = 0.89


def _score_dir(gold_dir: Path) -> ScoreReport:
    gold_paths = sorted(gold_dir.glob("*.gold.json"))
    if not gold_paths:
        pytest.skip(f"no gold files in {gold_dir}")
    records = []
    for gp in gold_paths:
        name = gp.name.replace(".gold.json", ".txt")
        doc = EXAMPLES / name
        if not doc.exists():
            pytest.skip(f"{doc} is missing")
        text = open(doc, encoding="utf-8", newline="").read()
        records += [f.to_record() for f in analyse_text(name, text).facts]
    return score(records, gold_paths)


def test_official_gold_quality():
    if not OFFICIAL_GOLD.is_dir():
        pytest.skip("official gold not available")
    report = _score_dir(OFFICIAL_GOLD)
    assert report.f1 >= 0.95, report.summary()
    assert report.core_recall >= 0.95, report.summary()
    for field in ("kind", "measure", "year"):
        assert report.field_accuracy[field] >= 0.95, report.summary()


def test_dev_gold_quality():
    report = _score_dir(DEV_GOLD)
    assert report.f1 >= DEV_F1_FLOOR, report.summary()


def test_test_gold_quality():
    report = _score_dir(TEST_GOLD)
    assert report.f1 >= TEST_F1_FLOOR, report.summary()
