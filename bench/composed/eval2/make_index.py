"""Write INDEX.tsv and print counts per genre and split (stdlib only)."""
import json, glob, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
rows, cnt = [], Counter()
for p in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
    g = json.load(open(p, encoding="utf-8"))
    n = int(g["doc"][1:4])
    split = "dev" if n % 2 else "held"
    rows.append("\t".join([g["doc"], g["genre"], str(len(g["facts"])), g["jurisdiction"], g["published"] or "None", split]))
    cnt[(g["genre"], split, "docs")] += 1
    cnt[(g["genre"], split, "facts")] += len(g["facts"])
with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8") as fh:
    fh.write("doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n" + "\n".join(rows) + "\n")
for (genre, split, what), v in sorted(cnt.items()):
    if what == "docs":
        print(genre, split, v, "docs", cnt[(genre, split, "facts")], "facts")
print("all", len(rows), "docs", sum(v for k, v in cnt.items() if k[2] == "facts"), "facts")
