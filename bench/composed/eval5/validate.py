"""Validate the eval5 gold files (stdlib only).

Usage: python3 validate.py [--uncovered] [cNNN ...]
Checks: JSON loads; value_text does not cut a longer number; document fields and enums valid; text[start:start+len(value_text)] == value_text;
the quote is a verbatim substring that contains the value and lies inside the fact's passage;
year/period_start are ints or null with period_start <= year.
--uncovered lists digit runs inside passages that no fact covers (to review as non-facts).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {'work_report', 'work_report_news', 'communique', 'plan_outline', 'plan_table', 'plan_midterm_evaluation',
          'plan_final_evaluation', 'plan_implementation_report', 'sector_plan', 'statistical_news', 'other'}
KINDS = {'actual', 'target'}
MEASURES = {'level', 'growth', 'change'}
COMPARATORS = {'eq', 'ge', 'le', 'approx'}
BINDINGS = {'expected', 'binding', None}
FIELDS = ['passage', 'value_text', 'start', 'quote', 'jurisdiction', 'indicator', 'kind', 'measure', 'year',
          'period_start', 'value', 'unit', 'comparator', 'binding', 'core']


def check(stem, uncovered=False):
    errs = []
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    g = json.load(open(os.path.join(HERE, 'gold', stem + '.gold.json'), encoding='utf-8'))
    if g.get('doc') != stem + '.txt':
        errs.append('doc field')
    if g.get('genre') not in GENRES:
        errs.append('genre %r' % g.get('genre'))
    if not re.fullmatch(r'\d{6}', str(g.get('area_code'))):
        errs.append('area_code')
    pub = g.get('published')
    if pub is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', pub):
        errs.append('published')
    ps = {}
    for p in g['passages']:
        if not (0 <= p['start'] < p['end'] <= len(text)):
            errs.append('passage range %s' % p['id'])
        ps[p['id']] = p
    seen = set()
    for i, f in enumerate(g['facts']):
        tag = '%s #%d %s' % (stem, i, f.get('value_text'))
        miss = [k for k in FIELDS if k not in f]
        if miss:
            errs.append('%s missing %s' % (tag, miss)); continue
        vt, st = f['value_text'], f['start']
        if text[st:st + len(vt)] != vt:
            errs.append('%s offset mismatch: %r' % (tag, text[st:st + len(vt)]))
        before, after = text[st - 1:st] if st else '', text[st + len(vt):st + len(vt) + 2]
        if vt[:1].isdigit() and (before.isdigit() or before == '.') or vt[-1:].isdigit() and (after[:1].isdigit() or after[:1] == '.' and after[1:2].isdigit()):
            errs.append('%s value_text cuts a number' % tag)
        if (st, vt) in seen:
            errs.append('%s duplicate' % tag)
        seen.add((st, vt))
        q = f['quote']
        p = ps.get(f['passage'])
        if p is None:
            errs.append('%s unknown passage' % tag); continue
        # the quote must contain the value at this very offset and lie in the passage
        ok = False
        for m in re.finditer(re.escape(q), text):
            if m.start() <= st and st + len(vt) <= m.end() and p['start'] <= m.start() and m.end() <= p['end']:
                ok = True
        if not ok:
            errs.append('%s quote does not hold the value inside the passage' % tag)
        if f['kind'] not in KINDS: errs.append('%s kind' % tag)
        if f['measure'] not in MEASURES: errs.append('%s measure' % tag)
        if f['comparator'] not in COMPARATORS: errs.append('%s comparator' % tag)
        if f['binding'] not in BINDINGS: errs.append('%s binding' % tag)
        if not isinstance(f['core'], bool): errs.append('%s core' % tag)
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool): errs.append('%s value' % tag)
        if not isinstance(f['unit'], str): errs.append('%s unit' % tag)
        y, s = f['year'], f['period_start']
        for v in (y, s):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)): errs.append('%s year type' % tag)
        if s is not None and (y is None or s > y): errs.append('%s period_start > year' % tag)
        if not f['indicator'] or not f['jurisdiction']: errs.append('%s empty indicator/jurisdiction' % tag)
    if uncovered:
        spans = [(f['start'], f['start'] + len(f['value_text'])) for f in g['facts']]
        for p in g['passages']:
            for m in re.finditer(r'[0-9０-９][0-9０-９.,，]*', text[p['start']:p['end']]):
                a = p['start'] + m.start()
                nxt = text[p['start'] + m.end():p['start'] + m.end() + 1]
                if re.fullmatch(r'(19|20)\d\d', m.group()) and nxt in '年—-－' or nxt in '月日':
                    continue  # calendar years and dates are not facts
                if not any(s <= a < e for s, e in spans):
                    print('  uncovered %s@%d: %s' % (stem, a, text[max(0, a - 12):a + 14].replace('\n', '⏎')))
    return errs, len(g['facts'])


def main(argv):
    unc = '--uncovered' in argv
    stems = [a for a in argv if not a.startswith('--')]
    if not stems:
        stems = sorted(f[:-10] for f in os.listdir(os.path.join(HERE, 'gold')) if f.endswith('.gold.json'))
    total, bad = 0, 0
    for s in stems:
        errs, n = check(s, unc)
        total += n
        for e in errs:
            print('ERROR', e)
        bad += len(errs)
        print('%s: %d facts, %d errors' % (s, n, len(errs)))
    print('total %d facts in %d files, %d errors' % (total, len(stems), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
