"""Validate the composed gold set (stdlib only): python3 validate.py [gold files...]"""
import glob, json, os, re, sys

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
    if g.get("genre") not in GENRES: errs.append(f"genre {g.get('genre')}")
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub): errs.append(f"published {pub}")
    if not re.fullmatch(r"\d{6}", g.get("area_code") or ""): errs.append("area_code")
    P = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)): errs.append(f"passage {p['id']} bounds")
        P[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = f"fact {i} {f.get('value_text')!r}"
        for k in FIELDS:
            if k not in f: errs.append(f"{tag}: missing {k}")
        p = P.get(f["passage"])
        if p is None: errs.append(f"{tag}: passage"); continue
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt: errs.append(f"{tag}: offset")
        if not (p["start"] <= s and s + len(vt) <= p["end"]): errs.append(f"{tag}: outside passage")
        q = f["quote"]
        if vt not in q: errs.append(f"{tag}: quote lacks value")
        seg = text[p["start"]:p["end"]]
        ok = False
        qs = seg.find(q)
        while qs >= 0:
            if p["start"] + qs <= s and s + len(vt) <= p["start"] + qs + len(q): ok = True; break
            qs = seg.find(q, qs + 1)
        if not ok: errs.append(f"{tag}: quote not around value inside passage")
        if f["kind"] not in ("actual", "target"): errs.append(f"{tag}: kind")
        if f["measure"] not in ("level", "growth", "change"): errs.append(f"{tag}: measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"): errs.append(f"{tag}: comparator")
        if f["binding"] not in ("expected", "binding", None): errs.append(f"{tag}: binding")
        if not isinstance(f["core"], bool): errs.append(f"{tag}: core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errs.append(f"{tag}: value")
        y, ps = f["year"], f["period_start"]
        for v in (y, ps):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(f"{tag}: year type")
        if ps is not None and (y is None or ps > y): errs.append(f"{tag}: period_start > year")
        if not f["indicator"] or not f["jurisdiction"]: errs.append(f"{tag}: empty indicator/jurisdiction")
        if "notes" in f and not isinstance(f["notes"], str): errs.append(f"{tag}: notes")
        key = (s, vt)
        if key in seen: errs.append(f"{tag}: duplicate")
        seen.add(key)
    return g, errs


def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    for gp in paths:
        g, errs = check(gp)
        print(f"{os.path.basename(gp)}: {len(g['facts'])} facts, {'OK' if not errs else str(len(errs)) + ' errors'}")
        for e in errs: print("   ", e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
