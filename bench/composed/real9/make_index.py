#!/usr/bin/env python3
"""Write INDEX.tsv from gold/*.gold.json; split alternates dev/held in document-number order."""
import json, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
rows = ["doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit"]
per = collections.Counter(); nd = collections.Counter()
for i, f in enumerate(sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))):
    g = json.load(open(f, encoding="utf-8"))
    rows.append("\t".join([g["doc"], g["genre"], str(len(g["facts"])), g["jurisdiction"], g["published"], "dev" if i % 2 == 0 else "held"]))
    per[g["genre"]] += len(g["facts"]); nd[g["genre"]] += 1
open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
for k in per: print(k, nd[k], per[k])
print("total", sum(nd.values()), sum(per.values()))
