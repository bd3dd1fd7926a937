#!/usr/bin/env python3
"""Validate docs/ + gold/ of this set (stdlib only). Exit 1 on any error."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPS = {'eq', 'ge', 'le', 'approx'}
BINDS = {'expected', 'binding', None}
FIELDS = {'passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core'}
DIG = set('0123456789.')
errors = []

def err(stem, msg):
    errors.append(f'{stem}: {msg}')

def check(stem):
    tp = os.path.join(HERE, 'docs', stem + '.txt')
    raw = open(tp, 'rb').read()
    if b'\r' in raw:
        err(stem, 'CR in document (must be LF)')
    text = raw.decode('utf-8')
    try:
        g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    except Exception as e:
        err(stem, f'invalid JSON: {e}'); return 0
    if g.get('doc') != stem + '.txt':
        err(stem, 'doc field mismatch')
    if g.get('genre') not in GENRES:
        err(stem, f'bad genre {g.get("genre")}')
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', str(pub)):
        err(stem, f'bad published {pub}')
    if not re.fullmatch(r'\d{6}', str(g.get('area_code', ''))):
        err(stem, 'bad area_code')
    if not g.get('jurisdiction'):
        err(stem, 'no jurisdiction')
    pids = {}
    for P in g.get('passages', []):
        if not (0 <= P['start'] < P['end'] <= len(text)):
            err(stem, f'bad passage bounds {P}')
        pids[P['id']] = P
    seen = set()
    for i, f in enumerate(g.get('facts', [])):
        tag = f'fact {i} {f.get("value_text")!r}'
        missing = FIELDS - set(f)
        if missing:
            err(stem, f'{tag}: missing {missing}')
            continue
        extra = set(f) - FIELDS - {'notes'}
        if extra:
            err(stem, f'{tag}: unknown fields {extra}')
        s, vt, q = f['start'], f['value_text'], f['quote']
        if not isinstance(s, int) or text[s:s + len(vt)] != vt:
            err(stem, f'{tag}: offset mismatch')
        P = pids.get(f['passage'])
        if P is None:
            err(stem, f'{tag}: unknown passage')
        elif not (P['start'] <= s and s + len(vt) <= P['end']):
            err(stem, f'{tag}: outside its passage')
        if vt not in q:
            err(stem, f'{tag}: quote does not contain value_text')
        # the quote must cover the value at its offset
        ok = False
        pos = text.find(q)
        while pos >= 0:
            if pos <= s and s + len(vt) <= pos + len(q):
                ok = True; break
            pos = text.find(q, pos + 1)
        if not ok:
            err(stem, f'{tag}: quote not found around the value offset')
        # number boundary
        if vt[0] in DIG and s > 0 and text[s - 1] in DIG:
            err(stem, f'{tag}: value starts inside a longer number')
        e = s + len(vt)
        if vt[-1] in DIG and e < len(text) and text[e] in DIG:
            err(stem, f'{tag}: value ends inside a longer number')
        if f['kind'] not in KINDS: err(stem, f'{tag}: bad kind')
        if f['measure'] not in MEASURES: err(stem, f'{tag}: bad measure')
        if f['comparator'] not in COMPS: err(stem, f'{tag}: bad comparator')
        if f['binding'] not in BINDS: err(stem, f'{tag}: bad binding')
        if not isinstance(f['core'], bool): err(stem, f'{tag}: core not bool')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): err(stem, f'{tag}: value not a number')
        if not isinstance(f['unit'], str): err(stem, f'{tag}: unit not str')
        if not f['indicator'] or not f['jurisdiction']: err(stem, f'{tag}: empty indicator/jurisdiction')
        y, ps = f['year'], f['period_start']
        if y is not None and (not isinstance(y, int) or not 1949 <= y <= 2050): err(stem, f'{tag}: bad year')
        if ps is not None:
            if not isinstance(ps, int) or y is None or ps > y: err(stem, f'{tag}: bad period_start/year order')
        # numeric value agrees with the printed number (up to sign) unless it is a word number
        m = re.search(r'\d+(?:\.\d+)?', vt)
        if m and abs(abs(f['value']) - float(m.group())) > 1e-9:
            err(stem, f'{tag}: value {f["value"]} disagrees with printed number')
        key = (s, vt, f['indicator'], f['kind'], f['measure'], y)
        if key in seen: err(stem, f'{tag}: duplicate')
        seen.add(key)
    return len(g.get('facts', []))

def main():
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, 'docs', '*.txt')))
    total = 0
    for s in stems:
        if not os.path.exists(os.path.join(HERE, 'gold', s + '.gold.json')):
            err(s, 'no gold file'); continue
        total += check(s)
    # INDEX.tsv agrees with gold
    ip = os.path.join(HERE, 'INDEX.tsv')
    if os.path.exists(ip):
        rows = [l.split('\t') for l in open(ip, encoding='utf-8').read().splitlines()]
        if rows[0] != ['doc', 'genre', 'facts', 'jurisdiction', 'published', 'split']:
            errors.append('INDEX.tsv: bad header')
        for r in rows[1:]:
            g = json.load(open(os.path.join(HERE, 'gold', r[0][:-4] + '.gold.json'), encoding='utf-8'))
            if [r[1], int(r[2]), r[3], r[4]] != [g['genre'], len(g['facts']), g['jurisdiction'], g['published']]:
                errors.append(f'INDEX.tsv: row {r[0]} disagrees with gold')
            n = int(re.search(r'\d+', r[0]).group())
            if r[5] != ('dev' if n % 2 else 'held'):
                errors.append(f'INDEX.tsv: row {r[0]} wrong split')
        if len(rows) - 1 != len(stems):
            errors.append('INDEX.tsv: row count differs from docs')
    else:
        errors.append('INDEX.tsv missing')
    for e in errors:
        print('ERROR', e)
    print(f'{len(stems)} documents, {total} facts, {len(errors)} errors')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
