#!/usr/bin/env python3
"""Build docs/ and gold/ from src/cNNN.py (markup -> text + computed offsets)."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
FACT = re.compile(r"⟦(.*?)⟧", re.S)
TOK = re.compile(r"⟦.*?⟧|⟪/?p\d+⟫|⟨set [^⟩]*⟩", re.S)
CORE_KW = ["生产总值", "工业增加值", "固定资产投资", "消费品零售", "进出口", "外贸", "出口", "一般公共预算收入",
           "财政收入", "可支配收入", "常住人口", "城镇化", "研发", "R&D", "就业", "失业", "能耗", "能源消费", "二氧化碳",
           "碳排放", "排放", "森林", "优良天数", "PM2.5", "地表水", "水质", "空气", "生產總值", "工業增加值", "固定資產投資",
           "消費品零售", "進出口", "可支配收入", "城鎮化", "常住人口", "就業", "財政", "公共预算", "公共預算", "细颗粒物",
           "用水量", "空氣", "顆粒物", "優良天數", "林覆蓋", "森林覆蓋", "能耗", "耕地保有", "草原综合植被盖度", "湿地", "人口"]
UNITS = {"億元": "亿元", "萬元": "万元", "萬人": "万人", "萬噸": "万吨", "萬畝": "万亩", "畝": "亩", "個百分點": "个百分点",
         "個": "个", "萬千瓦": "万千瓦", "萬戶": "万户", "戶": "户", "噸": "吨", "萬頭": "万头", "頭": "头", "隻": "只",
         "萬只": "万只", "萬隻": "万只", "萬人次": "万人次", "公裏": "公里", "萬": "万", "億千瓦時": "亿千瓦时", "萬頭": "万头", "微克/立方米": "ug/m3"}
FW = str.maketrans("０１２３４５６７８９．", "0123456789.")

def parse(src, defaults):
    """Return text, facts(raw), passages."""
    out, facts, pstack, passages = [], [], {}, []
    pos = 0; cur = dict(defaults)
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()]); pos = m.end()
        t = m.group(0); off = sum(len(x) for x in out)
        if t.startswith("⟪/"):
            pid = t[2:-1]; passages.append({"id": pid, "start": pstack.pop(pid), "end": off})
        elif t.startswith("⟪"):
            pstack[t[1:-1]] = off
        elif t.startswith("⟨set"):
            for kv in t[5:-1].split():
                k, v = kv.split("=", 1); cur[k] = v
        else:
            body = t[1:-1]; parts = body.split("|")
            vt, ind = parts[0], parts[1]
            flags = {}
            for fl in parts[2:]:
                for tok in fl.split(" "):
                    if not tok: continue
                    if "=" in tok:
                        k, v = tok.split("=", 1); flags[k] = v
                    else: flags[tok] = True
            facts.append(dict(vt=vt, ind=ind, flags=flags, start=off, ctx=dict(cur)))
            out.append(vt)
    out.append(src[pos:])
    assert not pstack, pstack
    return "".join(out), facts, passages


def wrap_markup(src, width):
    """Hard-wrap lines longer than width visible chars (PDF text layer); a fact's value may be split."""
    out = []; col = 0; i = 0
    while i < len(src):
        m = TOK.match(src, i)
        if m:
            t = m.group(0)
            if t.startswith("⟦"):
                body = t[1:-1]; vt, rest = body.split("|", 1); nv = []
                for ch in vt:
                    if col >= width and not nv: out.append("\n"); col = 0
                    elif col >= width: nv.append("\n"); col = 0
                    nv.append(ch); col += 1
                out.append("⟦" + "".join(nv) + "|" + rest + "⟧")
            else:
                out.append(t)
            i = m.end(); continue
        ch = src[i]
        if ch == "\n": col = 0; out.append(ch)
        else:
            if col >= width: out.append("\n"); col = 0
            out.append(ch); col += 1
        i += 1
    return "".join(out)

SEP = set("，。；：\n！？,;（）")
def clause(text, s, e):
    a = s
    while a > 0 and text[a-1] not in SEP: a -= 1
    b = e
    while b < len(text) and text[b] not in SEP: b += 1
    return a, b

