"""Rewrite the quote field of facts in a one-cell-a-line table so it runs from the row label ('<label' anchor).
A label line is a line without markup that contains '（' or is listed in extra."""
import re
def tabq(s, extra=()):
    def drop(m):
        parts = m.group(1).split("§")
        if len(parts) > 3 and "\n" in parts[3]: parts[3] = ""
        return "⟦" + "§".join(parts) + "⟧"
    s = re.sub(r"⟦(.*?)⟧", drop, s, flags=re.S)
    out, label = [], None
    for ln in s.split("\n"):
        if "⟦" not in ln and ("（" in ln or ln in extra):
            label = ln.replace("⟪p2⟫", "")
        elif "⟦" in ln and label:
            def fix(m):
                parts = m.group(1).split("§")
                if parts[0].startswith("@"): return m.group(0)
                while len(parts) < 4: parts.append("")
                parts[3] = "<" + label
                return "⟦" + "§".join(parts) + "⟧"
            ln = re.sub(r"⟦(.*?)⟧", fix, ln)
        out.append(ln)
    return "\n".join(out)
