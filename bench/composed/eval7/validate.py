"""Validate eval7 gold files against their docs (stdlib only)."""
import json, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table", "plan_midterm_evaluation",
          "plan_final_evaluation", "plan_implementation_report", "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure", "year",
          "period_start", "value", "unit", "comparator", "binding", "core"]
def check(gp):
    errs = []
    g = json.loads(gp.read_text(encoding="utf-8"))
    text = open(HERE / "docs" / g["doc"], encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES: errs.append("genre")
    if not (isinstance(g.get("area_code"), str) and len(g["area_code"]) == 6): errs.append("area_code")
    ps = {p["id"]: p for p in g["passages"]}
    for p in ps.values():
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
        q = f["quote"]
        if vt not in q: errs.append(tag + " quote lacks value")
        p = ps.get(f["passage"])
        if p is None: errs.append(tag + " passage id")
        else:
            ok = any(text.find(q, j) == j and j <= s and s + len(vt) <= j + len(q) and p["start"] <= j and j + len(q) <= p["end"]
                     for j in range(max(0, s - len(q)), s + 1))
            if not ok: errs.append(tag + " quote not around value inside passage")
            if not (p["start"] <= s and s + len(vt) <= p["end"]): errs.append(tag + " outside passage")
        y, y0 = f["year"], f["period_start"]
        for v in (y, y0):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(tag + " year type")
        if y0 is not None and (y is None or y0 > y): errs.append(tag + " period_start > year")
        if s in seen: errs.append(tag + " duplicate start")
        seen.add(s)
    return g, errs
def main(argv):
    files = [pathlib.Path(a) for a in argv] or sorted((HERE / "gold").glob("*.gold.json"))
    bad = 0
    for gp in files:
        g, errs = check(gp)
        print(f"{gp.name}: {len(g['facts'])} facts, {'OK' if not errs else 'ERRORS'}")
        for e in errs: print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
