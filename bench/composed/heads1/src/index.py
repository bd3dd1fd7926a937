import json, os, glob
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = ["doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit"]
for i, p in enumerate(sorted(glob.glob(f"{HERE}/gold/c*.gold.json"))):
    g = json.load(open(p, encoding="utf-8"))
    rows.append("\t".join([g["doc"][:-4], g["genre"], str(len(g["facts"])), g["jurisdiction"], g["published"], "dev" if i % 2 == 0 else "held"]))
open(f"{HERE}/INDEX.tsv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("\n".join(rows))
