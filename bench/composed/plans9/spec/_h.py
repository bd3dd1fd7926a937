def cells(quote, ind, binding, cl, start_after=None, core=True):
    """cl: (vt, kind, measure, year, ps, value, unit, comp[, notes]) in order of appearance in quote."""
    out = []; pos = len(start_after) if start_after else 0
    for c in cl:
        vt = c[0]; pos = quote.index(vt, pos)
        ex = {"b": binding, "vt_at": pos}
        if len(c) > 8 and c[8]: ex["n"] = c[8]
        out.append((vt, quote, ind, c[1], c[2], c[3], c[4], c[5], c[6], c[7], core, ex))
        pos += len(vt)
    return out
