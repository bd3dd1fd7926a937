"""Builder: documents are assembled in Python; table cells record their own offsets,
prose facts are located by quote (must be unique unless occ is given). stdlib only."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
        "year", "period_start", "value", "unit", "comparator", "binding", "core"]

def parse(vt):
    """value, comparator from a printed cell/value text"""
    s = vt
    comp = "eq"
    if any(w in s for w in ("左右", "约", "約", "近")): comp = "approx"
    elif any(w in s for w in ("以上", "≥", "＞", ">", "不低于", "超过", "突破")): comp = "ge"
    elif any(w in s for w in ("以内", "以內", "以下", "≤", "<", "＜", "不超过", "控制在")): comp = "le"
    t = s.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    m = re.search(r"-?\d+(?:\.\d+)?", t)
    if not m: return None, comp
    return (float(m.group()) if "." in m.group() else int(m.group())), comp

class Doc:
    def __init__(self, stem, juris, genre, published, area_code):
        self.stem, self.juris, self.genre, self.published, self.area = stem, juris, genre, published, area_code
        self.parts, self.cellfacts, self.facts, self.marks = [], [], [], {}
        self.rowstart = 0
    def pos(self): return sum(len(p) for p in self.parts)
    def add(self, t): self.parts.append(t); return self
    def mark(self, name): self.marks[name] = self.pos()
    def row(self): self.rowstart = self.pos()
    def cell(self, vt, ind, kind, measure, year, ps=None, unit="%", binding=None, core=True,
             value=None, comp=None, notes=None, juris=None, suffix=""):
        """append printed cell text vt (+suffix) and record a fact; quote = row start .. value end"""
        s = self.pos(); self.parts.append(vt + suffix)
        v, c = parse(vt)
        if value is not None: v = value
        if comp is not None: c = comp
        f = dict(value_text=vt, start=s, rowstart=self.rowstart, juris=juris, indicator=ind, kind=kind,
                 measure=measure, year=year, period_start=ps, value=v, unit=unit, comparator=c,
                 binding=binding, core=core, notes=notes)
        self.cellfacts.append(f)
    def text(self): return "".join(self.parts)
    def F(self, quote, vt, ind, kind, measure, year, ps=None, unit="%", comp=None, value=None,
          binding=None, core=False, notes=None, occ=None, vocc=0, juris=None):
        self.facts.append(dict(quote=quote, value_text=vt, indicator=ind, kind=kind, measure=measure, year=year,
                               period_start=ps, unit=unit, comp=comp, value=value, binding=binding, core=core,
                               notes=notes, occ=occ, vocc=vocc, juris=juris))
    def build(self, passages):
        text = self.text()
        out = []
        def pid(s):
            for p in passages:
                if p["start"] <= s < p["end"]: return p["id"]
            raise SystemExit(f"{self.stem}: fact at {s} outside passages")
        for f in self.cellfacts:
            s = f["start"]; vt = f["value_text"]
            q = text[f["rowstart"]:s + len(vt)].strip()
            assert vt in q
            out.append((s, self._rec(pid(s), vt, s, q, f, f["value"], f["comparator"])))
        for f in self.facts:
            q, vt = f["quote"], f["value_text"]
            occs = [m.start() for m in re.finditer(re.escape(q), text)]
            if not occs: raise SystemExit(f"{self.stem}: quote not found {q!r}")
            if len(occs) > 1 and f["occ"] is None: raise SystemExit(f"{self.stem}: quote not unique {q!r}")
            qs = occs[f["occ"] or 0]
            vi = [m.start() for m in re.finditer(re.escape(vt), q)]
            if len(vi) <= f["vocc"]: raise SystemExit(f"{self.stem}: {vt!r} not in {q!r}")
            s = qs + vi[f["vocc"]]
            v, c = parse(vt)
            if f["value"] is not None: v = f["value"]
            if f["comp"] is not None: c = f["comp"]
            out.append((s, self._rec(pid(s), vt, s, q, f, v, c)))
        out.sort(key=lambda x: x[0])
        facts = [r for _, r in out]
        g = dict(doc=self.stem + ".txt", jurisdiction=self.juris, genre=self.genre, published=self.published,
                 area_code=self.area, passages=passages, facts=facts)
        open(os.path.join(ROOT, "docs", self.stem + ".txt"), "w", encoding="utf-8", newline="").write(text)
        json.dump(g, open(os.path.join(ROOT, "gold", self.stem + ".gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(self.stem, len(facts), "facts", len(text), "chars")
        return text
    def _rec(self, pid, vt, s, q, f, v, c):
        r = dict(passage=pid, value_text=vt, start=s, quote=q, jurisdiction=f["juris"] or self.juris,
                 indicator=f["indicator"], kind=f["kind"], measure=f["measure"], year=f["year"],
                 period_start=f["period_start"], value=v, unit=f["unit"], comparator=c,
                 binding=f["binding"], core=f["core"])
        if f.get("notes"): r["notes"] = f["notes"]
        return r
    def passage(self, pid, start_marker, end_marker=None, what=""):
        t = self.text()
        a = t.index(start_marker) if isinstance(start_marker, str) else start_marker
        b = (t.index(end_marker) if isinstance(end_marker, str) else end_marker) if end_marker is not None else len(t)
        return dict(id=pid, start=a, end=b, what=what)

NOFACT = {"", "—", "--", "-", "——", "/", "符合预期", "滞后", "提前完成", "基本符合预期", "快于预期", "已完成", "完成", "未完成", "提前实现", "较好", "达到预期", "低于预期", "完成市下达任务", "完成省下达任务"}

def table(d, rows, cols, layout, Y, sep=None, nl="\n", pre="", post=""):
    """rows: dicts name, ind, unit, attr, t (L level / G avg growth / C bracket cumulative change / S period sum level),
    plus printed cells under keys base, target, mid, prog (and unitcol printed).  Y: base, mid, target, ps.
    layout: 'lines' one cell a line; 'sep' cells joined by sep on one line (row ends with nl)."""
    for i, r in enumerate(rows, 1):
        if pre: d.add(pre)
        d.row()
        bind = {"预期性": "expected", "约束性": "binding", "預期性": "expected", "約束性": "binding"}.get(r.get("attr"))
        t = r.get("t", "L")
        for j, c in enumerate(cols):
            last = j == len(cols) - 1
            end = nl if layout == "lines" else (post + nl if last else sep)
            if c == "no": d.add(str(i) + end); d.row(); continue
            if c == "name": d.add(r["name"] + end); continue
            if c == "unitcol": d.add(r.get("unitcol", "") + end); continue
            if c == "attr": d.add(r.get("attr", "") + end); continue
            if c == "area": d.add(r.get("area", "") + end); continue
            v = r.get(c, "—")
            if v is None or v.strip() in NOFACT or not re.search(r"[0-9０-９]", v):
                d.add((v or "—") + end); continue
            ind = r["ind"] if t != "G" else re.sub(r"(年均)?增长(率|速度)?$", "", r["ind"]); unit = r.get("unit", "%"); notes = r.get("notes_" + c)
            if c == "avg":
                br = any(b in v for b in "[〔【［")
                d.cell(v, r["ind"] if br else re.sub(r"(年均)?增长(率|速度)?$", "", r["ind"]), "target",
                       "change" if br else "growth", Y["target"], Y["ps"], r.get("avgunit", r.get("unit", "%")) if br else "%", bind, True,
                       suffix=end, notes=notes or ("annual-average column, bracketed cumulative cell -> change" if br else "annual-average growth column -> growth, period 2021-2025"))
                continue
            if c == "prog":
                d.cell(v, ind + "目标完成进度", "actual", "level", Y["mid"], None, "%", bind, True, suffix=end,
                       notes=notes or "progress column: share of the plan target reached at mid-term")
                continue
            kind = "target" if c == "target" else "actual"
            year = {"base": Y["base"], "mid": Y["mid"], "target": Y["target"]}[c]
            if t == "L": meas, ps = "level", None
            elif t == "G":
                meas = "growth"; unit = "%"
                ps = None if c == "base" else Y["ps"]
            elif t == "C":
                meas = "change"
                ps = (Y["base"] - 4) if c == "base" else Y["ps"]
            elif t == "S":
                meas = "level"
                ps = (Y["base"] - 4) if c == "base" else Y["ps"]
            val = None
            if t in ("L", "S", "G", "C") and r.get("neg") and v.strip("[]〔〕 ")[0] != "-":
                val = None
            if c == "base" and r.get("base_single") and t in ("G",):
                ps = None
            d.cell(v, ind, kind, meas, year, ps, unit, bind, True, value=val, suffix=end, notes=notes)
