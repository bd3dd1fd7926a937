"""Build gold/cNNN.gold.json from docs/cNNN.txt and the spec build/specs/cNNN.py (usage: python3 build/build.py c101 ...).
Spec defines META dict and FACTS list built with F(quote, vt, indicator, kind, measure, year, ps, value, unit, cmp, binding, core, notes, n=occurrence of quote, k=occurrence of vt in quote, jur=...)."""
import json, sys, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'specs')
KM = {'a': 'actual', 't': 'target'}
MM = {'l': 'level', 'g': 'growth', 'c': 'change'}
def F(quote, vt, ind, kind, meas, year, ps, value, unit, cmp='eq', binding=None, core=False, notes=None, n=1, k=1, jur=None):
    return dict(quote=quote, vt=vt, ind=ind, kind=KM.get(kind, kind), meas=MM.get(meas, meas), year=year, ps=ps,
                value=value, unit=unit, cmp=cmp, binding=binding, core=core, notes=notes, n=n, k=k, jur=jur)
def nth(hay, needle, n, frm=0):
    i = frm - 1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            raise ValueError('not found: %r (n=%d)' % (needle, n))
    return i
def build(stem):
    ns = {'F': F}
    exec(open(os.path.join(SPECS, stem + '.py'), encoding='utf-8').read(), ns)
    meta = ns['META']
    text = open('%s/docs/%s.txt' % (BASE, stem), encoding='utf-8', newline='').read()
    passages = []
    for pid, (sa, ea, what) in meta['passages'].items():
        s = text.index(sa) if isinstance(sa, str) else sa
        e = (text.index(ea) + len(ea)) if isinstance(ea, str) else (len(text) if ea is None else ea)
        passages.append(dict(id=pid, start=s, end=e, what=what))
    facts = []
    for f in ns['FACTS']:
        qs = nth(text, f['quote'], f['n'])
        cnt = text.count(f['quote'])
        if cnt > 1 and f['n'] == 1:
            print('NOTE quote occurs %d times, first used: %r' % (cnt, f['quote']))
        vi = nth(f['quote'], f['vt'], f['k'])
        start = qs + vi
        pid = [p['id'] for p in passages if p['start'] <= qs and qs + len(f['quote']) <= p['end']]
        if not pid:
            raise ValueError('quote outside passages: %r' % f['quote'])
        rec = dict(passage=pid[0], value_text=f['vt'], start=start, quote=f['quote'], jurisdiction=f['jur'] or meta['jurisdiction'],
                   indicator=f['ind'], kind=f['kind'], measure=f['meas'], year=f['year'], period_start=f['ps'], value=f['value'],
                   unit=f['unit'], comparator=f['cmp'], binding=f['binding'], core=f['core'])
        if f['notes']:
            rec['notes'] = f['notes']
        facts.append(rec)
    facts.sort(key=lambda r: r['start'])
    starts = [r['start'] for r in facts]
    dup = set(s for s in starts if starts.count(s) > 1)
    if dup:
        print('WARNING duplicate starts', stem, [ (r['value_text'], r['start']) for r in facts if r['start'] in dup])
    out = dict(doc=stem + '.txt', jurisdiction=meta['jurisdiction'], genre=meta['genre'], published=meta['published'],
               area_code=meta['area_code'], passages=passages, facts=facts)
    json.dump(out, open('%s/gold/%s.gold.json' % (BASE, stem), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, len(text), 'chars', len(facts), 'facts')
for s in sys.argv[1:]:
    build(s)
