#!/usr/bin/env python3
"""Build docs/ and gold/ from specs/cNNN.src (marked-up text) and specs/meta.tsv.

Markup in a .src file:
  <<VALUE_TEXT|indicator tok tok ...>>   marks one fact; VALUE_TEXT is printed verbatim
  @@ key=val ...                         a line setting defaults for the facts after it (removed)
Tokens: a/t kind; l/g/c measure; yNNNN; psNNNN / ps-; eq/ge/le/approx; B/E/N binding;
core/nocore; v=NUM; u=UNIT; j=AREA; n=NOTE (underscores -> spaces); qb=N qf=N (extend the
quote N clauses back/forward); qline (quote = whole line).
The output text is the markup stripped.  Each fact's quote is cut from the output text; its
offset is then found with text.index(quote, hint) and the value's offset inside the quote on a
number boundary, so no offset is counted by hand.  specs/cNNN.facts.tsv lists the facts.
"""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
DELIMS = set("，,。；;：:\n\t、！？")
NUMRE = re.compile(r"[-−]?\d+(?:\.\d+)?")
UNITS_OK = None

def parse_src(src):
    out, facts, defaults = [], [], {}
    pos = 0
    lines = src.split("\n")
    body = []
    # handle @@ lines: they set defaults effective from that point
    marks = []  # (char index in stripped text, defaults snapshot) events
    text = ""
    i = 0
    buf = []
    cur = {}
    seq = []
    for ln in src.split("\n"):
        if ln.startswith("@@"):
            seq.append(("D", ln[2:].strip()))
        else:
            seq.append(("L", ln))
    first = True
    for typ, s in seq:
        if typ == "D":
            for tok in s.split():
                k, _, v = tok.partition("=")
                cur[k] = v
            continue
        W = int(cur.get("wrap", 0) or 0)
        if W and s.strip():
            s = wrap_line(s, W)
        if not first:
            buf.append("\n")
        first = False
        j = 0
        while True:
            m = s.find("<<", j)
            if m < 0:
                buf.append(s[j:]); break
            buf.append(s[j:m])
            e = s.index(">>", m)
            inner = s[m + 2:e]
            vt, _, attrs = inner.partition("|")
            start = sum(len(x) for x in buf)
            buf.append(vt)
            facts.append(dict(vt=vt, attrs=attrs.split(), start=start, d=dict(cur)))
            j = e + 2
    return "".join(buf), facts

def wrap_line(s, W):
    """hard-wrap a source line at W visible characters; never inside a marked value or a digit run"""
    toks = re.findall(r"<<[^>]*>>|.", s)
    out, n = [], 0
    for i, t in enumerate(toks):
        vis = len(t.split("|")[0]) - 2 if t.startswith("<<") else 1
        prev = out[-1][-1:] if out else ""
        nxt = t[2:3] if t.startswith("<<") else t
        if n + vis > W and n > 0 and not (prev.isdigit() and nxt.isdigit()) and t not in "，。；、）”：":
            out.append("\n"); n = 0
        out.append(t); n += vis
    return "".join(out)

def clause(text, s, e, qb=0, qf=0, nl=True):
    DELIM = DELIMS if nl else DELIMS - {"\n"}
    a = s
    n = qb
    while a > 0:
        if text[a - 1] in DELIM:
            if n == 0: break
            n -= 1
        a -= 1
    b = e
    n = qf
    while b < len(text):
        if text[b] in DELIM:
            if n == 0: break
            n -= 1
        b += 1
    q = text[a:b]
    lead = len(q) - len(q.lstrip(" 　"))
    return q.strip(" 　"), a + lead

def line_of(text, s, e):
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    if b < 0: b = len(text)
    q = text[a:b]
    lead = len(q) - len(q.lstrip(" 　\t"))
    return q.strip(" 　\t"), a + lead

GROW_BEFORE = ("年均增长", "上涨", "下跌", "增长了", "增长", "下降", "增速", "增幅", "回落", "降低", "减少", "增加", "增长了", "下降了", "減少", "增長", "下降了", "降低了", "增加了")
NEG_BEFORE = ("下降", "降低", "减少", "回落", "下降了", "降低了", "減少", "减少了")

