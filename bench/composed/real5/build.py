#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8, one record per line, fields separated by ' | '):
  #meta jurisdiction | genre | published | area_code
  #p id | start-marker | end-marker | what      (passage = from start-marker to end of end-marker)
  quote | value_text | indicator | kind(a/t) | measure(l/g/c) | year | period_start | options
options (space separated): core  neg  ge le approx eq  U=unit  V=value  J=jurisdiction
  B=expected/binding; in quotes write ¦ for a literal |, \\n for a newline, \\t for a tab  o=N (N-th boundary-valid occurrence of value_text in quote, 1-based)
  q=N (N-th occurrence of quote in the text, 1-based)  N=note_text_without_spaces
Offsets are computed here: text.index(quote) and the value on a number boundary inside the quote.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_MAP = [("億", "亿"), ("萬", "万"), ("噸", "吨"), ("畝", "亩"), ("個百分點", "个百分点"),
            ("個", "个"), ("項", "项"), ("戶", "户"), ("輛", "辆"), ("標準煤", "标准煤"),
            ("公頃", "公顷"), ("間", "间"), ("處", "处"), ("套", "套"), ("萬人", "万人")]
STRIP = ["左右", "以上", "以内", "以內", "以下", "多", "余", "餘"]
KIND = {"a": "actual", "t": "target"}
MEAS = {"l": "level", "g": "growth", "c": "change"}
NUM = re.compile(r"-?\d+(?:\.\d+)?")

def isnumch(c):
    return c.isdigit() or c == "."

def find_value(quote, vt, nth):
    hits = []
    i = quote.find(vt)
    while i >= 0:
        before = quote[i - 1] if i > 0 else ""
        after = quote[i + len(vt)] if i + len(vt) < len(quote) else ""
        ok = not (vt[0].isdigit() and before and (isnumch(before) or before == "-"))
        ok = ok and not (vt[-1].isdigit() and after and isnumch(after))
        if ok:
            hits.append(i)
        i = quote.find(vt, i + 1)
    if len(hits) < nth:
        raise ValueError(f"value {vt!r} not found on a number boundary in quote {quote!r}")
    return hits[nth - 1]

def parse_unit(vt):
    s = vt.strip("[]［］").replace("\n", "")
    m = NUM.search(s)
    if m is None:
        return None, ""
    rest = s[m.end():]
    for a in STRIP:
        rest = rest.replace(a, "")
    for a, b in UNIT_MAP:
        rest = rest.replace(a, b)
    return float(m.group()), rest.strip("[]［］ ")

def build(stem):
    text = open(os.path.join(HERE, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    meta, passages, facts = None, [], []
    for ln, line in enumerate(open(os.path.join(HERE, "specs", stem + ".spec"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        f = [x.strip() for x in line.split(" | ")]
        try:
            if line.startswith("#meta"):
                f[0] = f[0][5:].strip()
                meta = dict(jurisdiction=f[0], genre=f[1], published=f[2] or None, area_code=f[3])
                continue
            if line.startswith("#p"):
                pid = f[0][2:].strip()
                s = text.index(f[1]); e = text.index(f[2], s) + len(f[2])
                passages.append(dict(id=pid, start=s, end=e, what=f[3]))
                continue
            quote, vt, ind, k, m, yr, ps = f[:7]
            quote = quote.replace("¦", "|").replace("\\n", "\n").replace("\\t", "\t")
            vt = vt.replace("\\n", "\n")
            opts = f[7].split() if len(f) > 7 else []
            o = dict(x.split("=", 1) for x in opts if "=" in x)
            flags = {x for x in opts if "=" not in x}
            qn = int(o.get("q", 1)); qs = -1
            if "q" not in o and text.count(quote) > 1:
                print(f"WARN {stem} line {ln}: quote occurs {text.count(quote)} times: {quote}")
            for _ in range(qn):
                qs = text.index(quote, qs + 1)
            start = qs + find_value(quote, vt, int(o.get("o", 1)))
            val, unit = parse_unit(vt)
            if "V" in o: val = float(o["V"])
            if "U" in o: unit = "" if o["U"] == "none" else o["U"]
            if "neg" in flags: val = -abs(val)
            if val == int(val) and "." not in o.get("V", vt.split("%")[0]): val = int(val)
            comp = "eq"
            if "左右" in vt: comp = "approx"
            elif "以上" in vt: comp = "ge"
            elif "以内" in vt or "以內" in vt or "以下" in vt: comp = "le"
            for c in ("ge", "le", "approx", "eq"):
                if c in flags: comp = c
            pid = None
            for p in passages:
                if p["start"] <= start < p["end"]: pid = p["id"]
            if pid is None: raise ValueError("fact outside passages")
            rec = dict(passage=pid, value_text=vt, start=start, quote=quote,
                       jurisdiction=o.get("J", meta["jurisdiction"]), indicator=ind,
                       kind=KIND[k], measure=MEAS[m], year=int(yr) if yr not in ("", "-") else None,
                       period_start=int(ps) if ps not in ("", "-") else None, value=val, unit=unit,
                       comparator=comp, binding=o.get("B"), core="core" in flags)
            if "N" in o: rec["notes"] = o["N"]
            facts.append(rec)
        except Exception as ex:
            sys.exit(f"{stem}.spec line {ln}: {ex}\n  {line}")
    facts.sort(key=lambda r: r["start"])
    gold = dict(doc=stem + ".txt", jurisdiction=meta["jurisdiction"], genre=meta["genre"],
                published=meta["published"], area_code=meta["area_code"], passages=passages, facts=facts)
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write("\n")
    return gold

if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(x[:-5] for x in os.listdir(os.path.join(HERE, "specs")) if x.endswith(".spec"))
    for s in stems:
        g = build(s)
        print(s, len(g["facts"]), "facts")
