"""Write INDEX.tsv and DONE from the gold files (odd-numbered docs dev, even held)."""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows, nf = [], 0
for p in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
    g = json.load(open(p, encoding="utf-8"))
    n = int(g["doc"][1:4])
    split = "dev" if n % 2 else "held"
    rows.append([g["doc"], g["genre"], str(len(g["facts"])), g["jurisdiction"], str(g["published"]), split])
    nf += len(g["facts"])
with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8") as fh:
    fh.write("doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")
from collections import Counter
c = Counter()
for r in rows:
    c[(r[1], r[5], "docs")] += 1
    c[(r[1], r[5], "facts")] += int(r[2])
for k in sorted(c):
    print(k, c[k])
print(len(rows), "documents", nf, "facts")
