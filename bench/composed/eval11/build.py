#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8):
  header lines  '#key: value'  (jurisdiction, genre, published, area_code, what, pstart_after, pend_before)
  fact lines    quote | value_text | indicator | kind | measure | year | period_start | value | unit | comparator | binding | core [| jurisdiction [| notes]]
    quote        verbatim text ('quote ⁞ value_text | ...' when the quote contains ' | '); 'quote@N' = the N-th occurrence (1-based) in the document
    value_text   'text' or 'text#N' = N-th occurrence inside the quote on a number boundary
    kind a|t, measure l|g|c, year/period_start int or '-', value number or '' (parse from value_text),
    comparator eq|ge|le|approx, binding -|e|b, core 1|0
Every offset is computed here with str.index; nothing is counted by hand.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {'a': 'actual', 't': 'target'}
MEAS = {'l': 'level', 'g': 'growth', 'c': 'change'}
BIND = {'-': None, 'e': 'expected', 'b': 'binding'}
NUM = re.compile(r'-?\d+(?:\.\d+)?')


def on_boundary(text, pos, vt):
    if pos > 0 and (text[pos - 1].isdigit() or (text[pos - 1] == '.' and pos > 1 and text[pos - 2].isdigit())):
        return False
    end = pos + len(vt)
    if vt[-1].isdigit() and end < len(text):
        nxt = text[end]
        if nxt.isdigit() or (nxt == '.' and end + 1 < len(text) and text[end + 1].isdigit()):
            return False
    return True


def find_quote(text, quote):
    n = 1
    m = re.fullmatch(r'(.*)@(\d+)', quote, re.S)
    if m:
        quote, n = m.group(1), int(m.group(2))
    pos = -1
    for _ in range(n):
        pos = text.index(quote, pos + 1)
    if n == 1 and text.count(quote) > 1:
        raise ValueError('quote not unique, use @N: %r' % quote)
    return quote, pos


def find_value(text, qpos, quote, vt):
    n = 1
    m = re.fullmatch(r'(.*)#(\d+)', vt, re.S)
    if m:
        vt, n = m.group(1), int(m.group(2))
    hits = []
    i = quote.find(vt)
    while i >= 0:
        if on_boundary(text, qpos + i, vt):
            hits.append(qpos + i)
        i = quote.find(vt, i + 1)
    if len(hits) < n:
        raise ValueError('value %r not found (occurrence %d) in quote %r' % (vt, n, quote))
    if n == 1 and len(hits) > 1 and not m:
        raise ValueError('value %r twice in quote %r, use #N' % (vt, quote))
    return vt, hits[n - 1]


def build(stem):
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    head, facts = {}, []
    for ln, line in enumerate(open(os.path.join(HERE, 'specs', stem + '.spec'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'):
            continue
        if line.startswith('#'):
            k, v = line[1:].split(':', 1)
            head[k.strip()] = v.strip()
            continue
        if ' ⁞ ' in line:  # quote that itself contains ' | ' (pipe tables): quote ⁞ rest
            q, rest = line.split(' ⁞ ', 1)
            f = [q.strip()] + [x.strip() for x in rest.split(' | ')]
        else:
            f = [x.strip() for x in line.split(' | ')]
        f[0] = f[0].replace('⏎', '\n')  # ⏎ in a spec quote stands for a line break
        try:
            quote, qpos = find_quote(text, f[0])
            vt, start = find_value(text, qpos, quote, f[1])
        except ValueError as e:
            sys.exit('%s line %d: %s' % (stem, ln, e))
        value = f[7]
        if value == '':
            value = NUM.search(vt.replace(',', '')).group(0)
        value = float(value)
        if value == int(value) and '.' not in f[7] and '.' not in vt:
            value = int(value)
        rec = {
            'passage': 'p1', 'value_text': vt, 'start': start, 'quote': quote,
            'jurisdiction': f[12] if len(f) > 12 and f[12] else head['jurisdiction'],
            'indicator': f[2], 'kind': KIND[f[3]], 'measure': MEAS[f[4]],
            'year': None if f[5] == '-' else int(f[5]),
            'period_start': None if f[6] == '-' else int(f[6]),
            'value': value, 'unit': f[8], 'comparator': f[9], 'binding': BIND[f[10]],
            'core': f[11] == '1',
        }
        if len(f) > 13 and f[13]:
            rec['notes'] = f[13]
        facts.append(rec)
    pstart = text.index(head['pstart_after']) + len(head['pstart_after']) if head.get('pstart_after') else 0
    pend = text.index(head['pend_before']) if head.get('pend_before') else len(text)
    facts.sort(key=lambda r: r['start'])
    gold = {
        'doc': stem + '.txt', 'jurisdiction': head['jurisdiction'], 'genre': head['genre'],
        'published': head['published'], 'area_code': head['area_code'],
        'passages': [{'id': 'p1', 'start': pstart, 'end': pend, 'what': head['what']}],
        'facts': facts,
    }
    with open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return gold


if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.spec'))
    for s in stems:
        g = build(s)
        print(s, len(g['facts']))
