"""List digit / Chinese-numeral runs inside the passages that no gold fact covers (for annotator review)."""
import json, re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
NUM = re.compile(r"[0-9０-９][0-9０-９.．]*|[一二三四五六七八九十百千万两半]+(?=[倍成个項项位])")
for path in sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    cov = set()
    for f in g["facts"]:
        cov.update(range(f["start"], f["start"] + len(f["value_text"])))
    for p in g["passages"]:
        for m in NUM.finditer(text, p["start"], p["end"]):
            if m.start() not in cov:
                print(g["doc"], m.start(), repr(text[max(0, m.start()-12):m.end()+8]))
