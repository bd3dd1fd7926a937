"""Validate gold/*.gold.json against docs/*.txt (stdlib only)."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table', 'plan_midterm_evaluation',
          'plan_final_evaluation', 'plan_implementation_report', 'sector_plan', 'statistical_news', 'other'}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)
files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'gold', '*.gold.json')))
for gp in files:
    g = json.load(open(gp, encoding='utf-8'))
    text = open(os.path.join(HERE, 'docs', g['doc']), encoding='utf-8', newline='').read()
    if g.get('genre') not in GENRES: err(gp, 'genre', g.get('genre'))
    if not (isinstance(g.get('area_code'), str) and len(g['area_code']) == 6 and g['area_code'].isdigit()): err(gp, 'area_code')
    ps = {p['id']: p for p in g['passages']}
    for p in ps.values():
        if not (0 <= p['start'] < p['end'] <= len(text)): err(gp, 'passage bounds', p)
    seen = set()
    for i, f in enumerate(g['facts']):
        w = f'{gp}#{i} {f.get("value_text")}'
        for k in ('passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure', 'year',
                  'period_start', 'value', 'unit', 'comparator', 'binding', 'core'):
            if k not in f: err(w, 'missing', k)
        if f['kind'] not in ('actual', 'target'): err(w, 'kind')
        if f['measure'] not in ('level', 'growth', 'change'): err(w, 'measure')
        if f['comparator'] not in ('eq', 'ge', 'le', 'approx'): err(w, 'comparator')
        if f['binding'] not in (None, 'expected', 'binding'): err(w, 'binding')
        if not isinstance(f['core'], bool): err(w, 'core')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): err(w, 'value')
        s, v = f['start'], f['value_text']
        if text[s:s + len(v)] != v: err(w, 'offset mismatch', repr(text[s:s + len(v)]))
        if v not in f['quote']: err(w, 'quote lacks value')
        p = ps.get(f['passage'])
        if p is None: err(w, 'no passage'); continue
        if not (p['start'] <= s and s + len(v) <= p['end']): err(w, 'value outside passage')
        seg = text[p['start']:p['end']]
        if f['quote'] not in seg: err(w, 'quote not in passage')
        else:
            # the quote must cover the value's position somewhere
            ok = False; j = seg.find(f['quote'])
            while j >= 0:
                if p['start'] + j <= s and s + len(v) <= p['start'] + j + len(f['quote']): ok = True; break
                j = seg.find(f['quote'], j + 1)
            if not ok: err(w, 'quote does not cover value position')
        y, q = f['year'], f['period_start']
        for name, x in (('year', y), ('period_start', q)):
            if x is not None and (not isinstance(x, int) or isinstance(x, bool)): err(w, name, 'not int')
        if q is not None and (y is None or q > y): err(w, 'period_start > year')
        if s in seen: err(w, 'duplicate start')
        seen.add(s)
    print(os.path.basename(gp), len(g['facts']), 'facts')
print('errors:', errs)
sys.exit(1 if errs else 0)
