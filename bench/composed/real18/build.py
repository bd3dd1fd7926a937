#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (marked-up text).
Markup: ⟪p1⟫ ... ⟪/p1⟫ passages; ⟦value_text|indicator|flags⟧ a fact; ⟦!flags⟧ sets defaults.
flags (space separated): A/T kind; L/G/C measure; yNNNN year; pNNNN / pn period_start; u<unit>;
ge/le/approx/eq comparator; E/B/N binding; c/nc core; v<num> value; - negate; + no sign;
j:<jurisdiction>; q:<quote>; n:<notes> (must be last, takes the rest)."""
import importlib.util, json, re, sys, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
        "year", "period_start", "value", "unit", "comparator", "binding", "core"]
TRAD = str.maketrans({"億": "亿", "萬": "万", "噸": "吨", "個": "个", "點": "点", "畝": "亩", "項": "项",
                      "戶": "户", "張": "张", "輛": "辆", "臺": "台", "間": "间", "門": "门"})
DELIM = set("，。；：,;！!？\n|")
STOP = set("预期性约束增长下降减少提高降低年均分别比上同期为达到了和万亿元个百分点以上左右以内以下约近其中实现完成全市县区共计累计较去同比幅度回落增加长共有末底总合计人户家项件吨公里顷亩台所张辆座次米标准煤")
def fw(s): return "".join(unicodedata.normalize("NFKC", ch) if ch in "０１２３４５６７８９．" else ch for ch in s)
def parse_flags(tokens, d):
    d = dict(d)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.startswith("n:"): d["notes"] = " ".join([t[2:]] + tokens[i+1:]); break
        if t.startswith("qs:"): d["qstart"] = t[3:]; i += 1; continue
        if t.startswith("q:"):
            k = i + 1
            while k < len(tokens) and not tokens[k].startswith("n:"): k += 1
            d["quote"] = " ".join([t[2:]] + tokens[i+1:k]); i = k; continue
        elif t.startswith("j:"): d["jurisdiction"] = t[2:]
        elif t == "A": d["kind"] = "actual"
        elif t == "T": d["kind"] = "target"
        elif t in ("L", "G", "C"): d["measure"] = {"L": "level", "G": "growth", "C": "change"}[t]
        elif t == "M": d["measure"] = None  # auto
        elif re.fullmatch(r"y\d{4}", t): d["year"] = int(t[1:])
        elif t == "yn": d["year"] = None
        elif re.fullmatch(r"p\d{4}", t): d["period_start"] = int(t[1:])
        elif t == "pn": d["period_start"] = None
        elif t.startswith("u"): d["unit"] = t[1:]
        elif t in ("ge", "le", "approx", "eq"): d["comparator"] = t
        elif t == "E": d["binding"] = "expected"
        elif t == "B": d["binding"] = "binding"
        elif t == "N": d["binding"] = None
        elif t == "c": d["core"] = True
        elif t == "nc": d["core"] = False
        elif t.startswith("v"): d["value"] = float(t[1:])
        elif t == "W": d["wrap"] = True
        elif t == "w": d["wrap"] = False
        elif t == "-": d["neg"] = True
        elif t == "+": d["neg"] = False
        else: raise ValueError(f"bad flag {t!r}")
        i += 1
    return d
def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    src = m.TEXT
    defaults = dict(kind="actual", measure=None, year=None, period_start=None, unit=None, comparator=None,
                    binding=None, core=False, jurisdiction=m.META["jurisdiction"])
    defaults.update(getattr(m, "DEFAULTS", {}))
    out = []; pos = 0; facts = []; passages = {}; open_p = None
    for tok in re.finditer(r"⟪(/?)(p\d+)⟫|⟦([^⟧]*)⟧", src):
        out.append(src[pos:tok.start()]); pos = tok.end()
        cur = len("".join(out))
        if tok.group(2):
            if tok.group(1): passages[tok.group(2)]["end"] = cur; open_p = None
            else: passages[tok.group(2)] = {"id": tok.group(2), "start": cur, "end": None}; open_p = tok.group(2)
            continue
        body = tok.group(3)
        if body.startswith("!"):
            defaults = parse_flags(body[1:].split(), defaults); continue
        parts = body.split("|", 2)
        vt, ind = parts[0], parts[1]
        d = parse_flags(parts[2].split() if len(parts) > 2 else [], defaults)
        out.append(vt)
        facts.append(dict(vt=vt, start=cur, ind=ind, d=d, passage=open_p))
    out.append(src[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟪" not in text
    gold_facts = []
    for f in facts:
        vt, s, d = f["vt"], f["start"], f["d"]
        assert f["passage"], f"{stem}: fact outside passage {vt}"
        n = fw(vt)
        num = re.search(r"\d+(?:\.\d+)?", n)
        if "value" in d: value = d["value"]
        else:
            assert num, f"{stem}: no number in {vt}"
            value = float(num.group())
        suffix = n[num.end():] if num else ""
        suffix = re.sub(r"(以上|左右|以内|以內|以下|〕|\]|】|）|\)|\s)", "", suffix).translate(TRAD)
        unit = d["unit"] if d.get("unit") is not None else suffix
        unit = {"微克/立方米": "ug/m3", "％": "%"}.get(unit, unit)
        before = re.sub(r"\s", "", text[max(0, s-12):s])[-6:]
        # comparator
        comp = d.get("comparator")
        if comp is None:
            if re.search(r"左右$", vt) or re.search(r"(约|近|接近)$", before): comp = "approx"
            elif re.search(r"(以上)$", vt) or vt[:1] in ">＞≥" or re.search(r"(突破|超过|超|不少于|不低于|至少|跨越|跨过|迈上)$", before): comp = "ge"
            elif re.search(r"(以内|以內|以下)$", vt) or vt[:1] in "<＜≤" or re.search(r"(控制在|不超过|不高于|低于)$", before): comp = "le"
            else: comp = "eq"
        # sign
        neg = d.get("neg")
        if neg is None: neg = bool(re.search(r"(下降|减少|降低|回落|下滑|下跌|減少|降低了|下降了)$", before))
        if n.startswith(("-", "－", "−")) and "value" not in d: neg = True
        if neg: value = -abs(value)
        # measure
        meas = d.get("measure")
        if meas is None:
            if unit in ("个百分点",) or vt.startswith(("〔", "[", "［")): meas = "change"
            elif unit in ("%", "倍") and re.search(r"(增长|下降|增|降|降低|提高|减少|回落|上涨|增速|年均)$", before): meas = "growth"
            else: meas = "level"
        # quote
        q = d.get("quote")
        if d.get("qstart"):
            a0 = text.rfind(d["qstart"], 0, s); assert a0 >= 0
            q = text[a0:s + len(vt)]
        elif q is None:
            DL = DELIM - {"\n"} if d.get("wrap") else DELIM
            a = s
            while a > 0 and text[a-1] not in DL: a -= 1
            b = s + len(vt)
            while b < len(text) and text[b] not in DL: b += 1
            def ok(seg):
                seg2 = seg.replace(vt, "")
                return sum(1 for ch in seg2 if "\u4e00" <= ch <= "\u9fff" and ch not in STOP) >= 2
            while not ok(text[a:b]) and a > 0:
                a -= 1
                while a > 0 and text[a-1] not in DL: a -= 1
            pst = passages[f["passage"]]["start"]
            a = max(a, pst)
            while True:
                while a < s and text[a] in " \u3000\t\n": a += 1
                nl = text.find("\n", a, s)
                if nl != -1 and re.match(r"([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第.{1,3}[章节]|- ?\d+ ?-|— ?\d+ ?—|图 ?\d)", text[a:nl]) and len(text[a:nl]) <= 30:
                    a = nl + 1; continue
                break
            q = text[a:b]
        else:
            # find occurrence covering
            found = False
            for mm in re.finditer(re.escape(q), text):
                if mm.start() <= s and s + len(vt) <= mm.end(): found = True
            assert found, f"{stem}: quote {q!r} does not cover {vt!r}"
        if float(value).is_integer(): value = int(value)
        g = dict(passage=f["passage"], value_text=vt, start=s, quote=q, jurisdiction=d["jurisdiction"],
                 indicator=f["ind"], kind=d["kind"], measure=meas, year=d["year"], period_start=d["period_start"],
                 value=value, unit=unit, comparator=comp, binding=d["binding"], core=d["core"])
        if d.get("notes"): g["notes"] = d["notes"]
        assert text[s:s+len(vt)] == vt and vt in q
        gold_facts.append(g)
    plist = []
    for pid, p in passages.items():
        p["what"] = m.PASSAGES[pid]; plist.append(p)
    meta = m.META
    gold = {"doc": stem + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
            "published": meta["published"], "area_code": meta["area_code"], "passages": plist, "facts": gold_facts}
    open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
    json.dump(gold, open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    covered = set()
    for g in gold_facts: covered.update(range(g["start"], g["start"] + len(g["value_text"])))
    un = []
    for p in plist:
        for mm in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text[p["start"]:p["end"]]):
            a = p["start"] + mm.start()
            if a not in covered:
                un.append(f"{mm.group()}@{text[max(0,a-8):a]}[{mm.group()}]{text[a+len(mm.group()):a+len(mm.group())+6]}".replace("\n", "⏎"))
    print(f"{stem}: {len(gold_facts)} facts, {len(text)} chars; unannotated numbers: {len(un)}")
    if "-v" in sys.argv:
        for u in un: print("   ", u)
    return text, gold
if __name__ == "__main__":
    for st in [a for a in sys.argv[1:] if not a.startswith("-")]: build(st)
