#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.txt.

Every offset is computed here: the quote is found with str.index (its n-th
occurrence with n=K), value_text is then found inside the quote on a number
boundary (its i-th boundary occurrence with i=K). Nothing is counted by hand.

Spec format (UTF-8, one item a line, fields separated by ' || '):
  @jurisdiction NAME | @genre G | @published P | @area_code C
  @passage ID || START_MARKER || END_MARKER || what   (END_MARKER may be END;
           the passage is text[index(START):index(END_MARKER)])
  quote || value_text || indicator || kind(a/t) || measure(l/g/c) || year || period_start || unit || flags
  quote 'LINE:key' = the whole (stripped) line that contains key
  flags (space separated): core exp bind ge le approx neg n=K i=K j=AREA v=NUM note=free text to end
  '#' lines are comments.
"""
import json, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
DIG = set('0123456789.')

def on_boundary(text, s, vt):
    if s > 0 and vt[0] in DIG and text[s-1] in DIG:
        return False
    e = s + len(vt)
    if vt[-1] in DIG and e < len(text) and text[e] in DIG:
        return False
    return True

def nth_index(text, sub, n):
    pos = -1
    for _ in range(n):
        pos = text.index(sub, pos + 1)
    return pos

def build(stem, report=True):
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    meta, passages, facts = {}, [], []
    for ln, line in enumerate(open(os.path.join(HERE, 'specs', stem + '.txt'), encoding='utf-8').read().split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@passage'):
            pid, rest = line[len('@passage '):].split(' || ', 1)
            sm, em, what = rest.split(' || ')
            sm = sm.replace('\\n', '\n'); em = em.replace('\\n', '\n')
            s = text.index(sm)
            e = len(text) if em == 'END' else text.index(em, s)
            passages.append({'id': pid.strip(), 'start': s, 'end': e, 'what': what})
            continue
        if line.startswith('@'):
            k, v = line[1:].split(' ', 1)
            meta[k] = v.strip()
            continue
        parts = line.split(' || ')
        if len(parts) < 8:
            sys.exit(f'{stem} line {ln}: too few fields: {line}')
        quote, vt, ind, kind, meas, year, ps, unit = [p for p in parts[:8]]
        flags = parts[8] if len(parts) > 8 else ''
        note = None
        if 'note=' in flags:
            flags, note = flags.split('note=', 1)
            note = note.strip()
        fl = flags.split()
        opts = dict(f.split('=', 1) for f in fl if '=' in f)
        words = set(f for f in fl if '=' not in f)
        quote = quote.replace('\\n', '\n').replace('\\t', '\t')
        if quote.startswith('LINE:'):
            key = quote[5:]
            lines = [l.strip() for l in text.split('\n') if key in l]
            if len(lines) != 1:
                sys.exit(f'{stem} line {ln}: LINE key {key!r} matches {len(lines)} lines')
            quote = lines[0]
        n = int(opts.get('n', 1))
        try:
            qs = nth_index(text, quote, n)
        except ValueError:
            sys.exit(f'{stem} line {ln}: quote not found: {quote!r}')
        i = int(opts.get('i', 1)); cnt = 0; s = None; p = -1
        while True:
            p = quote.find(vt, p + 1)
            if p < 0:
                break
            if on_boundary(text, qs + p, vt):
                cnt += 1
                if cnt == i:
                    s = qs + p
                    break
        if s is None:
            sys.exit(f'{stem} line {ln}: value {vt!r} not on boundary in quote {quote!r}')
        if 'v' in opts:
            val = float(opts['v'])
        else:
            m = re.search(r'\d+(?:\.\d+)?', vt)
            val = float(m.group())
        if 'neg' in words:
            val = -val
        if val == int(val) and not re.search(r'\.\d', vt) and 'v' not in opts:
            val = int(val)
        elif val == int(val) and 'v' in opts and '.' not in opts['v']:
            val = int(val)
        comp = 'eq'
        for c in ('ge', 'le', 'approx'):
            if c in words:
                comp = c
        binding = 'expected' if 'exp' in words else 'binding' if 'bind' in words else None
        pid = None
        for P in passages:
            if P['start'] <= s and s + len(vt) <= P['end']:
                pid = P['id']
        if pid is None:
            sys.exit(f'{stem} line {ln}: fact {vt!r} at {s} outside passages')
        f = {'passage': pid, 'value_text': vt, 'start': s, 'quote': quote,
             'jurisdiction': opts.get('j', meta['jurisdiction']), 'indicator': ind,
             'kind': {'a': 'actual', 't': 'target'}[kind], 'measure': {'l': 'level', 'g': 'growth', 'c': 'change'}[meas],
             'year': None if year == '-' else int(year), 'period_start': None if ps == '-' else int(ps),
             'value': val, 'unit': '' if unit == '-' else unit, 'comparator': comp, 'binding': binding,
             'core': 'core' in words}
        if note:
            f['notes'] = note
        facts.append(f)
    facts.sort(key=lambda f: f['start'])
    gold = {'doc': stem + '.txt', 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
            'published': meta['published'], 'area_code': meta['area_code'], 'passages': passages, 'facts': facts}
    with open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    if report:
        covered = set()
        for f in facts:
            covered.update(range(f['start'], f['start'] + len(f['value_text'])))
        left = []
        for m in re.finditer(r'\d+(?:\.\d+)?', text):
            if not any(P['start'] <= m.start() < P['end'] for P in passages):
                continue
            if m.start() not in covered:
                left.append((m.start(), m.group(), text[max(0, m.start()-8):m.end()+6].replace('\n', '⏎').replace('\t', '→')))
        print(f'{stem}: {len(facts)} facts, {len(text)} chars; uncovered digit strings in passages: {len(left)}')
        if '-v' in sys.argv:
            for x in left:
                print('   ', x)
    return gold

if __name__ == '__main__':
    stems = [a for a in sys.argv[1:] if not a.startswith('-')] or sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, 'specs', '*.txt')))
    stems = [s[:-4] if s.endswith('.txt') else s for s in stems]
    for s in stems:
        build(s)
