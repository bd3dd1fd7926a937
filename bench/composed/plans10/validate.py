#!/usr/bin/env python3
"""Validate plans10 gold files against GOLD_SPEC (stdlib only). Exit 1 on any error."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
KINDS = {"actual", "target"}
MEASURES = {"level", "growth", "change"}
COMPS = {"eq", "ge", "le", "approx"}
BINDS = {"expected", "binding", None}
FIELDS = {"passage": str, "value_text": str, "start": int, "quote": str, "jurisdiction": str,
          "indicator": str, "kind": str, "measure": str, "value": (int, float), "unit": str,
          "comparator": str, "core": bool}
errs = []

def err(doc, msg):
    errs.append(f"{doc}: {msg}")

def check(stem):
    tp = os.path.join(HERE, "docs", stem + ".txt")
    gp = os.path.join(HERE, "gold", stem + ".gold.json")
    raw = open(tp, "rb").read()
    if b"\r" in raw: err(stem, "CR in text (must be LF)")
    text = raw.decode("utf-8")
    assert text == open(tp, encoding="utf-8", newline="").read()
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(stem, f"invalid JSON: {e}"); return None
    if g.get("doc") != stem + ".txt": err(stem, "doc field")
    if g.get("genre") not in GENRES: err(stem, f"genre {g.get('genre')}")
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub): err(stem, f"published {pub}")
    if not re.fullmatch(r"\d{6}", g.get("area_code") or ""): err(stem, "area_code")
    if not g.get("jurisdiction"): err(stem, "jurisdiction")
    pas = {}
    for p in g.get("passages", []):
        if not (0 <= p["start"] < p["end"] <= len(text)): err(stem, f"passage bounds {p}")
        pas[p["id"]] = p
    seen = set()
    for i, f in enumerate(g.get("facts", [])):
        tag = f"fact {i} {f.get('value_text')!r}"
        for k, t in FIELDS.items():
            if k not in f or not isinstance(f[k], t) or (t is int and isinstance(f[k], bool)):
                err(stem, f"{tag}: field {k} missing or wrong type"); return g
        if isinstance(f["value"], bool): err(stem, f"{tag}: value bool")
        for k in ("year", "period_start"):
            if k not in f or not (f[k] is None or (isinstance(f[k], int) and not isinstance(f[k], bool))):
                err(stem, f"{tag}: {k} must be int or null")
        if "binding" not in f or f["binding"] not in BINDS: err(stem, f"{tag}: binding")
        if f["kind"] not in KINDS: err(stem, f"{tag}: kind")
        if f["measure"] not in MEASURES: err(stem, f"{tag}: measure")
        if f["comparator"] not in COMPS: err(stem, f"{tag}: comparator")
        if f["passage"] not in pas: err(stem, f"{tag}: passage id"); continue
        s, vt = f["start"], f["value_text"]
        if text[s:s + len(vt)] != vt: err(stem, f"{tag}: text at start is {text[s:s+len(vt)]!r}")
        p = pas[f["passage"]]
        if not (p["start"] <= s and s + len(vt) <= p["end"]): err(stem, f"{tag}: outside passage")
        q = f["quote"]
        if vt not in q: err(stem, f"{tag}: quote lacks value_text")
        covered = False
        k = text.find(q)
        while k >= 0:
            if k <= s and s + len(vt) <= k + len(q): covered = True; break
            k = text.find(q, k + 1)
        if not covered: err(stem, f"{tag}: no occurrence of quote covers the value")
        if s > 0 and vt[0].isdigit() and (text[s - 1].isdigit() or text[s - 1] == "."):
            err(stem, f"{tag}: preceded by digit")
        e = s + len(vt)
        if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or (text[e] == "." and e + 1 < len(text) and text[e + 1].isdigit())):
            err(stem, f"{tag}: followed by digit")
        m = re.search(r"\d+(?:\.\d+)?", vt)
        if not m or abs(abs(float(m.group())) - abs(f["value"])) > 1e-9:
            err(stem, f"{tag}: value {f['value']} does not match value_text")
        y, ps = f["year"], f["period_start"]
        if y is not None and not (1949 <= y <= 2050): err(stem, f"{tag}: year {y}")
        if ps is not None:
            if y is None or not (1949 <= ps <= y): err(stem, f"{tag}: period_start {ps} vs year {y}")
        if f["measure"] == "change" and f["unit"] == "%" and not vt.startswith(("[", "〔")) and "〔" not in text[s - 1:s]:
            err(stem, f"{tag}: change with unit % outside a bracket")
        key = (s, vt, f["indicator"])
        if key in seen: err(stem, f"{tag}: duplicate")
        seen.add(key)
    starts = [f["start"] for f in g.get("facts", [])]
    return g

def main():
    idx = os.path.join(HERE, "INDEX.tsv")
    rows = [l.rstrip("\n").split("\t") for l in open(idx, encoding="utf-8") if l.strip()]
    if rows[0] != ["doc", "genre", "facts", "jurisdiction", "published", "split"]: err("INDEX", "header")
    n = 0
    for r in rows[1:]:
        stem = r[0][:-4]
        g = check(stem)
        n += 1
        if g is None: continue
        if r[1] != g["genre"] or int(r[2]) != len(g["facts"]) or r[3] != g["jurisdiction"] or r[4] != (g["published"] or ""):
            err(stem, "INDEX row disagrees with gold")
        want = "dev" if int(stem[1:]) % 2 else "held"
        if r[5] != want: err(stem, "split")
    if set(os.listdir(os.path.join(HERE, "docs"))) != {r[0] for r in rows[1:]}: err("INDEX", "docs/ and INDEX differ")
    for e in errs: print("ERROR", e)
    print(f"{n} documents checked, {len(errs)} errors")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
