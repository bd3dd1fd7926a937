"""Build gold JSON from per-document fact lists (offsets computed with Python).

Usage: python3 src/build.py c161 [c162 ...]
Each src/gCNNN.py defines META (dict) and FACTS (list of F(...) calls).
"""
import json, sys, os, re, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class F:
    def __init__(self, quote, vt, ind, kind, measure, year, ps, value, unit,
                 comp="eq", binding=None, core=True, notes=None, jur=None, n=0, vi=0, passage="p1"):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def find_nth(text, s, n):
    pos = -1
    for _ in range(n + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            raise ValueError("not found (n=%d): %r" % (n, s))
    return pos


def build(stem):
    spec = importlib.util.spec_from_file_location("g" + stem, os.path.join(HERE, "g%s.py" % stem))
    mod = importlib.util.module_from_spec(spec)
    mod.F = F
    spec.loader.exec_module(mod)
    meta = mod.META
    text = open(os.path.join(ROOT, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    passages = []
    for p in meta["passages"]:
        st = text.index(p["start_at"]) if p.get("start_at") else 0
        en = (text.index(p["end_at"]) + len(p["end_at"])) if p.get("end_at") else len(text)
        passages.append({"id": p["id"], "start": st, "end": en, "what": p["what"]})
    facts = []
    for f in mod.FACTS:
        qs = find_nth(text, f.quote, f.n)
        vs = qs + find_nth(f.quote, f.vt, f.vi)
        rec = {"passage": f.passage, "value_text": f.vt, "start": vs, "quote": f.quote,
               "jurisdiction": f.jur or meta["jurisdiction"], "indicator": f.ind, "kind": f.kind,
               "measure": f.measure, "year": f.year, "period_start": f.ps, "value": f.value,
               "unit": f.unit, "comparator": f.comp, "binding": f.binding, "core": f.core}
        if f.notes:
            rec["notes"] = f.notes
        facts.append(rec)
    facts.sort(key=lambda r: r["start"])
    starts = [r["start"] for r in facts]
    dup = {s for s in starts if starts.count(s) > 1}
    if dup:
        print(stem, "WARNING duplicate starts", dup)
    out = {"doc": stem + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
           "published": meta["published"], "area_code": meta["area_code"], "passages": passages,
           "facts": facts}
    json.dump(out, open(os.path.join(ROOT, "gold", stem + ".gold.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    # report digit runs not covered by any fact, for a completeness review
    covered = set()
    for r in facts:
        covered.update(range(r["start"], r["start"] + len(r["value_text"])))
    unc = []
    for m in re.finditer(r"[0-9０-９][0-9０-９.,，]*", text):
        if not any(i in covered for i in range(m.start(), m.end())):
            unc.append(text[max(0, m.start() - 6):m.end() + 4].replace("\n", "/"))
    print(stem, len(text), "chars", len(facts), "facts")
    print("  uncovered:", " | ".join(unc))


if __name__ == "__main__":
    for s in sys.argv[1:]:
        build(s)
