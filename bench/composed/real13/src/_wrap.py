"""Hard-wrap helper for PDF-text-layer documents: markup (⟦...⟧, ⟪...⟫) is kept atomic, and only the
value_text of a fact counts as visible width. Lines that start with '|' in the input are left as they are."""
import re
def wrap(s, n):
    toks = re.findall(r"⟦.*?⟧|⟪.*?⟫|.|\n", s, re.S)
    out, line, w = [], "", 0
    for t in toks:
        if t == "\n":
            out.append(line); line, w = "", 0; continue
        if t.startswith("⟪") or t.startswith("⟦@"): vis = 0
        elif t.startswith("⟦"): vis = len(t[1:-1].split("§")[0])
        else: vis = 1
        if w + vis > n and w > 0:
            out.append(line); line, w = "", 0
        line += t; w += vis
    out.append(line)
    return "\n".join(out)
