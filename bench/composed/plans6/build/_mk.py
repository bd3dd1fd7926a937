"""Helper used to write composed docs and gold; offsets are computed with str.index."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UNITS = ['万亿元','亿元','万元','元','个百分点','百分点','万人次','万人','人','个','家','项','件','公顷','万亩','亩','公里','位','年','岁','万吨标准煤','万吨','吨','立方米','微克/立方米','ug/m3','万千瓦','千瓦','万平方米','平方米','张','所','辆','套','户','座','倍','%','‰','个千分点','小时','天','万标箱','亿立方米','米']
CMP = [('左右','approx'),('以上','ge'),('以内','le'),('以下','le')]
TR = str.maketrans({'萬':'万','億':'亿','個':'个','點':'点','噸':'吨','裏':'里','畝':'亩','張':'张','輛':'辆','戶':'户','項':'项','歲':'岁'})
def F(quote, vt, ind, kind, meas, year, ps=None, val=None, unit=None, cmp=None, bind=None, core=False, notes=None, jur=None, nth=0):
    return dict(quote=quote, vt=vt, ind=ind, kind=kind, meas=meas, year=year, ps=ps, val=val, unit=unit, cmp=cmp, bind=bind, core=core, notes=notes, jur=jur, nth=nth)
def mk(num, meta, text, facts, passages=None):
    stem = 'c%d' % num
    p = os.path.join(ROOT, 'docs', stem + '.txt')
    with open(p, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    text = open(p, encoding='utf-8', newline='').read()
    if passages is None:
        passages = [dict(id='p1', start=0, end=len(text), what=meta.pop('what'))]
    out = []
    for d in facts:
        q = d['quote']
        i = text.find(q)
        assert i >= 0, ('quote not found', stem, q)
        if d['nth'] == 0:
            assert text.find(q, i + 1) < 0, ('quote not unique', stem, q)
        else:
            for _ in range(d['nth']):
                i = text.find(q, i + 1)
            assert i >= 0
        j = len(q) - len(d['vt']) if q.endswith(d['vt']) else q.find(d['vt'])
        assert j >= 0, ('vt not in quote', stem, q, d['vt'])
        start = i + j
        vt = d['vt']
        m = re.match(r'[\[［〔]?([0-9]+(?:\.[0-9]+)?)', vt)
        val = d['val'] if d['val'] is not None else (float(m.group(1)) if '.' in m.group(1) else int(m.group(1)))
        rest = vt[m.end():].translate(TR).lstrip(']］〕') if m else ''
        cmp = d['cmp']
        if cmp is None:
            cmp = 'eq'
            for w, c in CMP:
                if w in q[j:j+len(vt)+4] or w in vt:
                    cmp = c
        unit = d['unit']
        if unit is None:
            r = rest
            for w, _ in CMP:
                r = r.replace(w, '')
            unit = r if r else ''
            if unit == '百分点': unit = '个百分点'
        rec = dict(passage='p1', value_text=vt, start=start, quote=q, jurisdiction=d['jur'] or meta['jurisdiction'],
                   indicator=d['ind'], kind=d['kind'], measure=d['meas'], year=d['year'], period_start=d['ps'],
                   value=val, unit=unit, comparator=cmp, binding=d['bind'], core=d['core'])
        if d['notes']:
            rec['notes'] = d['notes']
        for ps in passages:
            if ps['start'] <= start < ps['end']:
                rec['passage'] = ps['id']
        out.append(rec)
    out.sort(key=lambda r: r['start'])
    starts = [r['start'] for r in out]
    assert len(starts) == len(set(starts)), ('duplicate start', stem, [s for s in starts if starts.count(s) > 1])
    g = dict(doc=stem + '.txt', jurisdiction=meta['jurisdiction'], genre=meta['genre'], published=meta['published'],
             area_code=meta['area_code'], passages=passages, facts=out)
    with open(os.path.join(ROOT, 'gold', stem + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(stem, len(text), 'chars', len(out), 'facts')
