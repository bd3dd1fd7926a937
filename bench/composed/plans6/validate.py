#!/usr/bin/env python3
"""Validate the plans6 gold files against their docs (stdlib only)."""
import json, os, sys, glob
ROOT = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report','work_report_news','communique','plan_outline','plan_table','plan_midterm_evaluation',
          'plan_final_evaluation','plan_implementation_report','sector_plan','statistical_news','other'}
FIELDS = ['passage','value_text','start','quote','jurisdiction','indicator','kind','measure','year','period_start',
          'value','unit','comparator','binding','core']
def check(gp):
    errs = []
    g = json.load(open(gp, encoding='utf-8'))
    text = open(os.path.join(ROOT, 'docs', g['doc']), encoding='utf-8', newline='').read()
    if g.get('genre') not in GENRES: errs.append('genre')
    for k in ('doc','jurisdiction','published','area_code','passages','facts'):
        if k not in g: errs.append('missing ' + k)
    if not (isinstance(g['area_code'], str) and len(g['area_code']) == 6 and g['area_code'].isdigit()): errs.append('area_code')
    ps = {p['id']: p for p in g['passages']}
    for p in g['passages']:
        if not (0 <= p['start'] < p['end'] <= len(text)): errs.append('passage bounds ' + p['id'])
    seen = set()
    for n, f in enumerate(g['facts']):
        e = lambda m: errs.append('fact %d %r: %s' % (n, f.get('value_text'), m))
        for k in FIELDS:
            if k not in f: e('missing ' + k)
        s, vt = f['start'], f['value_text']
        if text[s:s+len(vt)] != vt: e('offset mismatch')
        if vt not in f['quote']: e('quote lacks value')
        p = ps.get(f['passage'])
        if p is None: e('bad passage'); continue
        seg = text[p['start']:p['end']]
        if f['quote'] not in seg: e('quote not in passage')
        if not (p['start'] <= s and s + len(vt) <= p['end']): e('value outside passage')
        qi = [i for i in range(len(text)) if text.startswith(f['quote'], i)]
        if not any(i <= s and s + len(vt) <= i + len(f['quote']) for i in qi): e('quote does not cover value')
        if f['kind'] not in ('actual','target'): e('kind')
        if f['measure'] not in ('level','growth','change'): e('measure')
        if f['comparator'] not in ('eq','ge','le','approx'): e('comparator')
        if f['binding'] not in ('expected','binding',None): e('binding')
        if not isinstance(f['core'], bool): e('core')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): e('value')
        for k in ('year','period_start'):
            if f[k] is not None and (not isinstance(f[k], int) or isinstance(f[k], bool)): e(k)
        if f['year'] is not None and f['period_start'] is not None and f['period_start'] > f['year']: e('period order')
        if s in seen: e('duplicate start')
        seen.add(s)
        if not f['indicator'] or not f['jurisdiction']: e('empty indicator/jurisdiction')
    return g, errs
def main():
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json')))
    bad = 0; total = 0
    for gp in files:
        g, errs = check(gp)
        total += len(g['facts'])
        print('%s %d facts %s' % (os.path.basename(gp), len(g['facts']), 'OK' if not errs else 'ERRORS'))
        for x in errs: print('   ', x)
        bad += bool(errs)
    print('%d files, %d facts, %d with errors' % (len(files), total, bad))
    sys.exit(1 if bad else 0)
if __name__ == '__main__':
    main()
