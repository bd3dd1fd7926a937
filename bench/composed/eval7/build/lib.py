import json, os
import pathlib; BASE=str(pathlib.Path(__file__).resolve().parent.parent)
class Doc:
    def __init__(s, n, text, jur, genre, published, area, what):
        s.n=n; s.text=text; s.jur=jur; s.genre=genre; s.pub=published; s.area=area; s.what=what
        s.facts=[]; s.used=set(); s.pstart=0; s.pend=None
    def body_to(s, marker):
        s.pend = s.text.index(marker)
    def body_from(s, marker):
        s.pstart = s.text.index(marker)
    def F(s, vt, q, ind, kind, meas, year, ps, val, unit, comp='eq', core=False, binding=None, notes=None, jur=None, k=0):
        t=s.text; pos=-1; i=0
        cands=[]
        while True:
            j=t.find(q, i)
            if j<0: break
            offs=[]; o=q.find(vt)
            while o>=0:
                p=j+o; e=p+len(vt)
                emb=(p>0 and (t[p-1].isdigit() or (t[p-1]=='.' and vt[0].isdigit()))) or (e<len(t) and vt[-1].isdigit() and (t[e].isdigit() or (t[e]=='.' and t[e+1:e+2].isdigit())))
                if not emb: offs.append(o)
                o=q.find(vt,o+1)
            assert len(offs)>k, (vt,q)
            off=offs[k]
            cands.append(j+off); i=j+1
        assert cands, ('quote not found', q)
        for c in cands:
            if c not in s.used and c>=s.pstart: pos=c; break
        assert pos>=0, ('all used', vt, q)
        import re
        m=re.search(r'[\d.]+', vt)
        if m and abs(float(m.group())-abs(val))>1e-9 and unit not in ('倍',): print('  VALUE MISMATCH?', vt, val, q[:30].replace(chr(10),'/'))
        s.used.add(pos)
        if (pos>0 and (t[pos-1].isdigit() or t[pos-1]=='.')) or (pos+len(vt)<len(t) and (t[pos+len(vt)].isdigit() or (t[pos+len(vt)]=='.' and t[pos+len(vt)+1:pos+len(vt)+2].isdigit()))): print('  EMBEDDED?', vt, q[:30].replace(chr(10),'/'))
        f=dict(passage='p1', value_text=vt, start=pos, quote=q, jurisdiction=jur or s.jur, indicator=ind, kind=kind, measure=meas,
               year=year, period_start=ps, value=val, unit=unit, comparator=comp, binding=binding, core=core)
        if notes: f['notes']=notes
        s.facts.append(f)
    def write(s):
        name='c%d.txt'%s.n
        with open(f'{BASE}/docs/{name}','w',encoding='utf-8',newline='') as fh: fh.write(s.text)
        end=s.pend if s.pend is not None else len(s.text.rstrip())
        s.facts.sort(key=lambda f:f['start'])
        g=dict(doc=name, jurisdiction=s.jur, genre=s.genre, published=s.pub, area_code=s.area,
               passages=[dict(id='p1', start=s.pstart, end=end, what=s.what)], facts=s.facts)
        with open(f'{BASE}/gold/c%d.gold.json'%s.n,'w',encoding='utf-8') as fh: json.dump(g, fh, ensure_ascii=False, indent=1)
        print(name, len(s.text), 'chars', len(s.facts), 'facts')
