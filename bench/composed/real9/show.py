import json,sys
for st in sys.argv[1:]:
    g=json.load(open(f'gold/{st}.gold.json'))
    for f in g['facts']:
        print(f"{f['value_text']:>12} {f['indicator'][:14]:<14} {f['kind'][0]} {f['measure'][:2]} {f['year']} {f['period_start']} {f['value']} {f['unit']} {f['comparator']} {f['binding']} {'C' if f['core'] else ''} | {f['quote'][:30]!r}")
