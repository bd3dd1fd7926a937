#!/usr/bin/env python3
"""List every digit string of each document that no gold fact covers, with context,
for the manual check that it is a year, date, list number, document number, phone,
composition count or other non-fact."""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).parent
for gp in sorted((HERE/'gold').glob('*.gold.json')):
    g = json.load(open(gp, encoding='utf-8'))
    if sys.argv[1:] and gp.name[:4] not in sys.argv[1:]:
        continue
    text = open(HERE/'docs'/g['doc'], encoding='utf-8', newline='').read()
    cov = set()
    for f in g['facts']:
        cov.update(range(f['start'], f['start'] + len(f['value_text'])))
    print('==', g['doc'])
    for m in re.finditer(r'\d+(?:\.\d+)?', text):
        if m.start() in cov:
            continue
        if re.fullmatch(r'(19|20)\d\d', m.group()) and text[m.end():m.end()+1] in '年—-－':
            continue
        ctx = text[max(0, m.start()-12):m.end()+8].replace('\n', '⏎')
        print(f'  {m.group():>8}  {ctx}')
