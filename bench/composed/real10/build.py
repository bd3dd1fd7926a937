#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (markup -> text + offsets)."""
import json, re, sys, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
UNITS = {"億元": "亿元", "萬元": "万元", "萬人": "万人", "萬噸": "万吨", "個百分點": "个百分点", "公裏": "公里",
         "萬吨": "万吨", "萬": "万", "噸": "吨", "萬平方米": "万平方米"}
FACT = re.compile(r"⟦(.*?)⟧", re.S)
TOK = re.compile(r"⟦(.*?)⟧|⟪(/?)(\w+)(?: ([^⟫]*))?⟫", re.S)
DELIM = "，。；：\n;,！？"

def parse_flags(s):
    d = {}
    if not s: return d
    if " n=" in " " + s:
        i = (" " + s).index(" n=")
        d["n"] = (" " + s)[i + 3:]
        s = (" " + s)[:i].strip()
    for t in s.split():
        k, _, v = t.partition("=")
        d[k] = v
    return d

def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    META, SRC = m.META, m.TEXT
    out, facts, passages, openp = [], [], [], {}
    defaults = dict(META.get("defaults", {}))
    pos = 0; L = 0
    for mt in TOK.finditer(SRC):
        chunk = SRC[pos:mt.start()]; out.append(chunk); L += len(chunk); pos = mt.end()
        if mt.group(1) is not None:
            parts = mt.group(1).split("|")
            vt = parts[0]; ind = parts[1] if len(parts) > 1 else ""
            fl = dict(defaults); fl.update(parse_flags(parts[2] if len(parts) > 2 else ""))
            facts.append((L, vt, ind, fl)); out.append(vt); L += len(vt)
        else:
            close, name, arg = mt.group(2), mt.group(3), mt.group(4)
            if name == "D":  # change defaults
                for k, v in parse_flags(arg).items():
                    if v == "": defaults.pop(k, None)
                    else: defaults[k] = v
            elif close: passages.append({"id": name, "start": openp.pop(name)[0], "end": L, "what": openp_what[name]})
            else:
                openp[name] = (L,); openp_what[name] = arg or ""
    out.append(SRC[pos:]); text = "".join(out)
    recs = []
    for (s, vt, ind, fl) in facts:
        assert text[s:s + len(vt)] == vt
        core_vt = vt.translate(FW)
        num = re.search(r"\d+(?:\.\d+)?", core_vt)
        assert num or "v" in fl, (stem, vt)
        val = float(fl["v"]) if "v" in fl else float(num.group())
        if val == int(val) and ("v" in fl or "." not in num.group()): val = int(val)
        if num is None: num = re.match(r"", core_vt)
        before = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text[max(0, s - 40):s]).rstrip(" 　").translate(str.maketrans("長減幅", "长减幅"))[-7:]
        suffix = core_vt[num.end():]
        comp = "eq"
        for w, c in (("以上", "ge"), ("左右", "approx"), ("以内", "le"), ("以內", "le"), ("以下", "le")):
            if w in suffix: comp = c; suffix = suffix.replace(w, "")
        b2 = text[max(0, s - 6):s].rstrip(" 　")
        if comp == "eq":
            for w, c in (("突破", "ge"), ("超过", "ge"), ("超過", "ge"), ("不低于", "ge"), ("不少于", "ge"), ("约", "approx"), ("約", "approx"), ("接近", "approx"), ("控制在", "le"), ("不超过", "le"), ("近", "approx")):
                if b2.endswith(w): comp = c; break
        comp = fl.get("c", comp)
        suffix = suffix.strip().strip("]］〕").strip()
        unit = fl.get("u", UNITS.get(suffix, suffix))
        if unit == "-": unit = ""
        neg = bool(re.search(r"(下降|减少|降低|下降了|减少了|回落|下滑)$", before)) and "keep" not in fl
        if fl.get("neg") == "1": neg = True
        if neg: val = -val
        meas = fl.get("m")
        if meas is None:
            if unit == "个百分点" or vt.startswith(("[", "〔", "［")): meas = "change"
            elif unit in ("%", "倍") and re.search(r"(增长|下降|增速|降低|增幅|增长了|减少|回落|下滑|提高|增加|年均增长|上升)$", before): meas = "growth"
            else: meas = "level"
        meas = {"g": "growth", "c": "change", "l": "level"}.get(meas, meas)
        kind = {"t": "target", "a": "actual"}[fl.get("k", "a")]
        # quote
        if "q" in fl:
            q = fl["q"].replace("_", " ").replace("⏎", "\n")
        else:
            a = s
            nb = int(fl.get("qb", "0"))
            while a > 0 and text[a - 1] not in DELIM: a -= 1
            if not text[a:s].strip() or len(text[a:s].strip()) < 2 and nb == 0: nb = max(nb, 1)
            for _ in range(nb):
                if a > 0: a -= 1
                while a > 0 and text[a - 1] not in DELIM: a -= 1
            e = s + len(vt)
            while e < len(text) and text[e] not in DELIM: e += 1
            q = text[a:e].strip()
        assert vt in q, (stem, vt, q)
        y = fl.get("y"); ps = fl.get("ps")
        ls = text.rfind("\n", 0, s) + 1; le = text.find("\n", s); le = len(text) if le < 0 else le
        line = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text[ls:le]).rstrip(" |　\t")
        if "b" not in fl and kind and re.search(r"(预期性|约束性|預期性|約束性)$", line):
            fl["b"] = "e" if line.endswith(("预期性", "預期性")) else "b"
        r = {"passage": fl.get("p", "p1"), "value_text": vt, "start": s, "quote": q,
             "jurisdiction": fl.get("j", META["jurisdiction"]), "indicator": ind or fl.get("i", ""),
             "kind": kind, "measure": meas, "year": int(y) if y and y != "null" else None,
             "period_start": int(ps) if ps and ps != "null" else None, "value": val, "unit": unit,
             "comparator": comp, "binding": {"e": "expected", "b": "binding"}.get(fl.get("b", ""), None),
             "core": fl.get("core", "1") == "1" or ind in META.get("core_ind", ())}
        if "n" in fl: r["notes"] = fl["n"]
        recs.append(r)
    # fix passage ids
    for r in recs:
        if not any(p["id"] == r["passage"] and p["start"] <= r["start"] < p["end"] for p in passages):
            for p in passages:
                if p["start"] <= r["start"] < p["end"]: r["passage"] = p["id"]
    g = {"doc": stem + ".txt", "jurisdiction": META["jurisdiction"], "genre": META["genre"],
         "published": META["published"], "area_code": META["area_code"], "passages": passages, "facts": recs}
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    cov = set()
    for r in recs: cov.update(range(r["start"], r["start"] + len(r["value_text"])))
    un = []
    for p in passages:
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[p["start"]:p["end"]]):
            a = p["start"] + mm.start()
            if a not in cov: un.append(text[max(0, a - 8):a + len(mm.group()) + 4].replace("\n", "⏎"))
    print(f"{stem}: {len(recs)} facts, {len(text)} chars; unannotated: {len(un)}")
    for u in un: print("   ", u)
openp_what = {}
if __name__ == "__main__":
    for st in sys.argv[1:]: build(st)
