"""Helper for PDF-text-layer documents: hard-wrap marked-up prose at a visible width.
Facts (⟦…⟧) and markers are atomic; never breaks between two ASCII digits/letters."""
import re
TOK = re.compile(r"⟪/?p\d+⟫|⟨[^⟩]*⟩|⟦[^⟧]*⟧|.", re.S)
def vis(t):
    if t.startswith("⟦"): return len(t[1:-1].split("¦")[0])
    if t.startswith("⟪") or t.startswith("⟨"): return 0
    return len(t)
def wrap(par, width=38):
    toks = TOK.findall(par)
    lines, cur, n = [], "", 0
    for i, t in enumerate(toks):
        w = vis(t)
        if n + w > width and n > 0:
            prev = cur[-1:]
            if not (prev.isascii() and prev.isalnum() and t[:1].isascii() and t[:1].isalnum()) and t[:1] not in "，。、；：）”！？":
                lines.append(cur); cur, n = "", 0
        cur += t; n += w
    if cur: lines.append(cur)
    return "\n".join(lines)