def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    D = mod.META
    src = wrap_markup(mod.TEXT, D["wrap"]) if D.get("wrap") else mod.TEXT
    text, raw, passages = parse(src, D.get("defaults", {}))
    global SEP
    SEP = set("，。；：！？,;（）|") if D.get("wrap") else set("，。；：\n！？,;（）")
    facts = []
    for r in raw:
        vt, s, fl, cx = r["vt"], r["start"], r["flags"], r["ctx"]
        e = s + len(vt)
        g = lambda k, d=None: fl.get(k, cx.get(k, d))
        clean = vt.translate(FW).replace("\n", "").replace(",", "")
        mnum = re.search(r"\d+(?:\.\d+)?", clean)
        value = float(fl["v"]) if "v" in fl else float(mnum.group())
        if value == int(value) and "." not in (fl.get("v") or mnum.group()): value = int(value)
        rest = clean[mnum.end():] if mnum else ""
        cmp_ = "eq"
        for suf, c in (("以上", "ge"), ("左右", "approx"), ("以内", "le"), ("以內", "le"), ("以下", "le")):
            if rest.endswith(suf): rest = rest[:-len(suf)]; cmp_ = c
        rest = rest.strip("[]〔〕（）() ")
        unit = fl.get("u", UNITS.get(rest, rest))
        before = text[max(0, s-6):s]
        if cmp_ == "eq":
            if re.search(r"(突破|超过|超|不少于|至少|不低于|达到\d*以上)$", before): cmp_ = "ge"
            elif re.search(r"(约|近|接近|約)$", before): cmp_ = "approx"
            elif re.search(r"(控制在|不超过|不超過|控制在\s*)$", before): cmp_ = "le"
        cmp_ = fl.get("cmp", cmp_)
        a, b = clause(text, s, e)
        pre = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)", "", text[a:s].replace("\n", ""))
        meas = fl.get("m")
        if not meas:
            if unit == "个百分点" or vt.startswith(("〔", "[")): meas = "change"
            elif re.search(r"(到|至|为|為|在)$", pre): meas = "level"
            elif re.search(r"(增长|下降|增速|增幅|減少|减少|降低|增長|下降|回落|年均|提高|分别增长|分別增長)[^，。；]{0,6}$", pre) and unit == "%": meas = "growth"
            elif unit == "倍": meas = "growth"
            else: meas = "level"
        meas = {"l": "level", "g": "growth", "c": "change"}.get(meas, meas)
        sign = 1
        if "neg" in fl: sign = -1
        elif "pos" not in fl and meas != "level" and re.search(r"(下降|减少|降低|減少|回落)[^，。；]{0,3}$", pre) \
                and not any(w in r["ind"] for w in ("下降", "降低", "减少")): sign = -1
        value = sign * value
        kind = {"a": "actual", "t": "target"}[fl.get("k", cx.get("k", "a"))]
        y = fl.get("y", cx.get("y")); y = int(y) if y not in (None, "-") else None
        ps = fl.get("ps", cx.get("ps")); ps = int(ps) if ps not in (None, "-") else None
        b_ = fl.get("b", cx.get("b")); binding = {"e": "expected", "b": "binding"}.get(b_)
        if "core" in fl: core = True
        elif "nc" in fl: core = False
        elif cx.get("core") == "1": core = True
        else: core = any(k in r["ind"] for k in CORE_KW)
        if "q" in fl:
            q = fl["q"].replace("_", " ").replace("\\n", "\n")
        elif "ql" in fl:  # extend quote left over N line breaks (one-cell-a-line tables)
            n = int(fl["ql"]); a2 = text.rfind("\n", 0, s) + 1
            for _ in range(n):
                a2 = text.rfind("\n", 0, a2 - 1) + 1
            q = text[a2:e]
        else:
            # extend left over commas until the quote names the indicator (first two characters of its name)
            ind = re.sub(r"[^\u4e00-\u9fff]", "", r["ind"])
            bigr = {ind[i:i+2] for i in range(len(ind) - 1)}
            named = lambda seg: any(bg in re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)|\n", "", seg) for bg in bigr)
            hops = 0
            while not named(text[a:b]) and a > 0 and text[a-1] in "，；、,;" and hops < 3:
                hops += 1
                a2 = a - 1
                while a2 > 0 and text[a2-1] not in SEP: a2 -= 1
                a = a2
            q = text[a:b].strip()
        pid = next((p["id"] for p in passages if p["start"] <= s and e <= p["end"]), None)
        f = dict(passage=pid, value_text=vt, start=s, quote=q, jurisdiction=fl.get("j", D["jurisdiction"]).replace("_", " "),
                 indicator=r["ind"], kind=kind, measure=meas, year=y, period_start=ps, value=value, unit=unit,
                 comparator=cmp_, binding=binding, core=core)
        if "n" in fl: f["notes"] = fl["n"].replace("_", " ")
        if "\n" in vt: f["notes"] = (f.get("notes", "") + " number split by a hard line wrap of the PDF text layer; value_text keeps the line break as printed").strip()
        facts.append(f)
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    with open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="") as fh: fh.write(text)
    g = {"doc": stem + ".txt", "jurisdiction": D["jurisdiction"], "genre": D["genre"], "published": D["published"],
         "area_code": D["area_code"], "passages": [dict(p, what=D["passages"].get(p["id"], "")) for p in sorted(passages, key=lambda p: p["start"])],
         "facts": facts}
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    # unannotated numbers inside passages, for review
    covered = [(f["start"], f["start"] + len(f["value_text"])) for f in facts]
    un = []
    for p in passages:
        for m in re.finditer(r"[0-9０-９][0-9０-９.．,]*", text[p["start"]:p["end"]]):
            s0 = p["start"] + m.start(); e0 = s0 + len(m.group())
            if not any(a <= s0 < b for a, b in covered):
                un.append(f"{s0}\t{m.group()}\t{text[max(0,s0-12):e0+6]!r}")
    with open(os.path.join(HERE, "src", stem + ".unannotated.txt"), "w", encoding="utf-8") as fh: fh.write("\n".join(un) + "\n")
    return g, text, un

if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if re.fullmatch(r"c\d+\.py", f))
    rows = []
    for st in stems:
        g, text, un = build(st)
        print(st, len(g["facts"]), "facts", len(text), "chars", len(un), "unannotated numbers")
