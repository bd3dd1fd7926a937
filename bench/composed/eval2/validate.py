"""Validate gold/*.gold.json against docs/*.txt (stdlib only). Usage: python3 validate.py [stems]"""
import json, os, sys, glob

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
    if g.get("genre") not in GENRES:
        errs.append("genre %r" % g.get("genre"))
    ac = g.get("area_code")
    if not (isinstance(ac, str) and len(ac) == 6 and ac.isdigit()):
        errs.append("area_code %r" % ac)
    pas = {p["id"]: p for p in g["passages"]}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append("passage bounds %r" % p)
    seen = set()
    for i, f in enumerate(g["facts"]):
        w = "fact %d %r: " % (i, f.get("value_text"))
        for k in FIELDS:
            if k not in f:
                errs.append(w + "missing " + k)
        if f["kind"] not in ("actual", "target"): errs.append(w + "kind")
        if f["measure"] not in ("level", "growth", "change"): errs.append(w + "measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"): errs.append(w + "comparator")
        if f["binding"] not in ("expected", "binding", None): errs.append(w + "binding")
        if not isinstance(f["core"], bool): errs.append(w + "core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errs.append(w + "value")
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt: errs.append(w + "offset")
        # the value must not be cut out of a longer number
        if s > 0 and vt[:1].isdigit() and (text[s - 1].isdigit() or text[s - 1] == "."): errs.append(w + "cut from a longer number (left)")
        e = s + len(vt)
        if e < len(text) and vt[-1:].isdigit() and (text[e].isdigit() or (text[e] == "." and text[e + 1:e + 2].isdigit())): errs.append(w + "cut from a longer number (right)")
        q = f["quote"]
        if vt not in q: errs.append(w + "quote lacks value")
        p = pas.get(f["passage"])
        if p is None:
            errs.append(w + "passage id")
        else:
            seg = text[p["start"]:p["end"]]
            if q not in seg: errs.append(w + "quote not in passage")
            ok = False
            j = text.find(q, p["start"])
            while j != -1 and j + len(q) <= p["end"]:
                if j <= s and s + len(vt) <= j + len(q): ok = True
                j = text.find(q, j + 1)
            if not ok: errs.append(w + "quote does not cover value")
        y, ps = f["year"], f["period_start"]
        for v in (y, ps):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(w + "year type")
        if ps is not None and (y is None or ps > y): errs.append(w + "period_start > year")
        if (s, vt) in seen: errs.append(w + "duplicate")
        seen.add((s, vt))
    return g, errs


if __name__ == "__main__":
    stems = sys.argv[1:] or [os.path.basename(p)[:-10] for p in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))]
    bad = 0
    for st in stems:
        g, errs = check(os.path.join(HERE, "gold", st + ".gold.json"))
        print(st, len(g["facts"]), "facts", "OK" if not errs else "ERRORS")
        for e in errs:
            print("  ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)
