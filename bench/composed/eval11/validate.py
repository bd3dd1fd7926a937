#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/ (stdlib only). Exit 1 on any error.
--leftover prints every digit string of a document not covered by a fact (for review)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS, MEASURES = {'actual', 'target'}, {'level', 'growth', 'change'}
COMPS, BINDS = {'eq', 'ge', 'le', 'approx'}, {'expected', 'binding', None}
FIELDS = {'passage': str, 'value_text': str, 'start': int, 'quote': str, 'jurisdiction': str,
          'indicator': str, 'kind': str, 'measure': str, 'value': (int, float), 'unit': str,
          'comparator': str, 'core': bool}
DIG = re.compile(r'\d+(?:\.\d+)?')
WORDS = {'翻一番': 100, '翻两番': 300}  # GOLD_SPEC: 翻一番 is growth 100 %


def check(stem, leftover=False):
    errs = []
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    if '\r' in text:
        errs.append('CR in text')
    try:
        g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    except Exception as e:
        return ['json: %s' % e]
    if g.get('doc') != stem + '.txt':
        errs.append('doc field')
    if g.get('genre') not in GENRES:
        errs.append('genre %r' % g.get('genre'))
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub):
        errs.append('published %r' % pub)
    if not re.fullmatch(r'\d{6}', g.get('area_code') or ''):
        errs.append('area_code')
    if not g.get('jurisdiction'):
        errs.append('jurisdiction')
    ps = {}
    for p in g.get('passages', []):
        if not (0 <= p['start'] < p['end'] <= len(text)):
            errs.append('passage bounds %s' % p['id'])
        ps[p['id']] = p
    seen = set()
    for i, f in enumerate(g.get('facts', [])):
        tag = '%s fact %d %r' % (stem, i, f.get('value_text'))
        for k, t in FIELDS.items():
            if not isinstance(f.get(k), t) or (k == 'value' and isinstance(f.get(k), bool)):
                errs.append('%s: field %s' % (tag, k))
        for k in ('year', 'period_start', 'binding'):
            if k not in f:
                errs.append('%s: missing %s' % (tag, k))
        if f.get('kind') not in KINDS: errs.append('%s: kind' % tag)
        if f.get('measure') not in MEASURES: errs.append('%s: measure' % tag)
        if f.get('comparator') not in COMPS: errs.append('%s: comparator' % tag)
        if f.get('binding') not in BINDS: errs.append('%s: binding' % tag)
        y, y0 = f.get('year'), f.get('period_start')
        if y is not None and (not isinstance(y, int) or isinstance(y, bool) or not 1949 <= y <= 2050):
            errs.append('%s: year' % tag)
        if y0 is not None:
            if not isinstance(y0, int) or isinstance(y0, bool) or y is None or y0 > y:
                errs.append('%s: period_start' % tag)
        vt, s = f['value_text'], f['start']
        if text[s:s + len(vt)] != vt:
            errs.append('%s: offset' % tag)
        p = ps.get(f['passage'])
        if p is None or not (p['start'] <= s and s + len(vt) <= p['end']):
            errs.append('%s: outside passage' % tag)
        q = f['quote']
        qs = [m.start() for m in re.finditer(re.escape(q), text)]
        if vt not in q or not any(a <= s and s + len(vt) <= a + len(q) for a in qs):
            errs.append('%s: quote does not cover value' % tag)
        if s > 0 and (text[s - 1].isdigit() or (text[s - 1] == '.' and s > 1 and text[s - 2].isdigit())):
            errs.append('%s: inside longer number (before)' % tag)
        e = s + len(vt)
        if vt[-1].isdigit() and e < len(text) and (text[e].isdigit() or (text[e] == '.' and e + 1 < len(text) and text[e + 1].isdigit())):
            errs.append('%s: inside longer number (after)' % tag)
        m = DIG.search(vt)
        if vt in WORDS:
            if f['value'] != WORDS[vt]:
                errs.append('%s: value %r for %s' % (tag, f['value'], vt))
        elif not m or abs(abs(float(m.group(0))) - abs(f['value'])) > 1e-9:
            errs.append('%s: value %r does not match value_text' % (tag, f['value']))
        key = (s, vt, f['indicator'], f['kind'], f['measure'], f['year'])
        if key in seen:
            errs.append('%s: duplicate' % tag)
        seen.add(key)
        if (s, vt) in {(k[0], k[1]) for k in seen if k != key}:
            errs.append('%s: same value position annotated twice' % tag)
    if leftover:
        covered = set()
        for f in g['facts']:
            covered.update(range(f['start'], f['start'] + len(f['value_text'])))
        for m in DIG.finditer(text):
            if m.start() not in covered:
                print('  %s %6d %-10s %s' % (stem, m.start(), m.group(0), text[max(0, m.start() - 12):m.end() + 6].replace('\n', '⏎')))
    return errs


if __name__ == '__main__':
    lo = '--leftover' in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    stems = args or sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    bad = 0
    for st in stems:
        errs = check(st, lo)
        for e in errs:
            print('ERROR', st, e)
        bad += len(errs)
        if not errs:
            print('ok', st, len(json.load(open(os.path.join(HERE, 'gold', st + '.gold.json'), encoding='utf-8'))['facts']))
    sys.exit(1 if bad else 0)
