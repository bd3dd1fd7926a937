#!/usr/bin/env python3
"""Compact view of gold facts for review: python3 show.py c441"""
import json, sys
for st in sys.argv[1:]:
    g = json.load(open(f"gold/{st}.gold.json", encoding="utf-8"))
    print(st, g["jurisdiction"], g["genre"], g["published"], g["area_code"], len(g["facts"]))
    for f in g["facts"]:
        print(f"  {f['value_text']:>10} {f['kind'][0]} {f['measure'][:2]} {f['year']} {f['period_start']} {f['value']} {f['unit']} {f['comparator']} {f['binding']} {'C' if f['core'] else '-'} [{f['indicator']}] «{f['quote'].replace(chr(10),'⏎')}»" + (f" j={f['jurisdiction']}" if f['jurisdiction'] != g['jurisdiction'] else ""))
