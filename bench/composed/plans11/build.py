#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from specs/cNNN.spec and docs/cNNN.txt.

Every offset is computed here from verbatim quotes: text.index(quote), then the
value_text inside the quote on a number boundary. Nothing is counted by hand.

Spec format (UTF-8):
  @doc=c231.txt  @jurisdiction=...  @genre=...  @published=...  @area_code=...
  @wrap=1   (optional: quotes are matched across hard line breaks)
  @passage=p1|<start marker>|<end marker>|<what>   (passage = index(start) .. index(end)+len(end);
                                                     empty marker = start/end of text)
  fact lines, fields separated by '|' (spaces around are stripped):
  quote | value_text | indicator | kind | measure | year | period_start | value | unit | comparator | binding | core [| jurisdiction [| notes]]
    quote       verbatim; '\\t' and '\\n' escapes allowed; '~' = one whitespace run (resolved to the real text); suffix '#k' = k-th occurrence in the text
    value_text  suffix '#k' = k-th number-boundary occurrence inside the quote
    kind a|t  measure l|g|c  comparator e|ge|le|ap  binding -|e|b  core 1|0  year/period_start int or -
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {'a': 'actual', 't': 'target'}
MEAS = {'l': 'level', 'g': 'growth', 'c': 'change'}
CMP = {'e': 'eq', 'ge': 'ge', 'le': 'le', 'ap': 'approx'}
BIND = {'-': None, 'e': 'expected', 'b': 'binding'}
NUMCH = set('0123456789.')


def unesc(s):
    return s.replace('\\t', '\t').replace('\\n', '\n')


def split_occ(s):
    m = re.match(r'^(.*)#(\d+)$', s, re.S)
    if m:
        return m.group(1), int(m.group(2))
    return s, 1


def nth_index(hay, needle, k, boundary=False):
    pos = -1
    found = 0
    while True:
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError('occurrence %d of %r not found' % (k, needle))
        if boundary:
            before = hay[pos - 1] if pos > 0 else ''
            end = pos + len(needle)
            after = hay[end] if end < len(hay) else ''
            if needle[0] in NUMCH and before and before in NUMCH:
                continue
            if needle[-1] in NUMCH and after and (after.isdigit() or (after == '.' and end + 1 < len(hay) and hay[end + 1].isdigit())):
                continue
        found += 1
        if found == k:
            return pos


def num(s):
    v = float(s)
    return int(v) if v == int(v) and '.' not in s else v


def build(stem):
    spec = open(os.path.join(HERE, 'specs', stem + '.spec'), encoding='utf-8').read().split('\n')
    meta, passages, facts = {}, [], []
    text = None
    for ln, line in enumerate(spec, 1):
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            k, v = line[1:].split('=', 1)
            if k == 'passage':
                pid, a, b, what = v.split('|')
                a, b = unesc(a), unesc(b)
                s = text.index(a) if a else 0
                e = text.index(b) + len(b) if b else len(text)
                passages.append({'id': pid, 'start': s, 'end': e, 'what': what})
            else:
                meta[k] = v
                if k == 'doc':
                    text = open(os.path.join(HERE, 'docs', v), encoding='utf-8', newline='').read()
            continue
        f = [x.strip() for x in line.split('|')]
        if len(f) < 12:
            raise SystemExit('%s:%d: too few fields: %r' % (stem, ln, line))
        quote, qk = split_occ(unesc(f[0]))
        vt, vk = split_occ(f[1])
        try:
            if meta.get('wrap') == '1' and '~' not in quote:
                # hard-wrapped text: the quote is written unwrapped; a line break may fall between any two characters
                quote = '~'.join(quote)
                rx = '\n?'.join(re.escape(x) for x in quote.split('~'))
                ms = list(re.finditer(rx, text))
                if '#' not in f[0] and len(ms) > 1:
                    raise ValueError('pattern %r matches %d times; add #k' % (quote, len(ms)))
                if len(ms) < qk:
                    raise ValueError('pattern %r not found' % quote)
                quote, qpos = ms[qk - 1].group(0), ms[qk - 1].start()
            elif '~' in quote:
                # '~' stands for one run of whitespace (table padding); the real text is stored as quote
                rx = r'\s+'.join(re.escape(x) for x in quote.split('~'))
                ms = list(re.finditer(rx, text))
                if '#' not in f[0] and len(ms) > 1:
                    raise ValueError('pattern %r matches %d times; add #k' % (quote, len(ms)))
                if len(ms) < qk:
                    raise ValueError('pattern %r not found' % quote)
                quote, qpos = ms[qk - 1].group(0), ms[qk - 1].start()
            else:
                if '#' not in f[0] and text.count(quote) > 1:
                    raise ValueError('quote %r occurs %d times; add #k' % (quote, text.count(quote)))
                qpos = nth_index(text, quote, qk)
            vpos = nth_index(quote, vt, vk, boundary=True)
        except ValueError as ex:
            raise SystemExit('%s:%d: %s' % (stem, ln, ex))
        start = qpos + vpos
        pid = None
        for p in passages:
            if p['start'] <= start and start + len(vt) <= p['end']:
                pid = p['id']
        if pid is None:
            raise SystemExit('%s:%d: fact outside passages' % (stem, ln))
        rec = {
            'passage': pid, 'value_text': vt, 'start': start, 'quote': quote,
            'jurisdiction': f[12] if len(f) > 12 and f[12] else meta['jurisdiction'],
            'indicator': f[2], 'kind': KIND[f[3]], 'measure': MEAS[f[4]],
            'year': None if f[5] == '-' else int(f[5]),
            'period_start': None if f[6] in ('-', '') else int(f[6]),
            'value': num(f[7]), 'unit': f[8], 'comparator': CMP[f[9]],
            'binding': BIND[f[10]], 'core': f[11] == '1',
        }
        if len(f) > 13 and f[13]:
            rec['notes'] = f[13]
        facts.append(rec)
    facts.sort(key=lambda r: r['start'])
    out = {'doc': meta['doc'], 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
           'published': meta.get('published') or None, 'area_code': meta['area_code'],
           'passages': passages, 'facts': facts}
    with open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return out


def main():
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.spec'))
    rows = []
    for st in stems:
        g = build(st)
        n = int(st[1:])
        rows.append((g['doc'], g['genre'], str(len(g['facts'])), g['jurisdiction'], g['published'] or 'None',
                     'dev' if n % 2 else 'held'))
        print(st, len(g['facts']), 'facts')
    if not sys.argv[1:]:
        with open(os.path.join(HERE, 'INDEX.tsv'), 'w', encoding='utf-8') as fh:
            fh.write('doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n')
            for r in rows:
                fh.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
