import json, os
H = os.path.dirname(os.path.abspath(__file__))
rows = ["doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit"]
for n, fn in enumerate(sorted(f for f in os.listdir(os.path.join(H, "gold")) if f.endswith(".gold.json"))):
    g = json.load(open(os.path.join(H, "gold", fn), encoding="utf-8"))
    rows.append(f"{g['doc']}\t{g['genre']}\t{len(g['facts'])}\t{g['jurisdiction']}\t{g['published']}\t{'dev' if n % 2 == 0 else 'held'}")
open(os.path.join(H, "INDEX.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("\n".join(rows))
