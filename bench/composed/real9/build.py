#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (markup ⟦value@indicator@flags⟧, passages ⟪id⟫..⟪/id⟫)."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = ["个百分点","万吨标准煤","微克/立方米","ug/m3","亿千瓦时","万千瓦时","万千瓦","千瓦时","万平方米","平方米","万立方米","立方米","亿元","万元","元","万吨","吨","万人次","人次","万人","人","倍","万公顷","公顷","万亩","亩","公里","千米","米","家","个","项","万头","头","万只","只","所","张","套","辆","万辆","座","岁","年","天","万户","户","件","位","条","处","名","台","千公顷","万册","册","小时","分钟","%","％","‰"]
FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
def parse(src):
    spec = importlib.util.spec_from_file_location("m", src); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.META, m.TEXT
MARK = re.compile(r"⟦(.*?)@(.*?)@(.*?)⟧|⟪(/?)(\w+)⟫", re.S)
DELIM = "，。；！？\n,;"
def build(stem):
    META, raw = parse(os.path.join(HERE, "src", stem + ".py"))
    if raw.startswith("\n"): raw = raw[1:]
    out, pos, facts, pst, passages = [], 0, [], {}, []
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()]); n += len(raw[pos:m.start()]); pos = m.end()
        if m.group(5):
            pid = m.group(5)
            if m.group(4): passages.append({"id": pid, "start": pst.pop(pid), "end": n, "what": META["passages"][pid]})
            else: pst[pid] = n
            continue
        vt, ind, fl = m.group(1), m.group(2), m.group(3)
        facts.append((n, vt, ind, fl, len(passages) + len(pst)))
        out.append(vt); n += len(vt)
    out.append(raw[pos:]); text = "".join(out)
    assert not pst, pst
    gf = []
    for (s, vt, ind, fl, _) in facts:
        opts = {}
        for k, v in re.findall(r"(\w)\{(.*?)\}", fl, re.S): opts[k] = v
        toks = re.sub(r"\w\{.*?\}", " ", fl, flags=re.S).split()
        core = META.get("core", False); kind = META.get("kind", "actual"); meas = None; comp = None; bind = None
        year = META["year"]; ps = None; neg = False; unit = None; val = None; jur = META["jur"]; plus = False; qn = 0; qb = 0
        for t in toks:
            if t == "t": kind = "target"; year = META.get("tyear", year)
            elif t == "a": kind = "actual"; year = META["year"]
            elif t in ("g", "c", "l"): meas = {"g": "growth", "c": "change", "l": "level"}[t]
            elif t in ("ge", "le", "eq"): comp = t
            elif t == "~": comp = "approx"
            elif t == "-": neg = True
            elif t == "+": plus = True
            elif t == "E": bind = "expected"
            elif t == "B": bind = "binding"
            elif t == "*": core = True
            elif t == "o": core = False
            elif t == "P": ps = META["pstart"]
            elif re.fullmatch(r"y\d{4}", t): year = int(t[1:])
            elif t == "y-": year = None
            elif re.fullmatch(r"p\d{4}", t): ps = int(t[1:])
            elif t.startswith("v="): val = float(t[2:])
            elif t.startswith("u="): unit = (t[2:] if t[2:] != "none" else "").translate(str.maketrans("億萬噸畝個點頭隻項戶輛時", "亿万吨亩个点头只项户辆时"))
            elif t.startswith("j="): jur = t[2:]
            elif re.fullmatch(r"q\d", t): qn = int(t[1:])
            elif re.fullmatch(r"qb+", t): qb = len(t) - 1
            else: raise SystemExit(f"{stem}: bad flag {t!r} in {vt}")
        core = core if "*" in toks or "o" in toks else (True if META.get("core_all") else core)
        v2 = vt.translate(FW)
        num = re.search(r"-?\d+(?:\.\d+)?", v2)
        if val is None:
            if not num: raise SystemExit(f"{stem}: no number in {vt}, need v=")
            val = float(num.group())
        rest = v2[num.end():] if num else v2
        for w in ("以上", "左右", "以内", "以下", "以內"):
            if rest.endswith(w):
                rest = rest[:-len(w)]
                comp = comp or {"以上": "ge", "左右": "approx", "以内": "le", "以下": "le", "以內": "le"}[w]
        rest = rest.strip().strip("[]〔〕（）()").translate(str.maketrans("億萬噸畝個點頭隻項戶輛條時", "亿万吨亩个点头只项户辆条时"))
        if unit is None:
            if rest in UNITS: unit = {"％": "%"}.get(rest, rest)
            elif rest == "": raise SystemExit(f"{stem}: no unit for {vt!r} ({ind}), need u=")
            else: raise SystemExit(f"{stem}: unknown unit {rest!r} in {vt!r}")
        before = text[max(0, s - 6):s].replace(" ", "").replace("了", "")
        if comp is None:
            for w, c in (("超过", "ge"), ("突破", "ge"), ("不少于", "ge"), ("不低于", "ge"), ("至少", "ge"), ("控制在", "le"), ("不超过", "le"), ("约", "approx"), ("接近", "approx")):
                if before.endswith(w): comp = c
        comp = comp or "eq"
        if meas is None:
            if unit == "个百分点": meas = "change"
            elif unit in ("%", "倍") and re.search(r"(增长|下降|增|降|减少|回落|降低|增加|上涨|下跌)$", before): meas = "growth"
            else: meas = "level"
        if not plus and meas in ("growth", "change") and re.search(r"(下降|减少|降低|回落|下跌|减)$", before): neg = True
        if neg: val = -abs(val)
        if val == int(val) and "." not in (num.group() if num else ""): val = int(val)
        # quote
        if "q" in opts:
            q = opts["q"]
        else:
            a = s
            PUN = "，。；"
            def isdelim(i):
                ch = text[i]
                if ch != "\n" or not META.get("wrap"): return ch in DELIM
                l0 = text.rfind("\n", 0, i) + 1; l2 = text.find("\n", i + 1); l2 = len(text) if l2 < 0 else l2
                return not (any(c in text[l0:i] for c in PUN) and any(c in text[i + 1:l2] for c in PUN))
            while a > 0 and not isdelim(a - 1): a -= 1
            for _ in range(qn):
                a -= 1
                while a > 0 and text[a - 1] != "\n": a -= 1
            b = s + len(vt)
            while b < len(text) and not isdelim(b): b += 1
            q = text[a:b].strip()
            # a clause that does not name the indicator (增长4.6%) is extended back over one comma
            for _ in range(qb):
                a -= 1
                while a > 0 and not isdelim(a - 1): a -= 1
            q = text[a:b].strip()
            for _ in range(2):
                core_txt = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|[0-9０-９.．%％\s:：∶（）()]|增长|增長|下降|同比|比上年末|比上年|较上年|較上年|提高|分别|分別|其中|按可比价格计算|按不变价格计算|按不變價格計算|按可比價格計算|同比|比上年|上涨|增加|減少|减少|和|为|為|达到|達到|全年|亿元|億元|万元|元|万人|个百分点|個百分點|\(\w+\)", "", q.replace(vt, ""))
                if len(core_txt) >= 2 or a == 0 or text[a - 1] not in "，,": break
                a -= 1
                while a > 0 and not isdelim(a - 1): a -= 1
                q = text[a:b].strip()
        qs = [mm.start() for mm in re.finditer(re.escape(q), text)]
        if not any(x <= s and s + len(vt) <= x + len(q) for x in qs): raise SystemExit(f"{stem}: quote {q!r} does not cover {vt}")
        pid = None
        for p in passages:
            if p["start"] <= s and s + len(vt) <= p["end"]: pid = p["id"]
        if pid is None: raise SystemExit(f"{stem}: fact {vt} outside passages")
        rec = {"passage": pid, "value_text": vt, "start": s, "quote": q, "jurisdiction": jur, "indicator": ind,
               "kind": kind, "measure": meas, "year": year, "period_start": ps, "value": val, "unit": unit,
               "comparator": comp, "binding": bind, "core": core}
        if "n" in opts: rec["notes"] = opts["n"]
        gf.append(rec)
    g = {"doc": stem + ".txt", "jurisdiction": META["jur"], "genre": META["genre"], "published": META["published"],
         "area_code": META["area_code"], "passages": passages, "facts": gf}
    with open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="") as f: f.write(text)
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as f: json.dump(g, f, ensure_ascii=False, indent=1)
    # leftover numbers inside passages
    cov = set()
    for r in gf: cov.update(range(r["start"], r["start"] + len(r["value_text"])))
    left = []
    for p in passages:
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|翻[一两]?番|[一二两三四五六七八九十百千]+(?:倍|个百分点|万|亿)", text[p["start"]:p["end"]]):
            a = p["start"] + mm.start()
            if any(i in cov for i in range(a, a + len(mm.group()))): continue
            ctx = text[a - 8:a + len(mm.group()) + 6].replace("\n", "⏎")
            if re.fullmatch(r"(19|20)\d\d", mm.group()) and text[a + 4:a + 5] in "年—-－–~": continue
            left.append(f"{mm.group()}«{ctx}»")
    print(f"{stem}: {len(text)} chars, {len(gf)} facts; uncovered: " + " | ".join(left))
if __name__ == "__main__":
    for st in sys.argv[1:]: build(st)
