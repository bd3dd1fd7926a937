import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
# PDF text layer: hard wraps every ~36 chars, spaced years/quotes, page marks between pages
J = "濮阳市"
d = Doc("c378", J, "plan_outline", "2021-05", "410900")
def wrapped(d, body, facts, width=36):
    """append body with hard wraps; facts: (quote, vt, kwargs) where quote ends with vt; breaks avoid value spans"""
    prot = []
    for q, vt, kw in facts:
        occ = [m.start() for m in re.finditer(re.escape(q), body)]
        assert len(occ) == 1, (q, len(occ))
        assert q.endswith(vt), q
        qs = occ[0]; vs = qs + len(q) - len(vt)
        prot.append((vs, vs + len(vt), qs, q, vt, kw))
    inside = set()
    for vs, ve, *_ in prot: inside.update(range(vs, ve))
    out, mp, col = [], {}, 0
    for i, ch in enumerate(body):
        if ch == "\n": col = -1
        elif col >= width and i not in inside and not (ch.isdigit() and i > 0 and body[i-1].isdigit()):
            out.append("\n"); col = 0
        mp[i] = sum(len(x) for x in out); out.append(ch); col += 1
    base = d.pos(); text = "".join(out); d.add(text)
    for vs, ve, qs, q, vt, kw in prot:
        s = base + mp[vs]
        f = dict(value_text=vt, start=s, rowstart=base + mp[qs], juris=None, value=None, comparator=None, notes=None)
        f.update(kw)
        v, c = parse(vt)
        if f["value"] is None: f["value"] = v
        if f["comparator"] is None: f["comparator"] = c
        d.cellfacts.append(f)
def K(ind, kind, measure, year, ps=None, unit="%", core=True, **kw):
    r = dict(indicator=ind, kind=kind, measure=measure, year=year, period_start=ps, unit=unit, binding=None, core=core)
    if "comp" in kw: kw["comparator"] = kw.pop("comp")
    r.update(kw); return r
