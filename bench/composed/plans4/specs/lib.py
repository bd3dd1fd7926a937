"""Build helper: a spec gives the text, document fields and facts as (value_text, quote, fields);
offsets are located with str.find in document order (never written by hand)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
K = {'a': 'actual', 't': 'target'}
M = {'l': 'level', 'g': 'growth', 'c': 'change'}
B = {'e': 'expected', 'b': 'binding', None: None}

def F(vt, q, ind, k, m, yr, ps, val, unit, cmp='eq', bind=None, core=True, jur=None, notes=None, p='p1'):
    return dict(vt=vt, q=q, ind=ind, k=k, m=m, yr=yr, ps=ps, val=val, unit=unit, cmp=cmp,
                bind=bind, core=core, jur=jur, notes=notes, p=p)

def build(num, text, meta, passages, facts):
    name = 'c%d' % num
    path = os.path.join(ROOT, 'docs', name + '.txt')
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)
    text = open(path, encoding='utf-8', newline='').read()
    pas = []
    for pid, a, b, what in passages:
        s = text.index(a); e = text.index(b, s) + len(b)
        pas.append({'id': pid, 'start': s, 'end': e, 'what': what})
    pmap = {p['id']: p for p in pas}
    out = []; cq = {}; cv = {}
    for f in facts:
        P = pmap[f['p']]
        qs = text.find(f['q'], max(P['start'], cq.get(f['p'], 0)))
        if qs < 0 or qs + len(f['q']) > P['end']:
            qs = text.find(f['q'], P['start'])
        if qs < 0 or qs + len(f['q']) > P['end']:
            sys.exit('%s: quote not found: %r' % (name, f['q']))
        qe = qs + len(f['q'])
        vs = -1; frm = qs
        if cv.get(f['p'], -1) >= qs:
            frm = cv[f['p']] + 1
        while True:
            vs = text.find(f['vt'], frm)
            if vs < 0 or vs + len(f['vt']) > qe:
                if frm != qs:
                    frm = qs; continue
                sys.exit('%s: value %r not in quote %r' % (name, f['vt'], f['q']))
            before = text[vs-1] if vs > 0 else ''
            after = text[vs+len(f['vt'])] if vs+len(f['vt']) < len(text) else ''
            bad = (f['vt'][0].isdigit() and (before.isdigit() or before == '.')) or \
                  (f['vt'][-1].isdigit() and (after.isdigit() or (after == '.' and text[vs+len(f['vt'])+1:vs+len(f['vt'])+2].isdigit())))
            if not bad:
                break
            frm = vs + 1
        cq[f['p']] = qs; cv[f['p']] = vs
        r = {'passage': f['p'], 'value_text': f['vt'], 'start': vs, 'quote': f['q'],
             'jurisdiction': f['jur'] or meta['jurisdiction'], 'indicator': f['ind'],
             'kind': K[f['k']], 'measure': M[f['m']], 'year': f['yr'], 'period_start': f['ps'],
             'value': f['val'], 'unit': f['unit'], 'comparator': f['cmp'], 'binding': B[f['bind']],
             'core': f['core']}
        if f['notes']:
            r['notes'] = f['notes']
        out.append(r)
    starts = [(r['start'], r['value_text']) for r in out]
    if len(set(starts)) != len(starts):
        import collections
        sys.exit('%s: duplicate facts %s' % (name, [s for s, c in collections.Counter(starts).items() if c > 1]))
    g = {'doc': name + '.txt', 'jurisdiction': meta['jurisdiction'], 'genre': meta['genre'],
         'published': meta['published'], 'area_code': meta['area_code'], 'passages': pas, 'facts': out}
    with open(os.path.join(ROOT, 'gold', name + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    # report numerals in passages not covered by a fact, for review
    cov = set()
    for r in out:
        cov.update(range(r['start'], r['start'] + len(r['value_text'])))
    print('%s: %d chars, %d facts' % (name, len(text), len(out)))
    for P in pas:
        for m in re.finditer(r'[0-9０-９][0-9０-９.,]*|[零一二两三四五六七八九十百千万]+(?=[成倍番位])', text[P['start']:P['end']]):
            s = P['start'] + m.start()
            if re.fullmatch(r'(19|20)\d\d', m.group()) and text[s+4:s+5] in '年—-－～）)': continue
            if m.group() == '2.5' and text[s-2:s] == 'PM': continue
            if not any(i in cov for i in range(s, s + len(m.group()))):
                ctx = text[max(0, s-8):s+len(m.group())+4].replace('\n', '/')
                print('   uncovered %r  ..%s..' % (m.group(), ctx))
