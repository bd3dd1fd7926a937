#!/usr/bin/env python3
"""Build docs/*.txt and gold/*.gold.json from src/cNNN.py (marked-up text).
Markup: ⟪p1⟫ ... ⟪/p1⟫ passages; ⟦value_text|indicator|k=v;k=v⟧ facts.
Keys: k(a/t) m(l/g/c) y ps c(eq/ge/le/approx) b(e/b) core(1/0) u v j q n neg(1/0)."""
import json, re, sys, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
UNITS = [("个百分点","个百分点"),("個百分點","个百分点"),("百分点","个百分点"),("万吨标准煤","万吨标准煤"),("亿元","亿元"),("億元","亿元"),("万元","万元"),("萬元","万元"),
         ("万人","万人"),("萬人","万人"),("万户","万户"),("万千瓦","万千瓦"),("万平方米","万平方米"),("万亩","万亩"),("萬畝","万亩"),("万吨","万吨"),("萬噸","万吨"),("元","元"),("%","%"),("人","人"),("个","个"),("個","个"),("家","家"),("项","项"),("項","项"),
         ("公顷","公顷"),("亩","亩"),("公里","公里"),("位","位"),("年","年"),("岁","岁"),("歲","岁"),("倍","倍"),("所","所"),("张","张"),("天","天"),("户","户"),("件","件"),("座","座"),("km","公里"),("ug/m3","ug/m3"),("微克/立方米","ug/m3")]
CORE = re.compile(r"生产总值|生產總值|GDP|工业增加值|工業增加值|固定资产投资|固定資產投資|零售总额|零售總額|进出口|進出口|出口|预算收入|預算收入|财政|財政|可支配收入|人口|城镇化|城鎮化|研发|研發|R&D|就业|就業|失业|失業|能耗|能源|碳|排放|森林|空气|空氣|优良|優良|水质|地表水|PM|细颗粒物|三次产业|第[一二三]产业|第[一二三]產業|居民消费价格|粮食")
NEG = re.compile(r"(下降|减少|降低|回落|下滑|下降了|降幅为?|減少|降低了)$")
def parse_flags(s):
    d = {}
    for kv in filter(None, s.split(";")):
        k, _, v = kv.partition("="); d[k.strip()] = v
    return d
