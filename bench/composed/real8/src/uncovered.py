"""List digit runs inside passages not covered by any fact (for manual exhaustiveness review)."""
import json, os, re, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(os.path.join(R, "gold"))):
    g = json.load(open(os.path.join(R, "gold", fn), encoding="utf-8"))
    t = open(os.path.join(R, "docs", g["doc"]), encoding="utf-8", newline="").read()
    cov = set()
    for f in g["facts"]: cov.update(range(f["start"], f["start"] + len(f["value_text"])))
    for p in g["passages"]:
        for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", t[p["start"]:p["end"]]):
            a = p["start"] + m.start()
            if a in cov: continue
            s = m.group()
            nxt = t[a+len(s):a+len(s)+1]
            if re.fullmatch(r"(19|20)\d\d", s) and nxt in "年—-－ ": continue
            print(g["doc"], repr(s), repr(t[max(0,a-12):a+len(s)+8]))
