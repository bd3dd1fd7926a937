#!/usr/bin/env python3
"""Build docs/cNNN.txt and gold/cNNN.gold.json from src/cNNN.src (stdlib only).

Source syntax (provenance; the annotator's working format):
  @@ key=value ...            document fields (doc, genre, published, area_code, jurisdiction, crlf)
  @@p ID what text            passage description
  @@d tokens                  defaults for following facts (@@d reset clears)
  ⟦p1⟧ ... ⟦/p1⟧              passage bounds in the text
  ⁅                           quote anchor (used by token qa)
  «value_text|indicator|tokens|notes»   a fact; value_text is kept in the text
Tokens: a/t kind; L/G/C measure; yNNNN/yn year; pNNNN/pn period_start; eq/ge/le/ap comparator;
  B/E/N binding; core/nc; neg; v=NUM; u=UNIT; j=JUR; qa (quote from last anchor); qN (include N
  preceding clauses); ql (quote = whole line); qe=N (extend quote N chars to the right)
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FW = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")
TRAD = str.maketrans("億萬噸畝個點頃戶項間張臺輛隻頭處條歲標準煤筆幢萬元", "亿万吨亩个点顷户项间张台辆只头处条岁标准煤笔幢万元")
DELIM = set("，。；！？\n,;：:")
def parse(src):
    meta, pdesc, defaults = {}, {}, {}
    out, facts, pstarts, pends = [], [], {}, {}
    anchor = 0
    pos = 0
    prev_ind = None
    lines = src.split("\n")
    body = []
    for ln in lines:
        if ln.startswith("@@p "):
            _, pid, what = ln.split(" ", 2); pdesc[pid] = what; continue
        if ln.startswith("@@d "):
            t = ln[4:].split()
            if t == ["reset"]: defaults = {}
            else:
                for tok in t: defaults.update(tokd(tok))
            body.append(("D", dict(defaults))); continue
        if ln.startswith("@@ "):
            for kv in ln[3:].split():
                k, v = kv.split("=", 1); meta[k] = v
            continue
        body.append(("L", ln))
    # rebuild text stream with defaults snapshots
    text = ""
    raw = []
    cur_def = {}
    pieces = []
    for kind, v in body:
        if kind == "D": pieces.append(("D", v)); continue
        pieces.append(("T", v + "\n"))
    # drop the final newline added after last line
    if pieces and pieces[-1][0] == "T": pieces[-1] = ("T", pieces[-1][1][:-1])
    out = []
    pending = []
    for kind, v in pieces:
        if kind == "D": cur_def = v; continue
        i = 0
        while i < len(v):
            c = v[i]
            if v.startswith("⟦", i):
                j = v.index("⟧", i); tag = v[i+1:j]
                n = sum(len(x) for x in out)
                if tag.startswith("/"): pends[tag[1:]] = n
                else: pstarts[tag] = n
                i = j + 1; continue
            if c == "⁅":
                anchor = sum(len(x) for x in out); i += 1; continue
            if c == "«":
                j = v.index("»", i); spec = v[i+1:j].split("|")
                n = sum(len(x) for x in out)
                vt = spec[0]
                out.append(vt)
                pending.append((n, spec, dict(cur_def), anchor))
                i = j + 1; continue
            out.append(c); i += 1
    text = "".join(out)
    if meta.get("crlf") == "1": raise SystemExit("crlf unsupported")
    g = {"doc": meta["doc"] + ".txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
         "published": meta["published"], "area_code": meta["area_code"], "passages": []}
    for pid in sorted(pstarts):
        g["passages"].append({"id": pid, "start": pstarts[pid], "end": pends[pid], "what": pdesc.get(pid, "")})
    for n, spec, d, anc in pending:
        vt = spec[0]; ind = spec[1] if len(spec) > 1 else ""
        toks = dict(d)
        for tok in (spec[2].split() if len(spec) > 2 else []): toks.update(tokd(tok))
        notes = spec[3] if len(spec) > 3 and spec[3] else None
        if ind == "^": ind = prev_ind
        prev_ind = ind
        if not ind: raise SystemExit(f"{meta['doc']}: no indicator for {vt} at {n}")
        e = n + len(vt)
        # quote
        D = DELIM - {"\n"} if meta.get("softnl") == "1" else DELIM
        if toks.get("ql"):
            qs = text.rfind("\n", 0, n) + 1; qe = text.find("\n", e); qe = len(text) if qe < 0 else qe
        else:
            qs = n
            k = toks.get("qN", 0)
            D = DELIM - {"\n"} if meta.get("softnl") == "1" else DELIM
            while qs > 0 and text[qs-1] not in D: qs -= 1
            for _ in range(k):
                qs -= 1
                while qs > 0 and text[qs-1] not in D: qs -= 1
            if toks.get("qa"): qs = anc
            qe = e
            while qe < len(text) and text[qe] not in D: qe += 1
            # make sure the clause names the indicator: extend back while no bigram of it appears
            if not toks.get("qa") and not k:
                for _ in range(2):
                    cl = text[qs:qe]
                    if any(ind[i:i+2] in cl for i in range(len(ind) - 1)) or qs == 0: break
                    qs -= 1
                    while qs > 0 and text[qs-1] not in D: qs -= 1
            qe += toks.get("qe", 0)
        q = text[qs:qe].strip()
        if vt not in q: raise SystemExit(f"{meta['doc']}: quote {q!r} lacks {vt!r}")
        # value
        if "v" in toks: val = toks["v"]
        else:
            m = re.search(r"-?\d+(?:\.\d+)?", vt.translate(FW))
            if not m: raise SystemExit(f"{meta['doc']}: no number in {vt!r}")
            val = float(m.group()); val = int(val) if val == int(val) and "." not in m.group() else val
        if toks.get("neg"): val = -val
        # unit
        if "u" in toks: unit = toks["u"]
        else:
            rest = re.sub(r"-?[\d.]+", "", vt.translate(FW), count=1)
            for w in ("左右", "以上", "以内", "以內", "以下", "[", "]", "〔", "〕", "（", "）", "(", ")", "约", "近", "超"):
                rest = rest.replace(w, "")
            unit = rest.translate(TRAD).strip()
            if not unit: raise SystemExit(f"{meta['doc']}: no unit for {vt!r} ({ind})")
        comp = toks.get("comp")
        if comp is None:
            if "左右" in vt: comp = "approx"
            elif "以上" in vt: comp = "ge"
            elif "以内" in vt or "以內" in vt or "以下" in vt: comp = "le"
            else: comp = "eq"
        f = {"passage": toks.get("pid", "p1"), "value_text": vt, "start": n, "quote": q,
             "jurisdiction": toks.get("j", meta["jurisdiction"]), "indicator": ind,
             "kind": toks["kind"], "measure": toks["measure"], "year": toks.get("year"),
             "period_start": toks.get("ps"), "value": val, "unit": unit, "comparator": comp,
             "binding": toks.get("binding"), "core": toks.get("core", True)}
        if notes: f["notes"] = notes
        facts.append(f)
    g["facts"] = facts
    return text, g

def tokd(tok):
    if tok == "a": return {"kind": "actual"}
    if tok == "t": return {"kind": "target"}
    if tok == "L": return {"measure": "level"}
    if tok == "G": return {"measure": "growth"}
    if tok == "C": return {"measure": "change"}
    if tok == "yn": return {"year": None}
    if re.fullmatch(r"y\d{4}", tok): return {"year": int(tok[1:])}
    if tok == "pn": return {"ps": None}
    if re.fullmatch(r"p\d{4}", tok): return {"ps": int(tok[1:])}
    if tok in ("eq", "ge", "le"): return {"comp": tok}
    if tok == "ap": return {"comp": "approx"}
    if tok == "auto": return {"comp": None}
    if tok == "B": return {"binding": "binding"}
    if tok == "E": return {"binding": "expected"}
    if tok == "N": return {"binding": None}
    if tok == "core": return {"core": True}
    if tok == "nc": return {"core": False}
    if tok == "neg": return {"neg": True}
    if tok == "pos": return {"neg": False}
    if tok == "qa": return {"qa": True}
    if tok == "ql": return {"ql": True}
    if tok == "noq": return {"qa": None}
    if re.fullmatch(r"q\d", tok): return {"qN": int(tok[1:])}
    if tok.startswith("qe="): return {"qe": int(tok[3:])}
    if tok.startswith("v="):
        x = float(tok[2:]); return {"v": int(x) if x == int(x) and "." not in tok[2:] else x}
    if tok.startswith("u="): return {"u": tok[2:]}
    if tok.startswith("j="): return {"j": tok[2:]}
    if tok.startswith("pid="): return {"pid": tok[4:]}
    raise SystemExit(f"bad token {tok!r}")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "src")) if f.endswith(".src"))
    for nm in names:
        src = open(os.path.join(HERE, "src", nm + ".src"), encoding="utf-8").read()
        text, g = parse(src)
        open(os.path.join(HERE, "docs", nm + ".txt"), "w", encoding="utf-8", newline="").write(text)
        json.dump(g, open(os.path.join(HERE, "gold", nm + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(nm, len(text), "chars", len(g["facts"]), "facts")
