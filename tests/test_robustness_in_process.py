"""bench/robustness.py --in-process: the analysis in process gives the figures the stores
give (the same facts and document descriptions), on a small development set."""

from __future__ import annotations

from pathlib import Path

from benchscripts import bench_module


def test_in_process_figures_equal_the_stores(tmp_path: Path) -> None:
    robustness = bench_module("robustness")
    sets, ops = ["real34"], ["original", "cells"]
    stored = robustness.run(sets, ops, 1, 1, tmp_path / "stores")
    direct = robustness.run_in_process(sets, ops, 1, 1, tmp_path / "direct")
    for op in ops:
        a, b = stored["real34"][op], direct["real34"][op]
        assert (a["facts"], a["strict"], a["located"]) == (b["facts"], b["strict"], b["located"])
        assert a["ref_year"] == b["ref_year"]
    table = robustness.totals(direct, ops)
    assert "| original |" in table and "| cells |" in table


def test_every_listed_sets_dev_documents_have_their_gold() -> None:
    # (Round 32's sets name documents c1000 on: a gold path cut from the name's first four
    # characters had pointed at c100.gold.json.)
    robustness = bench_module("robustness")
    for name in ("devcorpus", *robustness.COMPOSED_SETS):
        pairs = robustness.dev_pairs(name)
        assert pairs, name
        for doc, gold in pairs:
            assert doc.exists() and gold.exists(), (name, doc.name, gold.name)
            assert gold.name == doc.stem + ".gold.json"
