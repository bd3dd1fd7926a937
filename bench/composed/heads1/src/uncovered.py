"""List digit runs inside passages that no fact covers (for review: years, list numbers etc. are expected)."""
import json, re, sys, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for stem in sys.argv[1:]:
    g = json.load(open(f"{HERE}/gold/{stem}.gold.json", encoding="utf-8"))
    t = open(f"{HERE}/docs/{stem}.txt", encoding="utf-8", newline="").read()
    cov = set()
    for f in g["facts"]:
        cov.update(range(f["start"], f["start"] + len(f["value_text"])))
    for p in g["passages"]:
        for m in re.finditer(r"[0-9０-９.．]+|[一二三四五六七八九十百千万两]+(?=[倍番%个项家])", t[p["start"]:p["end"]]):
            s = p["start"] + m.start()
            if s not in cov:
                print(stem, repr(m.group()), repr(t[max(0, s-8):s+len(m.group())+6]))
