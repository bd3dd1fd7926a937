"""bench/stage_times.py --parts: the steps inside the prose and jurisdiction stages, each
held in its stage's figure (and not counted again in ``other``).

Run as the benchmark runs (a process of its own: it wraps the pipeline's functions), over
a county's work report composed for this test.
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


def _run(folder: Path, tmp: Path, *flags: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PLANWATCH_CACHE_DIR": str(tmp)}
    cmd = [sys.executable, str(ROOT / "bench" / "stage_times.py"), str(folder), "--json"]
    run = subprocess.run(
        [*cmd, "--rounds", "2", *flags], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout.strip().splitlines()[-1])["ms"]


def test_parts_are_timed_inside_their_stages(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    plain = _run(folder, tmp_path)
    parts = _run(folder, tmp_path, "--parts")
    assert not any(k.startswith("prose: ") for k in plain)
    steps = ("words", "sections", "numbers", "time marks", "walk", "read values")
    assert {f"prose: {s}" for s in steps} <= set(parts)
    assert "jurisdictions: markers" in parts
    # (each printed to 0.1 ms: a sum of rounded figures may pass its stage's by a little)
    assert sum(parts[f"prose: {s}"] for s in steps) <= parts["extract: prose"] + 0.7
    assert parts["jurisdictions: markers"] <= parts["jurisdictions"] + 0.1
    stages = [v for k, v in parts.items() if k != "whole" and (": " not in k or "extract" in k)]
    assert abs(sum(stages) - parts["whole"]) <= 0.1 * len(stages) + 0.1
