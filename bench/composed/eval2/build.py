"""Build docs/cNNN.txt and gold/cNNN.gold.json from specs/cNNN.py (stdlib only).

Each spec holds META, TEXT and FACTS; a fact is given by a verbatim quote (unique in the text)
and its value_text (the k-th occurrence inside the quote); every offset is computed here.
Usage: python3 build.py c501 c502 ...
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"萬人": "万人", "億元": "亿元", "萬元": "万元", "個百分點": "个百分点", "萬噸": "万吨", "項": "项",
         "個": "个", "萬畝": "万亩", "公裏": "公里", "萬千瓦": "万千瓦"}


def F(quote, vt, ind, kind, measure, year, ps=None, cmp="eq", unit=None, value=None, neg=False,
      binding=None, core=True, notes=None, jur=None, k=0):
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, measure=measure, year=year, ps=ps, cmp=cmp,
                unit=unit, value=value, neg=neg, binding=binding, core=core, notes=notes, jur=jur, k=k)


def parse(vt):
    m = re.match(r"^[\[（(]?(-?\d+(?:\.\d+)?)(.*)$", vt)
    if not m:
        raise ValueError("no number in %r" % vt)
    num = float(m.group(1))
    if num == int(num) and "." not in m.group(1):
        num = int(num)
    rest = m.group(2)
    for w in ("]", "）", ")", "左右", "以上", "以内", "以下"):
        rest = rest.replace(w, "")
    return num, UNITS.get(rest, rest)


def build(stem):
    ns = {"F": F}
    exec(open(os.path.join(HERE, "specs", stem + ".py"), encoding="utf-8").read(), ns)
    text = ns["TEXT"].lstrip("\n")
    meta = ns["META"]
    path = os.path.join(HERE, "docs", stem + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    text = open(path, encoding="utf-8", newline="").read()
    passages = []
    for pid, a, b, what in meta["passages"]:
        s = text.index(a) if a else 0
        e = (text.index(b, s) + len(b)) if b else len(text)
        passages.append({"id": pid, "start": s, "end": e, "what": what})
    facts = []
    for f in ns["FACTS"]:
        q = f["quote"]
        if text.count(q) != 1:
            raise SystemExit("%s: quote occurs %d times: %r" % (stem, text.count(q), q))
        qs = text.index(q)
        pos = -1
        for _ in range(f["k"] + 1):
            pos = q.index(f["vt"], pos + 1)
        start = qs + pos
        num, unit = (None, None) if (f["value"] is not None and f["unit"] is not None) else parse(f["vt"])
        value = f["value"] if f["value"] is not None else num
        if f["neg"]:
            value = -value
        unit = f["unit"] if f["unit"] is not None else unit
        pas = [p for p in passages if p["start"] <= qs and qs + len(q) <= p["end"]]
        if not pas:
            raise SystemExit("%s: quote outside passages: %r" % (stem, q))
        rec = {"passage": pas[0]["id"], "value_text": f["vt"], "start": start, "quote": q,
               "jurisdiction": f["jur"] or meta["jurisdiction"], "indicator": f["ind"], "kind": f["kind"],
               "measure": f["measure"], "year": f["year"], "period_start": f["ps"], "value": value,
               "unit": unit, "comparator": f["cmp"], "binding": f["binding"], "core": f["core"]}
        if f["notes"]:
            rec["notes"] = f["notes"]
        facts.append(rec)
    facts.sort(key=lambda r: r["start"])
    gold = {"doc": stem + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
            "published": meta["published"], "area_code": meta["area_code"], "passages": passages,
            "facts": facts}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, len(text), "chars", len(facts), "facts")


if __name__ == "__main__":
    for s in sys.argv[1:]:
        build(s)
