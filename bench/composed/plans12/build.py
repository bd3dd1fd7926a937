#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8, columns separated by ' | ', '\\t'/'\\n' in a quote = TAB/LF; '#' lines are comments):
  @doc <genre> <published> <area_code> <jurisdiction>
  @passage <start marker>|<end marker>|<what>   passage = from first index of start marker
                                                 to the end of the first following end marker
  quote  value_text[#n]  indicator  kind(a|t)  measure(l|g|c)  year(-|int)  period_start(-|int)  [flags]
flags (comma-separated): neg (value negative), c=ge|le|approx|eq, b=e|b (binding),
  core, j=<jurisdiction>, u=<unit>, v=<value>, note=<text>
Every offset is computed here: start = text.index(quote) (quote must be unique),
then the n-th occurrence (default 1st) of value_text inside the quote that sits on a
number boundary.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_MAP = {"億元": "亿元", "萬元": "万元", "萬人": "万人", "個": "个", "項": "项", "萬噸": "万吨",
            "個百分點": "个百分点", "萬戶": "万户", "萬人次": "万人次", "萬千瓦": "万千瓦", "萬平方米": "万平方米",
            "萬畝": "万亩", "公裏": "公里", "張": "张", "戶": "户", "噸": "吨", "億千瓦時": "亿千瓦时", "微克/立方米": "ug/m3", "微克/立方米以内": "ug/m3"}
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def on_boundary(text, s, vt):
    e = s + len(vt)
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if before and (before.isdigit() or before == "."):
        return False
    if vt[-1].isdigit() and after and (after.isdigit() or after == "."):
        return False
    return True


def parse_unit(vt):
    m = NUM.search(vt)
    if m is None:  # number in words (翻一番): value and unit come from flags
        return "", None
    rest = vt[m.end():]
    for w in ("左右", "以上", "以内", "以內", "以下", "]", "］"):
        rest = rest.replace(w, "")
    rest = rest.strip()
    return UNIT_MAP.get(rest, rest), float(m.group())


def build(stem):
    text = open(os.path.join(HERE, "docs", stem + ".txt"), encoding="utf-8", newline="").read()
    doc = {"doc": stem + ".txt"}
    passages, facts = [], []
    for ln, line in enumerate(open(os.path.join(HERE, "specs", stem + ".spec"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@doc"):
            _, genre, pub, code, jur = line.split(None, 4)
            doc.update(jurisdiction=jur, genre=genre, published=None if pub == "null" else pub, area_code=code)
            continue
        if line.startswith("@passage"):
            a, b, what = line[len("@passage "):].split("|")
            s = text.index(a)
            e = text.index(b, s) + len(b)
            passages.append({"id": "p%d" % (len(passages) + 1), "start": s, "end": e, "what": what})
            continue
        cols = [c.strip() for c in line.split(" | ")]
        if len(cols) < 7:
            sys.exit("%s:%d: too few columns: %r" % (stem, ln, line))
        quote, vt, ind, kind, meas, year, ps = cols[:7]
        quote = quote.replace("\\t", "\t").replace("\\n", "\n")
        flags = {}
        for fl in (cols[7].split(",") if len(cols) > 7 and cols[7] else []):
            k, _, v = fl.partition("=")
            flags[k.strip()] = v
        occ = 1
        if "#" in vt:
            vt, o = vt.rsplit("#", 1)
            occ = int(o)
        n = text.count(quote)
        if n != 1:
            sys.exit("%s:%d: quote occurs %d times: %r" % (stem, ln, n, quote))
        qs = text.index(quote)
        pos, found, k = qs, None, 0
        while True:
            i = text.find(vt, pos, qs + len(quote))
            if i < 0 or i + len(vt) > qs + len(quote):
                break
            if on_boundary(text, i, vt):
                k += 1
                if k == occ:
                    found = i
                    break
            pos = i + 1
        if found is None:
            sys.exit("%s:%d: value %r (#%d) not in quote %r" % (stem, ln, vt, occ, quote))
        unit, val = parse_unit(vt)
        if "u" in flags:
            unit = flags["u"]
        if "v" in flags:
            val = float(flags["v"])
        if "neg" in flags:
            val = -abs(val)
        if val is None:
            sys.exit("%s:%d: no numeral in %r, give v=" % (stem, ln, vt))
        if val == int(val) and "." not in vt.split("#")[0]:
            val = int(val)
        comp = "eq"
        if "左右" in vt or any(w in quote[:quote.find(vt)][-2:] for w in ("约", "約")) or "近" in quote[:quote.find(vt)][-1:]:
            comp = "approx"
        elif "以上" in vt:
            comp = "ge"
        elif "以内" in vt or "以內" in vt or "以下" in vt:
            comp = "le"
        comp = flags.get("c", comp)
        binding = {"e": "expected", "b": "binding"}.get(flags.get("b"), None)
        pid = None
        for p in passages:
            if p["start"] <= found and found + len(vt) <= p["end"]:
                pid = p["id"]
        if pid is None:
            sys.exit("%s:%d: value outside passages" % (stem, ln))
        f = {"passage": pid, "value_text": vt, "start": found, "quote": quote,
             "jurisdiction": flags.get("j", doc["jurisdiction"]), "indicator": ind,
             "kind": {"a": "actual", "t": "target"}[kind], "measure": {"l": "level", "g": "growth", "c": "change"}[meas],
             "year": None if year == "-" else int(year), "period_start": None if ps == "-" else int(ps),
             "value": val, "unit": unit, "comparator": comp, "binding": binding, "core": "core" in flags}
        if "note" in flags:
            f["notes"] = flags["note"]
        facts.append(f)
    facts.sort(key=lambda f: f["start"])
    doc["passages"] = passages
    doc["facts"] = facts
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return doc


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".spec"))
    for s in stems:
        d = build(s)
        print(s, len(d["facts"]), "facts", len(open(os.path.join(HERE, "docs", s + ".txt"), encoding="utf-8").read()), "chars")
