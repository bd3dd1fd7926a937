#!/usr/bin/env python3
"""Validate eval12 gold files against GOLD_SPEC (stdlib only). Exit 1 on any error."""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).parent
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPS = {'eq', 'ge', 'le', 'approx'}
BINDS = {'expected', 'binding', None}
FIELDS = {'passage': str, 'value_text': str, 'start': int, 'quote': str, 'jurisdiction': str,
          'indicator': str, 'kind': str, 'measure': str, 'value': (int, float), 'unit': str,
          'comparator': str, 'core': bool}
NUM = re.compile(r'\d+(?:\.\d+)?')
errors = []

def err(msg):
    errors.append(msg)

def check(gold_path):
    stem = gold_path.name.split('.')[0]
    try:
        g = json.load(open(gold_path, encoding='utf-8'))
    except Exception as e:
        err(f'{stem}: invalid JSON: {e}'); return None
    doc = HERE/'docs'/g.get('doc', '')
    if g.get('doc') != f'{stem}.txt' or not doc.exists():
        err(f'{stem}: doc field/file mismatch'); return None
    raw = open(doc, 'rb').read()
    if b'\r' in raw:
        err(f'{stem}: CR in document')
    text = open(doc, encoding='utf-8', newline='').read()
    if g.get('genre') not in GENRES:
        err(f'{stem}: bad genre {g.get("genre")}')
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', str(pub)):
        err(f'{stem}: bad published {pub}')
    if not re.fullmatch(r'\d{6}', str(g.get('area_code'))):
        err(f'{stem}: bad area_code')
    if not isinstance(g.get('jurisdiction'), str) or not g['jurisdiction']:
        err(f'{stem}: missing jurisdiction')
    pas = {}
    for p in g.get('passages', []):
        if not (0 <= p['start'] < p['end'] <= len(text)):
            err(f'{stem}: bad passage {p}')
        pas[p['id']] = p
    if not pas:
        err(f'{stem}: no passages')
    seen = set()
    for i, f in enumerate(g.get('facts', [])):
        tag = f'{stem}#{i} {f.get("value_text")}'
        for k, t in FIELDS.items():
            if k not in f or not isinstance(f[k], t) or (t is int and isinstance(f[k], bool)):
                err(f'{tag}: field {k} missing or wrong type'); break
        else:
            pass
        for k in ('year', 'period_start', 'binding'):
            if k not in f:
                err(f'{tag}: field {k} missing')
        if f.get('kind') not in KINDS: err(f'{tag}: kind')
        if f.get('measure') not in MEASURES: err(f'{tag}: measure')
        if f.get('comparator') not in COMPS: err(f'{tag}: comparator')
        if f.get('binding') not in BINDS: err(f'{tag}: binding')
        y, ps = f.get('year'), f.get('period_start')
        if y is not None and (not isinstance(y, int) or not 1990 <= y <= 2035): err(f'{tag}: year {y}')
        if ps is not None:
            if not isinstance(ps, int) or y is None or ps > y: err(f'{tag}: period_start {ps} vs year {y}')
        vt, s = f.get('value_text', ''), f.get('start', -1)
        if text[s:s+len(vt)] != vt:
            err(f'{tag}: offset mismatch'); continue
        q = f.get('quote', '')
        if vt not in q: err(f'{tag}: quote does not contain value_text')
        covered = False
        for m in re.finditer(re.escape(q), text):
            if m.start() <= s and s + len(vt) <= m.end():
                covered = True; break
        if not covered:
            # overlapping occurrences
            pos = text.find(q)
            while pos != -1 and not covered:
                covered = pos <= s and s + len(vt) <= pos + len(q)
                pos = text.find(q, pos + 1)
        if not covered: err(f'{tag}: quote not verbatim or does not cover value')
        before = text[s-1] if s > 0 else ''
        after = text[s+len(vt)] if s + len(vt) < len(text) else ''
        if vt[:1].isdigit() and (before.isdigit() or before == '.'): err(f'{tag}: inside longer number (before)')
        if vt[-1:].isdigit() and (after.isdigit() or after == '.'): err(f'{tag}: inside longer number (after)')
        m = NUM.search(vt)
        if m:
            if abs(abs(float(f['value'])) - float(m.group())) > 1e-9:
                err(f'{tag}: value {f["value"]} != number in value_text')
        elif '翻一番' not in vt:
            err(f'{tag}: no number in value_text')
        p = pas.get(f.get('passage'))
        if not p or not (p['start'] <= s and s + len(vt) <= p['end']):
            err(f'{tag}: not inside passage {f.get("passage")}')
        key = (s, vt, f.get('value'))
        if key in seen: err(f'{tag}: duplicate fact')
        seen.add(key)
    return g

golds = {}
for gp in sorted((HERE/'gold').glob('*.gold.json')):
    g = check(gp)
    if g: golds[g['doc']] = g
docs = sorted(p.name for p in (HERE/'docs').glob('*.txt'))
if sorted(golds) != docs:
    err(f'docs without gold or gold without docs: {set(docs) ^ set(golds)}')
rows = [l.rstrip('\n').split('\t') for l in open(HERE/'INDEX.tsv', encoding='utf-8')]
if rows[0] != ['doc', 'genre', 'facts', 'jurisdiction', 'published', 'split']:
    err('INDEX.tsv header')
for r in rows[1:]:
    g = golds.get(r[0])
    if not g: err(f'INDEX row without gold: {r[0]}'); continue
    n = int(re.sub(r'\D', '', r[0]))
    want = [r[0], g['genre'], str(len(g['facts'])), g['jurisdiction'], str(g['published']), 'dev' if n % 2 else 'held']
    if r != want: err(f'INDEX row mismatch: {r} vs {want}')
if len(rows) - 1 != len(docs): err('INDEX row count')
for e in errors:
    print('ERROR', e)
print(f'{len(golds)} gold files, {sum(len(g["facts"]) for g in golds.values())} facts, {len(errors)} errors')
sys.exit(1 if errors else 0)
