#!/usr/bin/env python3
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = ["doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit"]
for i, st in enumerate(sorted((f[: -len(".gold.json")] for f in os.listdir(os.path.join(HERE, "gold")) if f.endswith(".gold.json")), key=lambda n: int(n[1:]))):
    g = json.load(open(os.path.join(HERE, "gold", st + ".gold.json"), encoding="utf-8"))
    rows.append(f"{g['doc']}\t{g['genre']}\t{len(g['facts'])}\t{g['jurisdiction']}\t{g['published']}\t{'dev' if i % 2 == 0 else 'held'}")
open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("\n".join(rows))