def make_fact(text, f, meta):
    vt, attrs, s, d = f["vt"], f["attrs"], f["start"], f["d"]
    ind = attrs[0]
    o = dict(d)
    flags = set()
    for tok in attrs[1:]:
        if "=" in tok:
            k, _, v = tok.partition("="); o[k] = v
        else:
            flags.add(tok)
    m = NUMRE.search(vt)
    num = float(m.group().replace("−", "-"))
    rest = vt[m.end():]
    if vt.startswith(("[", "〔")):
        rest = rest.lstrip("]〕")
    comp = "eq"
    for suf, c in (("以上", "ge"), ("以内", "le"), ("以下", "le"), ("左右", "approx")):
        if rest.endswith(suf):
            rest = rest[:-len(suf)]; comp = c
    rest = rest.rstrip("]〕").strip()
    unit = o.get("u", rest) if not rest else rest
    if "u" in o and rest == "": unit = o["u"]
    if "u" in [t.partition("=")[0] for t in attrs[1:] if "=" in t]:
        unit = o["u"]
    before = text[max(0, s - 12):s].replace("\n", "")[-6:]
    for p in ("约", "近", "接近", "左右"):
        if before.endswith(p): comp = "approx"
    for p in ("超过", "突破", "超", "不少于", "至少", "达到以上", "以上"):
        if before.endswith(p): comp = "ge"
    for p in ("控制在", "不超过", "不高于", "低于"):
        if before.endswith(p): comp = "le"
    after = text[s + len(vt):s + len(vt) + 2]
    if after in ("以上",): comp = "ge"
    if after in ("以内", "以下"): comp = "le"
    if after in ("左右",): comp = "approx"
    for c in ("eq", "ge", "le", "approx"):
        if c in flags: comp = c
    TRAD = {"億": "亿", "萬": "万", "個": "个", "畝": "亩", "點": "点", "噸": "吨", "張": "张", "項": "项", "條": "条", "歲": "岁", "戶": "户", "plain": ""}
    unit = "".join(TRAD.get(ch, ch) for ch in unit)
    measure = "level"
    if unit == "个百分点" or vt.startswith(("[", "〔")):
        measure = "change"
    elif any(before.endswith(w) for w in GROW_BEFORE):
        measure = "growth" if unit in ("%", "倍") else "change"
    for fl, mm in (("l", "level"), ("g", "growth"), ("c", "change")):
        if fl in flags: measure = mm
    neg = any(before.endswith(w) for w in NEG_BEFORE) and measure != "level"
    if "pos" in flags: neg = False
    if "neg" in flags: neg = True
    if "v" in o and "v=" in " ".join(attrs): num = float(o["v"])
    elif neg: num = -abs(num)
    kind = {"a": "actual", "t": "target"}[o.get("k", "a")]
    if "a" in flags: kind = "actual"
    if "t" in flags: kind = "target"
    year = o.get("y")
    ps = o.get("ps")
    for fl in flags:
        if re.fullmatch(r"y\d{4}", fl): year = fl[1:]
        if re.fullmatch(r"ps\d{4}", fl): ps = fl[2:]
        if fl == "ps-": ps = None
        if fl == "y-": year = None
    b = o.get("b") or None
    if "B" in flags: b = "binding"
    if "E" in flags: b = "expected"
    if "N" in flags: b = None
    b = {"B": "binding", "E": "expected", "binding": "binding", "expected": "expected"}.get(b, None) if b else None
    core = o.get("core", "0") == "1"
    if "core" in flags: core = True
    if "nocore" in flags: core = False
    if "qfrom" in o and "qfrom=" in " ".join(attrs):
        qs = text.rindex(o["qfrom"], 0, s)
        _, e0 = s, s + len(vt)
        q0, _ = clause(text, s, e0, 0, 0, o.get("nl", "1") != "0")
        q = text[qs:text.index(q0, s - len(q0)) + len(q0)] if False else text[qs:e0]
    elif "qline" in flags or o.get("qline") == "1" and "noqline" not in flags:
        q, qs = line_of(text, s, s + len(vt))
    else:
        q, qs = clause(text, s, s + len(vt), int(o.get("qb", 0)), int(o.get("qf", 0)), o.get("nl", "1") != "0")
    for fl in flags:
        if fl.startswith("qb"): pass
    # locate: text.index(quote) from the quote's own position; value inside on a number boundary
    qpos = text.index(q, qs)
    assert qpos == qs, (q, qpos, qs)
    k = 0
    while True:
        r = q.index(vt, k)
        a = qpos + r
        okl = a == 0 or not vt[0].isdigit() or not (text[a - 1].isdigit() or text[a - 1] == ".")
        e = a + len(vt)
        okr = e >= len(text) or not (vt[-1].isdigit() and (text[e].isdigit() or text[e] == "."))
        if okl and okr and a == s: break
        k = r + 1
    big = {ind[i:i + 2] for i in range(len(ind) - 1)}
    if not any(x in q for x in big):
        print("WARN quote lacks indicator:", meta["doc"], vt, ind, repr(q), file=sys.stderr)
    value = int(num) if num == int(num) and "." not in m.group() else num
    rec = dict(passage="p1", value_text=vt, start=a, quote=q,
               jurisdiction=o.get("j", meta["jurisdiction"]), indicator=ind, kind=kind,
               measure=measure, year=int(year) if year else None,
               period_start=int(ps) if ps else None, value=value, unit=unit,
               comparator=comp, binding=b, core=core)
    if o.get("n") and "n=" in " ".join(attrs):
        rec["notes"] = o["n"].replace("_", " ")
    return rec

