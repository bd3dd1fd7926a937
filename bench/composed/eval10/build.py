#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8):
  key: value            document fields (doc, genre, jurisdiction, published, area_code)
  passage: id | start-marker | end-marker | what
      start-marker '^' = 0; else text.index(marker); end-marker '$' = len(text);
      else text.index(marker, start) + len(marker)
  fact line (13-14 fields separated by ' | '):
  quote | value_text[@n] | indicator | kind a/t | measure l/g/c | year|- | period_start|- |
  value (blank = number parsed from value_text) | unit | cmp = >= <= ~ | binding - e b |
  core 1/0 | jurisdiction (blank = document's) | notes (optional)
A '⏎' in a quote stands for a newline, a '¦' for a '|'.
Every offset is computed: the quote must occur exactly once in the text (text.index),
value_text is located inside the quote (n-th occurrence, default first) on a number boundary.
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
KIND = {'a': 'actual', 't': 'target'}
MEAS = {'l': 'level', 'g': 'growth', 'c': 'change'}
CMP = {'=': 'eq', '>=': 'ge', '<=': 'le', '~': 'approx'}
BIND = {'-': None, 'e': 'expected', 'b': 'binding'}
NUM = re.compile(r'\d+(?:\.\d+)?')


def parse_value(vt):
    m = NUM.search(vt)
    if not m:
        raise ValueError('no number in ' + vt)
    s = m.group(0)
    return float(s) if '.' in s else int(s)


def build(stem):
    text = open(HERE / 'docs' / f'{stem}.txt', encoding='utf-8', newline='').read()
    meta, passages, facts = {}, [], []
    for ln, line in enumerate(open(HERE / 'specs' / f'{stem}.spec', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('passage:'):
            pid, sm, em, what = [x.strip() for x in line[8:].split(' | ')]
            s = 0 if sm == '^' else text.index(sm)
            e = len(text) if em == '$' else text.index(em, s) + len(em)
            passages.append({'id': pid, 'start': s, 'end': e, 'what': what})
            continue
        m = re.match(r'^(doc|genre|jurisdiction|published|area_code):\s*(.*)$', line)
        if m:
            meta[m.group(1)] = m.group(2).strip()
            continue
        f = line.split(' | ')
        if len(f) not in (13, 14):
            raise SystemExit(f'{stem}.spec:{ln}: {len(f)} fields: {line}')
        quote, vt, ind, k, me, yr, ps, val, unit, cmp_, bind, core, jur = [x.strip() for x in f[:13]]
        notes = f[13].strip() if len(f) == 14 else None
        quote = quote.replace('⏎', '\n')  # ⏎ in a spec quote stands for a hard line break
        quote = quote.replace('¦', '|')  # ¦ in a spec quote stands for a table pipe
        occ = 1
        if '@' in vt:
            vt, o = vt.rsplit('@', 1)
            occ = int(o)
        n = text.count(quote)
        if n != 1:
            raise SystemExit(f'{stem}.spec:{ln}: quote occurs {n} times: {quote}')
        qs = text.index(quote)
        # occurrences of value_text inside the quote that sit on a number boundary
        cands = []
        i = quote.find(vt)
        while i >= 0:
            a = qs + i
            ok = True
            j = a + (1 if vt[:1] == '[' else 0)
            if vt[:1].isdigit() or vt[:1] == '[':
                if j > 0 and (text[j - 1].isdigit() or text[j - 1] == '.'):
                    ok = False
            mm = NUM.match(vt, 1 if vt[:1] == '[' else 0)
            if mm:
                e = a + mm.end()
                if e < len(text) and (text[e].isdigit() or (text[e] == '.' and e + 1 < len(text) and text[e + 1].isdigit())):
                    ok = False
            if ok:
                cands.append(a)
            i = quote.find(vt, i + 1)
        if len(cands) < occ:
            raise SystemExit(f'{stem}.spec:{ln}: value {vt}@{occ} not found on a number boundary in quote')
        start = cands[occ - 1]
        # number boundary
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] == '.') and vt[0].isdigit():
            raise SystemExit(f'{stem}.spec:{ln}: value inside longer number: {vt}')
        mnum = NUM.search(vt)
        if mnum and mnum.start() == 0:
            after = start + mnum.end()
            if after < len(text) and (text[after].isdigit() or (text[after] == '.' and after + 1 < len(text) and text[after + 1].isdigit())):
                raise SystemExit(f'{stem}.spec:{ln}: value inside longer number: {vt}')
        if val == '':
            value = parse_value(vt)
        else:
            value = float(val) if '.' in val else int(val)
        pid = None
        for p in passages:
            if p['start'] <= start and start + len(vt) <= p['end']:
                pid = p['id']
        if pid is None:
            raise SystemExit(f'{stem}.spec:{ln}: fact outside passages: {quote}')
        fact = {'passage': pid, 'value_text': vt, 'start': start, 'quote': quote,
                'jurisdiction': jur or meta['jurisdiction'], 'indicator': ind,
                'kind': KIND[k], 'measure': MEAS[me],
                'year': None if yr == '-' else int(yr),
                'period_start': None if ps == '-' else int(ps),
                'value': value, 'unit': unit, 'comparator': CMP[cmp_],
                'binding': BIND[bind], 'core': core == '1'}
        if notes:
            fact['notes'] = notes
        facts.append(fact)
    facts.sort(key=lambda x: x['start'])
    gold = {'doc': f'{stem}.txt', 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
            'published': meta.get('published') or None, 'area_code': meta['area_code'],
            'passages': passages, 'facts': facts}
    with open(HERE / 'gold' / f'{stem}.gold.json', 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    # report digit strings inside passages not covered by a fact
    covered = set()
    for x in facts:
        covered.update(range(x['start'], x['start'] + len(x['value_text'])))
    rest = []
    for p in passages:
        for mm in re.finditer(r'\d+(?:\.\d+)?', text[p['start']:p['end']]):
            a = p['start'] + mm.start()
            if a not in covered:
                rest.append((a, mm.group(0), text[max(0, a - 8):a + len(mm.group(0)) + 6].replace('\n', '/')))
    return gold, text, rest


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    stems = args or sorted(p.stem for p in (HERE / 'specs').glob('*.spec'))
    rows = []
    for stem in stems:
        gold, text, rest = build(stem)
        rows.append((stem, gold, text))
        print(f'{stem}: {len(gold["facts"])} facts, {len(text)} chars, {len(rest)} uncovered digit strings')
        if '-v' in sys.argv or len(args) == 1:
            for r in rest:
                print('   ', r)
    if len(stems) > 1 or not sys.argv[1:]:
        pass
    # INDEX.tsv from all built gold files
    lines = ['doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit']
    for g in sorted((HERE / 'gold').glob('*.gold.json')):
        d = json.load(open(g, encoding='utf-8'))
        num = int(re.search(r'\d+', d['doc']).group(0))
        lines.append('\t'.join([d['doc'], d['genre'], str(len(d['facts'])), d['jurisdiction'],
                                str(d['published']), 'dev' if num % 2 else 'held']))
    (HERE / 'INDEX.tsv').write_text('\n'.join(lines) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
