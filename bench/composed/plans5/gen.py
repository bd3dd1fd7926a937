"""Build gold/cNNN.gold.json from specs/cNNN.spec (stdlib only).

Spec file: header lines `key: value` (doc, jurisdiction, genre, published,
area_code, what, start_after, end_before), a line `---`, then one fact a line:
quote | value_text[#n] | indicator | kind(a/t) | measure(l/g/c) | year | period_start |
value | unit | comparator | binding(-/e/b) | core(1/0) [| notes [| jurisdiction]]
Quotes are searched in order from the previous quote's start; offsets are
computed here with str.index, never by hand.
"""
import json, sys, pathlib
HERE = pathlib.Path(__file__).parent

def build(stem):
    spec = (HERE / "specs" / f"{stem}.spec").read_text(encoding="utf-8")
    head, body = spec.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    text = open(HERE / "docs" / f"{stem}.txt", encoding="utf-8", newline="").read()
    pstart = text.index(meta["start_after"]) + len(meta["start_after"]) if meta.get("start_after") else 0
    while text[pstart] in "\r\n ":
        pstart += 1
    pend = text.index(meta["end_before"]) if meta.get("end_before") else len(text)
    while text[pend - 1] in "\r\n ":
        pend -= 1
    passages = [{"id": "p1", "start": pstart, "end": pend, "what": meta["what"]}]
    if meta.get("title_passage"):
        tend = text.index("\n")
        passages.insert(0, {"id": "p0", "start": 0, "end": tend, "what": meta["title_passage"]})
    facts, cur = [], 0 if meta.get("title_passage") else pstart
    for n, line in enumerate(body.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 12:
            sys.exit(f"{stem} line {n}: {len(parts)} fields: {line}")
        quote, vt, ind, kind, meas, yr, ps, val, unit, comp, bind, core = parts[:12]
        quote = quote.replace("\\n", "\n").replace("\\t", "\t")
        notes = parts[12] if len(parts) > 12 and parts[12] else None
        jur = parts[13] if len(parts) > 13 and parts[13] else meta["jurisdiction"]
        occ = 1
        if "#" in vt:
            vt, occ = vt.split("#"); occ = int(occ)
        try:
            qs = text.index(quote, cur)
        except ValueError:
            sys.exit(f"{stem} line {n}: quote not found after {cur}: {quote}")
        i = -1
        for _ in range(occ):
            i = quote.index(vt, i + 1)
        start = qs + i
        cur = qs
        f = {"passage": "p0" if meta.get("title_passage") and start < passages[0]["end"] else "p1", "value_text": vt, "start": start, "quote": quote,
             "jurisdiction": jur, "indicator": ind,
             "kind": {"a": "actual", "t": "target"}[kind],
             "measure": {"l": "level", "g": "growth", "c": "change"}[meas],
             "year": None if yr == "-" else int(yr),
             "period_start": None if ps == "-" else int(ps),
             "value": float(val) if "." in val else int(val),
             "unit": "" if unit == "-" else unit, "comparator": comp,
             "binding": {"-": None, "e": "expected", "b": "binding"}[bind],
             "core": core == "1"}
        if notes:
            f["notes"] = notes
        facts.append(f)
    for a, b in zip(facts, facts[1:]):
        if b["start"] < a["start"]:
            print("WARN order", stem, a["value_text"], b["value_text"])
    facts.sort(key=lambda f: f["start"])
    gold = {"doc": f"{stem}.txt", "jurisdiction": meta["jurisdiction"], "genre": meta["genre"],
            "published": meta.get("published") or None, "area_code": meta["area_code"],
            "passages": passages,
            "facts": facts}
    (HERE / "gold" / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(stem, len(facts), "facts", len(text), "chars")

if __name__ == "__main__":
    for s in sys.argv[1:]:
        build(s)