def main():
    meta = {}
    with open(os.path.join(HERE, "specs", "meta.tsv"), encoding="utf-8") as fh:
        hdr = fh.readline().rstrip("\n").split("\t")
        for ln in fh:
            if ln.strip():
                r = dict(zip(hdr, ln.rstrip("\n").split("\t"))); meta[r["doc"]] = r
    rows = []
    for doc in sorted(meta):
        src = open(os.path.join(HERE, "specs", doc + ".src"), encoding="utf-8").read()
        text, fl = parse_src(src)
        if not text.endswith("\n"): text += "\n"
        with open(os.path.join(HERE, "docs", doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        text = open(os.path.join(HERE, "docs", doc + ".txt"), encoding="utf-8", newline="").read()
        m = meta[doc]
        facts = [make_fact(text, f, m) for f in fl]
        # passage bounds: a number, or a verbatim marker string (start: where it begins; end: where it begins)
        psv, pev = (m.get("pstart") or "0").replace("\\n", "\n"), (m.get("ptail") or "0").replace("\\n", "\n")
        ps = int(psv) if psv.isdigit() else text.index(psv)
        pe = len(text) - int(pev) if pev.isdigit() else text.index(pev)
        g = dict(doc=doc + ".txt", jurisdiction=m["jurisdiction"], genre=m["genre"],
                 published=m["published"] or None, area_code=m["area_code"],
                 passages=[dict(id="p1", start=ps, end=pe, what=m["what"])], facts=facts)
        with open(os.path.join(HERE, "gold", doc + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
        with open(os.path.join(HERE, "specs", doc + ".facts.tsv"), "w", encoding="utf-8") as fh:
            keys = ["value_text", "start", "indicator", "kind", "measure", "year", "period_start", "value", "unit", "comparator", "binding", "core", "jurisdiction", "quote"]
            fh.write("\t".join(keys) + "\n")
            for x in facts:
                fh.write("\t".join(str(x[k]).replace("\n", "⏎") for k in keys) + "\n")
        split = "dev" if int(doc[1:]) % 2 else "held"
        rows.append([doc + ".txt", m["genre"], str(len(facts)), m["jurisdiction"], m["published"], split])
        # report uncovered digit strings for review
        cov = set()
        for x in facts:
            cov.update(range(x["start"], x["start"] + len(x["value_text"])))
        left = [(mm.start(), mm.group(), text[max(0, mm.start() - 8):mm.end() + 4].replace("\n", "⏎"))
                for mm in re.finditer(r"\d+(?:\.\d+)?", text) if mm.start() not in cov]
        if "-v" in sys.argv:
            print("==", doc, len(text), "chars", len(facts), "facts")
            for l in left: print("   ", l)
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8") as fh:
        fh.write("doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n")
        for r in rows: fh.write("\t".join(r) + "\n")
    for r in rows: print("\t".join(r))

if __name__ == "__main__":
    main()
