import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for st in sys.argv[1:]:
    g = json.load(open(os.path.join(HERE, "gold", st + ".gold.json"), encoding="utf-8"))
    for f in g["facts"]:
        print(f"{f['value_text']:>10} {f['value']:>9} {f['unit']:5} {f['kind'][0]} {f['measure'][0]} {f['year']} {f['period_start']} {f['comparator']:6} {str(f['binding'])[:3]} {int(f['core'])} {f['indicator']} ‖ {f['quote'][:60]!r}")
