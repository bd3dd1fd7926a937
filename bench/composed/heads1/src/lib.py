"""Build helper: locate quotes/values in the text with Python, write docs/ and gold/."""
import json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def F(quote, vt, ind, kind, meas, year, ps, value, unit, comp="eq", bind=None, core=True, notes=None, n=None, k=None, jur=None):
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, value=value,
                unit=unit, comp=comp, bind=bind, core=core, notes=notes, n=n, k=k, jur=jur)

def build(stem, text, jurisdiction, genre, published, area_code, passages, facts, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    path = os.path.join(HERE, "docs", stem + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    text = open(path, encoding="utf-8", newline="").read()
    ps = []
    for pid, a, b, what in passages:
        s = text.index(a); assert text.count(a) == 1, (stem, "passage start not unique", a)
        e = text.index(b, s) + len(b); assert text.count(b) == 1, (stem, "passage end not unique", b)
        ps.append({"id": pid, "start": s, "end": e, "what": what})
    out = []
    for f in facts:
        q = f["quote"]
        occ = [m.start() for m in re.finditer(re.escape(q), text)]
        if not occ:
            raise SystemExit(f"{stem}: quote not found: {q}")
        if f["n"] is None and len(occ) != 1:
            raise SystemExit(f"{stem}: quote not unique ({len(occ)}): {q}")
        qs = occ[f["n"] or 0]
        vocc = [m.start() for m in re.finditer(re.escape(f["vt"]), q)]
        if not vocc:
            raise SystemExit(f"{stem}: value {f['vt']} not in quote {q}")
        if len(vocc) > 1 and f["k"] is None:
            raise SystemExit(f"{stem}: value {f['vt']} ambiguous in quote {q}; give k")
        s = qs + vocc[f["k"] or 0]
        pid = None
        for p in ps:
            if p["start"] <= s and s + len(f["vt"]) <= p["end"]:
                pid = p["id"]
        if pid is None:
            raise SystemExit(f"{stem}: fact outside passages: {q}")
        rec = {"passage": pid, "value_text": f["vt"], "start": s, "quote": q,
               "jurisdiction": f["jur"] or jurisdiction, "indicator": f["ind"], "kind": f["kind"],
               "measure": f["meas"], "year": f["year"], "period_start": f["ps"], "value": f["value"],
               "unit": f["unit"], "comparator": f["comp"], "binding": f["bind"], "core": f["core"]}
        if f["notes"]:
            rec["notes"] = f["notes"]
        out.append(rec)
    out.sort(key=lambda r: r["start"])
    g = {"doc": stem + ".txt", "jurisdiction": jurisdiction, "genre": genre, "published": published,
         "area_code": area_code, "passages": ps, "facts": out}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(stem, len(out), "facts", len(text), "chars")
    return g
