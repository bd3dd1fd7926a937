"""Working helper for the mixed3 composed set: writes docs/cNNN.txt and gold/cNNN.gold.json.

Every offset is found with str.index from a verbatim quote; nothing is typed by hand.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A, T = "actual", "target"
L, G, C = "level", "growth", "change"


def F(quote, vt, ind, kind, meas, year, ps, val, unit, cmp="eq", core=False, bind=None,
      notes=None, jur=None, q=0, v=0):
    """One fact: quote (q-th occurrence in the text), value_text (v-th occurrence inside the quote)."""
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, val=val,
                unit=unit, cmp=cmp, core=core, bind=bind, notes=notes, jur=jur, q=q, v=v)


def nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.index(needle, pos + 1)
    return pos


def build(num, text, jurisdiction, genre, published, area_code, start_anchor, what, facts,
          end_anchor=None):
    stem = "c%03d" % num
    path = os.path.join(HERE, "docs", stem + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    text = open(path, encoding="utf-8", newline="").read()
    pstart = text.index(start_anchor)
    pend = text.index(end_anchor) if end_anchor else len(text.rstrip("\n"))
    recs = []
    for f in facts:
        qt = f["quote"]
        if f["q"] == 0 and text.count(qt) != 1:
            raise SystemExit("%s: quote occurs %d times: %s" % (stem, text.count(qt), qt))
        qpos = nth(text, qt, f["q"])
        start = qpos + (qt.rindex(f["vt"]) if f["v"] == -1 else nth(qt, f["vt"], f["v"]))
        end = start + len(f["vt"])
        if text[start - 1] in "0123456789." or (f["vt"][-1].isdigit() and text[end:end + 1] in tuple("0123456789.")):
            raise SystemExit("%s: value %s sits inside a longer number in: %s" % (stem, f["vt"], qt))
        if not (pstart <= qpos and qpos + len(qt) <= pend):
            raise SystemExit("%s: quote outside passage: %s" % (stem, qt))
        r = {"passage": "p1", "value_text": f["vt"], "start": start, "quote": qt,
             "jurisdiction": f["jur"] or jurisdiction, "indicator": f["ind"], "kind": f["kind"],
             "measure": f["meas"], "year": f["year"], "period_start": f["ps"], "value": f["val"],
             "unit": f["unit"], "comparator": f["cmp"], "binding": f["bind"], "core": f["core"]}
        if f["notes"]:
            r["notes"] = f["notes"]
        recs.append(r)
    starts = [r["start"] for r in recs]
    dups = sorted({s for s in starts if starts.count(s) > 1})
    if dups:
        raise SystemExit("%s: two facts at %s" % (stem, dups))
    recs.sort(key=lambda r: r["start"])
    gold = {"doc": stem + ".txt", "jurisdiction": jurisdiction, "genre": genre,
            "published": published, "area_code": area_code,
            "passages": [{"id": "p1", "start": pstart, "end": pend, "what": what}], "facts": recs}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # sweep: digit runs in the passage not covered by a fact, for review by hand
    covered = set()
    for r in recs:
        covered.update(range(r["start"], r["start"] + len(r["value_text"])))
    left = []
    for m in re.finditer(r"[0-9０-９]+(?:\.[0-9]+)?", text[pstart:pend]):
        s = pstart + m.start()
        if s not in covered:
            left.append(text[max(pstart, s - 8):s + len(m.group()) + 4].replace("\n", "/"))
    print(stem, len(text), "chars", len(recs), "facts; uncovered numbers:")
    for x in left:
        print("   ", x)
    return len(recs)
