import json, sys, importlib.util, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def run(specpath):
    spec = importlib.util.spec_from_file_location('s', specpath); m = importlib.util.module_from_spec(spec)
    facts = []
    def F(quote, vt, ind, kind, meas, year, ps, value, unit, comp='eq', binding=None, core=True, notes=None, jur=None, occ=0, vi=0):
        facts.append(dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, value=value, unit=unit, comp=comp, binding=binding, core=core, notes=notes, jur=jur, occ=occ, vi=vi))
    m.F = F
    spec.loader.exec_module(m)
    M = m.META; text = m.TEXT.lstrip('\n')
    stem = M['doc']
    p = f'{OUT}/docs/{stem}.txt'
    with open(p, 'w', encoding='utf-8', newline='') as fh: fh.write(text)
    text = open(p, encoding='utf-8', newline='').read()
    ps_ = text.index(M['pstart']) if M.get('pstart') else 0
    pe = text.index(M['pend']) + len(M['pend']) if M.get('pend') else len(text)
    out = []
    for f in facts:
        pos = -1
        for _ in range(f['occ'] + 1):
            pos = text.find(f['quote'], pos + 1)
            if pos < 0: sys.exit(f'quote not found: {f["quote"]} (occ {f["occ"]})')
        # warn on ambiguous
        q = pos; k = -1
        for _ in range(f['vi'] + 1):
            k = f['quote'].index(f['vt'], k + 1)
        st = q + k
        assert text[st:st+len(f['vt'])] == f['vt']
        if not (ps_ <= q and q + len(f['quote']) <= pe): sys.exit('outside passage: ' + f['quote'])
        r = dict(passage='p1', value_text=f['vt'], start=st, quote=f['quote'], jurisdiction=f['jur'] or M['jurisdiction'],
                 indicator=f['ind'], kind=f['kind'], measure=f['meas'], year=f['year'], period_start=f['ps'], value=f['value'],
                 unit=f['unit'], comparator=f['comp'], binding=f['binding'], core=f['core'])
        if f['notes']: r['notes'] = f['notes']
        out.append(r)
    # duplicates
    seen = {}
    for r in out:
        if r['start'] in seen: print('DUP start', r['start'], r['value_text'], r['quote'])
        seen[r['start']] = 1
    out.sort(key=lambda r: r['start'])
    g = dict(doc=stem + '.txt', jurisdiction=M['jurisdiction'], genre=M['genre'], published=M['published'], area_code=M['area_code'],
             passages=[dict(id='p1', start=ps_, end=pe, what=M['what'])], facts=out)
    json.dump(g, open(f'{OUT}/gold/{stem}.gold.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, 'chars', len(text), 'facts', len(out))
    return g

def uncovered(g):
    import re
    text = open(f"{OUT}/docs/{g['doc']}", encoding='utf-8', newline='').read()
    p = g['passages'][0]
    cov = set()
    for f in g['facts']:
        cov.update(range(f['start'], f['start'] + len(f['value_text'])))
    for mm in re.finditer(r'[0-9０-９][0-9.,，]*|[一二三四五六七八九十百千万两]+(?:个百分点|倍|位|番)', text[p['start']:p['end']]):
        s = mm.start() + p['start']
        if s not in cov:
            print('  uncovered', repr(text[max(0,s-12):s+len(mm.group())+6]))

if __name__ == '__main__':
    for a in sys.argv[1:]:
        g = run(a)
        if '-u' in os.environ.get('UNC','-u'): uncovered(g)
