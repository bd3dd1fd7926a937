"""Helper for table rows (not a document). Cells: plain str, or (value_text, flags[, indicator])."""
def f(vt, ind, fl, qf):
    return f"⟦{vt}¦{ind}¦{fl} qf={qf.replace(' ', '~')}⟧"

def row(sep, lead, name, ind, cells, b="-", qf=None, tail=()):
    out = list(lead)
    for c in cells:
        if isinstance(c, str): out.append(c)
        else:
            vt, fl = c[0], c[1]
            i2 = c[2] if len(c) > 2 else ind
            out.append(f(vt, i2, f"{fl} b={b} pos", qf or name))
    return sep.join(out + list(tail))

def A(y, u, ps="-"): return f"k=a m=l y={y} ps={ps} u={u}"
def T(y, u, ps="-"): return f"k=t m=l y={y} ps={ps} u={u}"
def G(y, ps, k="t"): return f"k={k} m=g y={y} ps={ps} u=%"
def C(y, ps, u, k="t"): return f"k={k} m=c y={y} ps={ps} u={u}"
