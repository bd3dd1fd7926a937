#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Spec format (UTF-8):
  #key value            document-level: doc, jurisdiction, genre, published, area_code, split
  #passage id ||| start-quote ||| end-quote ||| what   (start = text.index(start-quote),
                                                      end = index(end-quote)+len)
  fact lines, fields separated by ' | ':
  quote | value_text[#n] | indicator | kind | measure | year | period_start | value | unit |
  comparator | binding | core [| jurisdiction [| notes]]
  kind a/t; measure l/g/c; year/period_start int or '-'; binding '-'/e/b; core 1/0;
  quote may carry '@n' suffix (n-th occurrence, 1-based); '\\t' and '\\n' in quotes
  are tab and newline. value_text#n = n-th number-bounded occurrence inside the quote.
Offsets are computed only with str.index / str.find; nothing is counted by hand.
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {'a': 'actual', 't': 'target'}
MEAS = {'l': 'level', 'g': 'growth', 'c': 'change'}
BIND = {'-': None, 'e': 'expected', 'b': 'binding'}


def unesc(s):
    return s.replace('\\t', '\t').replace('\\n', '\n')


def nth_index(text, sub, n):
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise ValueError('occurrence %d of %r not found' % (n, sub))
    return pos


def bounded(hay, vt, i):
    m = re.match(r'[\[〔\-]?\d[\d.]*', vt)
    num = m.group(0) if m else vt
    if i > 0 and (hay[i - 1].isdigit() or hay[i - 1] == '.'):
        return False
    j = i + len(num)
    if j < len(hay) and (hay[j].isdigit() or (hay[j] == '.' and j + 1 < len(hay) and hay[j + 1].isdigit())):
        return False
    return True


def build(stem):
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    meta, passages, facts = {}, [], []
    for ln, line in enumerate(open(os.path.join(HERE, 'specs', stem + '.spec'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'):
            continue
        if line.startswith('#passage'):
            pid, sq, eq, what = [x.strip() for x in line[len('#passage'):].split('|||')]
            s = text.index(unesc(sq)); e = text.index(unesc(eq), s) + len(unesc(eq))
            passages.append({'id': pid, 'start': s, 'end': e, 'what': what})
            continue
        if line.startswith('#'):
            k, v = line[1:].split(' ', 1)
            meta[k] = v.strip()
            continue
        f = [x.strip() for x in line.split(' | ')]
        if len(f) < 12:
            sys.exit('%s:%d: too few fields: %s' % (stem, ln, line))
        quote, vt = f[0], f[1]
        qn = 1
        m = re.search(r'@(\d+)$', quote)
        if m:
            qn = int(m.group(1)); quote = quote[:m.start()]
        quote = unesc(quote)
        vn = 1
        m = re.search(r'#(\d+)$', vt)
        if m:
            vn = int(m.group(1)); vt = vt[:m.start()]
        if qn == 1 and text.count(quote) != 1 and not f[0].endswith('@1'):
            sys.exit('%s:%d: quote occurs %d times: %r' % (stem, ln, text.count(quote), quote))
        try:
            qs = nth_index(text, quote, qn)
        except ValueError as ex:
            sys.exit('%s:%d: %s' % (stem, ln, ex))
        hits = [i for i in range(len(quote)) if quote.startswith(vt, i) and bounded(quote, vt, i)]
        if len(hits) < vn:
            sys.exit('%s:%d: value %r not found (bounded) in quote %r' % (stem, ln, vt, quote))
        if vn == 1 and len(hits) > 1 and '#' not in f[1]:
            sys.exit('%s:%d: value %r ambiguous in quote %r' % (stem, ln, vt, quote))
        start = qs + hits[vn - 1]
        def iv(x):
            return None if x == '-' else int(x)
        val = float(f[7]);
        val = int(val) if val == int(val) and '.' not in f[7] else val
        rec = {'passage': None, 'value_text': vt, 'start': start, 'quote': quote,
               'jurisdiction': f[12] if len(f) > 12 and f[12] else meta['jurisdiction'],
               'indicator': f[2], 'kind': KIND[f[3]], 'measure': MEAS[f[4]],
               'year': iv(f[5]), 'period_start': iv(f[6]), 'value': val, 'unit': f[8],
               'comparator': f[9], 'binding': BIND[f[10]], 'core': f[11] == '1'}
        if len(f) > 13 and f[13]:
            rec['notes'] = f[13]
        facts.append(rec)
    if not passages:
        passages = [{'id': 'p1', 'start': 0, 'end': len(text), 'what': 'whole document'}]
    for r in facts:
        for p in passages:
            if p['start'] <= r['start'] and r['start'] + len(r['value_text']) <= p['end']:
                r['passage'] = p['id']; break
        else:
            sys.exit('%s: fact outside passages: %r' % (stem, r['quote']))
    facts.sort(key=lambda r: r['start'])
    gold = {'doc': stem + '.txt', 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
            'published': meta['published'], 'area_code': meta['area_code'],
            'passages': passages, 'facts': facts}
    json.dump(gold, open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    # leftover digit strings for manual review
    covered = set()
    for r in facts:
        covered.update(range(r['start'], r['start'] + len(r['value_text'])))
    left = []
    for m in re.finditer(r'\d+(?:\.\d+)?', text):
        if not (set(range(m.start(), m.end())) & covered):
            nxt = text[m.end():m.end() + 1]
            if re.fullmatch(r'(19|20)\d\d', m.group(0)) and nxt in '年—-－～~':
                continue
            if len(m.group(0)) <= 2 and nxt in '月日':
                continue
            left.append((m.start(), m.group(0), text[max(0, m.start() - 8):m.end() + 6].replace('\n', '⏎')))
    return meta, len(text), facts, left


if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.spec'))
    rows = []
    for s in stems:
        meta, n, facts, left = build(s)
        print('%s: %d chars, %d facts' % (s, n, len(facts)))
        if '-v' in os.environ.get('LEFT', '-v'):
            for st, d, ctx in left:
                print('   left %6d %-8s %s' % (st, d, ctx))
        rows.append((s + '.txt', meta['genre'], str(len(facts)), meta['jurisdiction'], meta['published'],
                     'dev' if int(s[1:]) % 2 else 'held'))
    if len(sys.argv) == 1:
        with open(os.path.join(HERE, 'INDEX.tsv'), 'w', encoding='utf-8') as fh:
            fh.write('doc\tgenre\tfacts\tjurisdiction\tpublished\tsplit\n')
            for r in rows:
                fh.write('\t'.join(r) + '\n')
