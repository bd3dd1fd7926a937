"""Write INDEX.tsv (doc, genre, facts, jurisdiction, published, split) and print counts per genre/split."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows, cnt, docs = [], collections.Counter(), collections.Counter()
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
    split = "dev" if int(g["doc"][1:4]) % 2 else "held"
    rows.append([g["doc"], g["genre"], str(len(g["facts"])), g["jurisdiction"], g["published"] or "None", split])
    cnt[(g["genre"], split)] += len(g["facts"]); docs[(g["genre"], split)] += 1
with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="utf-8") as fh:
    fh.write("doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")
for k in sorted(cnt):
    print(k[0], k[1], docs[k], cnt[k])
print("total", len(rows), sum(cnt.values()))
