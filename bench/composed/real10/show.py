#!/usr/bin/env python3
import json, sys
for d in sys.argv[1:]:
    g = json.load(open(f"gold/{d}.gold.json", encoding="utf-8"))
    print("==", d, g["jurisdiction"], g["passages"])
    for f in g["facts"]:
        print(f['value_text'].replace("\n", "⏎"), "|", f['indicator'], f['kind'][0], f['measure'][0], f['year'], f['period_start'], f['value'], f['unit'], f['comparator'], (f['binding'] or '-')[0], int(f['core']), f['jurisdiction'] if f['jurisdiction'] != g['jurisdiction'] else '', "|", f['quote'][:28].replace("\n", "⏎"))
