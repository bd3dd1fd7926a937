#!/usr/bin/env python3
"""List digit runs inside passages not covered by any fact (for the annotator's review)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for fn in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", fn), encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    cov = set()
    for f in g["facts"]: cov.update(range(f["start"], f["start"] + len(f["value_text"])))
    for p in g["passages"]:
        for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|翻一番|[一二三四五六七八九十两]+(?:项|个|倍|家)", text[p["start"]:p["end"]]):
            s = p["start"] + m.start()
            if s in cov: continue
            tok = m.group()
            ctx = text[max(0, s-8):s+len(tok)+6].replace("\n", "⏎")
            if re.fullmatch(r"(19|20)\d\d", tok) and text[s+4:s+5] in "年—-–~ ": continue
            print(fn[:4], tok, "|", ctx)
