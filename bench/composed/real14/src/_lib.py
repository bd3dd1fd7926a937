"""Helpers for rendering indicator tables with fact markup (used by src/cNNN.py)."""
import re

def F(vt, ind, flags=""):
    return f"⟦{vt}|{ind}|{flags}⟧"

def row(cells, ind, label_idx=1, sep="\n", extra=None):
    """cells: list of str or (value_text, flags); returns the row text with markup.
    For separators that are clause boundaries (newline, pipe) the quote runs from the label cell."""
    out = []
    bound = any(c in sep for c in "\n|")
    for i, c in enumerate(cells):
        if isinstance(c, tuple):
            vt, fl = c
            if bound and i > label_idx:
                fl = fl + f" qb={i - label_idx + 1}"
            out.append(F(vt, ind, fl))
        else:
            out.append(c)
    return sep.join(out)

def wrap(s, width=38):
    """Hard-wrap like a PDF text layer: insert a newline every `width` visible characters,
    never inside markup (⟦…⟧ / ⟪…⟫); existing newlines reset the count."""
    out = []; n = 0; i = 0
    while i < len(s):
        c = s[i]
        if c in "⟦⟪":
            j = s.index("⟧" if c == "⟦" else "⟫", i) + 1
            seg = s[i:j]; out.append(seg)
            if c == "⟦" and not seg.startswith("⟦!"):
                n += len(seg[1:].split("|")[0])
            i = j; continue
        if c == "\n":
            n = 0; out.append(c); i += 1; continue
        if n >= width:
            out.append("\n"); n = 0
        out.append(c); n += 1; i += 1
    return "".join(out)
