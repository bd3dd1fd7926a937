"""The quality baseline: gold sets, their digests, measured figures and floors.

``bench/quality_baseline.json`` names each gold set the quality gate
(``tests/test_quality_gate.py``) checks: its gold folder (and the files of it
that belong to the set), its documents folder, whether it was developed on, the
sha256 digest of its gold files, the figures measured when the baseline was
set and the floors. Run

    .venv/bin/python bench/quality_baseline.py          # measure every set, compare
    .venv/bin/python bench/quality_baseline.py --write  # record digests and measured figures

``--write`` never changes a floor: raise floors by hand as quality rises; to
lower one, give the entry ``{"floor": x, "lowered_by": who, "reason": why}`` and
say so in the commit message, else the gate fails.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from planwatch.pipeline import analyse_text
from planwatch.score import ScoreReport, document_fields, score

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "bench" / "quality_baseline.json"


def load_baseline() -> dict[str, Any]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def resolve(p: str) -> Path:
    """A path of the baseline file, relative to the project."""
    return (ROOT / p).resolve()


def gold_paths(spec: dict[str, Any]) -> list[Path]:
    """The set's gold files: every *.gold.json of its folder, or the listed stems."""
    folder = resolve(spec["gold"])
    if "files" in spec:
        return [folder / f"{stem}.gold.json" for stem in spec["files"]]
    return sorted(folder.glob("*.gold.json"))


def digest(spec: dict[str, Any]) -> str:
    """sha256 over the set's gold files (names and bytes, in order)."""
    h = hashlib.sha256()
    for p in gold_paths(spec):
        h.update(p.name.encode("utf-8") + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def measure(spec: dict[str, Any]) -> ScoreReport:
    """The set's score: pipeline on each gold document's text, facts and description."""
    docs = resolve(spec["docs"])
    records: list[dict[str, Any]] = []
    documents: dict[str, dict[str, Any]] = {}
    for gp in gold_paths(spec):
        name = json.loads(gp.read_text(encoding="utf-8"))["doc"]
        text = open(docs / name, encoding="utf-8", newline="").read()
        analysed = analyse_text(name, text)
        documents[name] = document_fields(analysed.document.meta)
        records += [f.to_record() for f in analysed.facts]
    return score(records, gold_paths(spec), documents)


def figures_of(report: ScoreReport) -> dict[str, float]:
    """The figures the baseline can floor: headline, per field on located, per document field."""
    out = {k: getattr(report, k) for k in ("f1", "recall", "precision", "core_recall")}
    out.update(report.field_accuracy)
    out.update({f"doc_{k}": v["accuracy"] for k, v in report.documents.items()})
    return out


def main(argv: list[str]) -> int:
    base = load_baseline()
    for name, spec in base["sets"].items():
        paths = gold_paths(spec)
        if not paths or not all(p.exists() for p in paths):
            print(f"{name}: not on this machine")
            continue
        got = {k: round(v, 3) for k, v in figures_of(measure(spec)).items()}
        print(f"{name}: digest {digest(spec)[:12]} {json.dumps(got)}")
        if "--write" in argv:
            spec["digest"] = digest(spec)
            spec["measured"] = got
    if "--write" in argv:
        BASELINE.write_text(json.dumps(base, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
