"""Helper used to write the composed docs and their gold (offsets computed with Python)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(quote, vt, ind, kind, meas, year, ps, val, unit, cmp="eq", core=False, bind=None, notes=None, jur=None, qocc=0, vocc=0):
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, val=val, unit=unit,
                cmp=cmp, core=core, bind=bind, notes=notes, jur=jur, qocc=qocc, vocc=vocc)

def _nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.index(needle, pos + 1)
    return pos

def build(num, text, jurisdiction, genre, published, area_code, body_anchor, what, facts, end_anchor=None):
    stem = "c%03d" % num
    with open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    text = open(os.path.join(HERE, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    pstart = text.index(body_anchor)
    pend = text.index(end_anchor) if end_anchor else len(text)
    passages = [{"id": "p1", "start": pstart, "end": pend, "what": what}]
    out = []
    for f in facts:
        q = f["quote"]
        if f["qocc"] == 0 and text.count(q) != 1:
            raise SystemExit("%s: quote not unique (%d): %s" % (stem, text.count(q), q))
        qpos = _nth(text, q, f["qocc"])
        start = qpos + _nth(q, f["vt"], f["vocc"])
        rec = {"passage": "p1", "value_text": f["vt"], "start": start, "quote": q,
               "jurisdiction": f["jur"] or jurisdiction, "indicator": f["ind"], "kind": f["kind"],
               "measure": f["meas"], "year": f["year"], "period_start": f["ps"], "value": f["val"],
               "unit": f["unit"], "comparator": f["cmp"], "binding": f["bind"], "core": f["core"]}
        if f["notes"]:
            rec["notes"] = f["notes"]
        out.append(rec)
    starts = [r["start"] for r in out]
    if len(set(starts)) != len(starts):
        dup = sorted(s for s in set(starts) if starts.count(s) > 1)
        raise SystemExit("%s: duplicate starts %s" % (stem, dup))
    out.sort(key=lambda r: r["start"])
    gold = {"doc": stem + ".txt", "jurisdiction": jurisdiction, "genre": genre, "published": published,
            "area_code": area_code, "passages": passages, "facts": out}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, len(text), "chars", len(out), "facts")
    return len(out)
