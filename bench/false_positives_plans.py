"""False positives of one genre's dev documents, each with its line, class and the misses beside it.

Reads only development sets: the ``*-dev`` sets of ``bench/quality_baseline.json``
(their listed files), each file kept only when its folder's ``INDEX.tsv`` says
``split=dev`` (check files and held halves are never opened). Run

    .venv/bin/python bench/false_positives_plans.py plan_outline          # counts per class
    .venv/bin/python bench/false_positives_plans.py sector_plan --list    # every one, with its line

A false positive is a prediction starting inside a gold passage without a
strict match (``planwatch.score``); the class is a first guess from the
prediction, its line and the gold around it (see ``classify``).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_baseline import gold_paths, load_baseline, resolve

from planwatch.pipeline import analyse_text
from planwatch.score import same_value, score, similar_names

_TABLE_NO = re.compile(r"^\s*[（(]?\d{1,2}[)）.、．]?\s*$")
_FOOTNOTE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩*＊注]")


def _dev_split(folder: Path) -> set[str] | None:
    """The stems ``INDEX.tsv`` marks dev (None when the folder has no index)."""
    for index in (folder.parent / "INDEX.tsv", folder.parent.parent / "INDEX.tsv"):
        if index.exists():
            rows = csv.DictReader(index.open(encoding="utf-8"), delimiter="\t")
            return {Path(r["doc"]).stem for r in rows if r.get("split") == "dev"}
    return None


def dev_golds(genre: str) -> list[tuple[str, Path, Path]]:
    """(set, gold path, document path) of every dev gold file of the genre."""
    out = []
    for name, spec in load_baseline()["sets"].items():
        if not name.endswith("-dev"):
            continue
        dev = _dev_split(resolve(spec["docs"]))
        for gp in gold_paths(spec):
            stem = gp.name.removesuffix(".gold.json")
            if dev is not None and stem not in dev:
                continue
            g = json.loads(gp.read_text(encoding="utf-8"))
            if g.get("genre") == genre:
                out.append((name, gp, resolve(spec["docs"]) / g["doc"]))
    return out


def _line(text: str, pos: int) -> tuple[int, str, int]:
    """Line number (1-based), line text and the offset of the line's start."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text.count("\n", 0, pos) + 1, text[s : e if e >= 0 else len(text)], s


def _in_box(text: str, pos: int) -> bool:
    """Whether the position lies in a 专栏 (box) block: a 专栏 heading within the last lines."""
    back = text[max(0, pos - 1500) : pos]
    i = back.rfind("专栏")
    return i >= 0 and not re.search(r"\n第[一二三四五六七八九十百]+[章节篇]", back[i:])


_BRACKET = "[〔【［"


def _located(fp: dict[str, Any], g: dict[str, Any], text: str) -> str:
    """The class of a prediction that overlaps a gold value."""
    if same_value(fp, g):
        diff = [k for k in ("kind", "measure", "year") if fp.get(k) != g.get(k)]
        if not similar_names(fp.get("indicator"), g.get("indicator")):
            diff.append("indicator")
        return "located, wrong " + "+".join(diff or ["(duplicate)"])
    if abs(abs(float(g["value"])) - abs(float(fp.get("value") or 0))) < 1e-9:
        if fp.get("unit") != g.get("unit"):
            if g["value_text"][:1] in _BRACKET and {fp.get("unit"), g.get("unit")} == {
                "%",
                "个百分点",
            }:
                return "bracketed [ ] cell of a rate row: % vs gold 个百分点 (gold conflict)"
            return f"same number, unit {fp.get('unit')} vs gold {g.get('unit')}"
        return "sign differs from gold"
    s, e = int(fp["start"]), int(fp["end"])
    if re.search(r"[—\-~～至到]", text[s - 1 : e + 1]):
        return "range read as two"
    return "overlaps gold, other value"


