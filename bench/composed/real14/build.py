#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.py (marked-up sources).

Markup inside TEXT:
  ⟪p1⟫ ... ⟪/p1⟫           passage p1 (its description is META['passages']['p1'])
  ⟦!k=v k=v⟧              directive: change the running defaults (kind, y, ps, u, b, j, core)
  ⟦value_text|indicator|flags⟧   a fact; flags are space separated:
      t / a        kind target / actual
      L / G / C    measure level / growth / change (default L)
      y2025        year; ps2021 period_start; P = take ps from defaults; p0 = period_start null
      ge le ap eq  comparator (else derived from 以上/左右/以内/以下 in value_text)
      E / B / N0   binding expected / binding / null
      n            core false (default true)
      - (minus)    negative value
      u=UNIT       unit (else derived from the printed suffix)
      v=NUM        value override
      qb=N         quote starts N clause boundaries back (default 1)
      qa=N         quote ends N boundaries forward (default 1)
      j=AREA       jurisdiction override
      note=TEXT    notes (use _ for spaces)
Offsets are computed from the stripped text, never written by hand.
"""
import json, os, re, sys, importlib.util
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
UNITMAP = [("億元", "亿元"), ("萬元", "万元"), ("萬人", "万人"), ("萬噸標準煤", "万吨标准煤"), ("萬噸", "万吨"),
           ("個百分點", "个百分点"), ("公裏", "公里"), ("萬畝", "万亩"), ("萬千瓦", "万千瓦"), ("個", "个"),
           ("歲", "岁"), ("萬", "万"), ("億", "亿")]
BOUND = set("，,。；;：:\n|、")
CMP_WORDS = [("以上", "ge"), ("左右", "approx"), ("以内", "le"), ("以內", "le"), ("以下", "le")]


def parse_num(vt):
    s = re.sub(r"(\d)。(\d)", r"\1.\2", vt.translate(FW).replace(",", ""))
    m = re.search(r"\d+(?:\.\d+)?", s)
    if not m:
        return None, ""
    return float(m.group()), s[m.end():]


def norm_unit(suffix):
    u = suffix
    for w, _ in CMP_WORDS:
        u = u.replace(w, "")
    u = u.strip().strip("〕]）)").strip()
    for a, b in UNITMAP:
        if u == a:
            return b
    return u


def build(stem):
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, "src", stem + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    META, SRC = mod.META, mod.TEXT
    out = []; facts = []; passages = {}; openp = {}; cur = None
    defaults = dict(kind="target", y=None, ps=None, u=None, b=None, j=META["jurisdiction"], core=True, nl=True)
    pos = 0; n = 0
    tok = re.compile(r"⟪(/?)(p\d+)⟫|⟦(.*?)⟧", re.S)
    for m in tok.finditer(SRC):
        out.append(SRC[pos:m.start()]); n += m.start() - pos; pos = m.end()
        if m.group(2):
            if m.group(1):
                passages[m.group(2)] = (openp.pop(m.group(2)), n); cur = None
            else:
                assert m.group(2) not in passages and m.group(2) not in openp, (stem, "passage id reused", m.group(2))
                openp[m.group(2)] = n; cur = m.group(2)
            continue
        body = m.group(3)
        if body.startswith("!"):
            for kv in body[1:].split():
                k, v = kv.split("=", 1)
                if v == "None": v = None
                elif k in ("y", "ps"): v = int(v)
                elif k in ("core", "nl"): v = v == "1"
                elif k == "kind": v = {"t": "target", "a": "actual"}[v]
                elif k == "b": v = {"E": "expected", "B": "binding"}[v]
                defaults[k] = v
            continue
        parts = body.split("|")
        vt, ind = parts[0], parts[1]
        flags = parts[2].split() if len(parts) > 2 else []
        start = n
        out.append(vt); n += len(vt)
        f = dict(passage=cur, value_text=vt, start=start, indicator=ind, flags=flags)
        f["_def"] = dict(defaults)
        facts.append(f)
    out.append(SRC[pos:]); text = "".join(out)
    recs = []
    for f in facts:
        d = f.pop("_def"); flags = f.pop("flags"); vt = f["value_text"]; s = f["start"]
        kind = d["kind"]; measure = "level"; year = d["y"]; ps = "auto"; cmp = None; binding = d["b"]
        core = d["core"]; neg = False; unit = None; value = None; qb = 1; qa = 1; j = d["j"]; note = None; ql = None; bx = set() if d["nl"] else {"\n"}
        for fl in flags:
            if fl == "t": kind = "target"
            elif fl == "a": kind = "actual"
            elif fl in ("L", "G", "C"): measure = {"L": "level", "G": "growth", "C": "change"}[fl]
            elif re.fullmatch(r"y\d{4}", fl): year = int(fl[1:])
            elif fl == "ynull": year = None
            elif re.fullmatch(r"ps\d{4}", fl): ps = int(fl[2:])
            elif fl == "P": ps = d["ps"]
            elif fl == "p0": ps = None
            elif fl in ("ge", "le", "eq"): cmp = fl
            elif fl == "ap": cmp = "approx"
            elif fl == "E": binding = "expected"
            elif fl == "B": binding = "binding"
            elif fl == "N0": binding = None
            elif fl == "n": core = False
            elif fl == "-": neg = True
            elif fl.startswith("u="): unit = fl[2:]
            elif fl.startswith("v="): value = float(fl[2:])
            elif fl.startswith("qb="): qb = int(fl[3:])
            elif fl.startswith("bx="): bx = bx | set(fl[3:])
            elif fl.startswith("ql="): ql = fl[3:].replace("_", " ")
            elif fl.startswith("qa="): qa = int(fl[3:])
            elif fl.startswith("j="): j = fl[2:]
            elif fl.startswith("note="): note = fl[5:].replace("_", " ")
            else: raise SystemExit(f"{stem}: bad flag {fl} in {vt}")
        num, suffix = parse_num(vt)
        if value is None: value = num
        if neg: value = -value
        if value == int(value) and "." not in vt.translate(FW): value = int(value)
        if num is None and unit is None: raise SystemExit(f"{stem}: give u= for {vt}")
        if unit is None:
            unit = norm_unit(suffix) if norm_unit(suffix) else d["u"]
        if unit is None: raise SystemExit(f"{stem}: no unit for {vt} {f['indicator']}")
        if unit == "-": unit = ""
        if cmp is None:
            cmp = "eq"
            for w, c in CMP_WORDS:
                if w in vt: cmp = c
        if ps == "auto":
            ps = d["ps"] if measure in ("growth", "change") else None
        # quote
        a = s; k = 0
        while a > 0:
            if text[a - 1] in BOUND - bx:
                k += 1
                if k >= qb: break
            a -= 1
        e = s + len(vt); k = 0
        while e < len(text):
            if text[e] in BOUND - bx:
                k += 1
                if k >= qa: break
            e += 1
        if ql is not None:
            a = text.rfind(ql, 0, s); e = s + len(vt)
            assert a >= 0, (stem, vt, ql)
        quote = text[a:e]
        lead = len(quote) - len(quote.lstrip(" 　\t——-\n"))
        quote = quote[lead:].rstrip(" 　\t\n")
        rec = dict(passage=f["passage"], value_text=vt, start=s, quote=quote, jurisdiction=j,
                   indicator=f["indicator"], kind=kind, measure=measure, year=year, period_start=ps,
                   value=value, unit=unit, comparator=cmp, binding=binding, core=core)
        if note: rec["notes"] = note
        assert text[s:s + len(vt)] == vt, (stem, vt)
        assert vt in quote, (stem, vt, quote)
        assert f["passage"], (stem, vt, "outside passage")
        recs.append(rec)
    gold = dict(doc=stem + ".txt", jurisdiction=META["jurisdiction"], genre=META["genre"],
                published=META["published"], area_code=META["area_code"],
                passages=[dict(id=p, start=a, end=b, what=META["passages"][p]) for p, (a, b) in sorted(passages.items())],
                facts=recs)
    with open(os.path.join(HERE, "docs", stem + ".txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    with open(os.path.join(HERE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    # unannotated numbers inside passages
    cover = [(r["start"], r["start"] + len(r["value_text"])) for r in recs]
    print(f"== {stem}: {len(recs)} facts, {len(text)} chars")
    for p, (a, b) in sorted(passages.items()):
        for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百千万两半]+[倍番]", text[a:b]):
            ms, me = a + m.start(), a + m.end()
            if not any(x < me and ms < y for x, y in cover):
                ctx = text[max(0, ms - 8):me + 6].replace("\n", "⏎")
                print(f"   unannotated {m.group()!r}: …{ctx}…")


if __name__ == "__main__":
    for st in sys.argv[1:] or sorted(x[:-3] for x in os.listdir(os.path.join(HERE, "src")) if x.endswith(".py") and not x.startswith("_")):
        build(st)
