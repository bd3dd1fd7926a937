#!/usr/bin/env python3
"""Validate bench/composed/plans4 gold files (stdlib only). Usage: python3 validate.py [cNNN ...]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']

def check(stem):
    errs = []
    g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    if g.get('doc') != stem + '.txt': errs.append('doc name')
    if g.get('genre') not in GENRES: errs.append('genre %r' % g.get('genre'))
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub): errs.append('published')
    if not re.fullmatch(r'\d{6}', g.get('area_code') or ''): errs.append('area_code')
    if not g.get('jurisdiction'): errs.append('jurisdiction')
    pas = {}
    for p in g['passages']:
        if not (0 <= p['start'] < p['end'] <= len(text)): errs.append('passage bounds %s' % p['id'])
        pas[p['id']] = p
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = '#%d %r' % (i, f.get('value_text'))
        for k in FIELDS:
            if k not in f: errs.append('%s missing %s' % (tag, k))
        if set(f) - set(FIELDS) - {'notes'}: errs.append('%s extra keys %s' % (tag, set(f) - set(FIELDS) - {'notes'}))
        p = pas.get(f['passage'])
        if p is None: errs.append(tag + ' passage'); continue
        s, vt = f['start'], f['value_text']
        if not isinstance(s, int) or text[s:s+len(vt)] != vt: errs.append(tag + ' offset'); continue
        if not (p['start'] <= s and s + len(vt) <= p['end']): errs.append(tag + ' value outside passage')
        q = f['quote']
        if vt not in q: errs.append(tag + ' quote lacks value')
        # the quote must occur in the passage and enclose the value
        ok = False
        j = text.find(q, p['start'])
        while 0 <= j and j + len(q) <= p['end']:
            if j <= s and s + len(vt) <= j + len(q): ok = True; break
            j = text.find(q, j + 1)
        if not ok: errs.append(tag + ' quote does not enclose value in passage')
        if f['kind'] not in ('actual', 'target'): errs.append(tag + ' kind')
        if f['measure'] not in ('level', 'growth', 'change'): errs.append(tag + ' measure')
        if f['comparator'] not in ('eq', 'ge', 'le', 'approx'): errs.append(tag + ' comparator')
        if f['binding'] not in ('expected', 'binding', None): errs.append(tag + ' binding')
        if not isinstance(f['core'], bool): errs.append(tag + ' core')
        if isinstance(f['value'], bool) or not isinstance(f['value'], (int, float)): errs.append(tag + ' value')
        if not isinstance(f['unit'], str): errs.append(tag + ' unit')
        y, ps = f['year'], f['period_start']
        for v in (y, ps):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)): errs.append(tag + ' year type')
        if ps is not None and (y is None or ps > y): errs.append(tag + ' period_start > year')
        if (s, vt) in seen: errs.append(tag + ' duplicate')
        seen.add((s, vt))
    return len(g['facts']), errs

def main(argv):
    stems = argv or sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    bad = 0; total = 0
    for st in stems:
        n, errs = check(st)
        total += n
        print('%s: %d facts %s' % (st, n, 'OK' if not errs else 'ERRORS'))
        for e in errs: print('   ', e)
        bad += bool(errs)
    print('%d files, %d facts, %d with errors' % (len(stems), total, bad))
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
