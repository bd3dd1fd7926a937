"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.py (offsets computed with str.index)."""
import json, sys, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(vt, q, ind, kind, meas, year, ps, val, unit, cmp="eq", bind=None, core=True, notes=None, jur=None, n=0, passage="p1"):
    return dict(vt=vt, q=q, ind=ind, kind=kind, meas=meas, year=year, ps=ps, val=val, unit=unit,
                cmp=cmp, bind=bind, core=core, notes=notes, jur=jur, n=n, passage=passage)

def _find_value(q, vt):
    """first occurrence of vt in q that does not start or end inside a longer number"""
    i = q.find(vt)
    while i != -1:
        before = q[i-1] if i > 0 else ""
        after = q[i+len(vt)] if i + len(vt) < len(q) else ""
        bad = (before.isdigit() or (before == "." and vt[0].isdigit())) or (vt[-1].isdigit() and after.isdigit())
        if not bad:
            return i
        i = q.find(vt, i + 1)
    raise ValueError(f"{vt!r} not found on a number boundary in {q!r}")

def build(stem):
    spec_path = os.path.join(HERE, "specs", stem + ".py")
    spec = importlib.util.spec_from_file_location(stem, spec_path)
    m = importlib.util.module_from_spec(spec); m.F = F; spec.loader.exec_module(m)
    text = open(os.path.join(HERE, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    passages = []
    for pid, start_marker, end_marker, what in m.PASSAGES:
        s = text.index(start_marker) if start_marker else 0
        e = (text.index(end_marker) + len(end_marker)) if end_marker else len(text.rstrip("\n"))
        passages.append({"id": pid, "start": s, "end": e, "what": what})
    facts = []
    for f in m.FACTS:
        pos = -1
        for _ in range(f["n"] + 1):
            pos = text.index(f["q"], pos + 1)
        start = pos + _find_value(f["q"], f["vt"])
        rec = {"passage": f["passage"], "value_text": f["vt"], "start": start, "quote": f["q"],
               "jurisdiction": f["jur"] or m.JURISDICTION, "indicator": f["ind"], "kind": f["kind"],
               "measure": f["meas"], "year": f["year"], "period_start": f["ps"], "value": f["val"],
               "unit": f["unit"], "comparator": f["cmp"], "binding": f["bind"], "core": f["core"]}
        if f["notes"]:
            rec["notes"] = f["notes"]
        facts.append(rec)
    facts.sort(key=lambda r: r["start"])
    out = {"doc": stem + ".txt", "jurisdiction": m.JURISDICTION, "genre": m.GENRE, "published": m.PUBLISHED,
           "area_code": m.AREA_CODE, "passages": passages, "facts": facts}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(stem, len(text), "chars", len(facts), "facts")

if __name__ == "__main__":
    for s in sys.argv[1:]:
        build(s)
