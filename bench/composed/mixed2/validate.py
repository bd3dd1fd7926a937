"""Validate the mixed2 gold files (stdlib only). Usage: python3 validate.py [gold files...]"""
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
    doc = os.path.join(HERE, "docs", g["doc"])
    text = open(doc, encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES: errs.append("genre %r" % g.get("genre"))
    if g.get("published") is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", g["published"]): errs.append("published")
    if not re.fullmatch(r"\d{6}", g.get("area_code") or ""): errs.append("area_code")
    if not g.get("jurisdiction"): errs.append("jurisdiction")
    ps = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)): errs.append("passage range %s" % p["id"])
        ps[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = "fact %d %r" % (i, f.get("value_text"))
        for k in FIELDS:
            if k not in f: errs.append("%s missing %s" % (tag, k))
        if f["kind"] not in ("actual", "target"): errs.append(tag + " kind")
        if f["measure"] not in ("level", "growth", "change"): errs.append(tag + " measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"): errs.append(tag + " comparator")
        if f["binding"] not in ("expected", "binding", None): errs.append(tag + " binding")
        if not isinstance(f["core"], bool): errs.append(tag + " core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errs.append(tag + " value")
        if not isinstance(f["unit"], str): errs.append(tag + " unit")
        vt, s = f["value_text"], f["start"]
        if text[s:s + len(vt)] != vt: errs.append(tag + " offset")
        if vt not in f["quote"]: errs.append(tag + " quote lacks value")
        p = ps.get(f["passage"])
        if p is None: errs.append(tag + " passage id")
        else:
            seg = text[p["start"]:p["end"]]
            if f["quote"] not in seg: errs.append(tag + " quote not in passage")
            if not (p["start"] <= s and s + len(vt) <= p["end"]): errs.append(tag + " value outside passage")
            # the quote occurrence must cover the value
            ok = False
            pos = text.find(f["quote"], p["start"])
            while pos != -1 and pos < p["end"]:
                if pos <= s and s + len(vt) <= pos + len(f["quote"]): ok = True; break
                pos = text.find(f["quote"], pos + 1)
            if not ok: errs.append(tag + " no quote occurrence covers the value")
        y, py = f["year"], f["period_start"]
        for v in (y, py):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(tag + " year type")
        if isinstance(y, int) and isinstance(py, int) and py > y: errs.append(tag + " period_start > year")
        if py is not None and y is None: errs.append(tag + " period_start without year")
        if (s, vt) in seen: errs.append(tag + " duplicate")
        seen.add((s, vt))
    return g, errs

def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    for p in paths:
        g, errs = check(p)
        print("%s: %d facts, %s" % (os.path.basename(p), len(g["facts"]), "OK" if not errs else "%d errors" % len(errs)))
        for e in errs: print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main(sys.argv[1:])
