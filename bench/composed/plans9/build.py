"""Build gold/cNNN.gold.json from spec/cNNN.py: offsets computed with Python str.index."""
import json, sys, importlib.util, pathlib
HERE = pathlib.Path(__file__).parent
def build(stem):
    spec = importlib.util.spec_from_file_location(stem, HERE / "spec" / f"{stem}.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = open(HERE / "docs" / f"{stem}.txt", encoding="utf-8", newline="").read()
    meta = m.META
    passages = []
    for i, (a, b, w) in enumerate(meta.get("plist") or [(meta["pstart"], meta.get("pend"), meta["what"])]):
        s0 = text.index(a); e0 = len(text) if b is None else text.index(b, s0) + len(b)
        passages.append({"id": f"p{i+1}", "start": s0, "end": e0, "what": w})
    ps = passages[0]["start"]
    facts = []; cur = ps
    for row in m.F:
        vt, quote, ind, kind, meas, year, pstart, value, unit, comp, core = row[:11]
        extra = row[11] if len(row) > 11 else {}
        qi = text.index(quote, cur)
        vi = qi + quote.index(vt) if "vt_at" not in extra else qi + extra["vt_at"]
        assert text[vi:vi+len(vt)] == vt
        cur = qi
        pid = [p["id"] for p in passages if p["start"] <= vi < p["end"]][0]
        f = {"passage": pid, "value_text": vt, "start": vi, "quote": quote,
             "jurisdiction": extra.get("j", meta["jurisdiction"]), "indicator": ind, "kind": kind,
             "measure": meas, "year": year, "period_start": pstart, "value": value, "unit": unit,
             "comparator": comp, "binding": extra.get("b"), "core": core}
        if extra.get("n"): f["notes"] = extra["n"]
        facts.append(f)
    starts = [f["start"] for f in facts]
    assert len(set(starts)) == len(starts), "duplicate start"
    g = {"doc": f"{stem}.txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
         "published": meta["published"], "area_code": meta["area_code"], "passages": passages, "facts": facts}
    json.dump(g, open(HERE / "gold" / f"{stem}.gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(stem, len(text), "chars", len(facts), "facts")
for s in sys.argv[1:]: build(s)
