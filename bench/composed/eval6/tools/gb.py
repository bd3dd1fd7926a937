"""Gold builder: facts listed in document order; offsets computed with str.index."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
K = {'a': 'actual', 't': 'target'}
M = {'l': 'level', 'g': 'growth', 'c': 'change'}

class Doc:
    def __init__(self, stem, jur, genre, published, area, what, pstart_marker=None, pend_marker=None):
        self.stem = stem
        self.path = os.path.join(ROOT, 'docs', stem + '.txt')
        self.text = open(self.path, encoding='utf-8', newline='').read()
        t = self.text
        ps = t.index(pstart_marker) if pstart_marker else 0
        pe = t.index(pend_marker) if pend_marker else len(t)
        self.g = {'doc': stem + '.txt', 'jurisdiction': jur, 'genre': genre, 'published': published,
                  'area_code': area, 'passages': [{'id': 'p1', 'start': ps, 'end': pe, 'what': what}], 'facts': []}
        self.jur = jur
        self.cur = ps - 1

    def F(self, vt, q, ind, k, m, y, ps, val, unit, comp='eq', b=None, core=True, jur=None, notes=None, nth=0):
        t = self.text
        off = q.find(vt)
        for _ in range(nth):
            off = q.find(vt, off + 1)
        if off < 0:
            raise SystemExit('value not in quote: %r %r' % (vt, q))
        qs = t.find(q, max(0, self.cur - len(q)))
        while qs >= 0 and qs + off <= self.cur:
            qs = t.find(q, qs + 1)
        if qs < 0:
            raise SystemExit('quote not found after %d: %r' % (self.cur, q))
        start = qs + off
        f = {'passage': 'p1', 'value_text': vt, 'start': start, 'quote': q, 'jurisdiction': jur or self.jur,
             'indicator': ind, 'kind': K[k], 'measure': M[m], 'year': y, 'period_start': ps, 'value': val,
             'unit': unit, 'comparator': comp, 'binding': b, 'core': core}
        if notes:
            f['notes'] = notes
        self.g['facts'].append(f)
        self.cur = start
        return f

    def Fv(self, vt, q, *a, **kw):
        """like F but the value is the occurrence of vt after a given prefix inside quote"""
        return self.F(vt, q, *a, **kw)

    def save(self):
        self.g['facts'].sort(key=lambda f: f['start'])
        p = os.path.join(ROOT, 'gold', self.stem + '.gold.json')
        with open(p, 'w', encoding='utf-8') as fh:
            json.dump(self.g, fh, ensure_ascii=False, indent=1)
        print(self.stem, len(self.g['facts']), 'facts', len(self.text), 'chars')
