#!/usr/bin/env python3
"""Validate the plans7 gold files against their documents (stdlib only).

Usage: python3 validate.py [gold/cNNN.gold.json ...]   (default: every gold file)
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
KINDS = {"actual", "target"}
MEASURES = {"level", "growth", "change"}
COMPARATORS = {"eq", "ge", "le", "approx"}
BINDINGS = {"expected", "binding", None}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(path):
    errs = []
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"JSON does not load: {e}"], 0
    doc = os.path.join(HERE, "docs", g.get("doc", ""))
    if not os.path.exists(doc):
        return [f"missing document {doc}"], 0
    text = open(doc, encoding="utf-8", newline="").read()
    for k in ("doc", "jurisdiction", "genre", "published", "area_code", "passages", "facts"):
        if k not in g:
            errs.append(f"missing document field {k}")
    if g.get("genre") not in GENRES:
        errs.append(f"bad genre {g.get('genre')}")
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(pub)):
        errs.append(f"bad published {pub}")
    if not re.fullmatch(r"\d{6}", str(g.get("area_code", ""))):
        errs.append(f"bad area_code {g.get('area_code')}")
    passages = {}
    for p in g.get("passages", []):
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append(f"passage {p['id']} out of range")
        passages[p["id"]] = p
    seen = set()
    for i, f in enumerate(g.get("facts", [])):
        tag = f"fact {i} ({f.get('value_text')!r} @ {f.get('start')})"
        for k in FIELDS:
            if k not in f:
                errs.append(f"{tag}: missing field {k}")
        vt, st, q = f.get("value_text", ""), f.get("start", -1), f.get("quote", "")
        if text[st:st + len(vt)] != vt:
            errs.append(f"{tag}: text at start is {text[st:st + len(vt)]!r}")
        if vt not in q:
            errs.append(f"{tag}: quote does not contain value_text")
        p = passages.get(f.get("passage"))
        if p is None:
            errs.append(f"{tag}: unknown passage")
        else:
            # the quote must occur in the passage and cover the value's characters
            ok = False
            pos = text.find(q, p["start"])
            while pos != -1 and pos + len(q) <= p["end"]:
                if pos <= st and st + len(vt) <= pos + len(q):
                    ok = True
                    break
                pos = text.find(q, pos + 1)
            if not ok:
                errs.append(f"{tag}: quote not found around the value inside passage {p['id']}")
        if f.get("kind") not in KINDS:
            errs.append(f"{tag}: bad kind")
        if f.get("measure") not in MEASURES:
            errs.append(f"{tag}: bad measure")
        if f.get("comparator") not in COMPARATORS:
            errs.append(f"{tag}: bad comparator")
        if f.get("binding") not in BINDINGS:
            errs.append(f"{tag}: bad binding")
        if not isinstance(f.get("core"), bool):
            errs.append(f"{tag}: core not bool")
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            errs.append(f"{tag}: value not a number")
        if not isinstance(f.get("unit"), str):
            errs.append(f"{tag}: unit not a string")
        y, ps = f.get("year"), f.get("period_start")
        for name, v in (("year", y), ("period_start", ps)):
            if v is not None and not isinstance(v, int):
                errs.append(f"{tag}: {name} not int/null")
        if ps is not None and (y is None or ps > y):
            errs.append(f"{tag}: period_start {ps} > year {y}")
        if (st, vt) in seen:
            errs.append(f"{tag}: duplicate fact")
        seen.add((st, vt))
    return errs, len(g.get("facts", []))


def main(argv):
    paths = argv or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    total = 0
    for p in paths:
        errs, n = check(p)
        total += n
        print(f"{os.path.basename(p)}: {n} facts, {'OK' if not errs else str(len(errs)) + ' errors'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"{len(paths)} files, {total} facts, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
