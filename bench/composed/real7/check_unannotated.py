#!/usr/bin/env python3
"""List digit runs inside passages that no fact covers (review aid for exhaustiveness)."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for fn in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", fn), encoding="utf-8"))
    t = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    cov = set()
    for f in g["facts"]:
        cov.update(range(f["start"], f["start"] + len(f["value_text"])))
    for p in g["passages"]:
        for m in re.finditer(r"[0-9０-９]+(?:\.[0-9]+)?", t[p["start"]:p["end"]]):
            a = p["start"] + m.start()
            if a not in cov:
                print(fn[:4], repr(m.group()), "|", t[max(0, a-12):a+12].replace("\n", "⏎"))
