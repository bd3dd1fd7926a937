#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from marked-up src/cNNN.py.

Markup inside TEXT:
  ⟪p1⟫ ... ⟪/p1⟫            passage
  ⟨k=a y=2022 ps=- core=1⟩  change running defaults (no text)
  ⟦value_text¦indicator¦flags¦notes⟧   a fact (flags/notes optional)
flags (space separated): k=a|t  m=l|g|c  y=YYYY|-  ps=YYYY|-  u=UNIT  c=eq|ge|le|approx
  b=e|b|-  core=0|1  v=NUMBER  j=JURIS  q=QUOTE(~ = space)  qf=LABEL(~ = space)  neg
Offsets are computed from the stripped text, never written by hand.
"""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
UNITS = [("个百分点", "个百分点"), ("個百分點", "个百分点"), ("个百分點", "个百分点"),
         ("万亿元", "万亿元"), ("亿元", "亿元"), ("億元", "亿元"), ("万元", "万元"), ("萬元", "万元"), ("元", "元"),
         ("万吨标准煤", "万吨标准煤"), ("万吨", "万吨"), ("萬噸", "万吨"), ("万人次", "万人次"), ("万个", "万个"), ("万张", "万张"), ("万人", "万人"), ("萬人", "万人"),
         ("万平方米", "万平方米"), ("平方公里", "平方公里"), ("万亩", "万亩"), ("萬畝", "万亩"), ("亩", "亩"), ("公顷", "公顷"),
         ("公里", "公里"), ("微克/立方米", "ug/m3"), ("μg/m³", "ug/m3"), ("ug/m3", "ug/m3"), ("人", "人"), ("个", "个"), ("個", "个"),
         ("家", "家"), ("项", "项"), ("項", "项"), ("件", "件"), ("张", "张"), ("張", "张"), ("所", "所"), ("岁", "岁"), ("歲", "岁"),
         ("年", "年"), ("天", "天"), ("倍", "倍"), ("‰", "‰"), ("%", "%"), ("％", "%"), ("位", "位"), ("万", "万"), ("萬", "万"),
         ("亿", "亿"), ("億", "亿")]
GE_PRE = ("超过", "超過", "突破", "不低于", "不少于", "至少", "超", "高于")
APPROX_PRE = ("约", "約", "近", "接近")
LE_PRE = ("控制在", "不超过", "不高于", "低于")
NEG_WORDS = ("下降", "减少", "降低", "減少", "降低", "下滑", "回落")
DELIM = "，。；：,;\n！？"

def load(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

TOKEN = re.compile(r"⟪(/?)(p\d+)⟫|⟨([^⟩]*)⟩|⟦([^⟧]*)⟧")

def parse_flags(s):
    d = {}
    for t in s.split():
        if "=" in t:
            k, v = t.split("=", 1); d[k] = v.replace("~", " ")
        else:
            d[t] = True
    return d

def build(stem):
    m = load(stem); meta = m.META; src = m.TEXT.lstrip("\n")
    out = []; pos = 0; n = 0
    passages = {}; facts = []
    defaults = dict(k="a", m="l", y="-", ps="-", b="-", core="1", c=None)
    for mt in TOKEN.finditer(src):
        out.append(src[pos:mt.start()]); n += mt.start() - pos; pos = mt.end()
        if mt.group(2):
            pid = mt.group(2)
            if mt.group(1): passages[pid][1] = n
            else: passages[pid] = [n, None]
        elif mt.group(3) is not None:
            defaults.update(parse_flags(mt.group(3)))
        else:
            parts = mt.group(4).split("¦")
            vt = parts[0]; ind = parts[1] if len(parts) > 1 else ""
            fl = dict(defaults); fl.update(parse_flags(parts[2] if len(parts) > 2 else ""))
            notes = parts[3] if len(parts) > 3 else None
            facts.append(dict(vt=vt, ind=ind, fl=fl, notes=notes, start=n))
            out.append(vt); n += len(vt)
    out.append(src[pos:])
    text = "".join(out)
    if not text.endswith("\n"): text += "\n"
    # facts
    gold = []
    for f in facts:
        vt, s, fl = f["vt"], f["start"], f["fl"]
        assert text[s:s+len(vt)] == vt
        num = re.search(r"\d+(?:\.\d+)?", vt.translate(FW).replace(" ", "").replace("\n", ""))
        if "v" in fl: value = float(fl["v"])
        else: value = float(num.group())
        suffix = vt.translate(FW).replace(" ", "").replace("\n", "")[num.end():].strip() if num else ""
        suffix_core = re.sub(r"(以上|左右|以内|以內|以下)$", "", suffix).strip("]〕）) ")
        unit = fl.get("u")
        if unit is None:
            unit = ""
            for a, b in UNITS:
                if suffix_core.startswith(a): unit = b; break
            if unit == "" and suffix_core: print(f"WARN {stem} unit? {vt!r}")
        if unit == "-": unit = ""
        pre = text[max(0, s-6):s].rstrip(" \n　")
        comp = fl.get("c")
        if not comp:
            comp = "eq"
            if re.search(r"(以上)$", suffix) or any(pre.endswith(p) for p in GE_PRE): comp = "ge"
            if re.search(r"(以内|以內|以下)$", suffix) or any(pre.endswith(p) for p in LE_PRE) or "控制在" in text[max(0,s-12):s]: comp = "le"
            if re.search(r"左右$", suffix) or any(pre.endswith(p) for p in APPROX_PRE): comp = "approx"
        neg = fl.get("neg") is True or (fl.get("neg") is None and fl["m"] != "l" and any(w in text[max(0, s-8):s] for w in NEG_WORDS) and "pos" not in fl)
        if neg: value = -abs(value)
        if value == int(value) and "." not in (num.group() if num else "") and "v" not in fl: value = int(value)
        elif value == int(value) and "v" in fl and "." not in fl["v"]: value = int(value)
        # quote
        if "q" in fl:
            q = fl["q"]
            cands = [a.start() for a in re.finditer(re.escape(q), text) if a.start() <= s and s+len(vt) <= a.start()+len(q)]
            assert cands, f"{stem}: quote {q!r} does not cover {vt!r}"
        elif "qf" in fl:
            a = text.rfind(fl["qf"], 0, s); assert a >= 0, (stem, vt, fl["qf"])
            q = text[a:s+len(vt)]
        else:
            D = DELIM.replace("\n", "") if meta.get("wrap") else DELIM
            a = s
            while a > 0 and text[a-1] not in D: a -= 1
            e = s + len(vt)
            while e < len(text) and text[e] not in D: e += 1
            ind = f["ind"]
            key = [c for c in ind[:4] if "\u4e00" <= c <= "\u9fff"][:2]
            ext = int(fl.get("qb", 0))
            head = text[a:s]
            if not ext and not any(c in head for c in key) and a > 0 and text[a-1] in "，,":
                ext = 1
            for _ in range(ext):
                b = a - 1
                while b > 0 and text[b-1] not in D: b -= 1
                a = b
            if meta.get("wrap"):
                hs = [h.end() for h in re.finditer(r"(?:^|\n)(?:[一二三四五六七八九十]、|表 )[^\n]*\n", text[a:s])]
                if hs: a = a + hs[-1]
            q = text[a:e].strip()
        fact = dict(passage=None, value_text=vt, start=s, quote=q, jurisdiction=fl.get("j", meta["jurisdiction"]),
                    indicator=f["ind"], kind={"a": "actual", "t": "target"}[fl["k"]],
                    measure={"l": "level", "g": "growth", "c": "change"}[fl["m"]],
                    year=None if fl["y"] == "-" else int(fl["y"]),
                    period_start=None if fl["ps"] == "-" else int(fl["ps"]),
                    value=value, unit=unit, comparator=comp,
                    binding={"e": "expected", "b": "binding", "-": None}[fl["b"]], core=fl["core"] == "1")
        for pid, (a, b) in passages.items():
            if a <= s and s + len(vt) <= b: fact["passage"] = pid
        assert fact["passage"], f"{stem}: {vt} outside passages"
        if f["notes"]: fact["notes"] = f["notes"]
        gold.append(fact)
    g = dict(doc=stem + ".txt", jurisdiction=meta["jurisdiction"], genre=meta["genre"], published=meta["published"],
             area_code=meta["area_code"],
             passages=[dict(id=p, start=a, end=b, what=meta["what"][p]) for p, (a, b) in passages.items()],
             facts=gold)
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    spans = [(f["start"], f["start"] + len(f["value_text"])) for f in gold]
    left = []
    for pid, (a, b) in passages.items():
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[a:b]):
            x, y = a + mm.start(), a + mm.end()
            if not any(p < y and x < q2 for p, q2 in spans):
                left.append(f"{mm.group()}«{text[max(0,x-8):y+4]}»".replace("\n", "⏎"))
    print(f"{stem}: {len(text)} chars, {len(gold)} facts; unannotated: {' | '.join(left)}")
    return g

if __name__ == "__main__":
    for st in sys.argv[1:]: build(st)
