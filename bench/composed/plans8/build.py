"""Build gold/cNNN.gold.json from spec/cNNN.py: offsets computed with str.index (stdlib only)."""
import json, sys, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
K = {'a': 'actual', 't': 'target'}
M = {'l': 'level', 'g': 'growth', 'c': 'change'}
B = {None: None, 'e': 'expected', 'b': 'binding'}

def build(stem):
    spec_path = os.path.join(HERE, 'spec', stem + '.py')
    sp = importlib.util.spec_from_file_location(stem, spec_path)
    mod = importlib.util.module_from_spec(sp); sp.loader.exec_module(mod)
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    pstart = text.index(mod.PASSAGE_START) if mod.PASSAGE_START else 0
    pend = (text.index(mod.PASSAGE_END) + len(mod.PASSAGE_END)) if getattr(mod, 'PASSAGE_END', None) else len(text)
    cursor = pstart
    facts = []
    for f in mod.FACTS:
        q, v, ind, k, m, y, ps, val, unit = f[:9]
        opt = f[9] if len(f) > 9 else {}
        qs = text.index(q, cursor)
        s = qs + (q.rindex(v) if opt.get('last') else q.index(v))
        cursor = qs
        d = dict(passage='p1', value_text=v, start=s, quote=q,
                 jurisdiction=opt.get('j', mod.JUR), indicator=ind, kind=K[k], measure=M[m],
                 year=y, period_start=ps, value=val, unit=unit, comparator=opt.get('c', 'eq'),
                 binding=B[opt.get('b')], core=opt.get('core', False))
        if 'n' in opt: d['notes'] = opt['n']
        facts.append(d)
    g = dict(doc=stem + '.txt', jurisdiction=mod.JUR, genre=mod.GENRE, published=mod.PUBLISHED,
             area_code=mod.AREA, passages=[dict(id='p1', start=pstart, end=pend, what=mod.WHAT)], facts=facts)
    json.dump(g, open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, len(text), 'chars', len(facts), 'facts')

if __name__ == '__main__':
    for stem in sys.argv[1:]:
        build(stem)
