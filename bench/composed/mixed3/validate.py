"""Check the mixed3 gold files against their documents (stdlib only): python3 validate.py"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(gpath):
    errs = []
    g = json.load(open(gpath, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    for k in ("doc", "jurisdiction", "genre", "published", "area_code", "passages", "facts"):
        if k not in g:
            errs.append("missing document field " + k)
    if g.get("genre") not in GENRES:
        errs.append("bad genre %r" % g.get("genre"))
    ac = g.get("area_code")
    if not (isinstance(ac, str) and len(ac) == 6 and ac.isdigit()):
        errs.append("bad area_code %r" % ac)
    pub = g.get("published")
    if pub is not None and not (isinstance(pub, str) and len(pub) in (4, 7, 10)):
        errs.append("bad published %r" % pub)
    passages = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append("passage %s out of range" % p["id"])
        passages[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = "fact %d %r" % (i, f.get("value_text"))
        for k in FIELDS:
            if k not in f:
                errs.append(tag + ": missing " + k)
        if set(f) - set(FIELDS) - {"notes"}:
            errs.append(tag + ": extra fields %s" % (set(f) - set(FIELDS) - {"notes"}))
        if f.get("kind") not in ("actual", "target"):
            errs.append(tag + ": bad kind")
        if f.get("measure") not in ("level", "growth", "change"):
            errs.append(tag + ": bad measure")
        if f.get("comparator") not in ("eq", "ge", "le", "approx"):
            errs.append(tag + ": bad comparator")
        if f.get("binding") not in ("expected", "binding", None):
            errs.append(tag + ": bad binding")
        if not isinstance(f.get("core"), bool):
            errs.append(tag + ": core not bool")
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            errs.append(tag + ": value not a number")
        if not isinstance(f.get("unit"), str):
            errs.append(tag + ": unit not a string")
        for k in ("indicator", "jurisdiction", "quote", "value_text"):
            if not isinstance(f.get(k), str) or not f.get(k):
                errs.append(tag + ": empty " + k)
        y, ps = f.get("year"), f.get("period_start")
        for k, v in (("year", y), ("period_start", ps)):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
                errs.append(tag + ": %s not int/null" % k)
        if isinstance(y, int) and isinstance(ps, int) and ps > y:
            errs.append(tag + ": period_start > year")
        if ps is not None and y is None:
            errs.append(tag + ": period_start without year")
        s, vt, q = f["start"], f["value_text"], f["quote"]
        if text[s:s + len(vt)] != vt:
            errs.append(tag + ": text at start is %r" % text[s:s + len(vt)])
        if vt not in q:
            errs.append(tag + ": quote does not contain value_text")
        p = passages.get(f["passage"])
        if p is None:
            errs.append(tag + ": unknown passage")
            continue
        if not (p["start"] <= s and s + len(vt) <= p["end"]):
            errs.append(tag + ": value outside passage")
        ok = False
        pos = text.find(q, p["start"])
        while pos != -1 and pos + len(q) <= p["end"]:
            if pos <= s and s + len(vt) <= pos + len(q):
                ok = True
                break
            pos = text.find(q, pos + 1)
        if not ok:
            errs.append(tag + ": no occurrence of the quote in the passage covers the value")
        key = (s, vt)
        if key in seen:
            errs.append(tag + ": duplicate")
        seen.add(key)
    return g, errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    total = 0
    for gp in files:
        g, errs = check(gp)
        total += len(g["facts"])
        print("%s %3d facts %s" % (os.path.basename(gp), len(g["facts"]), "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print("%d files, %d facts, %d failing" % (len(files), total, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
