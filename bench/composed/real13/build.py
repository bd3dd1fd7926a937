#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py.

src/cNNN.py defines META (dict: jurisdiction, genre, published, area_code, passages {id: what})
and TEXT, a string with inline markup:
  ⟪p1⟫ ... ⟪/p1⟫                       passage bounds
  ⟦@ flags⟧                            set default flags for following facts
  ⟦value_text§indicator§flags§quote§notes⟧   one fact (quote, notes optional; empty quote = auto clause)
flags (space separated): a|t kind; L|G|C measure; yNNNN year (y- = null); pNNNN period_start (p- = null);
  u<unit>; c=ge|le|approx|eq comparator override; be|bb binding (b- = null); c1|c0 core; v<number> value;
  j=<jurisdiction>; neg / pos sign override.
Offsets are computed here from the stripped text; nothing is written by hand.
"""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
TRAD = str.maketrans({"億": "亿", "萬": "万", "個": "个", "噸": "吨", "點": "点", "項": "项", "傢": "家",
                      "畝": "亩", "裏": "里", "歲": "岁", "倍": "倍", "萬": "万"})
FW = str.maketrans("０１２３４５６７８９．－％", "0123456789.-%")
UNITS = ["个百分点", "万吨标准煤", "亿元", "万元", "元", "%", "万人次", "万人", "人", "个", "家", "项", "件", "公顷", "万亩",
         "亩", "公里", "位", "年", "岁", "万吨", "吨", "倍", "天", "万千瓦", "千瓦", "平方公里", "张", "所", "户", "万户",
         "ug/m3", "微克/立方米", "小时", "分钟", "亿美元", "万标箱", "万平方米", "辆", "条", "座", "GW", "Gbps", "篇", "万辆"]
DELIM = "，,。；;：:\n（）()、|"


def parse_flags(s):
    d = {}
    for tok in s.split():
        if tok in ("a", "t"): d["kind"] = {"a": "actual", "t": "target"}[tok]
        elif tok in ("L", "G", "C"): d["measure"] = {"L": "level", "G": "growth", "C": "change"}[tok]
        elif re.fullmatch(r"y(\d{4}|-)", tok): d["year"] = None if tok == "y-" else int(tok[1:])
        elif re.fullmatch(r"p(\d{4}|-)", tok): d["period_start"] = None if tok == "p-" else int(tok[1:])
        elif tok.startswith("u"): d["unit"] = tok[1:]
        elif tok.startswith("c="): d["comparator"] = tok[2:]
        elif tok in ("be", "bb", "b-"): d["binding"] = {"be": "expected", "bb": "binding", "b-": None}[tok]
        elif tok in ("c1", "c0"): d["core"] = tok == "c1"
        elif tok.startswith("v"): d["value"] = float(tok[1:]) if "." in tok else int(tok[1:])
        elif tok.startswith("j="): d["jurisdiction"] = tok[2:]
        elif tok in ("neg", "pos"): d["sign"] = tok
        else: raise ValueError("bad flag " + tok)
    return d


def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    META, SRC = m.META, m.TEXT
    out, facts, pas, defaults = [], [], {}, {}
    pos = 0
    for tok in re.finditer(r"⟪(/?)(\w+)⟫|⟦(.*?)⟧", SRC, re.S):
        out.append(SRC[pos:tok.start()]); pos = tok.end()
        cur = len("".join(out))
        if tok.group(2):
            pid = tok.group(2)
            if tok.group(1): pas[pid][1] = cur
            else: pas[pid] = [cur, None]
            continue
        body = tok.group(3)
        if body.startswith("@"):
            defaults = parse_flags(body[1:]); continue
        parts = body.split("§")
        vt, ind = parts[0], parts[1]
        fl = dict(defaults); fl.update(parse_flags(parts[2] if len(parts) > 2 else ""))
        facts.append(dict(vt=vt, ind=ind, fl=fl, start=cur, q=parts[3] if len(parts) > 3 else "",
                          notes=parts[4] if len(parts) > 4 else ""))
        out.append(vt)
    out.append(SRC[pos:])
    text = "".join(out)
    passages = [{"id": k, "start": v[0], "end": v[1], "what": META["passages"][k]} for k, v in pas.items()]
    gold = []
    for f in facts:
        vt, s, fl = f["vt"], f["start"], f["fl"]
        e = s + len(vt)
        assert text[s:e] == vt
        pid = [p["id"] for p in passages if p["start"] <= s and e <= p["end"]]
        if not pid: raise SystemExit(f"{stem}: {vt} outside passages")
        core_txt = vt.strip("[]〔〕［］").translate(FW)
        num = re.match(r"-?\d+(?:\.\d+)?", core_txt)
        if "value" in fl: value = fl["value"]
        else:
            ns = num.group()
            value = float(ns) if "." in ns else int(ns)
        suffix = core_txt[num.end():] if num else ""
        for w in ("以上", "以内", "以下", "左右"):
            suffix = suffix.replace(w, "")
        suffix = suffix.translate(TRAD).strip()
        if "unit" in fl: unit = fl["unit"].translate(TRAD)
        elif suffix in UNITS: unit = suffix
        else: raise SystemExit(f"{stem}: unit unknown for {vt!r} (suffix {suffix!r})")
        if unit == "微克/立方米": unit = "ug/m3"
        after = text[e:e + 3]; before = text[max(0, s - 4):s]
        comp = "eq"
        if re.match(r"\s?(以上|以上)", after) or re.search(r"(以上|以上)$", vt): comp = "ge"
        if re.match(r"\s?(以内|以下|以內)", after) or re.search(r"(以内|以下)$", vt): comp = "le"
        if re.search(r"(超过|突破|超過|不少于|至少|不低于|超)$", before): comp = "ge"
        if re.search(r"(控制在|不超过)$", before): comp = "le"
        if re.search(r"(约|近|接近|約)$", before): comp = "approx"
        if after.startswith("左右") or vt.endswith("左右"): comp = "approx"
        comp = fl.get("comparator", comp)
        meas = fl["measure"]
        sign = fl.get("sign")
        if sign is None and meas in ("growth", "change") and "value" not in fl:
            if re.search(r"(下降|减少|降低|回落|下降了|減少|降低了|下降到)$", text[max(0, s - 3):s]) or \
               re.search(r"(下降|减少|降低|減少)$", text[max(0, s - 2):s]):
                sign = "neg"
        if sign == "neg" and isinstance(value, (int, float)) and value > 0: value = -value
        q = f["q"]
        delim = DELIM if META.get("nl_delim", True) else DELIM.replace("\n", "")
        for ch in META.get("not_delim", ""): delim = delim.replace(ch, "")
        if not q:
            a = s
            while a > 0 and text[a - 1] not in delim: a -= 1
            b = e
            while b < len(text) and text[b] not in delim: b += 1
            q = text[a:b].strip()
            key = f["ind"][:2]
            for _ in range(2):  # clause does not name the indicator: extend back one delimiter at a time
                if key in q.replace("\n", "") or a == 0 or text[a - 1] in "\n。":
                    break
                a = a - 1
                while a > 0 and text[a - 1] not in delim: a -= 1
                q = text[a:b].strip()
        if q.startswith("<"):  # anchor: quote runs from the last occurrence of the anchor before the value to the clause end
            anc = "\n?".join(re.escape(c) for c in q[1:])
            b = e
            ms = [mm for mm in re.finditer(anc, text[:s])]
            q = text[ms[-1].start():b]
        else:  # explicit quote: tolerate hard wraps (a newline between any two characters)
            pat = "\n?".join(re.escape(c) for c in q)
            for mm in re.finditer(pat, text):
                if mm.start() <= s and e <= mm.end(): q = mm.group(); break
        assert vt in q, (vt, q)
        qs = [mm.start() for mm in re.finditer(re.escape(q), text)]
        assert any(x <= s and e <= x + len(q) for x in qs), (stem, vt, q)
        rec = {"passage": pid[0], "value_text": vt, "start": s, "quote": q,
               "jurisdiction": fl.get("jurisdiction", META["jurisdiction"]), "indicator": f["ind"],
               "kind": fl["kind"], "measure": meas, "year": fl.get("year"), "period_start": fl.get("period_start"),
               "value": value, "unit": unit, "comparator": comp, "binding": fl.get("binding"),
               "core": fl.get("core", True)}
        if f["notes"]: rec["notes"] = f["notes"]
        gold.append(rec)
    g = {"doc": stem + ".txt", "jurisdiction": META["jurisdiction"], "genre": META["genre"],
         "published": META["published"], "area_code": META["area_code"], "passages": passages, "facts": gold}
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # review aids
    covered = set()
    for r in gold: covered.update(range(r["start"], r["start"] + len(r["value_text"])))
    left = []
    for p in passages:
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[p["start"]:p["end"]]):
            a = p["start"] + mm.start()
            if not any(i in covered for i in range(a, a + len(mm.group()))):
                left.append(f"{mm.group()}@{text[max(0,a-8):a+len(mm.group())+4]!r}".replace("\\n", "⏎"))
    print(f"== {stem}: {len(gold)} facts, {len(text)} chars; unannotated numbers in passages:")
    for x in left: print("   ", x)
    if "-v" in sys.argv:
        for r in gold:
            print(f"  {r['value_text']:>10} | {r['indicator']} | {r['kind'][0]} {r['measure'][0]} {r['year']} {r['period_start']} "
                  f"{r['value']} {r['unit']} {r['comparator']} {r['binding']} {'C' if r['core'] else '-'} | {r['quote']}")


if __name__ == "__main__":
    for st in [a for a in sys.argv[1:] if not a.startswith("-")]:
        build(st)
