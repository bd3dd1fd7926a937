#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/ and GOLD_SPEC (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
KINDS = {"actual", "target"}
MEASURES = {"level", "growth", "change"}
COMPS = {"eq", "ge", "le", "approx"}
BINDINGS = {"expected", "binding", None}
FIELDS = {"passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"}


def check(stem):
    errs = []
    text = open(os.path.join(HERE, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    if "\r" in text:
        errs.append("CR in text")
    try:
        g = json.load(open(os.path.join(HERE, "gold", stem + ".gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa
        return ["invalid JSON: %s" % e]
    if g.get("doc") != stem + ".txt":
        errs.append("doc field")
    if g.get("genre") not in GENRES:
        errs.append("genre %r" % g.get("genre"))
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub):
        errs.append("published %r" % pub)
    if not re.fullmatch(r"\d{6}", str(g.get("area_code", ""))):
        errs.append("area_code")
    if not g.get("jurisdiction"):
        errs.append("jurisdiction")
    pids = {}
    for p in g.get("passages", []):
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append("passage bounds %s" % p["id"])
        pids[p["id"]] = p
    if not pids:
        errs.append("no passages")
    seen = set()
    for i, f in enumerate(g.get("facts", [])):
        tag = "fact %d %r" % (i, f.get("value_text"))
        missing = FIELDS - set(f)
        extra = set(f) - FIELDS - {"notes"}
        if missing or extra:
            errs.append("%s: fields missing %s extra %s" % (tag, missing, extra))
            continue
        vt, s = f["value_text"], f["start"]
        if text[s:s + len(vt)] != vt:
            errs.append("%s: text mismatch" % tag)
        p = pids.get(f["passage"])
        if p is None or not (p["start"] <= s and s + len(vt) <= p["end"]):
            errs.append("%s: outside passage" % tag)
        q = f["quote"]
        if vt not in q:
            errs.append("%s: quote does not contain value" % tag)
        else:
            covered = False
            k = text.find(q)
            while k >= 0:
                if k <= s and s + len(vt) <= k + len(q):
                    covered = True
                    break
                k = text.find(q, k + 1)
            if not covered:
                errs.append("%s: quote does not cover value" % tag)
        m = re.search(r"\d", vt)
        if m:
            a = s + m.start()
            if a > 0 and (text[a - 1].isdigit() or text[a - 1] == "."):
                errs.append("%s: inside a longer number (left)" % tag)
            e = s + len(vt)
            if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or text[e] == "."):
                errs.append("%s: inside a longer number (right)" % tag)
        if f["kind"] not in KINDS:
            errs.append("%s: kind" % tag)
        if f["measure"] not in MEASURES:
            errs.append("%s: measure" % tag)
        if f["comparator"] not in COMPS:
            errs.append("%s: comparator" % tag)
        if f["binding"] not in BINDINGS:
            errs.append("%s: binding" % tag)
        if not isinstance(f["core"], bool):
            errs.append("%s: core" % tag)
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            errs.append("%s: value type" % tag)
        y, ps = f["year"], f["period_start"]
        if y is not None and (not isinstance(y, int) or not 1990 <= y <= 2040):
            errs.append("%s: year" % tag)
        if ps is not None:
            if not isinstance(ps, int) or y is None or ps > y:
                errs.append("%s: period_start" % tag)
        if not isinstance(f["unit"], str):
            errs.append("%s: unit" % tag)
        if not f["indicator"] or not f["jurisdiction"]:
            errs.append("%s: indicator/jurisdiction empty" % tag)
        key = (s, vt)
        if key in seen:
            errs.append("%s: duplicate" % tag)
        seen.add(key)
        # numeric value agrees with the digits printed (sign aside)
        nums = re.findall(r"\d+(?:\.\d+)?", vt)
        if nums and abs(abs(f["value"]) - float(nums[0])) > 1e-9:
            errs.append("%s: value %r vs printed %s" % (tag, f["value"], nums[0]))
    return errs


def main():
    stems = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
    bad = 0
    index = {}
    ip = os.path.join(HERE, "INDEX.tsv")
    if os.path.exists(ip):
        rows = [l.rstrip("\n").split("\t") for l in open(ip, encoding="utf-8")]
        if rows[0] != ["doc", "genre", "facts", "jurisdiction", "published", "split"]:
            print("INDEX.tsv header wrong"); bad += 1
        index = {r[0]: r for r in rows[1:]}
    for s in stems:
        errs = check(s)
        if index:
            r = index.get(s + ".txt")
            g = json.load(open(os.path.join(HERE, "gold", s + ".gold.json"), encoding="utf-8"))
            if r is None:
                errs.append("missing from INDEX.tsv")
            else:
                num = int(s[1:])
                want = [s + ".txt", g["genre"], str(len(g["facts"])), g["jurisdiction"],
                        g["published"] or "None", "dev" if num % 2 else "held"]
                if r != want:
                    errs.append("INDEX row %r != %r" % (r, want))
        print(s, "OK" if not errs else "FAIL")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print("all files pass" if not bad else "%d file(s) fail" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
