#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/*.txt and GOLD_SPEC (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']


def check(stem):
    errs = []
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    if '\r' in text:
        errs.append('CR in text')
    g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    if g.get('doc') != stem + '.txt':
        errs.append('doc name')
    if g.get('genre') not in GENRES:
        errs.append('genre')
    p = g.get('published')
    if p is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', str(p)):
        errs.append('published')
    if not re.fullmatch(r'\d{6}', str(g.get('area_code', ''))):
        errs.append('area_code')
    pids = {}
    for ps in g['passages']:
        if not (0 <= ps['start'] < ps['end'] <= len(text)):
            errs.append(f'passage range {ps}')
        pids[ps['id']] = ps
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = f'fact {i} {f.get("value_text")!r}'
        for k in FIELDS:
            if k not in f:
                errs.append(f'{tag}: missing {k}')
        vt, s = f['value_text'], f['start']
        if text[s:s + len(vt)] != vt:
            errs.append(f'{tag}: offset mismatch')
        q = f['quote']
        qi = [m.start() for m in re.finditer(re.escape(q), text)]
        if not any(a <= s and s + len(vt) <= a + len(q) for a in qi):
            errs.append(f'{tag}: quote does not cover value')
        if vt not in q:
            errs.append(f'{tag}: value not in quote')
        b = text[s - 1] if s > 0 else ''
        e = text[s + len(vt)] if s + len(vt) < len(text) else ''
        if b.isdigit() or b == '.' or (vt[-1].isdigit() and (e.isdigit() or (e == '.' and text[s + len(vt) + 1:s + len(vt) + 2].isdigit()))):
            errs.append(f'{tag}: inside a longer number')
        ps = pids.get(f['passage'])
        if not ps or not (ps['start'] <= s and s + len(vt) <= ps['end']):
            errs.append(f'{tag}: not inside passage')
        if f['kind'] not in ('actual', 'target'):
            errs.append(f'{tag}: kind')
        if f['measure'] not in ('level', 'growth', 'change'):
            errs.append(f'{tag}: measure')
        if f['comparator'] not in ('eq', 'ge', 'le', 'approx'):
            errs.append(f'{tag}: comparator')
        if f['binding'] not in (None, 'expected', 'binding'):
            errs.append(f'{tag}: binding')
        if not isinstance(f['core'], bool):
            errs.append(f'{tag}: core')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool):
            errs.append(f'{tag}: value type')
        y, p0 = f['year'], f['period_start']
        if y is not None and not (isinstance(y, int) and 1990 <= y <= 2040):
            errs.append(f'{tag}: year')
        if p0 is not None:
            if not isinstance(p0, int) or y is None or p0 > y:
                errs.append(f'{tag}: period_start')
        if not f['unit'] and f['unit'] != '':
            errs.append(f'{tag}: unit')
        if not f['indicator'] or not f['jurisdiction']:
            errs.append(f'{tag}: indicator/jurisdiction')
        m = re.search(r'\d+(?:\.\d+)?', vt)
        if (not m and 'notes' not in f) or (m and abs(abs(float(m.group(0))) - abs(f['value'])) > 1e-9 and 'notes' not in f):
            errs.append(f'{tag}: value {f["value"]} differs from printed number')
        key = (s, f['value'], f['measure'], f['indicator'])
        if key in seen:
            errs.append(f'{tag}: duplicate')
        seen.add(key)
        if s in {x for x in []}:
            pass
    starts = [f['start'] for f in g['facts']]
    if len(starts) != len(set(starts)):
        dup = {x for x in starts if starts.count(x) > 1}
        for d in dup:
            fs = [f for f in g['facts'] if f['start'] == d]
            if not all('notes' in f for f in fs[1:]):
                errs.append(f'same start {d} used twice without notes')
    return errs, len(g['facts'])


if __name__ == '__main__':
    stems = sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    bad = 0
    for s in stems:
        errs, n = check(s)
        print(f'{s}: {n} facts, {"OK" if not errs else str(len(errs)) + " errors"}')
        for e in errs:
            print('   ', e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
