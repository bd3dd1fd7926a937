#!/usr/bin/env python3
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
for st in sys.argv[1:]:
    g = json.load(open(os.path.join(HERE, "gold", st + ".gold.json"), encoding="utf-8"))
    for f in g["facts"]:
        print(f"{f['value_text']:>12} | {f['indicator'][:22]:22} | {f['kind'][0]} {f['measure'][:2]} {f['year']} {f['period_start']} | {f['value']} {f['unit']} {f['comparator']} {f['binding']} {'C' if f['core'] else '-'} | {f['quote'][:40]!r}")
