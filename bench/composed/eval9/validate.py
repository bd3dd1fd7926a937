"""Validate eval9 gold files (stdlib only): python3 validate.py [cNNN ...]"""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table", "plan_midterm_evaluation",
          "plan_final_evaluation", "plan_implementation_report", "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure", "year",
          "period_start", "value", "unit", "comparator", "binding", "core"]

def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES: errs.append("genre")
    if not (isinstance(g.get("area_code"), str) and len(g["area_code"]) == 6): errs.append("area_code")
    ps = {p["id"]: p for p in g["passages"]}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)): errs.append("passage bounds " + p["id"])
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = f"fact {i} {f.get('value_text')!r}"
        for k in FIELDS:
            if k not in f: errs.append(f"{tag}: missing {k}")
        if f["kind"] not in ("actual", "target"): errs.append(tag + " kind")
        if f["measure"] not in ("level", "growth", "change"): errs.append(tag + " measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"): errs.append(tag + " comparator")
        if f["binding"] not in ("expected", "binding", None): errs.append(tag + " binding")
        if not isinstance(f["core"], bool): errs.append(tag + " core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errs.append(tag + " value")
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt: errs.append(tag + " offset")
        if vt not in f["quote"]: errs.append(tag + " quote lacks value")
        p = ps.get(f["passage"])
        if p is None: errs.append(tag + " passage id")
        else:
            seg = text[p["start"]:p["end"]]
            if f["quote"] not in seg: errs.append(tag + " quote not in passage")
            if not (p["start"] <= s and s + len(vt) <= p["end"]): errs.append(tag + " value outside passage")
            # the quote occurrence must cover the value
            ok = False; pos = text.find(f["quote"])
            while pos != -1:
                if pos <= s and s + len(vt) <= pos + len(f["quote"]): ok = True; break
                pos = text.find(f["quote"], pos + 1)
            if not ok: errs.append(tag + " no quote occurrence covers value")
        for k in ("year", "period_start"):
            if f[k] is not None and (not isinstance(f[k], int) or isinstance(f[k], bool)): errs.append(tag + " " + k)
        if f["year"] is not None and f["period_start"] is not None and f["period_start"] > f["year"]:
            errs.append(tag + " period_start > year")
        # the value must not start or end inside a longer number
        if s > 0 and (text[s-1].isdigit() or (text[s-1] == "." and vt[0].isdigit())): errs.append(tag + " starts inside a number")
        e = s + len(vt)
        if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or (text[e] == "." and e + 1 < len(text) and text[e+1].isdigit())):
            errs.append(tag + " ends inside a number")
        if (s, vt) in seen: errs.append(tag + " duplicate")
        seen.add((s, vt))
    return g, errs

if __name__ == "__main__":
    stems = sys.argv[1:] or [os.path.basename(p)[:-10] for p in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))]
    bad = 0
    for st in stems:
        g, errs = check(os.path.join(HERE, "gold", st + ".gold.json"))
        print(st, len(g["facts"]), "facts", "OK" if not errs else "ERRORS")
        for e in errs: print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
