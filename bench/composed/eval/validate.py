"""Validate the composed gold files (stdlib only): python3 validate.py [gold files...]"""
import json, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"work_report", "work_report_news", "communique", "plan_outline", "plan_table",
          "plan_midterm_evaluation", "plan_final_evaluation", "plan_implementation_report",
          "sector_plan", "statistical_news", "other"}
FIELDS = ["passage", "value_text", "start", "quote", "jurisdiction", "indicator", "kind", "measure",
          "year", "period_start", "value", "unit", "comparator", "binding", "core"]


def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(HERE, "docs", g["doc"]), encoding="utf-8", newline="").read()
    if g.get("genre") not in GENRES:
        errs.append(f"genre {g.get('genre')}")
    ac = g.get("area_code")
    if not (isinstance(ac, str) and len(ac) == 6 and ac.isdigit()):
        errs.append(f"area_code {ac}")
    for k in ("jurisdiction", "published"):
        if k not in g:
            errs.append(f"missing {k}")
    pas = {}
    for p in g["passages"]:
        if not (0 <= p["start"] < p["end"] <= len(text)):
            errs.append(f"passage bounds {p}")
        pas[p["id"]] = p
    seen = set()
    for i, f in enumerate(g["facts"]):
        tag = f"fact {i} {f.get('value_text')!r}@{f.get('start')}"
        for k in FIELDS:
            if k not in f:
                errs.append(f"{tag}: missing {k}")
        vt, s = f["value_text"], f["start"]
        if text[s:s + len(vt)] != vt:
            errs.append(f"{tag}: text has {text[s:s+len(vt)]!r}")
        if (s, vt) in seen:
            errs.append(f"{tag}: duplicate")
        seen.add((s, vt))
        if f["kind"] not in ("actual", "target"):
            errs.append(f"{tag}: kind")
        if f["measure"] not in ("level", "growth", "change"):
            errs.append(f"{tag}: measure")
        if f["comparator"] not in ("eq", "ge", "le", "approx"):
            errs.append(f"{tag}: comparator")
        if f["binding"] not in ("expected", "binding", None):
            errs.append(f"{tag}: binding")
        if not isinstance(f["core"], bool):
            errs.append(f"{tag}: core")
        if isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            errs.append(f"{tag}: value")
        for k in ("year", "period_start"):
            if f[k] is not None and (isinstance(f[k], bool) or not isinstance(f[k], int)):
                errs.append(f"{tag}: {k}")
        if f["year"] is not None and f["period_start"] is not None and f["period_start"] > f["year"]:
            errs.append(f"{tag}: period_start > year")
        if f["period_start"] is not None and f["year"] is None:
            errs.append(f"{tag}: period_start without year")
        p = pas.get(f["passage"])
        if p is None:
            errs.append(f"{tag}: passage {f['passage']}")
            continue
        q = f["quote"]
        if vt not in q:
            errs.append(f"{tag}: quote lacks value")
        ptext = text[p["start"]:p["end"]]
        if q not in ptext:
            errs.append(f"{tag}: quote not in passage")
        else:
            # the quote must cover this occurrence of the value
            ok = False
            j = ptext.find(q)
            while j >= 0:
                qs = p["start"] + j
                if qs <= s and s + len(vt) <= qs + len(q):
                    ok = True
                    break
                j = ptext.find(q, j + 1)
            if not ok:
                errs.append(f"{tag}: quote does not cover the value's offset")
        if not (p["start"] <= s and s + len(vt) <= p["end"]):
            errs.append(f"{tag}: outside passage")
    return g, errs


def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json")))
    bad = 0
    for path in paths:
        g, errs = check(path)
        print(f"{os.path.basename(path)}: {len(g['facts'])} facts, {len(errs)} errors")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
