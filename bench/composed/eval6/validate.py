#!/usr/bin/env python3
"""Validate eval6 gold files (stdlib only): python3 validate.py [gold files...]"""
import json, sys, os, glob, re
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table', 'plan_midterm_evaluation',
          'plan_final_evaluation', 'plan_implementation_report', 'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}; MEAS = {'level', 'growth', 'change'}; COMP = {'eq', 'ge', 'le', 'approx'}
BIND = {'expected', 'binding', None}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure', 'year',
          'period_start', 'value', 'unit', 'comparator', 'binding', 'core']

def check(gp):
    errs = []
    g = json.load(open(gp, encoding='utf-8'))
    dp = os.path.join(HERE, 'docs', g['doc'])
    text = open(dp, encoding='utf-8', newline='').read()
    if g.get('genre') not in GENRES: errs.append('genre')
    if not re.fullmatch(r'\d{6}', str(g.get('area_code'))): errs.append('area_code')
    if g.get('published') is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', g['published']): errs.append('published')
    ps = {p['id']: p for p in g['passages']}
    for p in g['passages']:
        if not (0 <= p['start'] < p['end'] <= len(text)): errs.append('passage bounds %s' % p['id'])
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = '%s#%d %s' % (g['doc'], i, f.get('value_text'))
        for k in FIELDS:
            if k not in f: errs.append(tag + ' missing ' + k)
        if f['kind'] not in KINDS: errs.append(tag + ' kind')
        if f['measure'] not in MEAS: errs.append(tag + ' measure')
        if f['comparator'] not in COMP: errs.append(tag + ' comparator')
        if f['binding'] not in BIND: errs.append(tag + ' binding')
        if not isinstance(f['core'], bool): errs.append(tag + ' core')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): errs.append(tag + ' value')
        s, vt = f['start'], f['value_text']
        if text[s:s + len(vt)] != vt: errs.append(tag + ' offset mismatch')
        if vt not in f['quote']: errs.append(tag + ' value not in quote')
        p = ps.get(f['passage'])
        if p is None: errs.append(tag + ' passage id')
        else:
            seg = text[p['start']:p['end']]
            # the quote must occur in the passage covering the value
            ok = False
            j = seg.find(f['quote'])
            while j >= 0:
                qs = p['start'] + j
                if qs <= s and s + len(vt) <= qs + len(f['quote']): ok = True; break
                j = seg.find(f['quote'], j + 1)
            if not ok: errs.append(tag + ' quote does not cover the value inside the passage')
            if not (p['start'] <= s < p['end']): errs.append(tag + ' outside passage')
        for k in ('year', 'period_start'):
            v = f[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append(tag + ' ' + k)
        if f['period_start'] is not None and (f['year'] is None or f['period_start'] > f['year']): errs.append(tag + ' period order')
        if (s, vt) in seen: errs.append(tag + ' duplicate')
        seen.add((s, vt))
    return g, errs

if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'gold', '*.gold.json')))
    bad = 0
    for gp in files:
        g, errs = check(gp)
        print('%s: %d facts, %s' % (os.path.basename(gp), len(g['facts']), 'OK' if not errs else '%d errors' % len(errs)))
        for e in errs: print('   ', e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
