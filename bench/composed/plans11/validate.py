#!/usr/bin/env python3
"""Validate plans11 gold files against docs (stdlib only). Exit 1 on any problem."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table',
          'plan_midterm_evaluation', 'plan_final_evaluation', 'plan_implementation_report',
          'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPS = {'eq', 'ge', 'le', 'approx'}
BINDS = {'expected', 'binding', None}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure',
          'year', 'period_start', 'value', 'unit', 'comparator', 'binding', 'core']
NUMRX = re.compile(r'\d+(?:\.\d+)?')


def check(gpath, errs):
    name = os.path.basename(gpath)
    def err(msg):
        errs.append('%s: %s' % (name, msg))
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as ex:
        err('invalid JSON: %s' % ex)
        return 0
    for k in ('doc', 'jurisdiction', 'passages', 'facts', 'genre', 'published', 'area_code'):
        if k not in g:
            err('missing document field %s' % k)
    if g.get('genre') not in GENRES:
        err('bad genre %r' % g.get('genre'))
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub):
        err('bad published %r' % pub)
    if not re.fullmatch(r'\d{6}', str(g.get('area_code', ''))):
        err('bad area_code %r' % g.get('area_code'))
    text = open(os.path.join(HERE, 'docs', g['doc']), encoding='utf-8', newline='').read()
    if '\r' in text:
        err('CR in document')
    pids = {}
    for p in g['passages']:
        if not (0 <= p['start'] < p['end'] <= len(text)):
            err('passage %s out of range' % p['id'])
        pids[p['id']] = p
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = 'fact %d (%s)' % (i, f.get('value_text'))
        for k in FIELDS:
            if k not in f:
                err('%s missing %s' % (tag, k))
        if set(f) - set(FIELDS) - {'notes'}:
            err('%s unknown fields %s' % (tag, set(f) - set(FIELDS) - {'notes'}))
        vt, st, q = f['value_text'], f['start'], f['quote']
        if text[st:st + len(vt)] != vt:
            err('%s text at start is %r' % (tag, text[st:st + len(vt)]))
        if vt not in q:
            err('%s value_text not in quote' % tag)
        # the quote must occur in the text covering the value
        ok = False
        pos = text.find(q)
        while pos >= 0:
            if pos <= st and st + len(vt) <= pos + len(q):
                ok = True
                break
            pos = text.find(q, pos + 1)
        if not ok:
            err('%s quote does not cover the value in the text' % tag)
        # value not inside a longer number
        m = NUMRX.search(vt)
        if not m:
            if not any(c in vt for c in '一二三四五六七八九十百千万零两翻'):
                err('%s value_text has no number' % tag)
        else:
            a = st + m.start()
            b = st + m.end()
            if a > 0 and (text[a - 1].isdigit() or (text[a - 1] == '.' and a > 1 and text[a - 2].isdigit())):
                err('%s number preceded by digit' % tag)
            if b < len(text) and (text[b].isdigit() or (text[b] == '.' and b + 1 < len(text) and text[b + 1].isdigit())):
                err('%s number followed by digit' % tag)
            try:
                if abs(float(m.group(0)) - abs(float(f['value']))) > 1e-9 and '翻' not in vt and '万亿' not in vt:
                    # value may differ from printed number only by sign
                    err('%s value %r differs from printed %s' % (tag, f['value'], m.group(0)))
            except (TypeError, ValueError):
                err('%s value not numeric' % tag)
        p = pids.get(f['passage'])
        if p is None:
            err('%s unknown passage' % tag)
        elif not (p['start'] <= st and st + len(vt) <= p['end']):
            err('%s outside its passage' % tag)
        if f['kind'] not in KINDS: err('%s bad kind' % tag)
        if f['measure'] not in MEASURES: err('%s bad measure' % tag)
        if f['comparator'] not in COMPS: err('%s bad comparator' % tag)
        if f['binding'] not in BINDS: err('%s bad binding' % tag)
        if not isinstance(f['core'], bool): err('%s core not bool' % tag)
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): err('%s value not a number' % tag)
        if not isinstance(f['unit'], str): err('%s unit not str' % tag)
        y, ps = f['year'], f['period_start']
        if y is not None and not (isinstance(y, int) and 1949 <= y <= 2050): err('%s bad year' % tag)
        if ps is not None:
            if not isinstance(ps, int) or y is None or ps > y: err('%s bad period_start' % tag)
        if not f['indicator'] or not f['jurisdiction']: err('%s empty indicator/jurisdiction' % tag)
        key = (st, vt, f['indicator'])
        if key in seen: err('%s duplicate' % tag)
        seen.add(key)
    starts = [f['start'] for f in g['facts']]
    if len(starts) != len(set(starts)):
        dup = sorted(s for s in set(starts) if starts.count(s) > 1)
        err('several facts at the same start %s (allowed only where one number states two things)' % dup)
    return len(g['facts'])


def main():
    errs = []
    gd = os.path.join(HERE, 'gold')
    total = 0
    files = sorted(f for f in os.listdir(gd) if f.endswith('.gold.json'))
    for f in files:
        total += check(os.path.join(gd, f), errs)
    idx = os.path.join(HERE, 'INDEX.tsv')
    if os.path.exists(idx):
        rows = [l.split('\t') for l in open(idx, encoding='utf-8').read().splitlines()]
        if rows[0] != ['doc', 'genre', 'facts', 'jurisdiction', 'published', 'split']:
            errs.append('INDEX.tsv: bad header')
        for r in rows[1:]:
            g = json.load(open(os.path.join(gd, r[0].replace('.txt', '.gold.json')), encoding='utf-8'))
            if r[1] != g['genre'] or int(r[2]) != len(g['facts']) or r[3] != g['jurisdiction']:
                errs.append('INDEX.tsv: row %s disagrees with gold' % r[0])
            if r[5] != ('dev' if int(r[0][1:4]) % 2 else 'held'):
                errs.append('INDEX.tsv: bad split for %s' % r[0])
    for e in errs:
        print(e)
    print('%d files, %d facts, %d problems' % (len(files), total, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
