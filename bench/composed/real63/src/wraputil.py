import re
TOK = re.compile(r"⟪/?p\d+⟫|⟨[^⟩]*⟩|⟦[^⟧]*⟧")
def vis(tok):
    if tok.startswith("⟦"): return tok[1:-1].split("¦")[0]
    return ""
def wrap(par, width=38, first=0):
    """hard-wrap a marked-up paragraph every `width` visible characters, never inside a token"""
    out = []; n = first; pos = 0
    for m in list(TOK.finditer(par)) + [None]:
        seg = par[pos:m.start()] if m else par[pos:]
        for ch in seg:
            if n >= width: out.append("\n"); n = 0
            out.append(ch); n += 1
        if m is None: break
        t = m.group(); v = vis(t)
        if v and n + len(v) > width + 3: out.append("\n"); n = 0
        out.append(t); n += len(v); pos = m.end()
    return "".join(out)
