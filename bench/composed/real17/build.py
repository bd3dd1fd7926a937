#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (inline markup).
Markup: ⟪p1⟫...⟪/p1⟫ passage; ⟨t 2019⟩ / ⟨a 2018⟩ default kind+year from here on;
⟦value_text|indicator|flags⟧ a fact; flags separated by ';':
 t a (kind) l g c (measure) eq ge le approx (comparator) core nc (core flag)
 y=YEAR ps=YEAR u=UNIT v=VALUE b=expected|binding j=JURIS q=QUOTE n=NOTES
"""
import json, re, sys, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
UNITS = [("万吨标准煤","万吨标准煤"),("个百分点","个百分点"),("個百分點","个百分点"),("个百分","个百分点"),
 ("万平方米","万平方米"),("萬平方米","万平方米"),("亿千瓦时","亿千瓦时"),("万千瓦","万千瓦"),("萬千瓦","万千瓦"),
 ("亿元","亿元"),("億元","亿元"),("万元","万元"),("萬元","万元"),("万人次","万人次"),("萬人次","万人次"),("万人","万人"),("萬人","万人"),
 ("万吨","万吨"),("萬噸","万吨"),("万亩","万亩"),("萬畝","万亩"),("万头","万头"),("萬頭","万头"),("万户","万户"),("万辆","万辆"),("万只","万只"),
 ("公顷","公顷"),("公頃","公顷"),("公里","公里"),("元","元"),("%","%"),("％","%"),("人","人"),("个","个"),("個","个"),
 ("家","家"),("项","项"),("項","项"),("件","件"),("亩","亩"),("畝","亩"),("位","位"),("年","年"),("岁","岁"),("歲","岁"),
 ("倍","倍"),("所","所"),("户","户"),("戶","户"),("天","天"),("张","张"),("張","张"),("座","座"),("条","条"),("條","条"),("套","套"),("km","公里"),
 ("微克/立方米","ug/m3"),("立方米","立方米"),("万","万"),("萬","万"),("亿","亿"),("億","亿"),("千亿","千亿")]
CMP_SUFFIX = [("以上","ge"),("左右","approx"),("以内","le"),("以內","le"),("以下","le")]
CMP_PREFIX = [("不少于","ge"),("不低于","ge"),("不少於","ge"),("不低於","ge"),("突破","ge"),("超过","ge"),("超過","ge"),("至少","ge"),("超","ge"),
 ("控制在","le"),("不超过","le"),("不超過","le"),("接近","approx"),("约","approx"),("約","approx"),("近","approx")]
DOWN = ("下降","减少","降低","回落","減少","降低","下降")
GROWTHW = ("增长","增長","下降","降低","减少","減少","增速","回落","上涨","上漲","增幅","长","長","增","降")
DELIM = "，,；;。\n：:！？（）()、"
CORE_KW = ["造林","生产总值","生產總值","GDP","工业增加值","工業增加值","固定资产投资","固定資產投資","社会消费品零售","社會消費品零售","进出口","進出口","外贸","出口",
 "预算收入","預算收入","财政收入","財政收入","财政总收入","可支配收入","常住人口","户籍人口","人口","城镇化","城鎮化","研发","R&D","研究与试验","就业","就業","失业","失業",
 "能耗","能源","碳","排放","森林","空气","空氣","优良天数","優良天數","PM","细颗粒物","水质","地表水","化学需氧量","氨氮","二氧化硫","氮氧化物","居民消费价格","居民消費價格","第一产业","第二产业","第三产业","第一產業","第二產業","第三產業","三次产业","三次產業","服务业增加值","服務業增加值","人均地区","人均生产总值","税收","稅收","规上工业","規上工業","规模以上工业","規模以上工業","消费品零售","消費品零售","粮食","糧食"]
def num(s):
    s = s.translate(FW).replace(",", "").replace(" ", "")
    m = re.search(r"\d+(?:\.\d+)?", s)
    return float(m.group()) if m else None
def unit_of(vt):
    s = vt.translate(FW)
    s = re.sub(r"^[\[〔【（(]", "", s)
    s = re.sub(r"^[\d.,\s]+", "", s)
    for w,_ in CMP_SUFFIX: s = s.replace(w, "")
    s = s.strip("]〕】)） ")
    if not s: return None
    for k,u in UNITS:
        if s == k: return u
    return s
def load(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
TOK = re.compile(r"⟦([^⟧]*)⟧|⟪(/?)(p\d+)⟫|⟨([at]) (\d{4})⟩")
def build(stem):
    M = load(stem); src = M.TEXT
    out = []; facts = []; pas = {}; pos = 0; kind, year = "actual", M.META.get("year")
    raw = []
    for mt in TOK.finditer(src):
        out.append(src[pos:mt.start()]); pos = mt.end()
        cur = sum(len(x) for x in out)
        if mt.group(1) is not None:
            parts = mt.group(1).split("|")
            vt, ind = parts[0], parts[1]
            flags = parts[2].split(";") if len(parts) > 2 and parts[2] else []
            out.append(vt)
            raw.append(dict(vt=vt, ind=ind, flags=flags, start=cur, kind=kind, year=year))
        elif mt.group(3):
            if mt.group(2): pas[mt.group(3)][1] = cur
            else: pas[mt.group(3)] = [cur, None]
        else:
            kind = "actual" if mt.group(4) == "a" else "target"; year = int(mt.group(5))
    out.append(src[pos:]); text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟨" not in text, stem
    def pid_of(s):
        for k,(a,b) in pas.items():
            if a <= s < b: return k
        raise SystemExit(f"{stem}: fact at {s} outside passages")
    for r in raw:
        vt, s = r["vt"], r["start"]; e = s + len(vt)
        fl = {}; bare = set()
        for f in r["flags"]:
            f = f.strip()
            if not f: continue
            if "=" in f: k,v = f.split("=",1); fl[k] = v
            else: bare.add(f)
        kind = "target" if "t" in bare else "actual" if "a" in bare else r["kind"]
        unit = fl.get("u") or unit_of(vt) or ""
        if unit in ("万","亿","千亿") and "u" not in fl: raise SystemExit(f"{stem}: unit? {vt}")
        # measure
        before = text[max(0, s-8):s]
        D = M.META.get("delim", DELIM)
        clause_start = max([text.rfind(d, 0, s) for d in D]) + 1
        pre = text[clause_start:s]
        if "g" in bare: measure = "growth"
        elif "c" in bare: measure = "change"
        elif "l" in bare: measure = "level"
        elif unit == "个百分点": measure = "change"
        elif unit == "倍": measure = "growth"
        elif unit == "%" and any(w in pre[-10:] for w in GROWTHW) and not re.search(r"(到|至|为|為|达|達)$", pre): measure = "growth"
        elif unit == "%" and pre.endswith(("和","、","及")) and re.search(r"(增长|增長|增\(zēng\)長|下降|降低|增速|上涨|上漲)", pre): measure = "growth"
        else: measure = "level"
        # comparator
        pre = re.sub(r"\s+", "", pre)
        comp = None
        for c in ("eq","ge","le","approx"):
            if c in bare: comp = c
        if comp is None:
            comp = "eq"
            for w,c in CMP_SUFFIX:
                if vt.endswith(w): comp = c
            if comp == "eq":
                for w,c in CMP_PREFIX:
                    if pre.endswith(w) or pre.endswith(w + "到") or pre.endswith(w+"至"): comp = c; break
            else:
                if comp != "approx" and any(pre.endswith(w) for w,c in CMP_PREFIX if c=="approx"): comp = "approx"
        # value
        if "v" in fl:
            value = float(fl["v"])
            if value == int(value): value = int(value)
        else:
            value = num(vt)
            if value is None: raise SystemExit(f"{stem}: no number in {vt}")
            if measure in ("growth","change") and any(pre.rstrip("了").endswith(w) or pre.endswith(w+"了") for w in DOWN): value = -value
            if re.search(r"(下降|减少|降低|減少)[^，,；;。]{0,6}$", pre) and measure in ("growth","change") and value > 0: value = -value
        if value == int(value) and "." not in vt.translate(FW): value = int(value)
        # quote
        if "q" in fl: q = fl["q"]
        else:
            a = clause_start; b = min([i for i in (text.find(d, e) for d in D) if i != -1] + [len(text)])
            q = text[a:b]
            rest = q.replace(vt, "")
            for w in ("按可比价格计算","按可比價格計算","分别","分別","同比","比上年","增长","增長","下降","提高","达到","達到","以上","左右","以内","和","及","为","為","其中","完成","实现","實現","增幅","全年","上涨","年均","两年","兩年","五年","累计","累計","同比","分别","年","月","前三季度","上半年","预计","預計"):
                rest = rest.replace(w, "")
            if not re.search(r"[\u4e00-\u9fff]{2}", rest):
                a2 = max([text.rfind(d, 0, a-1) for d in "，,；;。\n：:"]) + 1
                q = text[a2:b]
            q = q.strip()
        assert vt in q and q in text, (stem, vt, q)
        y = int(fl["y"]) if "y" in fl else (None if fl.get("y") == "" else r["year"])
        if fl.get("y") == "null": y = None
        ps = int(fl["ps"]) if "ps" in fl else None
        ind = r["ind"]
        if "core" in bare: core = True
        elif "nc" in bare: core = False
        else: core = any(k in ind for k in CORE_KW)
        f = dict(passage=pid_of(s), value_text=vt, start=s, quote=q, jurisdiction=fl.get("j", M.META["jurisdiction"]),
                 indicator=ind, kind=kind, measure=measure, year=y, period_start=ps, value=value, unit=unit,
                 comparator=comp, binding=fl.get("b"), core=core)
        if "n" in fl: f["notes"] = fl["n"]
        facts.append(f)
    g = dict(doc=stem + ".txt", jurisdiction=M.META["jurisdiction"], genre=M.META["genre"], published=M.META["published"],
             area_code=M.META["area_code"], passages=[dict(id=k, start=a, end=b, what=M.META.get("what", {}).get(k, "")) for k,(a,b) in pas.items()],
             facts=facts)
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(g, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # review
    for f in facts:
        assert text[f["start"]:f["start"]+len(f["value_text"])] == f["value_text"]
    covered = set()
    for f in facts: covered.update(range(f["start"], f["start"]+len(f["value_text"])))
    un = []
    for k,(a,b) in pas.items():
        for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[a:b]):
            if not (set(range(a+m.start(), a+m.end())) & covered):
                un.append(f"{m.group()}@{text[max(0,a+m.start()-6):a+m.end()+4]!r}")
    print(f"== {stem}: {len(text)} chars, {len(facts)} facts; unannotated numbers: {len(un)}")
    if "-v" in sys.argv:
        for f in facts:
            print(f"  {f['value_text']:<12} {f['indicator'][:18]:<18} {f['kind'][0]} {f['measure'][:2]} {f['year']} {f['period_start']} {f['value']} {f['unit']} {f['comparator']} {'C' if f['core'] else '-'} | {f['quote'][:40]}")
    for u in un: print("   UN", u)
if __name__ == "__main__":
    for stem in [a for a in sys.argv[1:] if not a.startswith("-")]: build(stem)
