#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/*.txt (stdlib only). Exit status 1 on any error."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPS = {'eq', 'ge', 'le', 'approx'}
BINDS = {None, 'expected', 'binding'}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']


def check(stem):
    errs = []
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    raw = open(os.path.join(HERE, 'docs', stem + '.txt'), 'rb').read()
    if b'\r' in raw:
        errs.append('CR in document (must be LF)')
    try:
        g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    except Exception as ex:
        return ['invalid JSON: %s' % ex]
    if g.get('doc') != stem + '.txt':
        errs.append('doc field %r' % g.get('doc'))
    if g.get('genre') not in GENRES:
        errs.append('genre %r' % g.get('genre'))
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub):
        errs.append('published %r' % pub)
    if not re.fullmatch(r'\d{6}', g.get('area_code') or ''):
        errs.append('area_code %r' % g.get('area_code'))
    if not g.get('jurisdiction'):
        errs.append('no jurisdiction')
    pids = {}
    for p in g.get('passages', []):
        if not (0 <= p['start'] < p['end'] <= len(text)):
            errs.append('passage %s bounds' % p['id'])
        pids[p['id']] = p
    seen = set()
    for i, f in enumerate(g.get('facts', [])):
        tag = '%s fact %d (%r)' % (stem, i, f.get('value_text'))
        for k in FIELDS:
            if k not in f:
                errs.append('%s: missing %s' % (tag, k))
        if set(f) - set(FIELDS) - {'notes'}:
            errs.append('%s: extra fields %s' % (tag, set(f) - set(FIELDS) - {'notes'}))
        vt, st, q = f['value_text'], f['start'], f['quote']
        if not isinstance(st, int) or text[st:st + len(vt)] != vt:
            errs.append('%s: value_text not at start' % tag)
            continue
        p = pids.get(f['passage'])
        if p is None or not (p['start'] <= st and st + len(vt) <= p['end']):
            errs.append('%s: not inside passage %r' % (tag, f['passage']))
        if vt not in q:
            errs.append('%s: quote does not contain value_text' % tag)
        # quote must occur in text covering the value
        ok = False
        pos = text.find(q)
        while pos >= 0:
            if pos <= st and st + len(vt) <= pos + len(q):
                ok = True; break
            pos = text.find(q, pos + 1)
        if not ok:
            errs.append('%s: quote does not cover the value in the text' % tag)
        m = re.search(r'-?\d[\d.]*', vt)
        if not m and '番' in vt and f['value'] == 100 * (2 ** ('一两三四'.index(vt[vt.index('番') - 1]) + 1) - 1) / 1:
            pass
        elif not m:
            errs.append('%s: no number in value_text' % tag)
        else:
            a = st + m.start(); b = st + m.end()
            if a > 0 and (text[a - 1].isdigit() or text[a - 1] == '.'):
                errs.append('%s: value inside a longer number (left)' % tag)
            if b < len(text) and text[b].isdigit():
                errs.append('%s: value inside a longer number (right)' % tag)
            try:
                num = float(m.group(0).rstrip('.'))
                if abs(abs(num) - abs(float(f['value']))) > 1e-9:
                    errs.append('%s: value %r differs from printed number %r' % (tag, f['value'], m.group(0)))
            except ValueError:
                errs.append('%s: bad number %r' % (tag, m.group(0)))
        if f['kind'] not in KINDS: errs.append('%s: kind' % tag)
        if f['measure'] not in MEASURES: errs.append('%s: measure' % tag)
        if f['comparator'] not in COMPS: errs.append('%s: comparator' % tag)
        if f['binding'] not in BINDS: errs.append('%s: binding' % tag)
        if not isinstance(f['core'], bool): errs.append('%s: core not bool' % tag)
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): errs.append('%s: value type' % tag)
        if not isinstance(f['unit'], str): errs.append('%s: unit type' % tag)
        y, ps = f['year'], f['period_start']
        if y is not None and (not isinstance(y, int) or not 1949 <= y <= 2050): errs.append('%s: year %r' % (tag, y))
        if ps is not None:
            if not isinstance(ps, int) or y is None or ps > y: errs.append('%s: period_start %r year %r' % (tag, ps, y))
        if not f['jurisdiction'] or not f['indicator']: errs.append('%s: empty jurisdiction/indicator' % tag)
        key = (st, vt, f['kind'], f['measure'], f['year'], f['indicator'])
        if key in seen: errs.append('%s: duplicate' % tag)
        seen.add(key)
        if (st, vt) in {(s, v) for s, v, *_ in seen if (s, v, *_) != key}:
            errs.append('%s: same value annotated twice' % tag)
    return errs


if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    bad = 0
    for s in stems:
        e = check(s)
        n = len(json.load(open(os.path.join(HERE, 'gold', s + '.gold.json'), encoding='utf-8'))['facts'])
        print('%s: %d facts, %s' % (s, n, 'OK' if not e else '%d errors' % len(e)))
        for x in e:
            print('   ', x)
        bad += bool(e)
    sys.exit(1 if bad else 0)
