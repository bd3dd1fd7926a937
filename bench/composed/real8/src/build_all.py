"""Rebuild every document and gold file, then INDEX.tsv (split alternates dev/held in document order)."""
import json, os, subprocess, sys
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = sorted(f[:-3] for f in os.listdir(os.path.join(R, "src")) if f.startswith("c3") and f.endswith(".py"))
for s in docs:
    subprocess.run([sys.executable, os.path.join(R, "src", s + ".py")], check=True)
rows = ["doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit"]
for i, s in enumerate(docs):
    g = json.load(open(os.path.join(R, "gold", s + ".gold.json"), encoding="utf-8"))
    rows.append(f"{g['doc']}\t{g['genre']}\t{len(g['facts'])}\t{g['jurisdiction']}\t{g['published']}\t{'dev' if i % 2 == 0 else 'held'}")
open(os.path.join(R, "INDEX.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("\n".join(rows))
