"""Build gold/cNNN.gold.json from specs/cNNN.py: offsets computed from the text, never by hand.

A spec module defines META (doc-level fields), PASSAGES (list of (start_anchor, end_anchor, what):
the passage runs from the first char of start_anchor to the end of end_anchor; None = text start/end),
and FACTS: list of F(...) calls.  F(anchor, value_text, indicator, kind, measure, year, period_start,
value, unit, comparator='eq', binding=None, core=True, notes=None, jur=None, nth=0, quote=None):
anchor must occur exactly once in the text; value_text is found inside it (nth-th occurrence);
quote defaults to the anchor.
"""
import json, sys, importlib.util, pathlib

HERE = pathlib.Path(__file__).resolve().parent


def F(anchor, value_text, indicator, kind, measure, year, period_start, value, unit,
      comparator="eq", binding=None, core=True, notes=None, jur=None, nth=0, quote=None):
    return dict(anchor=anchor, value_text=value_text, indicator=indicator, kind=kind, measure=measure,
                year=year, period_start=period_start, value=value, unit=unit, comparator=comparator,
                binding=binding, core=core, notes=notes, jur=jur, nth=nth, quote=quote)


def build(stem):
    text = open(HERE / "docs" / f"{stem}.txt", encoding="utf-8", newline="").read()
    spec_path = HERE / "specs" / f"{stem}.py"
    spec = importlib.util.spec_from_file_location(stem, spec_path)
    mod = importlib.util.module_from_spec(spec)
    mod.F = F
    spec.loader.exec_module(mod)
    meta = mod.META
    passages = []
    for i, (a, b, what) in enumerate(mod.PASSAGES, 1):
        s = 0 if a is None else text.index(a)
        e = len(text) if b is None else text.index(b, s) + len(b)
        passages.append({"id": f"p{i}", "start": s, "end": e, "what": what})
    facts = []
    for f in mod.FACTS:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            sys.exit(f"{stem}: anchor occurs {n} times: {a!r}")
        astart = text.index(a)
        pos = -1
        for _ in range(f["nth"] + 1):
            pos = a.index(f["value_text"], pos + 1)
        start = astart + pos
        pid = next(p["id"] for p in passages if p["start"] <= start < p["end"])
        rec = {"passage": pid, "value_text": f["value_text"], "start": start,
               "quote": f["quote"] or a, "jurisdiction": f["jur"] or meta["jurisdiction"],
               "indicator": f["indicator"], "kind": f["kind"], "measure": f["measure"],
               "year": f["year"], "period_start": f["period_start"], "value": f["value"],
               "unit": f["unit"], "comparator": f["comparator"], "binding": f["binding"],
               "core": f["core"]}
        if f["notes"]:
            rec["notes"] = f["notes"]
        facts.append(rec)
    facts.sort(key=lambda r: r["start"])
    out = {"doc": f"{stem}.txt", **meta, "passages": passages, "facts": facts}
    with open(HERE / "gold" / f"{stem}.gold.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, len(text), "chars", len(facts), "facts")


if __name__ == "__main__":
    for stem in sys.argv[1:]:
        build(stem)
