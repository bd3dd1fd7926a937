#!/usr/bin/env python3
"""Build gold/cNNN.gold.json from docs/cNNN.txt and specs/cNNN.spec.

Every offset is computed here from verbatim quotes (str.index); nothing is counted by hand.

Spec format (one record per line, fields separated by ' ;; '):
  @doc genre=.. published=.. area=.. code=.. year=..
  @passage id ;; start-marker ;; end-marker ;; what      (end-marker is included)
  quote ;; value_text ;; indicator ;; flags               one fact
  @row line ;; indicator ;; colspecs ;; flags             every number of a table line
Flags: t (target), g (growth), c (change), neg, ge, le, ap, core, nocore,
  y=YYYY, ps=YYYY, u=unit, v=value, j=jurisdiction, b=expected|binding, vo=N (N-th
  occurrence of value_text in the quote, 1-based), n=notes (rest of the line).
Colspecs: one token per number in the line, in order: '-' skips it; otherwise
  l|g|c [:unit] [/t] [/yYYYY] [/psYYYY]  (g defaults to unit %).
Quotes are searched in document order from the previous fact's quote start.
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = r'\d+(?:\.\d+)?'
UNIT_NORM = {
    '億元': '亿元', '萬元': '万元', '萬人': '万人', '個百分點': '个百分点', '個': '个',
    '噸': '吨', '萬噸': '万吨', '畝': '亩', '萬畝': '万亩', '戶': '户', '萬戶': '万户',
    '輛': '辆', '頭': '头', '萬頭': '万头', '項': '项', '萬人次': '万人次', '千瓦時': '千瓦时',
    '億千瓦時': '亿千瓦时', '萬千瓦時': '万千瓦时', '張': '张', '萬美元': '万美元', '億美元': '亿美元',
    '所': '所', '間': '间', '條': '条', '座': '座', '隻': '只', '萬只': '万只', '萬隻': '万只',
    '公頃': '公顷', '千公頃': '千公顷', '萬平方米': '万平方米', '平方米': '平方米', '萬立方米': '万立方米',
    '微克/立方米': 'ug/m3', '位': '位', '家': '家', '元': '元', '人': '人', '%': '%', '‰': '‰',
    '个百分点': '个百分点', '个千分点': '个千分点', '個千分點': '个千分点', '天': '天', '倍': '倍',
}
SUFFIX_CMP = [('以上', 'ge'), ('以內', 'le'), ('以内', 'le'), ('以下', 'le'), ('左右', 'approx')]
CORE_WORDS = ['生产总值', '生產總值', 'GDP', '工业增加值', '工業增加值', '固定资产投资', '固定資產投資',
              '社会消费品零售', '社會消費品零售', '进出口', '進出口', '出口', '财政收入', '財政收入',
              '一般公共预算收入', '一般公共預算收入', '可支配收入', '常住人口', '城镇化率', '城鎮化率',
              '新增就业', '新增就業', '失业率', '失業率', '研究与试验发展', 'R&D', '能耗', '能源消耗',
              '优良天数', '優良天數', 'PM2.5', '森林覆盖率', '森林覆蓋率', '水质', '水質', '碳排放',
              '户籍人口', '戶籍人口', '单位GDP']


def norm_unit(u):
    u = u.strip()
    if u in UNIT_NORM:
        return UNIT_NORM[u]
    return u


def parse_flags(s):
    f = {}
    s = s.strip()
    if 'n=' in s:
        i = s.index('n=')
        f['n'] = s[i + 2:].strip()
        s = s[:i]
    for tok in s.split():
        if '=' in tok:
            k, v = tok.split('=', 1)
            f[k] = v
        else:
            f[tok] = True
    return f


def boundary_ok(text, a, b):
    before = text[a - 1] if a > 0 else ''
    after = text[b] if b < len(text) else ''
    vt = text[a:b]
    if before and (before.isdigit() or before == '.'):
        return False
    if before == '-' and vt[:1].isdigit():
        return False
    if vt[-1:].isdigit() and after and (after.isdigit() or (after == '.' and b + 1 < len(text) and text[b + 1].isdigit())):
        return False
    return True


class _NoNum:
    def end(self):
        return 0


def number_of(vt):
    m = re.search(r'-?' + NUM, vt)
    if not m:  # Chinese numeral (四成, 第一): value from v=, unit from u=
        return None, _NoNum()
    return float(m.group(0)), m


def build(stem):
    text = open(os.path.join(HERE, 'docs', stem + '.txt'), encoding='utf-8', newline='').read()
    lines = open(os.path.join(HERE, 'specs', stem + '.spec'), encoding='utf-8').read().split('\n')
    doc = {}
    passages = []
    facts = []
    cursor = 0
    used = set()

    def place(quote, vt, flags, lineno):
        nonlocal cursor
        if quote.startswith('^'):
            # the whole line that starts with this prefix (table rows)
            k = text.find('\n' + quote[1:], max(0, cursor - 1))
            if k < 0:
                raise SystemExit(f'{stem}:{lineno}: line prefix not found: {quote!r}')
            quote = text[k + 1:text.index('\n', k + 1)]
        qs = text.find(quote, cursor)
        if qs < 0:
            # PDF-like text: the quote may run over a hard line wrap or a page mark
            gap = r'(?:\n\n— \d+ —\n\n|\n)?'
            pat = gap.join(re.escape(ch) for ch in quote)
            m = re.compile(pat).search(text, cursor)
            if not m:
                raise SystemExit(f'{stem}:{lineno}: quote not found after {cursor}: {quote!r}')
            qs, quote = m.start(), m.group(0)
        cursor = qs
        occ = []
        i = quote.find(vt)
        while i >= 0:
            a = qs + i
            if boundary_ok(text, a, a + len(vt)):
                occ.append(a)
            i = quote.find(vt, i + 1)
        if not occ:
            raise SystemExit(f'{stem}:{lineno}: value {vt!r} not in quote {quote!r}')
        if 'vo' in flags:
            a = occ[int(flags['vo']) - 1]
        else:
            free = [a for a in occ if a not in used]
            if not free:
                raise SystemExit(f'{stem}:{lineno}: value {vt!r} already used in quote {quote!r}')
            a = free[0]
        used.add(a)
        return a, quote

    def make(quote, vt, ind, flags, lineno, start, measure=None, unit=None):
        val, m = number_of(vt)
        if 'v' in flags:
            val = float(flags['v'])
        if val is None:
            raise SystemExit(f'{stem}:{lineno}: no digits in {vt!r}: give v=')
        if flags.get('neg'):
            val = -abs(val)
        if unit is None:
            unit = flags.get('u')
            if unit == 'none':
                unit = ''
        if unit is None:
            rest = vt[m.end():]
            for suf, _ in SUFFIX_CMP:
                if rest.endswith(suf):
                    rest = rest[: -len(suf)]
            rest = rest.rstrip(']').strip()
            if rest.endswith('個') or rest.endswith('个'):
                # 1.74个 (百分点 printed later) handled by u=
                pass
            unit = norm_unit(rest) if rest else None
        if unit is None:
            raise SystemExit(f'{stem}:{lineno}: no unit for {vt!r}')
        if measure is None:
            measure = 'growth' if flags.get('g') else 'change' if flags.get('c') else None
            if measure is None:
                measure = 'change' if unit in ('个百分点', '个千分点') or vt.startswith('[') else 'level'
        cmpv = 'eq'
        for suf, c in SUFFIX_CMP:
            if vt.endswith(suf):
                cmpv = c
        for k, c in (('ge', 'ge'), ('le', 'le'), ('ap', 'approx'), ('eq', 'eq')):
            if flags.get(k):
                cmpv = c
        core = any(w in ind for w in CORE_WORDS)
        if flags.get('core'):
            core = True
        if flags.get('nocore'):
            core = False
        year = flags.get('y', doc.get('year'))
        year = None if year in (None, 'null') else int(year)
        ps = flags.get('ps')
        ps = None if ps in (None, 'null') else int(ps)
        if val == int(val) and ('.' not in re.sub(r'[^\d.]', '', vt) or 'v' in flags):
            val = int(val)
        rec = {
            'passage': None, 'value_text': vt, 'start': start, 'quote': quote,
            'jurisdiction': flags.get('j', doc['area']), 'indicator': ind,
            'kind': 'target' if flags.get('t') else 'actual', 'measure': measure,
            'year': year, 'period_start': ps, 'value': val, 'unit': unit,
            'comparator': cmpv, 'binding': flags.get('b'), 'core': core,
        }
        if flags.get('n'):
            rec['notes'] = flags['n']
        facts.append(rec)

    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@doc'):
            doc.update(parse_flags(line[4:]))
            continue
        parts = [p.strip().replace('⏎', '\n') for p in line.split(' ;; ')]
        if line.startswith('@passage'):
            pid = parts[0].split()[1]
            s = text.index(parts[1])
            e = text.index(parts[2], s) + len(parts[2])
            passages.append({'id': pid, 'start': s, 'end': e, 'what': parts[3]})
            continue
        if line.startswith('@row'):
            quote = parts[0][5:]
            if line.startswith('@rowp '):
                # the whole table line that starts with this prefix
                quote = parts[0][6:]
                k = text.find('\n' + quote, cursor)
                if k < 0:
                    raise SystemExit(f'{stem}:{lineno}: row prefix not found: {quote!r}')
                quote = text[k + 1:text.index('\n', k + 1)]
            ind = parts[1]
            cols = parts[2].split()
            flags = parse_flags(parts[3]) if len(parts) > 3 else {}
            qs = text.find(quote, cursor)
            if qs < 0:
                raise SystemExit(f'{stem}:{lineno}: row not found after {cursor}: {quote!r}')
            cursor = qs
            nums = list(re.finditer(r'\[-?' + NUM + r'\]|-?' + NUM + '%?', quote))
            if len(nums) != len(cols):
                raise SystemExit(f'{stem}:{lineno}: {len(nums)} numbers vs {len(cols)} cols in {quote!r}')
            for m, col in zip(nums, cols):
                if col == '-':
                    continue
                bits = col.split('/')
                mu = bits[0].split(':', 1)
                meas = {'l': 'level', 'g': 'growth', 'c': 'change'}[mu[0]]
                unit = mu[1] if len(mu) > 1 else ('%' if meas == 'growth' else None)
                f2 = dict(flags)
                for b in bits[1:]:
                    if b == 't':
                        f2['t'] = True
                    elif b.startswith('ps'):
                        f2['ps'] = b[2:]
                    elif b.startswith('y'):
                        f2['y'] = b[1:]
                    elif b in ('ge', 'le', 'ap'):
                        f2[b] = True
                    elif b.startswith('b:'):
                        f2['b'] = b[2:]
                    elif b.startswith('I:'):
                        f2['ind'] = b[2:]
                a = qs + m.start()
                used.add(a)
                make(quote, m.group(0), f2.get('ind', ind), f2, lineno, a, meas, norm_unit(unit) if unit else None)
            continue
        if len(parts) < 3:
            raise SystemExit(f'{stem}:{lineno}: bad line {line!r}')
        quote, vt, ind = parts[0], parts[1], parts[2]
        flags = parse_flags(parts[3]) if len(parts) > 3 else {}
        a, quote = place(quote, vt, flags, lineno)
        make(quote, vt, ind, flags, lineno, a)

    for f in facts:
        for p in passages:
            if p['start'] <= f['start'] < p['end']:
                f['passage'] = p['id']
                break
        if f['passage'] is None:
            raise SystemExit(f'{stem}: fact outside passages: {f["value_text"]} @ {f["start"]}')
    facts.sort(key=lambda f: f['start'])
    gold = {
        'doc': stem + '.txt', 'jurisdiction': doc['area'], 'genre': doc['genre'],
        'published': doc.get('published'), 'area_code': doc['code'],
        'passages': passages, 'facts': facts,
    }
    with open(os.path.join(HERE, 'gold', stem + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return text, gold


def leftovers(text, gold):
    """Digit strings not covered by a fact, for review."""
    cov = set()
    for f in gold['facts']:
        cov.update(range(f['start'], f['start'] + len(f['value_text'])))
    out = []
    for m in re.finditer(r'\d+(?:\.\d+)?', text):
        if m.start() not in cov:
            ctx = text[max(0, m.start() - 8):m.end() + 6].replace('\n', '⏎')
            out.append(f'{m.start()}:{m.group(0)}  «{ctx}»')
    return out


if __name__ == '__main__':
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.spec'))
    show = os.environ.get('LEFT')
    for s in stems:
        text, gold = build(s)
        print(f'{s}: {len(gold["facts"])} facts, {len(text)} chars')
        if show:
            for l in leftovers(text, gold):
                print('   left', l)
