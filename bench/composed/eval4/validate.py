"""Validate gold/*.gold.json against docs/*.txt (stdlib only). Usage: python3 validate.py [files]"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    n = len(text)
    if not 1500 <= n <= 3500:
        errs.append("length %d outside 1500-3500" % n)
    if g.get("genre") not in GENRES:
        errs.append("bad genre %r" % g.get("genre"))
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub):
        errs.append("bad published %r" % pub)
    if not re.fullmatch(r"\d{6}", str(g.get("area_code"))):
        errs.append("bad area_code")
    if not g.get("jurisdiction"):
        errs.append("no jurisdiction")
    pas = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= n):
            errs.append("bad passage %s" % p["id"])
        pas[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = "fact %d %r" % (i, f.get("value_text"))
        miss = [k for k in FIELDS if k not in f]
        if miss:
            errs.append("%s missing %s" % (tag, miss)); continue
        s, vt, q = f["start"], f["value_text"], f["quote"]
        if text[s:s + len(vt)] != vt:
            errs.append("%s: offset mismatch %r" % (tag, text[s:s + len(vt)]))
        if vt not in q:
            errs.append("%s: quote lacks value" % tag)
        p = pas.get(f["passage"])
        if p is None:
            errs.append("%s: unknown passage" % tag)
        else:
            qs = text.find(q, max(0, s - len(q)), s + len(q) + len(vt))
            ok = False
            while qs != -1 and qs <= s:
                if qs + len(q) >= s + len(vt) and q.find(vt, s - qs) == s - qs:
                    ok = True; break
                qs = text.find(q, qs + 1)
            if not ok:
                errs.append("%s: quote does not cover the value at its offset" % tag)
            elif not (p["start"] <= qs and qs + len(q) <= p["end"]):
                errs.append("%s: quote outside passage" % tag)
        if f["kind"] not in ("actual", "target"): errs.append("%s: kind" % tag)
        if f["measure"] not in ("level", "growth", "change"): errs.append("%s: measure" % tag)
        if f["comparator"] not in ("eq", "ge", "le", "approx"): errs.append("%s: comparator" % tag)
        if f["binding"] not in ("expected", "binding", None): errs.append("%s: binding" % tag)
        if not isinstance(f["core"], bool): errs.append("%s: core" % tag)
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errs.append("%s: value" % tag)
        if not isinstance(f["unit"], str): errs.append("%s: unit" % tag)
        y, ps = f["year"], f["period_start"]
        for v in (y, ps):
            if v is not None and (not isinstance(v, int) or not 1990 <= v <= 2040):
                errs.append("%s: year %r" % (tag, v))
        if ps is not None and (y is None or ps > y):
            errs.append("%s: period_start %r > year %r" % (tag, ps, y))
        if not f["indicator"] or not f["jurisdiction"]:
            errs.append("%s: empty indicator/jurisdiction" % tag)
        key = (s, f["indicator"])
        if key in seen: errs.append("%s: duplicate" % tag)
        seen.add(key)
    return g, errs


if __name__ == "__main__":
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    for pth in paths:
        g, errs = check(pth)
        print("%s: %d facts, %s" % (os.path.basename(pth), len(g["facts"]), "OK" if not errs else "%d errors" % len(errs)))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
