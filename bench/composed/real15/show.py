#!/usr/bin/env python3
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
for st in sys.argv[1:]:
    g = json.load(open(os.path.join(HERE, "gold", st + ".gold.json"), encoding="utf-8"))
    for f in g["facts"]:
        print(f"{f['value_text']:<12} {f['indicator'][:22]:<22} {f['kind'][:3]} {f['measure'][:3]} {f['year']} {f['period_start']} v={f['value']} u={f['unit']} {f['comparator']} b={f['binding']} core={int(f['core'])} j={f['jurisdiction']} | {f['quote'][:40]}")
