#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/ (stdlib only).

Checks: JSON valid; document-level fields and enums per GOLD_SPEC; passages in range;
text[start:start+len(value_text)] == value_text; quote is a substring that contains and
covers the value; the value is not part of a longer number; year / period_start types and
order; no duplicate facts. With --digits, lists digit strings in passages not covered by a
fact, for manual review.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPS = {'eq', 'ge', 'le', 'approx'}
BINDS = {'expected', 'binding', None}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind',
          'measure', 'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']

def check(stem, show_digits=False):
    errs = []
    g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    text = open(os.path.join(HERE, 'docs', g['doc']), encoding='utf-8', newline='').read()
    if g.get('genre') not in GENRES: errs.append('genre')
    p = g.get('published')
    if not (p is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', p)): errs.append('published')
    if not re.fullmatch(r'\d{6}', g.get('area_code', '')): errs.append('area_code')
    if not g.get('jurisdiction'): errs.append('jurisdiction')
    pas = {}
    for ps in g['passages']:
        if not (0 <= ps['start'] < ps['end'] <= len(text)): errs.append('passage range')
        pas[ps['id']] = ps
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = f'{stem} fact {i} {f.get("value_text")!r}'
        if list(f.keys())[:15] != FIELDS: errs.append(tag + ' fields')
        vt, s, q = f['value_text'], f['start'], f['quote']
        if text[s:s + len(vt)] != vt: errs.append(tag + ' offset'); continue
        ps = pas.get(f['passage'])
        if not ps or not (ps['start'] <= s and s + len(vt) <= ps['end']): errs.append(tag + ' passage')
        if vt not in q: errs.append(tag + ' quote lacks value')
        # quote must cover the value at its offset
        ok = False
        pos = text.find(q)
        while pos >= 0:
            if pos <= s and s + len(vt) <= pos + len(q): ok = True; break
            pos = text.find(q, pos + 1)
        if not ok: errs.append(tag + ' quote does not cover value')
        if text.count(q) > 1 and 'n' not in f.get('notes', ''):
            pass  # duplicates allowed when the covering occurrence is checked above
        if vt[0].isdigit() and s > 0 and (text[s-1].isdigit() or (text[s-1] == '.' and s > 1 and text[s-2].isdigit())):
            errs.append(tag + ' inside longer number (left)')
        e = s + len(vt)
        if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or (text[e] == '.' and e + 1 < len(text) and text[e+1].isdigit())):
            errs.append(tag + ' inside longer number (right)')
        if f['kind'] not in KINDS: errs.append(tag + ' kind')
        if f['measure'] not in MEASURES: errs.append(tag + ' measure')
        if f['comparator'] not in COMPS: errs.append(tag + ' comparator')
        if f['binding'] not in BINDS: errs.append(tag + ' binding')
        if not isinstance(f['core'], bool): errs.append(tag + ' core')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): errs.append(tag + ' value')
        if not isinstance(f['unit'], str): errs.append(tag + ' unit')
        y, py = f['year'], f['period_start']
        if y is not None and not (isinstance(y, int) and 1949 <= y <= 2050): errs.append(tag + ' year')
        if py is not None and not (isinstance(py, int) and isinstance(y, int) and py <= y): errs.append(tag + ' period_start')
        for k in ('indicator', 'jurisdiction'):
            if not f[k]: errs.append(tag + ' ' + k)
        key = (s, vt)
        if key in seen: errs.append(tag + ' duplicate')
        seen.add(key)
    if show_digits:
        covered = set()
        for f in g['facts']:
            covered.update(range(f['start'], f['start'] + len(f['value_text'])))
        for ps in g['passages']:
            for m in re.finditer(r'\d+(?:\.\d+)?', text[ps['start']:ps['end']]):
                a = ps['start'] + m.start()
                if a not in covered:
                    ctx = text[max(0, a - 12):a + len(m.group()) + 6].replace('\n', '/')
                    print(f'  uncovered {m.group():>8}  {ctx}')
    return g, errs

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    show = '--digits' in sys.argv
    stems = args or sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    bad = 0
    for s in stems:
        g, errs = check(s, show)
        print(f'{s}: {len(g["facts"])} facts, {"OK" if not errs else "FAIL"}')
        for e in errs: print('   ', e); bad += 1
    sys.exit(1 if bad else 0)
