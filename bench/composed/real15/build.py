#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (marked-up sources).

Markup inside TEXT:
  ⟪p1⟫ ... ⟪/p1⟫                 passage boundaries (stripped)
  ⟨key=val;key=val⟩               set defaults for following facts (stripped); key=- removes
  ⟦value_text|indicator|flags⟧     a fact; flags key=val;... override defaults:
      k=actual/target  m=level/growth/change  y=2020  ps=2016|-  v=number  u=unit|-  c=eq/ge/le/approx
      b=expected/binding/-  core=1/0  q=quote  n=notes  j=jurisdiction  neg=1/0
Offsets are computed from the stripped text, never written by hand.
"""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
UNITNORM = [("億元", "亿元"), ("萬元", "万元"), ("萬人", "万人"), ("萬噸", "万吨"), ("個百分點", "个百分点"),
            ("萬畝", "万亩"), ("公頃", "公顷"), ("萬", "万"), ("億", "亿"), ("個", "个"), ("項", "项"), ("戶", "户"),
            ("噸", "吨"), ("畝", "亩"), ("萬千瓦", "万千瓦"), ("千米", "公里"), ("％", "%")]
TOK = re.compile(r"⟪(/?)(p\d+)⟫|⟨([^⟩]*)⟩|⟦([^⟧]*)⟧")
CLAUSE_END = "，,；;。：:\n！？"

def parse_flags(s):
    d = {}
    for part in s.split(";"):
        part = part.strip()
        if not part: continue
        k, _, v = part.partition("=")
        d[k.strip()] = v
    return d

def norm_unit(u):
    u = u.strip().translate(FW)
    for a, b in UNITNORM:
        u = u.replace(a, b)
    if u in ("微克/立方米",): u = "ug/m3"
    return u

def num_of(vt):
    t = vt.translate(FW).replace(",", "")
    m = re.search(r"-?\d+(?:\.\d+)?", t)
    return m

def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    META, SRC = mod.META, mod.TEXT
    out = []; pos = 0; facts = []; passages = {}; open_p = {}; defaults = {}
    cur = 0  # length of output so far
    for mt in TOK.finditer(SRC):
        chunk = SRC[pos:mt.start()]; out.append(chunk); cur += len(chunk); pos = mt.end()
        if mt.group(2):
            pid = mt.group(2)
            if mt.group(1): passages[pid] = (open_p.pop(pid), cur)
            else: open_p[pid] = cur
        elif mt.group(3) is not None:
            for k, v in parse_flags(mt.group(3)).items():
                if v == "-": defaults.pop(k, None)
                else: defaults[k] = v
        else:
            vt, _, rest = mt.group(4).partition("|")
            ind, _, fls = rest.partition(";")
            fl = dict(defaults); fl.update(parse_flags(fls))
            facts.append(dict(vt=vt, ind=ind, fl=fl, start=cur, pid=[p for p in open_p][-1] if open_p else None))
            out.append(vt); cur += len(vt)
    out.append(SRC[pos:])
    text = "".join(out)
    assert not open_p, open_p
    recs = []
    problems = []
    for f in facts:
        vt, s, fl = f["vt"], f["start"], f["fl"]
        assert text[s:s+len(vt)] == vt
        e = s + len(vt)
        m = num_of(vt)
        if "v" in fl: val = float(fl["v"])
        elif m: val = float(m.group())
        else: raise SystemExit(f"{stem}: no number in {vt!r}; give v=")
        if "u" in fl: unit = "" if fl["u"] == "-" else fl["u"]
        else:
            tail = vt.translate(FW)[m.end():] if m else ""
            tail = re.sub(r"[\(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[\)）].*$", "", tail)  # pinyin junk
            tail = re.sub(r"(以上|以下|以内|以內|左右)$", "", tail)
            unit = norm_unit(tail)
            if not unit: problems.append(f"no unit for {vt!r} at {s} ({f['ind']})")
        before = text[max(0, s-14):s]; after = text[e:e+4]
        # comparator
        if "c" in fl: comp = fl["c"]
        else:
            comp = "eq"
            if re.match(r"\s*(以上|以上。)", after) or re.search(r"(突破|超过|超出|不低于|不少于|至少|达到\s*)$", before) and re.search(r"(突破|超过|超出|不低于|不少于|至少)$", before): comp = "ge"
            if re.search(r"(以上|以上)$", vt): comp = "ge"
            if re.match(r"\s*(以内|以內|以下)", after) or re.search(r"(以内|以內|以下)$", vt) or re.search(r"(控制在|不超过|不高于)$", before): comp = "le"
            if re.match(r"\s*左右", after) or vt.endswith("左右") or re.search(r"(约|近|接近)$", before): comp = "approx"
        # measure
        if "m" in fl: meas = fl["m"]
        elif unit == "个百分点": meas = "change"
        elif unit == "倍": meas = "growth"
        elif unit == "%" and re.search(r"(增长|下降|增速|年均增|降低|减少|回落|上涨|增幅|涨幅|递增|增長|下降|減少|降低)[^，。；,]{0,12}$", before): meas = "growth"
        else: meas = "level"
        # sign
        neg = fl.get("neg")
        if neg is None:
            neg = "1" if re.search(r"(下降|减少|降低|回落|下滑|減少|下降|降低)(了|分别|分別|为|為|到)?\s*$", before) else "0"
        if neg == "1": val = -abs(val)
        if val == int(val) and "." not in (m.group() if m else ""): val = int(val)
        # quote
        if "q" in fl: q = fl["q"]
        else:
            a = s
            while a > 0 and text[a-1] not in CLAUSE_END: a -= 1
            while a < s and text[a] in " \u3000\n": a += 1
            b = e
            while b < len(text) and text[b] not in CLAUSE_END: b += 1
            q = text[a:b]
            # clause without an indicator word: extend back over one separator
            if not re.search(r"[\u4e00-\u9fff]{2,}", (text[a:s] + "|" + text[e:b]).replace("增长", "").replace("同比", "").replace("下降", "").replace("分别", "").replace("年均", "").replace("比上年", "").replace("完成", "").replace("达到", "").replace("增長", "").replace("分別", "").replace("預計", "").replace("预计", "").replace("達到", "").replace("全年", "").replace("提高", "").replace("分别", "")) and a > 0:
                a2 = a - 1
                while a2 > 0 and text[a2-1] not in CLAUSE_END: a2 -= 1
                while a2 < s and text[a2] in " \u3000\n": a2 += 1
                q = text[a2:b]
            q = q.strip(" \u3000\n")
            ind2 = re.sub(r"[（）()]", "", f["ind"]); grams = {ind2[i:i+2] for i in range(len(ind2)-1)}
            steps = 0
            while not any(g2 in q for g2 in grams) and steps < 3:
                a3 = text.find(q, max(0, s - len(q) - 5))
                a2 = a3 - 1
                if a2 <= 0: break
                while a2 > 0 and text[a2-1] not in CLAUSE_END: a2 -= 1
                while a2 < s and text[a2] in " \u3000\n": a2 += 1
                q = text[a2:b].strip(" \u3000\n"); steps += 1
        if vt not in q: problems.append(f"quote lacks value {vt!r}: {q!r}")
        ps = fl.get("ps"); ps = None if ps in (None, "-", "") else int(ps)
        y = fl.get("y"); y = None if y in (None, "-", "") else int(y)
        bnd = fl.get("b"); bnd = None if bnd in (None, "-", "") else bnd
        rec = {"passage": f["pid"], "value_text": vt, "start": s, "quote": q,
               "jurisdiction": fl.get("j", META["jurisdiction"]), "indicator": f["ind"],
               "kind": fl.get("k", "actual"), "measure": meas, "year": y, "period_start": ps,
               "value": val, "unit": unit, "comparator": comp, "binding": bnd,
               "core": fl.get("core", "1") == "1"}
        if fl.get("n"): rec["notes"] = fl["n"]
        if rec["passage"] is None: problems.append(f"fact outside passage {vt!r}")
        recs.append(rec)
    pas = [{"id": pid, "start": a, "end": b, "what": META.get("what", {}).get(pid, "")} for pid, (a, b) in sorted(passages.items(), key=lambda x: x[1][0])]
    gold = {"doc": stem + ".txt", "jurisdiction": META["jurisdiction"], "genre": META["genre"],
            "published": META["published"], "area_code": META["area_code"], "passages": pas, "facts": recs}
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(gold, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    covered = [(r["start"], r["start"] + len(r["value_text"])) for r in recs]
    un = []
    for pid, (a, b) in passages.items():
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万亿零]+", text[a:b]):
            s0 = a + mm.start(); e0 = a + mm.end()
            if any(x < e0 and s0 < y2 for x, y2 in covered): continue
            tok = mm.group()
            if re.fullmatch(r"[一二两三四五六七八九十百千万亿零]+", tok) and len(tok) == 1 and tok in "一万亿千百": continue
            un.append(f"{tok}@{s0}:{text[max(0,s0-8):e0+4]!r}")
    return text, gold, problems, un

if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if f.startswith("c") and f.endswith(".py"))
    verbose = os.environ.get("V")
    for st in stems:
        text, gold, probs, un = build(st)
        print(f"{st}: {len(text)} chars, {len(gold['facts'])} facts, passages {[(p['start'], p['end']) for p in gold['passages']]}")
        for p in probs: print("  PROBLEM", p)
        if verbose:
            print("  UNANNOTATED:", " | ".join(un))
