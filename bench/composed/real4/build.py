#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.py.

Every offset is computed from verbatim quotes: the quote is located with
text.index (n-th occurrence when a spec says so), then value_text is located
inside the quote on a number boundary. No offset is typed by hand.
"""
import json, os, re, sys, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))

def find_nth(text, sub, n):
    pos = -1
    for _ in range(n + 1):
        pos = text.index(sub, pos + 1)
    return pos

def on_boundary(text, i, vt):
    """value_text at i is not part of a longer number."""
    j = i + len(vt)
    if vt[0].isdigit() and i > 0 and (text[i-1].isdigit() or (text[i-1] == '.' and i > 1 and text[i-2].isdigit())):
        return False
    if vt[-1].isdigit() and j < len(text) and (text[j].isdigit() or (text[j] == '.' and j + 1 < len(text) and text[j+1].isdigit())):
        return False
    return True

def locate(text, quote, vt, n=0, k=0):
    q0 = find_nth(text, quote, n)
    found = []
    p = q0 - 1
    while True:
        p = text.find(vt, p + 1, q0 + len(quote))
        if p < 0 or p + len(vt) > q0 + len(quote):
            break
        if on_boundary(text, p, vt):
            found.append(p)
    if len(found) <= k:
        raise ValueError(f'value {vt!r} not found on a number boundary in quote {quote!r}')
    return found[k]

def load_spec(stem):
    path = os.path.join(HERE, 'specs', stem + '.py')
    spec = importlib.util.spec_from_file_location(stem, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m

def build(stem):
    m = load_spec(stem)
    meta = m.META
    doc = stem + '.txt'
    text = open(os.path.join(HERE, 'docs', doc), encoding='utf-8', newline='').read()
    if 'passages' in meta:  # list of (start_marker, end_marker, what)
        passages = []
        for n, (ps, pe, what) in enumerate(meta['passages'], 1):
            a = text.index(ps)
            b = text.index(pe, a) + len(pe)
            passages.append({'id': 'p%d' % n, 'start': a, 'end': b, 'what': what})
    else:
        ps = meta.get('passage_start')
        pe = meta.get('passage_end')
        start = text.index(ps) if ps else 0
        end = (text.index(pe) + len(pe)) if pe else len(text)
        passages = [{'id': 'p1', 'start': start, 'end': end, 'what': meta['what']}]
    facts = []
    for row in m.FACTS:
        quote, vt, ind, kind, measure, year, pstart, value, unit, comp, binding, core = row[:12]
        opts = row[12] if len(row) > 12 else {}
        i = locate(text, quote, vt, opts.get('n', 0), opts.get('k', 0))
        if text.count(quote) > 1 and 'n' not in opts:
            print(f'  warning {stem}: quote occurs {text.count(quote)} times, first used: {quote[:30]!r}')
        pid = [p['id'] for p in passages if p['start'] <= i and i + len(vt) <= p['end']]
        if not pid:
            raise ValueError(f'fact {vt!r} at {i} lies outside every passage')
        f = {'passage': pid[0], 'value_text': vt, 'start': i, 'quote': quote,
             'jurisdiction': opts.get('j', meta['jurisdiction']), 'indicator': ind,
             'kind': kind, 'measure': measure, 'year': year, 'period_start': pstart,
             'value': value, 'unit': unit, 'comparator': comp, 'binding': binding, 'core': core}
        if opts.get('notes'):
            f['notes'] = opts['notes']
        facts.append(f)
    facts.sort(key=lambda f: f['start'])
    gold = {'doc': doc, 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
            'published': meta['published'], 'area_code': meta['area_code'],
            'passages': passages,
            'facts': facts}
    with open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return gold

if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.py') and not f.startswith('_'))
    for s in stems:
        g = build(s)
        print(s, len(g['facts']))
