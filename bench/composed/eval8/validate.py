"""Validate the eval8 gold files against their documents (stdlib only)."""
import json, os, sys, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(ROOT, "docs", g["doc"]), encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES:
        errs.append("genre %r" % g.get("genre"))
    ac = g.get("area_code")
    if not (isinstance(ac, str) and len(ac) == 6 and ac.isdigit()):
        errs.append("area_code %r" % ac)
    pub = g.get("published")
    if pub is not None and not (isinstance(pub, str) and len(pub) in (4, 7, 10)):
        errs.append("published %r" % pub)
    ps = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append("passage bounds %r" % p)
        ps[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = "fact %d %r" % (i, f.get("value_text"))
        for k in FIELDS:
            if k not in f:
                errs.append(tag + " missing " + k)
        if f["kind"] not in ("actual", "target"):
            errs.append(tag + " kind")
        if f["measure"] not in ("level", "growth", "change"):
            errs.append(tag + " measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"):
            errs.append(tag + " comparator")
        if f["binding"] not in ("expected", "binding", None):
            errs.append(tag + " binding")
        if not isinstance(f["core"], bool):
            errs.append(tag + " core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            errs.append(tag + " value")
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt:
            errs.append(tag + " offset mismatch: %r" % text[s:s + len(vt)])
        q = f["quote"]
        if vt not in q:
            errs.append(tag + " quote lacks value")
        p = ps.get(f["passage"])
        if p is None:
            errs.append(tag + " passage id")
        else:
            ptxt = text[p["start"]:p["end"]]
            if q not in ptxt:
                errs.append(tag + " quote not in passage")
            if not (p["start"] <= s and s + len(vt) <= p["end"]):
                errs.append(tag + " value outside passage")
            # the quote occurrence must cover the value
            ok = False
            j = text.find(q)
            while j >= 0:
                if j <= s and s + len(vt) <= j + len(q):
                    ok = True
                    break
                j = text.find(q, j + 1)
            if not ok:
                errs.append(tag + " no quote occurrence covers the value")
        y, pst = f["year"], f["period_start"]
        for v, nm in ((y, "year"), (pst, "period_start")):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
                errs.append(tag + " " + nm + " type")
        if y is not None and pst is not None and isinstance(y, int) and isinstance(pst, int) and pst > y:
            errs.append(tag + " period_start > year")
        if s in seen:
            errs.append(tag + " duplicate start")
        seen.add(s)
    return g, errs


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "gold", "*.gold.json")))
    bad = 0
    total = 0
    for path in files:
        g, errs = check(path)
        total += len(g["facts"])
        print("%s: %d facts, %s" % (os.path.basename(path), len(g["facts"]), "OK" if not errs else "%d errors" % len(errs)))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print("files %d, facts %d, bad %d" % (len(files), total, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
