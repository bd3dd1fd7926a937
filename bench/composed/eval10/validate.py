#!/usr/bin/env python3
"""Validate gold/*.gold.json against docs/ per GOLD_SPEC (stdlib only). Exit 1 on any error."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']
errors = []


def err(doc, msg):
    errors.append(f'{doc}: {msg}')


def check(path):
    try:
        g = json.load(open(path, encoding='utf-8'))
    except Exception as e:
        err(path.name, f'invalid JSON: {e}')
        return 0
    doc = g.get('doc')
    tp = HERE / 'docs' / doc
    if not tp.exists():
        err(path.name, 'doc missing')
        return 0
    raw = open(tp, 'rb').read()
    if b'\r' in raw:
        err(doc, 'CR in text (must be LF)')
    text = raw.decode('utf-8')
    if g.get('genre') not in GENRES:
        err(doc, f'bad genre {g.get("genre")}')
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub):
        err(doc, f'bad published {pub}')
    if not re.fullmatch(r'\d{6}', str(g.get('area_code'))):
        err(doc, 'bad area_code')
    if not g.get('jurisdiction'):
        err(doc, 'no jurisdiction')
    pids = {}
    for p in g.get('passages', []):
        if not (0 <= p['start'] < p['end'] <= len(text)):
            err(doc, f'bad passage {p}')
        pids[p['id']] = p
    seen = set()
    for i, f in enumerate(g.get('facts', [])):
        tag = f'fact {i} {f.get("value_text")}'
        for k in FIELDS:
            if k not in f:
                err(doc, f'{tag}: missing {k}')
        if set(f) - set(FIELDS) - {'notes'}:
            err(doc, f'{tag}: extra fields {set(f) - set(FIELDS)}')
        vt, s, q = f['value_text'], f['start'], f['quote']
        if text[s:s + len(vt)] != vt:
            err(doc, f'{tag}: offset mismatch')
        if vt not in q:
            err(doc, f'{tag}: quote does not contain value')
        qs = [m.start() for m in re.finditer(re.escape(q), text)]
        if not any(a <= s and s + len(vt) <= a + len(q) for a in qs):
            err(doc, f'{tag}: quote does not cover value at its offset')
        if vt[:1].isdigit() or vt[:1] == '[':
            j = s + (1 if vt[0] == '[' else 0)
            if j > 0 and (text[j - 1].isdigit() or text[j - 1] == '.'):
                err(doc, f'{tag}: value inside longer number (left)')
        m = re.match(r'\[?\d+(?:\.\d+)?', vt)
        if m:
            e = s + m.end()
            if e < len(text) and text[e].isdigit():
                err(doc, f'{tag}: value inside longer number (right)')
            if e + 1 < len(text) and text[e] == '.' and text[e + 1].isdigit():
                err(doc, f'{tag}: value inside longer number (right)')
        p = pids.get(f['passage'])
        if not p or not (p['start'] <= s and s + len(vt) <= p['end']):
            err(doc, f'{tag}: not inside its passage')
        if f['kind'] not in ('actual', 'target'):
            err(doc, f'{tag}: kind')
        if f['measure'] not in ('level', 'growth', 'change'):
            err(doc, f'{tag}: measure')
        if f['comparator'] not in ('eq', 'ge', 'le', 'approx'):
            err(doc, f'{tag}: comparator')
        if f['binding'] not in (None, 'expected', 'binding'):
            err(doc, f'{tag}: binding')
        if not isinstance(f['core'], bool):
            err(doc, f'{tag}: core not bool')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool):
            err(doc, f'{tag}: value not number')
        y, ps = f['year'], f['period_start']
        if y is not None and (not isinstance(y, int) or not 1990 <= y <= 2040):
            err(doc, f'{tag}: year')
        if ps is not None and (not isinstance(ps, int) or y is None or ps > y):
            err(doc, f'{tag}: period_start order')
        if not isinstance(f['unit'], str) or not f['indicator'] or not f['jurisdiction']:
            err(doc, f'{tag}: unit/indicator/jurisdiction')
        key = (s, vt)
        if key in seen:
            err(doc, f'{tag}: duplicate')
        seen.add(key)
    spans = sorted((f['start'], f['start'] + len(f['value_text'])) for f in g.get('facts', []))
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1 and (a1, b1) != (a2, b2):
            err(doc, f'overlapping facts at {a1} and {a2}')
    return len(g.get('facts', []))


def main():
    n = 0
    files = sorted((HERE / 'gold').glob('*.gold.json'))
    for p in files:
        n += check(p)
    idx = HERE / 'INDEX.tsv'
    if idx.exists():
        rows = [l.split('\t') for l in idx.read_text(encoding='utf-8').splitlines()]
        if rows[0] != ['doc', 'genre', 'facts', 'jurisdiction', 'published', 'split']:
            errors.append('INDEX.tsv header')
        for r in rows[1:]:
            g = json.load(open(HERE / 'gold' / (r[0][:-4] + '.gold.json'), encoding='utf-8'))
            if int(r[2]) != len(g['facts']) or r[1] != g['genre'] or r[3] != g['jurisdiction']:
                errors.append(f'INDEX.tsv row mismatch {r[0]}')
            want = 'dev' if int(re.search(r'\d+', r[0]).group(0)) % 2 else 'held'
            if r[5] != want:
                errors.append(f'INDEX.tsv split {r[0]}')
    for e in errors:
        print('ERROR', e)
    print(f'{len(files)} gold files, {n} facts, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
