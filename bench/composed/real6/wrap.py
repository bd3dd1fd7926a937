#!/usr/bin/env python3
"""Hard-wrap a logical source (src/NAME.in) like a PDF text layer and insert page marks -> src/NAME.src.
Lines starting with @@ or § pass through (§ stripped); other lines are wrapped at WIDTH visible chars,
never inside «...» markup; a page mark '- N -' is inserted after every PAGE output text lines."""
import re, sys
name, width, page, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
out, n, pno = [], 0, first
def emit(line):
    global n, pno
    out.append(line)
    if not line.startswith("@@"):
        n += 1
        if n % page == 0:
            out.append(f"- {pno} -"); pno += 1
for ln in open(f"src/{name}.in", encoding="utf-8").read().split("\n"):
    if ln.startswith("@@"): out.append(ln); continue
    if ln.startswith("§"): emit(ln[1:]); continue
    toks = re.findall(r"«[^»]*»|⟦[^⟧]*⟧|.", ln)
    cur, vis = "", 0
    for t in toks:
        w = len(t.split("|")[0]) - 1 if t.startswith("«") else (0 if t.startswith("⟦") or t == "⁅" else len(t))
        if vis + w > width and vis > 0:
            emit(cur); cur, vis = "", 0
        cur += t; vis += w
    emit(cur)
open(f"src/{name}.src", "w", encoding="utf-8").write("\n".join(out))