T = 2025
d.add("濮阳市国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要\n濮阳市人民政府\n2021 年 5 月\n\n— 11 —\n\n")
d.mark("p1s")
body1 = """第二节 “ 十四五 ” 时期经济社会发展主要目标
综合考虑未来发展趋势和条件，今后五年全市经济社会发展要努力实现以下主要目标：
综合实力跃上新台阶。经济保持中高速增长，地区生产总值年均增长7%左右，到 2025 年达到2300亿元以上，人均地区生产总值达到62000元，一般公共预算收入达到150亿元。
产业转型取得新突破。规模以上工业增加值年均增长8%，战略性新兴产业增加值占规模以上工业增加值比重达到28%，数字经济核心产业增加值占地区生产总值比重达到8%，研究与试验发展经费投入强度达到2.2%。
改革开放迈出新步伐。营商环境进入全省第一方阵，市场主体总量突破35万户，货物贸易进出口总额达到200亿元，实际使用外资年均增长5%，开放型经济水平明显提升。
文化软实力显著增强。公共文化服务体系更加健全，人均公共文化设施面积达到0.25平方米，县级以上文化馆、图书馆达标率保持100%。
城乡区域更加协调。常住人口城镇化率达到58%，五年提高8.2个百分点，中心城区建成区面积达到110平方公里。
民生福祉持续增进。城镇新增就业累计30万人，城镇调查失业率控制在5.5%以内，劳动年龄人口平均受教育年限达到11年，基本养老保险参保率达到95%。
生态环境明显改善。PM2.5平均浓度降至48微克/立方米，空气质量优良天数比率达到70%，单位地区生产总值能源消耗五年累计降低15%，完成省下达的污染物减排任务。
"""
F1 = [
 ("地区生产总值年均增长7%左右", "7%左右", K("地区生产总值", "target", "growth", T, 2021)),
 ("到 2025 年达到2300亿元以上", "2300亿元以上", K("地区生产总值", "target", "level", T, unit="亿元")),
 ("人均地区生产总值达到62000元", "62000元", K("人均地区生产总值", "target", "level", T, unit="元")),
 ("一般公共预算收入达到150亿元", "150亿元", K("一般公共预算收入", "target", "level", T, unit="亿元")),
 ("规模以上工业增加值年均增长8%", "8%", K("规模以上工业增加值", "target", "growth", T, 2021)),
 ("战略性新兴产业增加值占规模以上工业增加值比重达到28%", "28%", K("战略性新兴产业增加值占规模以上工业增加值比重", "target", "level", T)),
 ("数字经济核心产业增加值占地区生产总值比重达到8%", "8%", K("数字经济核心产业增加值占地区生产总值比重", "target", "level", T)),
 ("研究与试验发展经费投入强度达到2.2%", "2.2%", K("研究与试验发展经费投入强度", "target", "level", T)),
 ("市场主体总量突破35万户", "35万户", K("市场主体总量", "target", "level", T, unit="万户", comp="ge", core=False)),
 ("货物贸易进出口总额达到200亿元", "200亿元", K("货物贸易进出口总额", "target", "level", T, unit="亿元")),
 ("实际使用外资年均增长5%", "5%", K("实际使用外资", "target", "growth", T, 2021)),
 ("人均公共文化设施面积达到0.25平方米", "0.25平方米", K("人均公共文化设施面积", "target", "level", T, unit="平方米", core=False)),
 ("县级以上文化馆、图书馆达标率保持100%", "100%", K("县级以上文化馆、图书馆达标率", "target", "level", T, core=False, notes="县级以上 defines the group; one number shared by two facilities -> one fact")),
 ("常住人口城镇化率达到58%", "58%", K("常住人口城镇化率", "target", "level", T)),
 ("五年提高8.2个百分点", "8.2个百分点", K("常住人口城镇化率", "target", "change", T, 2021, unit="个百分点")),
 ("中心城区建成区面积达到110平方公里", "110平方公里", K("中心城区建成区面积", "target", "level", T, unit="平方公里", core=False)),
 ("城镇新增就业累计30万人", "30万人", K("城镇新增就业", "target", "level", T, 2021, unit="万人")),
 ("城镇调查失业率控制在5.5%以内", "5.5%以内", K("城镇调查失业率", "target", "level", T)),
 ("劳动年龄人口平均受教育年限达到11年", "11年", K("劳动年龄人口平均受教育年限", "target", "level", T, unit="年")),
 ("基本养老保险参保率达到95%", "95%", K("基本养老保险参保率", "target", "level", T)),
 ("PM2.5平均浓度降至48微克/立方米", "48微克/立方米", K("PM2.5平均浓度", "target", "level", T, unit="ug/m3", notes="PM2.5 is a name; 降至 gives a level")),
 ("空气质量优良天数比率达到70%", "70%", K("空气质量优良天数比率", "target", "level", T)),
 ("单位地区生产总值能源消耗五年累计降低15%", "15%", K("单位地区生产总值能源消耗", "target", "growth", T, 2021, value=-15, notes="reduction in prose -> negative")),
]
wrapped(d, body1, F1)
d.mark("p1e")
d.add("\n— 12 —\n\n")
d.mark("p2s")
d.add("表 1 濮阳市 “ 十四五 ” 经济社会发展主要指标\n类别 指标 单位 2020 年 2025 年 年均增长\n（累计） 属性\n经济发展 ")
rows = [
 dict(name="地区生产总值", unitcol="亿元", ind="地区生产总值", unit="亿元", base="1649.9", target="2300以上", avg="7左右", attr="预期性"),
 dict(name="人均地区生产总值", unitcol="元", ind="人均地区生产总值", unit="元", base="43800", target="62000", avg="7.2", attr="预期性"),
 dict(name="规模以上工业增加值增长", unitcol="%", ind="规模以上工业增加值增长", t="G", base="4.6", target="—", avg="8", attr="预期性"),
 dict(name="一般公共预算收入", unitcol="亿元", ind="一般公共预算收入", unit="亿元", base="108.7", target="150", avg="6.7", attr="预期性"),
 dict(name="社会消费品零售总额", unitcol="亿元", ind="社会消费品零售总额", unit="亿元", base="735.2", target="1050", avg="7.4", attr="预期性"),
 dict(name="研究与试验发展经费投入强度", unitcol="%", ind="研究与试验发展经费投入强度", base="1.12", target="2.2", avg="—", attr="预期性"),
 dict(name="数字经济核心产业增加值占地区生产总值比重", unitcol="%", ind="数字经济核心产业增加值占地区生产总值比重", base="3.5", target="8", avg="—", attr="预期性"),
 dict(name="常住人口城镇化率", unitcol="%", ind="常住人口城镇化率", avgunit="个百分点", base="49.8", target="58", avg="［8.2］", attr="预期性",
      notes_avg="full-width bracketed five-year change -> change, unit 个百分点 as the prose states"),
 dict(name="城镇调查失业率", unitcol="%", ind="城镇调查失业率", base="—", target="＜5.5", avg="—", attr="预期性"),
 dict(name="劳动年龄人口平均受教育年限", unitcol="年", ind="劳动年龄人口平均受教育年限", unit="年", base="10.2", target="11", avg="—", attr="约束性"),
 dict(name="每千人口拥有执业（助理）医师数", unitcol="人", ind="每千人口拥有执业（助理）医师数", unit="人", base="2.45", target="3.1", avg="—", attr="预期性"),
 dict(name="基本养老保险参保率", unitcol="%", ind="基本养老保险参保率", base="91", target="95", avg="—", attr="预期性"),
 dict(name="单位地区生产总值能源消耗降低", unitcol="%", ind="单位地区生产总值能源消耗降低", base="—", target="—", avg="［15］", attr="约束性"),
 dict(name="单位地区生产总值二氧化碳排放降低", unitcol="%", ind="单位地区生产总值二氧化碳排放降低", base="—", target="—", avg="［19.5］", attr="约束性"),
 dict(name="PM2.5 平均浓度", unitcol="微克 / 立方米", ind="PM2.5平均浓度", unit="ug/m3", base="60", target="48", avg="—", attr="约束性"),
 dict(name="空气质量优良天数比率", unitcol="%", ind="空气质量优良天数比率", base="60.8", target="70", avg="—", attr="约束性"),
 dict(name="粮食综合生产能力", unitcol="万吨", ind="粮食综合生产能力", unit="万吨", base="280", target="285以上", avg="—", attr="约束性"),
]
table(d, rows, ["name", "unitcol", "base", "target", "avg", "attr"], "sep", dict(base=2020, mid=2022, target=2025, ps=2021), sep=" ")
d.add("注：1. 地区生产总值、人均地区生产总值按当年价格计算，增速按可比价格计算；\n2. ［ ］内为五年累计数。\n")
d.mark("p2e")
d.add("\n— 13 —\n\n")
d.mark("p3s")
body3 = """专栏 1 “ 十四五 ” 重大产业项目
1. 濮阳经济技术开发区化工新材料产业园：新建高端聚烯烃等项目，新增产值300亿元。
2. 中原油田二氧化碳驱油封存工程：年封存二氧化碳100万吨。
3. 华龙区数字经济产业园：入驻企业200家以上，建筑面积约35万平方米。
4. 濮阳至卫辉高速公路濮阳段：全长约45公里，总投资约68亿元。
以上重大产业项目总投资约1260亿元，“ 十四五 ” 期间计划完成投资820亿元。
"""
PJ = "planned project figure -> target, year 2025"
F3 = [
 ("新增产值300亿元", "300亿元", K("化工新材料产业园新增产值", "target", "level", T, 2021, unit="亿元", core=False, notes=PJ)),
 ("年封存二氧化碳100万吨", "100万吨", K("二氧化碳驱油封存工程年封存二氧化碳", "target", "level", T, unit="万吨", core=False, notes=PJ)),
 ("入驻企业200家以上", "200家以上", K("数字经济产业园入驻企业", "target", "level", T, unit="家", core=False, notes=PJ)),
 ("建筑面积约35万平方米", "约35万平方米", K("数字经济产业园建筑面积", "target", "level", T, unit="万平方米", core=False, notes=PJ)),
 ("全长约45公里", "约45公里", K("濮阳至卫辉高速公路濮阳段长度", "target", "level", T, unit="公里", core=False, notes=PJ)),
 ("以上重大产业项目总投资约1260亿元", "约1260亿元", K("重大产业项目总投资", "target", "level", T, unit="亿元", core=False, notes=PJ)),
 ("期间计划完成投资820亿元", "820亿元", K("重大产业项目计划完成投资", "target", "level", T, 2021, unit="亿元", core=False, notes="planned investment during 十四五 -> period 2021-2025")),
 ("总投资约68亿元", "约68亿元", K("濮阳至卫辉高速公路濮阳段总投资", "target", "level", T, unit="亿元", core=False, notes=PJ)),
]
wrapped(d, body3, F3)
d.mark("p3e")
d.add("\n— 14 —\n")
P = [d.passage("p1", d.marks["p1s"], d.marks["p1e"], "page 12 body: 主要目标 (hard-wrapped text layer)"),
     d.passage("p2", d.marks["p2s"], d.marks["p2e"], "page 13: indicator table with 注; page marks excluded"),
     d.passage("p3", d.marks["p3s"], d.marks["p3e"], "page 14: 专栏 1 of projects")]
d.build(P)
