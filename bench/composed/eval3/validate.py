"""Check every gold/cNNN.gold.json against docs/cNNN.txt (stdlib only).

python3 validate.py            check all files
python3 validate.py -u c701    also list digit runs in the passages that no fact covers
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(name, uncovered=False):
    errs = []
    text = open(os.path.join(HERE, "docs", name + ".txt"), encoding="utf-8", newline="").read()
    g = json.load(open(os.path.join(HERE, "gold", name + ".gold.json"), encoding="utf-8"))
    if g.get("doc") != name + ".txt":
        errs.append("doc field")
    if g.get("genre") not in GENRES:
        errs.append("genre")
    if not re.fullmatch(r"\d{6}", str(g.get("area_code"))):
        errs.append("area_code")
    if g.get("published") is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", g["published"]):
        errs.append("published")
    pas = {p["id"]: p for p in g["passages"]}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append("passage bounds %s" % p["id"])
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = "%s#%d %r" % (name, i, f.get("value_text"))
        for k in FIELDS:
            if k not in f:
                errs.append("%s missing %s" % (tag, k))
        if set(f) - set(FIELDS) - {"notes"}:
            errs.append("%s extra fields" % tag)
        vt, s, q = f["value_text"], f["start"], f["quote"]
        if text[s:s + len(vt)] != vt:
            errs.append("%s value_text not at start" % tag)
        if s > 0 and re.match(r"[0-9.]", text[s - 1]) and re.match(r"[0-9]", vt[0]):
            errs.append("%s cut from a longer number (left)" % tag)
        e = s + len(vt)
        if e < len(text) and re.match(r"[0-9]", vt[-1]) and re.match(r"[0-9.]", text[e]):
            errs.append("%s cut from a longer number (right)" % tag)
        if vt not in q:
            errs.append("%s quote lacks value" % tag)
        p = pas.get(f["passage"])
        if p is None:
            errs.append("%s unknown passage" % tag)
        else:
            ok = False
            i0 = text.find(q, p["start"])
            while i0 != -1 and i0 + len(q) <= p["end"]:
                if i0 <= s and s + len(vt) <= i0 + len(q):
                    ok = True
                    break
                i0 = text.find(q, i0 + 1)
            if not ok:
                errs.append("%s quote not in passage around value" % tag)
        if f["kind"] not in ("actual", "target"):
            errs.append("%s kind" % tag)
        if f["measure"] not in ("level", "growth", "change"):
            errs.append("%s measure" % tag)
        if f["comparator"] not in ("eq", "ge", "le", "approx"):
            errs.append("%s comparator" % tag)
        if f["binding"] not in ("expected", "binding", None):
            errs.append("%s binding" % tag)
        if not isinstance(f["core"], bool):
            errs.append("%s core" % tag)
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            errs.append("%s value" % tag)
        y, ps = f["year"], f["period_start"]
        for v in (y, ps):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1990 <= v <= 2040):
                errs.append("%s year/period_start type" % tag)
        if ps is not None and (y is None or ps > y):
            errs.append("%s period_start > year" % tag)
        if not isinstance(f["unit"], str) or not f["indicator"] or not f["jurisdiction"]:
            errs.append("%s unit/indicator/jurisdiction" % tag)
        key = (s, f["indicator"], f["year"], f["measure"])
        if key in seen:
            errs.append("%s duplicate" % tag)
        seen.add(key)
    if uncovered:
        cov = set()
        for f in g["facts"]:
            cov.update(range(f["start"], f["start"] + len(f["value_text"])))
        for p in g["passages"]:
            for m in re.finditer(r"\d+(?:\.\d+)?", text[p["start"]:p["end"]]):
                a = p["start"] + m.start()
                if a not in cov:
                    print("  uncovered %-8s %s" % (m.group(), text[max(0, a - 12):a + 12].replace("\n", "⏎")))
    return errs


def main():
    args = sys.argv[1:]
    unc = "-u" in args
    names = [a for a in args if a != "-u"] or sorted(
        f[:-10] for f in os.listdir(os.path.join(HERE, "gold")) if f.endswith(".gold.json"))
    bad = 0
    for n in names:
        errs = check(n, unc)
        for e in errs:
            print("ERROR", e)
        bad += len(errs)
        print("%s: %s" % (n, "ok" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
