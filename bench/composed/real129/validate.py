#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/*.txt (stdlib only). Adapted from the real9 template:
document length 450-1200, 5-40 facts per document, genre from allowed_genres.txt when present."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
KEYS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
        "year", "period_start", "value", "unit", "comparator", "binding", "core"]
errors = 0
INDEX_FACTS = {}
def err(msg):
    global errors; errors += 1; print("ERROR", msg)
for fn in sorted(os.listdir(os.path.join(HERE, "gold"))):
    if not fn.endswith(".gold.json"): continue
    stem = fn[:-10]
    try:
        g = json.load(open(os.path.join(HERE, "gold", fn), encoding="utf-8"))
    except Exception as e:
        err(f"{fn}: invalid JSON {e}"); continue
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES: err(f"{fn}: genre {g.get('genre')}")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(g.get("published"))): err(f"{fn}: published")
    if not re.fullmatch(r"\d{6}", str(g.get("area_code"))): err(f"{fn}: area_code")
    if not g.get("jurisdiction"): err(f"{fn}: jurisdiction")
    pids = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)): err(f"{fn}: passage bounds {p['id']}")
        pids[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        w = f"{fn} fact {i} {f.get('value_text')!r}"
        if list(f.keys())[:len(KEYS)] != KEYS and not set(KEYS) <= set(f): err(f"{w}: keys"); continue
        vt, s, q = f["value_text"], f["start"], f["quote"]
        if text[s:s + len(vt)] != vt: err(f"{w}: offset mismatch")
        if vt not in q: err(f"{w}: quote does not contain value")
        qs = [m.start() for m in re.finditer(re.escape(q), text)]
        if not any(a <= s and s + len(vt) <= a + len(q) for a in qs): err(f"{w}: quote does not cover value")
        if vt[0].isdigit() and s > 0 and (text[s-1].isdigit() or text[s-1] == "."): err(f"{w}: inside longer number (left)")
        e = s + len(vt)
        if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or text[e] == "."): err(f"{w}: inside longer number (right)")
        p = pids.get(f["passage"])
        if not p or not (p["start"] <= s and e <= p["end"]): err(f"{w}: outside passage")
        if f["kind"] not in ("actual", "target"): err(f"{w}: kind")
        if f["measure"] not in ("level", "growth", "change"): err(f"{w}: measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"): err(f"{w}: comparator")
        if f["binding"] not in ("expected", "binding", None): err(f"{w}: binding")
        if not isinstance(f["core"], bool): err(f"{w}: core")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): err(f"{w}: value type")
        if not isinstance(f["unit"], str): err(f"{w}: unit")
        y, ps = f["year"], f["period_start"]
        if y is not None and (not isinstance(y, int) or not 1949 <= y <= 2050): err(f"{w}: year")
        if ps is not None and (not isinstance(ps, int) or y is None or ps > y): err(f"{w}: period_start")
        num = re.search(r"-?\d+(?:\.\d+)?", vt.strip("[]"))
        if num and abs(abs(float(num.group())) - abs(f["value"])) > 1e-9 and "notes" not in f and f["unit"] != "位":
            err(f"{w}: value {f['value']} differs from printed number")
        if not f["indicator"] or not f["jurisdiction"]: err(f"{w}: empty indicator/jurisdiction")
        key = (s, vt, f["indicator"])
        if key in seen: err(f"{w}: duplicate")
        seen.add(key)
    if not 450 <= len(text) <= 1200: err(f"{fn}: length {len(text)} outside 450-1200")
    if not 5 <= len(g["facts"]) <= 40: err(f"{fn}: {len(g['facts'])} facts outside 5-40")
    _allowed = open(os.path.join(HERE, "allowed_genres.txt")).read().split() if os.path.exists(os.path.join(HERE, "allowed_genres.txt")) else None
    if _allowed and g.get("genre") not in _allowed: err(f"{fn}: genre {g.get('genre')} not allowed in this set (allowed_genres.txt)")
    for f in g["facts"]:
        if "\ufffd" in f["quote"]: err(f"{fn}: replacement char in quote")
    if g["doc"] != stem + ".txt": err(f"{fn}: doc field {g['doc']}")
    INDEX_FACTS[g["doc"]] = len(g["facts"])
    print(f"{stem}: {len(g['facts'])} facts, {len(text)} chars")
# INDEX.tsv agrees with the gold files
ip = os.path.join(HERE, "INDEX.tsv")
if not os.path.exists(ip): err("INDEX.tsv missing")
else:
    lines = open(ip, encoding="utf-8").read().splitlines()
    if lines[0].split("\t") != ["doc", "genre", "facts", "jurisdiction", "published", "split"]: err("INDEX.tsv header")
    seen_docs = {}
    for n, ln in enumerate(lines[1:]):
        c = ln.split("\t")
        seen_docs[c[0]] = int(c[2])
        if c[5] != ("dev" if n % 2 == 0 else "held"): err(f"INDEX.tsv split of {c[0]}")
    if seen_docs != INDEX_FACTS: err("INDEX.tsv rows/fact counts differ from gold files")
print("FAILED" if errors else "ALL OK", errors)
sys.exit(1 if errors else 0)
