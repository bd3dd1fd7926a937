"""Build docs/cNNN.txt and gold/cNNN.gold.json from specs/cNNN.py (stdlib only).

A spec holds TEXT, META and FACTS. Each fact names a verbatim quote that must occur exactly
once in the text and its value_text (the k-th occurrence inside the quote); all offsets are
computed here with str.index on the text read back with newline="" -- never typed by hand.
Usage: python3 build.py [c901 ...]
"""
import importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAD = {"億": "亿", "萬": "万", "個": "个", "百分點": "百分点", "項": "项", "傢": "家", "噸": "吨",
        "標準煤": "标准煤", "畝": "亩", "歲": "岁", "處": "处", "條": "条", "間": "间", "戶": "户"}
CMP_WORDS = [("左右", "approx"), ("以上", "ge"), ("以内", "le"), ("以內", "le"), ("以下", "le")]


def F(quote, vt, ind, kind, meas, year, ps=None, value=None, unit=None, cmp=None, b=None,
      core=True, notes=None, k=0, jur=None, pre=None):
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, value=value,
                unit=unit, cmp=cmp, b=b, core=core, notes=notes, k=k, jur=jur, pre=pre)


def auto_value(vt):
    m = re.search(r"-?\d+(?:\.\d+)?", vt.replace(" ", ""))
    if not m:
        raise ValueError("no number in %r: give value" % vt)
    x = float(m.group())
    return int(x) if "." not in m.group() else x


def auto_unit(vt):
    s = re.sub(r"^[\[\(（〔>＜<＞]*-?\d+(?:\.\d+)?[\]\)）〕]*", "", vt)
    for w, _ in CMP_WORDS:
        s = s.replace(w, "")
    for a, b in TRAD.items():
        s = s.replace(a, b)
    return s


def auto_cmp(vt):
    for w, c in CMP_WORDS:
        if w in vt:
            return c
    return "eq"


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "specs", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, HERE)
    spec.loader.exec_module(mod)
    return mod


def build(name):
    mod = load(name)
    text = mod.TEXT.lstrip("\n")
    meta = mod.META
    path = os.path.join(HERE, "docs", name + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    text = open(path, encoding="utf-8", newline="").read()
    passages = []
    for pid, a, z, what in meta["passages"]:
        s = text.index(a) if a else 0
        e = text.index(z) + len(z) if z else len(text)
        passages.append({"id": pid, "start": s, "end": e, "what": what})
    facts, seen = [], set()
    for f in mod.FACTS:
        q = f["quote"]
        n = text.count(q)
        if n != 1:
            raise SystemExit("%s: quote occurs %d times: %r" % (name, n, q))
        qs = text.index(q)
        if f["pre"] is not None:
            pos = q.index(f["pre"] + f["vt"]) + len(f["pre"])
        else:
            pos = -1
            for _ in range(f["k"] + 1):
                pos = q.index(f["vt"], pos + 1)
        start = qs + pos
        end = start + len(f["vt"])
        if f["vt"][0].isdigit() and start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
            raise SystemExit("%s: value %r starts inside a number at %d" % (name, f["vt"], start))
        if f["vt"][-1].isdigit() and end < len(text) and (text[end].isdigit() or (text[end] == "." and text[end + 1:end + 2].isdigit())):
            raise SystemExit("%s: value %r is cut from a longer number at %d" % (name, f["vt"], start))
        if (start, f["ind"]) in seen:
            raise SystemExit("%s: duplicate fact at %d %r" % (name, start, f["vt"]))
        seen.add((start, f["ind"]))
        pas = [p for p in passages if p["start"] <= qs and qs + len(q) <= p["end"]]
        if not pas:
            raise SystemExit("%s: quote outside passages: %r" % (name, q))
        rec = {
            "passage": pas[0]["id"], "value_text": f["vt"], "start": start, "quote": q,
            "jurisdiction": f["jur"] or meta["jurisdiction"], "indicator": f["ind"],
            "kind": f["kind"], "measure": f["meas"], "year": f["year"], "period_start": f["ps"],
            "value": f["value"] if f["value"] is not None else auto_value(f["vt"]),
            "unit": f["unit"] if f["unit"] is not None else auto_unit(f["vt"]),
            "comparator": f["cmp"] or auto_cmp(f["vt"]), "binding": f["b"], "core": f["core"],
        }
        if f["notes"]:
            rec["notes"] = f["notes"]
        facts.append(rec)
    facts.sort(key=lambda r: (r["start"], r["indicator"]))
    gold = {"doc": name + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
            "published": meta["published"], "area_code": meta["area_code"],
            "passages": passages, "facts": facts}
    with open(os.path.join(HERE, "gold", name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%s: %d chars, %d facts" % (name, len(text), len(facts)))


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "specs"))
                                   if re.match(r"c\d+\.py$", f))
    for nm in names:
        build(nm)
