"""Validate plans5 gold files against their documents (stdlib only)."""
import json, sys, pathlib, collections
HERE = pathlib.Path(__file__).parent
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]
errs = 0
def err(*a):
    global errs; errs += 1; print("ERROR", *a)
files = sorted((HERE / "gold").glob("*.gold.json")) if len(sys.argv) < 2 else [HERE / "gold" / f"{s}.gold.json" for s in sys.argv[1:]]
for gp in files:
    g = json.loads(gp.read_text(encoding="utf-8"))
    text = open(HERE / "docs" / g["doc"], encoding="utf-8", newline="").read()
    if g["genre"] not in GENRES: err(gp.name, "genre", g["genre"])
    if not (isinstance(g["area_code"], str) and len(g["area_code"]) == 6 and g["area_code"].isdigit()): err(gp.name, "area_code")
    ps = {p["id"]: p for p in g["passages"]}
    seen = collections.Counter()
    for f in g["facts"]:
        for k in FIELDS:
            if k not in f: err(gp.name, "missing", k, f.get("value_text"))
        p = ps.get(f["passage"])
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt: err(gp.name, "offset", vt, s)
        if vt not in f["quote"]: err(gp.name, "quote lacks value", vt)
        qi = text.find(f["quote"], max(0, s - len(f["quote"])))
        if qi < 0 or not (qi <= s and s + len(vt) <= qi + len(f["quote"])): err(gp.name, "quote not around value", vt, s)
        if p is None or not (p["start"] <= qi and qi + len(f["quote"]) <= p["end"]): err(gp.name, "quote outside passage", vt)
        if f["kind"] not in ("actual", "target"): err(gp.name, "kind", vt)
        if f["measure"] not in ("level", "growth", "change"): err(gp.name, "measure", vt)
        if f["comparator"] not in ("eq", "ge", "le", "approx"): err(gp.name, "comparator", vt)
        if f["binding"] not in (None, "expected", "binding"): err(gp.name, "binding", vt)
        if not isinstance(f["core"], bool): err(gp.name, "core", vt)
        if not isinstance(f["value"], (int, float)): err(gp.name, "value", vt)
        for k in ("year", "period_start"):
            if f[k] is not None and not isinstance(f[k], int): err(gp.name, k, vt)
        if f["period_start"] is not None and (f["year"] is None or f["period_start"] > f["year"]): err(gp.name, "period", vt)
        seen[s] += 1
        e = s + len(vt)
        if (s > 0 and (text[s - 1].isdigit() or text[s - 1] == ".")) or (vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or text[e] == ".")):
            print("note", gp.name, "value glued to another digit (check it is intended):", repr(text[max(0, s - 6):e + 4]))
    for s, c in seen.items():
        if c > 1: print("note", gp.name, "two facts at", s, repr(text[s:s+8]))
    print(gp.name, len(g["facts"]), "facts ok" if not errs else "")
sys.exit(1 if errs else 0)
