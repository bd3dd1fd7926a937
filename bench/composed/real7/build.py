#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.src (stdlib only).

Source markup (stripped from the output text):
  #META key=value ...            document fields (genre, published, area_code, jurisdiction)
  #PASS id what...               passage description
  @ tokens                        line: set defaults for following facts (same tokens as a fact)
  «p1» ... «/p1»                  passage bounds
  ⁅                               row start (quote of an R fact starts here)
  ⦃value_text|indicator|tokens⦄   a fact
Tokens: a/t kind; l/g/c measure; YYYY year; pYYYY period_start (p- none); ge/le/approx/eq;
  '-' negative, '+' keep sign; C core, N not core; bx expected, bb binding, b- none;
  R quote from row start; u=unit v=value j=jurisdiction; n=note (rest of the string).
"""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
DELIM = set(",。;;\n!?!")
NEG = ("下降", "减少", "降低", "回落", "下滑", "減少", "降低", "回落", "下降")
LEVEL = ("占", "比重", "率", "达到", "達到", "提高到", "提升到", "为", "為", "保持在", "控制在", "强度", "率为")
GROW = ("增长", "增長", "下降", "减少", "減少", "降低", "增速", "上涨", "上漲", "回落", "增幅", "涨幅", "漲幅", "提高", "增加", "年均", "下滑", "同比")

def parse_tokens(tok, d):
    d = dict(d)
    if "n=" in tok:
        tok, note = tok.split("n=", 1); d["notes"] = note.strip()
    for t in tok.split():
        if t in ("a", "t"): d["kind"] = {"a": "actual", "t": "target"}[t]
        elif t in ("l", "g", "c"): d["measure"] = {"l": "level", "g": "growth", "c": "change"}[t]
        elif re.fullmatch(r"(19|20)\d\d", t): d["year"] = int(t)
        elif t == "y-": d["year"] = None
        elif re.fullmatch(r"p(19|20)\d\d", t): d["period_start"] = int(t[1:])
        elif t == "p-": d["period_start"] = None
        elif t in ("ge", "le", "approx", "eq"): d["comparator"] = t
        elif t == "-": d["neg"] = True
        elif t == "+": d["neg"] = False
        elif t == "C": d["core"] = True
        elif t == "N": d["core"] = False
        elif t == "bx": d["binding"] = "expected"
        elif t == "bb": d["binding"] = "binding"
        elif t == "b-": d["binding"] = None
        elif t == "R": d["R"] = True
        elif t == "R-": d["R"] = False
        elif t == "u-": d.pop("unit", None)
        elif t == "m-": d.pop("measure", None)
        elif t == "c-": d.pop("comparator", None); d["comparator"] = None
        elif t.startswith("u="): d["unit"] = t[2:]
        elif t.startswith("v="): d["value"] = float(t[2:]) if "." in t[2:] else int(t[2:])
        elif t.startswith("j="): d["jurisdiction"] = t[2:]
        elif t.startswith("q="): d["quote"] = t[2:]
        else: raise ValueError(f"bad token {t!r}")
    return d

UNITS = ["个百分点", "万吨标准煤", "万人次", "万标箱", "万千瓦", "亿千瓦时", "万平方米", "平方米", "亿元", "万元", "元", "万人", "人", "个", "家", "项", "件", "公顷", "万亩", "亩", "公里", "位", "年", "岁", "万吨", "吨", "立方米", "ug/m3", "μg/m³", "微克/立方米", "倍", "天", "所", "张", "名", "座", "套", "户", "辆", "条", "处", "万户", "万辆", "万千瓦时", "%", "‰", "床", "小时", "分钟"]

def build(stem):
    src = open(os.path.join(HERE, "src", stem + ".src"), encoding="utf-8").read()
    meta, passes, defaults = {}, {}, {"kind": "actual", "year": None, "period_start": None, "comparator": None,
                                      "core": False, "binding": None}
    out, facts, pmarks = [], [], {}
    lines = src.split("\n")
    body_lines = []
    for ln in lines:
        if ln.startswith("#META"):
            for kv in ln[5:].split():
                k, v = kv.split("=", 1); meta[k] = v
            continue
        if ln.startswith("#PASS"):
            _, pid, what = ln.split(" ", 2); passes[pid] = what; continue
        body_lines.append(ln)
    body = "\n".join(body_lines)
    # walk
    i, text, rowstart = 0, [], None
    pos = 0
    while i < len(body):
        if body.startswith("@", i) and (i == 0 or body[i-1] == "\n"):
            j = body.find("\n", i); j = len(body) if j < 0 else j
            defaults = parse_tokens(body[i+1:j], defaults); i = j + 1; continue
        m = re.match(r"«(/?)(p\d+)»", body[i:])
        if m:
            pmarks.setdefault(m.group(2), {})["end" if m.group(1) else "start"] = pos; i += m.end(); continue
        if body[i] == "⁅":
            rowstart = pos; i += 1; continue
        if body[i] == "⦃":
            j = body.index("⦄", i)
            parts = body[i+1:j].split("|", 2)
            vt, ind = parts[0], parts[1]
            d = parse_tokens(parts[2] if len(parts) > 2 else "", defaults)
            d["vt"], d["ind"], d["s"], d["row"] = vt, ind, pos, rowstart
            facts.append(d); text.append(vt); pos += len(vt); i = j + 1; continue
        text.append(body[i]); pos += 1; i += 1
    text = "".join(text)
    if not text.endswith("\n"): text += "\n"
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    passages = [{"id": k, "start": v["start"], "end": v["end"], "what": passes.get(k, "")} for k, v in sorted(pmarks.items())]
    gf = []
    dl = DELIM - {"\n"} if meta.get("quote_nl") else DELIM
    for d in facts:
        vt, s = d["vt"], d["s"]; e = s + len(vt)
        pid = next((p["id"] for p in passages if p["start"] <= s and e <= p["end"]), None)
        if pid is None: print("WARN outside passage", stem, vt, s)
        # quote
        if "quote" in d:
            q = d["quote"]
        else:
            a = s
            if d.get("R") and d["row"] is not None: a = d["row"]
            else:
                while a > 0 and text[a-1] not in dl: a -= 1
            b = e
            while b < len(text) and text[b] not in dl: b += 1
            q = text[a:b].strip()
            if vt not in q: q = text[a:b]
        before = text[max(0, s-8):s]
        after = text[e:e+3]
        num = vt.translate(FW)
        mnum = re.search(r"\d+(?:\.\d+)?", num)
        if "value" in d: val = d["value"]
        else:
            val = float(mnum.group()); val = int(val) if re.fullmatch(r"\d+", mnum.group()) else val
        rest = num[mnum.end():] if mnum else num
        rest = re.sub(r"\(.*?\)", "", rest)
        for w in ("左右", "以上", "以内", "以下"): rest = rest.replace(w, "")
        unit = d.get("unit")
        if unit is None:
            unit = rest.strip()
            if unit in ("μg/m³", "微克/立方米", "ug/m³", "μg/m3", "微克/立方米"): unit = "ug/m3"
            for a_, b_ in (("億", "亿"), ("萬", "万"), ("個", "个"), ("點", "点"), ("噸", "吨"), ("畝", "亩"), ("項", "项"), ("張", "张"), ("處", "处"), ("戶", "户"), ("輛", "辆"), ("條", "条"), ("門", "门"), ("裡", "里")):
                unit = unit.replace(a_, b_)
            if unit not in UNITS and unit != "": print("WARN unit", stem, vt, repr(unit))
        meas = d.get("measure")
        if meas is None:
            if unit == "个百分点": meas = "change"
            elif unit == "倍": meas = "growth"
            elif unit == "%":
                a = s
                while a > 0 and text[a-1] not in DELIM: a -= 1
                pre = text[a:s]
                gpos = max([pre.rfind(w) for w in GROW] + [-1])
                lpos = max([pre.rfind(w) for w in LEVEL] + [-1])
                meas = "growth" if gpos > lpos else "level"
            else: meas = "level"
        neg = d.get("neg")
        if neg is None:
            neg = meas in ("growth", "change") and any(w in before[-6:] for w in NEG)
        if neg: val = -val
        comp = d.get("comparator")
        if comp is None:
            ctx = vt + after
            pre = text[max(0, s-4):s]
            if "左右" in ctx or re.search(r"(约|近|接近)$", pre): comp = "approx"
            elif re.search(r"以上|以上", ctx) or re.search(r"(超过|突破|超|不少于|不低于|至少|逾)$", pre): comp = "ge"
            elif re.search(r"以内|以下", ctx) or re.search(r"(控制在|不超过|不高于)$", pre): comp = "le"
            else: comp = "eq"
        f = {"passage": pid, "value_text": vt, "start": s, "quote": q,
             "jurisdiction": d.get("jurisdiction") or meta["jurisdiction"], "indicator": d["ind"],
             "kind": d["kind"], "measure": meas, "year": d["year"], "period_start": d["period_start"],
             "value": val, "unit": unit, "comparator": comp, "binding": d["binding"], "core": d["core"]}
        if d.get("notes"): f["notes"] = d["notes"]
        gf.append(f)
    g = {"doc": stem + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
         "published": meta.get("published"), "area_code": meta["area_code"], "passages": passages, "facts": gf}
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return text, gf

if __name__ == "__main__":
    for stem in sys.argv[1:]:
        text, gf = build(stem)
        print(stem, len(text), "chars", len(gf), "facts")
        if "-v" in os.environ.get("V", "-v"):
            for f in gf:
                print(f"  {f['value_text']:>10} {f['value']:>9} {f['unit']:5} {f['kind'][:3]} {f['measure'][:3]} {f['year']} {f['period_start']} {f['comparator']:6} {'C' if f['core'] else '.'} {f['binding'] or ''} | {f['indicator']} | {f['quote'][:40]}")
