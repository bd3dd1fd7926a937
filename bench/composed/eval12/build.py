#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8, one record per line, '#' comments):
  @meta key=value            document fields: jurisdiction, genre, published, area_code,
                             pstart / pend (verbatim strings: passage starts at pstart,
                             ends after pend; default whole document), what
  quote | value_text | indicator | kind | measure | year | period_start | unit | comparator | binding | core | opts
  kind a/t ; measure l/g/c ; binding e/b/- ; core 1/0 ; year/period_start int or '-'
  opts (';'-separated): neg  v=<number>  j=<jurisdiction>  n=<notes>  occ=<k> (k-th occurrence of quote, 1-based)
                        vocc=<k> (k-th boundary occurrence of value_text inside quote)
Offsets are computed with text.index(quote) and a number-boundary search of value_text inside the quote.
"""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).parent
KIND = {'a': 'actual', 't': 'target'}
MEAS = {'l': 'level', 'g': 'growth', 'c': 'change'}
BIND = {'e': 'expected', 'b': 'binding', '-': None}
NUM = re.compile(r'\d+(?:\.\d+)?')

def boundary_ok(s, i, vt):
    before = s[i-1] if i > 0 else ''
    after = s[i+len(vt)] if i+len(vt) < len(s) else ''
    if vt[0].isdigit() and (before.isdigit() or before == '.'):
        return False
    if vt[-1].isdigit() and (after.isdigit() or after == '.'):
        return False
    return True

def find_nth(text, sub, n):
    pos = -1
    for _ in range(n):
        pos = text.index(sub, pos + 1)
    return pos

def build(stem):
    text = open(HERE/'docs'/f'{stem}.txt', encoding='utf-8', newline='').read()
    meta, facts = {}, []
    for ln, line in enumerate(open(HERE/'specs'/f'{stem}.spec', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@meta '):
            k, v = line[6:].split('=', 1)
            if k.strip() == 'passage':
                meta.setdefault('passages', []).append(v.split('||'))
            else:
                meta[k.strip()] = v
            continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) < 11:
            sys.exit(f'{stem}:{ln}: too few fields: {line}')
        quote, vt, ind, kind, meas, year, ps, unit, comp, bind, core = parts[:11]
        quote = quote.replace('\\t', '\t').replace('\\n', '\n')
        opts = {}
        for o in (parts[11].split(';') if len(parts) > 11 and parts[11] else []):
            o = o.strip()
            if '=' in o:
                k, v = o.split('=', 1); opts[k] = v
            elif o:
                opts[o] = True
        occ = int(opts.get('occ', 1))
        try:
            qs = find_nth(text, quote, occ)
        except ValueError:
            if not meta.get('wrapped'):
                sys.exit(f'{stem}:{ln}: quote not found: {quote}')
            # hard-wrapped PDF text: the verbatim quote may contain line breaks and page marks
            sep = r'(?:\n(?:\n— \d+ —\n\n)?)?'
            pat = re.compile(sep.join(re.escape(c) for c in quote))
            ms = list(pat.finditer(text))
            if len(ms) < occ:
                sys.exit(f'{stem}:{ln}: quote not found (wrapped): {quote}')
            qs = ms[occ-1].start()
            quote = ms[occ-1].group()
        cands = [m.start() for m in re.finditer(re.escape(vt), quote) if boundary_ok(quote, m.start(), vt)]
        k = int(opts.get('vocc', 1))
        if len(cands) < k:
            sys.exit(f'{stem}:{ln}: value {vt} not in quote {quote}')
        start = qs + cands[k-1]
        if 'v' in opts:
            value = float(opts['v'])
        else:
            value = float(NUM.search(vt).group())
        if opts.get('neg'):
            value = -value
        if value == int(value) and '.' not in vt and 'v' not in opts:
            value = int(value)
        f = {'passage': 'p1', 'value_text': vt, 'start': start, 'quote': quote,
             'jurisdiction': opts.get('j', meta['jurisdiction']), 'indicator': ind,
             'kind': KIND[kind], 'measure': MEAS[meas],
             'year': None if year == '-' else int(year),
             'period_start': None if ps == '-' else int(ps),
             'value': value, 'unit': unit, 'comparator': comp, 'binding': BIND[bind],
             'core': core == '1'}
        if 'n' in opts:
            f['notes'] = opts['n']
        facts.append(f)
    if 'passages' in meta:
        passages = []
        for i, (a, b, what) in enumerate(meta['passages'], 1):
            ps_ = text.index(a)
            pe_ = text.index(b, ps_) + len(b)
            passages.append({'id': f'p{i}', 'start': ps_, 'end': pe_, 'what': what})
    else:
        passages = [{'id': 'p1', 'start': 0, 'end': len(text), 'what': meta.get('what', 'whole document')}]
    for f in facts:
        inside = [p for p in passages if p['start'] <= f['start'] and f['start'] + len(f['value_text']) <= p['end']]
        if not inside:
            sys.exit(f"{stem}: fact outside passages: {f['quote']}")
        f['passage'] = inside[0]['id']
    facts.sort(key=lambda f: f['start'])
    gold = {'doc': f'{stem}.txt', 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
            'published': meta['published'], 'area_code': meta['area_code'],
            'passages': passages,
            'facts': facts}
    with open(HERE/'gold'/f'{stem}.gold.json', 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return gold, len(text)

if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(p.stem for p in (HERE/'specs').glob('*.spec'))
    rows = []
    for s in stems:
        g, n = build(s)
        print(s, len(g['facts']), 'facts', n, 'chars')
        num = int(s[1:])
        rows.append((s, g, n, 'dev' if num % 2 else 'held'))
    if not sys.argv[1:]:
        with open(HERE/'INDEX.tsv', 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n')
            for s, g, n, sp in rows:
                fh.write(f"{s}.txt\t{g['genre']}\t{len(g['facts'])}\t{g['jurisdiction']}\t{g['published']}\t{sp}\n")
