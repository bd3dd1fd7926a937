"""Validate composed gold files (stdlib only). Usage: python3 validate.py [stems...]"""
import json, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report","work_report_news","communique","plan_outline","plan_table","plan_midterm_evaluation",
          "plan_final_evaluation","plan_implementation_report","sector_plan","statistical_news","other"}
FIELDS = ["passage","value_text","start","quote","jurisdiction","indicator","kind","measure","year",
          "period_start","value","unit","comparator","binding","core"]
def check(gp):
    errs = []
    g = json.load(open(gp, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES: errs.append("genre")
    if not (isinstance(g.get("area_code"), str) and len(g["area_code"]) == 6 and g["area_code"].isdigit()): errs.append("area_code")
    P = {p["id"]: p for p in g["passages"]}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)): errs.append(f"passage {p['id']} range")
    for i, f in enumerate(g["facts"]):
        e = lambda m: errs.append(f"fact {i} {f.get('value_text')}: {m}")
        for k in FIELDS:
            if k not in f: e("missing " + k)
        if f["kind"] not in ("actual","target"): e("kind")
        if f["measure"] not in ("level","growth","change"): e("measure")
        if f["comparator"] not in ("eq","ge","le","approx"): e("comparator")
        if f["binding"] not in (None,"expected","binding"): e("binding")
        if not isinstance(f["core"], bool): e("core")
        if not isinstance(f["value"], (int,float)) or isinstance(f["value"], bool): e("value")
        if not isinstance(f["unit"], str): e("unit")
        s, vt = f["start"], f["value_text"]
        if text[s:s+len(vt)] != vt: e("value_text not at start")
        q = f["quote"]
        if vt not in q: e("quote lacks value")
        p = P.get(f["passage"])
        if p is None: e("passage id")
        else:
            seg = text[p["start"]:p["end"]]
            if q not in seg: e("quote not in passage")
            else:
                ok = False; j = text.find(q, p["start"])
                while j != -1 and j + len(q) <= p["end"]:
                    if j <= s and s + len(vt) <= j + len(q): ok = True; break
                    j = text.find(q, j + 1)
                if not ok: e("value not inside an occurrence of quote")
            if not (p["start"] <= s and s + len(vt) <= p["end"]): e("value outside passage")
        y, ps = f["year"], f["period_start"]
        for v in (y, ps):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): e("year type")
        if ps is not None and (y is None or ps > y): e("period_start > year")
    starts = [f["start"] for f in g["facts"]]
    if len(starts) != len(set(starts)): errs.append("duplicate starts")
    return g, errs
if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    for st in stems:
        g, errs = check(os.path.join(HERE, "gold", st + ".gold.json"))
        print(st, len(g["facts"]), "facts", "OK" if not errs else errs)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
