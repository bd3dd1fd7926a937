"""bench/regex_scans.py counts the characters each pattern is offered, per character of text.

Run as the benchmark runs (a process of its own: it wraps the patterns of the modules it
loads, which must not leak into the other tests), over a county's work report composed
for this test. A pattern run once over the whole text (the outline's quote scan) is
offered exactly the text's characters; a pattern asked at a place (``match``) fewer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REPORT = (
    "某县2026年政府工作报告\n\n"
    "一、2025年工作回顾\n\n"
    "全县地区生产总值增长6.1%，粮食总产量9.3万吨。新建5G基站320个。\n\n"
    "二、2026年主要预期目标\n\n"
    "地区生产总值增长6%左右；城镇新增就业0.3万人以上。\n"
)


def test_census_counts_whole_text_passes_once_per_character(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PLANWATCH_CACHE_DIR": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "regex_scans.py"), str(folder), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["documents"] == 1 and out["characters"] == len(REPORT)
    assert out["wrapped"] > 100 and out["calls"] > 0
    chars, calls, whole = out["patterns"]["structure.sentences._OPENER_RE"]
    assert (chars, calls, whole) == (len(REPORT), 1, 1)
    # (The text's lines come from one shared table, core.linetable, since round 26: the
    # line splitters the outline, the reading view and the section index each ran are gone.)
    gone = {"structure.lines._LINE_RE", "read.chrome._LINE_RE", "extract.sections._LINE_RE"}
    assert not gone & set(out["patterns"])
    assert out["offered"] == sum(n for n, _, _ in out["patterns"].values())
    assert out["offered"] == sum(out["stages"].values())
    assert set(out["stages"]) <= {"read", "describe", "structure", "extract", "catalog", "core"}