def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    src, M = mod.TEXT.lstrip("\n"), mod.META
    out, facts, passages, open_p = [], [], [], {}
    pos = 0; i = 0
    tok = re.compile(r"⟪(/?)(p\d+)⟫|⟦([^⟧]*)⟧")
    for m in tok.finditer(src):
        out.append(src[pos:m.start()]); cur = sum(map(len, out))
        if m.group(2):
            if m.group(1): passages.append({"id": m.group(2), "start": open_p.pop(m.group(2)), "end": cur, "what": M["what"].get(m.group(2), "")})
            else: open_p[m.group(2)] = cur
        else:
            parts = m.group(3).split("|")
            vt, ind = parts[0], parts[1]
            fl = parse_flags(parts[2]) if len(parts) > 2 else {}
            facts.append((cur, vt, ind, fl)); out.append(vt)
        pos = m.end()
    out.append(src[pos:]); text = "".join(out)
    assert not open_p, open_p
    recs = []
    for s, vt, ind, fl in facts:
        pid = next(p["id"] for p in passages if p["start"] <= s < p["end"])
        n = vt.translate(FW)
        num = re.search(r"\d+(?:\.\d+)?", n)
        val = float(num.group()) if num else None
        rest = n[num.end():] if num else n
        comp = "eq"
        for w, c in (("以上","ge"),("左右","approx"),("以内","le"),("以內","le"),("以下","le")):
            if w in rest: comp = c; rest = rest.replace(w, "")
        rest = rest.strip("[]〔〕（）() ")
        unit = ""
        for a, b in UNITS:
            if rest.startswith(a): unit = b; break
        before = text[max(0, s-6):s]
        if comp == "eq":
            if re.search(r"(突破|超过|超過|不低于|不低於|不少于|至少|超)$", before): comp = "ge"
            elif re.search(r"(约|約|近|接近)$", before): comp = "approx"
            elif re.search(r"(控制在|不超过)$", before): comp = "le"
        neg = NEG.search(before) is not None
        if "neg" in fl: neg = fl["neg"] == "1"
        if "v" in fl: val = float(fl["v"])
        elif neg and val is not None: val = -val
        if val is not None and val == int(val) and "." not in n: val = int(val)
        if "u" in fl: unit = fl["u"]
        if unit == "个百分点": meas = "change"
        elif unit in ("%", "倍") and re.search(r"(增长|增長|下降|增速|增幅|年均|降低|减少|減少|回落|上涨|上漲|增|降|長)[^,，。；;：:\n]*$", text[max(0,s-16):s].replace("增加值", "")): meas = "growth"
        else: meas = "level"
        if meas == "growth" and re.search(r"(降至|降到|下降到|增加到|增至|提高到|提升到|提升至|提高至|上升到|上升至)[^，。；;,]*$", text[max(0,s-16):s]): meas = "level"
        meas = {"l":"level","g":"growth","c":"change"}.get(fl.get("m"), meas)
        if "c" in fl: comp = fl["c"]
        # quote: clause around value
        delim = "，,。；;：:\n？！"
        a = s
        while a > 0 and text[a-1] not in delim: a -= 1
        e = s + len(vt)
        while e < len(text) and text[e] not in delim: e += 1
        clause = text[a:e]
        stripped = re.sub(r"\([a-zA-Z\u00e0-\u01dc]+\)|[\s\u3000]+|增長|上漲|增產|比上年|[\d.%０-９％]+|同比|比上年|增长|增長|下降|分别|分別|其中|个百分点|亿元|万元|左右|以上|年均|提高|高于|低于|和|达到|为|實現|实现|元", "", clause)
        if len(stripped) < 3 and a > 1:
            a2 = a - 1
            while a2 > 0 and text[a2-1] not in delim: a2 -= 1
            clause = text[a2:e]
        clause = clause.strip(" \u3000\t")
        q = fl.get("q", clause)
        kind = {"a":"actual","t":"target"}[fl.get("k", M.get("k", "a"))]
        y = fl.get("y", M.get("y")); y = int(y) if y not in (None, "", "null") else None
        ps = fl.get("ps"); ps = int(ps) if ps not in (None, "", "null") else None
        core = fl["core"] == "1" if "core" in fl else bool(CORE.search(ind))
        rec = {"passage": pid, "value_text": vt, "start": s, "quote": q, "jurisdiction": fl.get("j", M["jurisdiction"]),
               "indicator": ind, "kind": kind, "measure": meas, "year": y, "period_start": ps, "value": val,
               "unit": unit, "comparator": comp, "binding": {"e":"expected","b":"binding"}.get(fl.get("b")), "core": core}
        if "n" in fl: rec["notes"] = fl["n"]
        assert text[s:s+len(vt)] == vt and vt in q and q in text, (stem, vt, q)
        recs.append(rec)
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    g = {"doc": stem + ".txt", "jurisdiction": M["jurisdiction"], "genre": M["genre"], "published": M["published"],
         "area_code": M["area_code"], "passages": passages, "facts": recs}
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    cov = set()
    for r in recs: cov.update(range(r["start"], r["start"] + len(r["value_text"])))
    un = []
    for p in passages:
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[p["start"]:p["end"]]):
            st = p["start"] + mm.start()
            if st not in cov: un.append(f"{mm.group()}@{text[max(0,st-8):st+len(mm.group())+4]!r}")
    print(f"{stem}: {len(recs)} facts, {len(text)} chars; unannotated: {len(un)}")
    if "-v" in sys.argv: print("   ", " ".join(un))
    return g
if __name__ == "__main__":
    stems = [a for a in sys.argv[1:] if not a.startswith("-")] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if re.fullmatch(r"c\d+\.py", f))
    for st in stems: build(st)