def classify(fp: dict[str, Any], text: str, gold: list[dict[str, Any]]) -> str:
    """A first guess at why the prediction is false (the issue's classes: what GOLD_SPEC
    says is no fact, a figure read twice, a wrong field, ranges, 其中 rows, 专栏 lines)."""
    s, e = int(fp["start"]), int(fp["end"])
    vt = text[s:e]
    over = [g for g in gold if s < g["start"] + len(g["value_text"]) and g["start"] < e]
    if over:
        return _located(fp, over[0], text)
    _, line, ls = _line(text, s)
    before = text[max(ls, s - 12) : s]
    after = text[e : e + 4]
    v = fp.get("value")
    if v is not None and 1949 <= float(v) <= 2060 and fp.get("unit") in (None, "", "年"):
        return "year as value"
    if _TABLE_NO.match(text[ls:s] + vt) or _TABLE_NO.match(line.split("\t")[0]):
        return "table numbering"
    if re.match(r"^[①②③④⑤⑥⑦⑧⑨⑩]", after) or _FOOTNOTE.match(line.strip()):
        return "footnote"
    twice = [
        g
        for g in gold
        if v is not None
        and abs(float(g["value"]) - float(v)) < 1e-9
        and similar_names(fp.get("indicator"), g.get("indicator"))
    ]
    if twice:
        return "same figure read twice (its gold fact elsewhere)"
    if "其中" in before or line.lstrip().startswith("其中"):
        return "sub-row (其中)"
    if re.search(r"以上|以下", after) and re.search(r"[项目企业户家]", text[e : e + 8]):
        return "threshold of a group"
    if "\t" in line:
        return "table cell, no gold"
    if _in_box(text, s):
        return "专栏 (box) content, no gold"
    return "prose, no gold"


def analyse(genre: str, totals: Counter[str] | None = None) -> list[dict[str, Any]]:
    """Every false positive of the genre's dev documents, classified, with the misses near it.

    ``totals`` (when given) receives the counts of the run: documents, gold facts,
    predictions in passages, strict matches.
    """
    rows = []
    totals = Counter() if totals is None else totals
    for set_name, gp, doc in dev_golds(genre):
        text = open(doc, encoding="utf-8", newline="").read()
        g = json.loads(gp.read_text(encoding="utf-8"))
        facts = [f.to_record() for f in analyse_text(doc.name, text).facts]
        report = score(facts, [gp])
        totals.update(
            documents=1,
            gold=report.gold_facts,
            predicted=report.predictions_in_passages,
            strict=report.strict,
        )
        for fp in report.false_positives:
            no, line, _ = _line(text, int(fp["start"]))
            near = [
                m.gold for m in report.misses if abs(int(m.gold["start"]) - int(fp["start"])) < 80
            ]
            rows.append(
                {
                    "set": set_name,
                    "doc": doc.name,
                    "line": no,
                    "text": line.strip()[:160],
                    "value_text": text[int(fp["start"]) : int(fp["end"])],
                    "class": classify(fp, text, g["facts"]),
                    "fp": fp,
                    "misses": near,
                }
            )
    return rows


def _show(r: dict[str, Any]) -> str:
    fp = r["fp"]
    head = (
        f"[{r['class']}] {r['set']} {r['doc']}:{r['line']} {r['value_text']!r} "
        f"{fp.get('value')} {fp.get('unit')} {fp.get('indicator')} "
        f"{fp.get('kind')}/{fp.get('measure')}/{fp.get('year')}"
    )
    lines = [head, "    | " + r["text"]]
    for m in r["misses"]:
        lines.append(
            f"    miss {m['value_text']!r} {m['value']} {m['unit']} {m['indicator']} "
            f"{m['kind']}/{m['measure']}/{m['year']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("genre", help="plan_outline, sector_plan, ...")
    ap.add_argument("--list", action="store_true", help="print every false positive")
    ap.add_argument("--only", help="list only this class")
    args = ap.parse_args(argv)
    totals: Counter[str] = Counter()
    rows = analyse(args.genre, totals)
    if args.list or args.only:
        for r in rows:
            if not args.only or r["class"] == args.only:
                print(_show(r))
    for cls, n in Counter(r["class"] for r in rows).most_common():
        print(f"{n:5d}  {cls}")
    print(f"{len(rows):5d}  false positives in {len({r['doc'] for r in rows})} documents")
    p, g, s = totals["predicted"], totals["gold"], totals["strict"]
    print(
        f"{totals['documents']} documents: gold {g}, predictions in passages {p}, strict {s}, "
        f"precision {s / max(p, 1):.3f}, recall {s / max(g, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
