import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
# traditional-script mirror with pinyin inserted after some characters (as on the mirror page followed)
PY = dict(规="規(guī)", 划="劃(huà)", 区="區(qū)", 发="發(fā)", 经="經(jīng)", 济="濟(jì)", 县="縣(xiàn)", 标="標(biāo)", 实="實(shí)",
          现="現(xiàn)", 设="設(shè)", 达="達(dá)", 长="長(zhǎng)", 万="萬(wàn)", 亿="億(yì)", 个="個(gè)", 项="項(xiàng)", 业="業(yè)",
          产="產(chǎn)", 总="總(zǒng)", 较="較(jiào)", 续="續(xù)", 进="進(jìn)", 积="積(jī)", 极="極(jí)")
TR = dict(国="國", 会="會", 为="為", 时="時", 过="過", 农="農", 镇="鎮", 财="財", 绿="綠", 体="體", 点="點", 质="質", 创="創",
          环="環", 资="資", 动="動", 务="務", 与="與", 计="計", 转="轉", 乡="鄉", 费="費", 单="單", 气="氣", 优="優", 盖="蓋",
          预="預", 约="約", 属="屬", 类="類", 专="專", 栏="欄", 电="電", 网="網", 铁="鐵", 桥="橋", 库="庫", 医="醫", 疗="療",
          养="養", 学="學", 应="應", 数="數", 从="從", 变="變", 将="將", 这="這", 则="則", 们="們", 场="場", 开="開", 边="邊",
          关="關", 岁="歲", 两="兩", 条="條", 际="際", 营="營", 车="車", 东="東", 红="紅", 药="藥", 间="間", 机="機", 压="壓",
          争="爭", 纲="綱", 要="要", 稳="穩", 调="調", 查="查", 失="失", 登="登", 记="記", 构="構", 强="強", 级="級", 础="礎",
          广="廣", 荣="榮", 兴="興", 旧="舊", 员="員", 负="負", 责="責", 办="辦", 来="來", 源="源", 筑="築", 线="線", 门="門",
          围="圍", 绕="繞", 览="覽", 园="園", 备="備", 丰="豐", 险="險", 运="運", 输="輸")
def conv(s):
    return "".join(PY.get(ch) or TR.get(ch) or ch for ch in s)
def cut(vt):
    v = conv(vt); i = v.find("(")
    return v if i < 0 else v[:i]
J = "英山县"
d = Doc("c376", J, "plan_outline", "2021-04-16", "421124")
d.add(conv("英山县人民政府门户网站 > 政务公开 > 规划计划\n来源：英山县人民政府办公室　　2021-04-16\n"))
d.mark("start")
d.add(conv("""英山县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（节选）
第二章　“十四五”时期发展的主要目标
锚定二〇三五年远景目标，综合考虑发展基础和条件，今后五年全县经济社会发展要努力实现以下主要目标：
——经济实力迈上新台阶。地区生产总值年均增长8%左右，到2025年突破200亿元，人均地区生产总值达到62000元；规模以上工业增加值年均增长10%以上，规模以上工业企业达到180家；一般公共预算收入达到12亿元。
——绿色发展取得新成效。森林覆盖率稳定在72%以上，空气质量优良天数比率保持在95%，单位地区生产总值能耗五年累计降低13.5%，完成市下达的减排任务。
——城乡融合迈出新步伐。常住人口城镇化率达到52%，比2020年提高5.7个百分点；新增高标准农田8万亩，粮食综合生产能力稳定在8.5万吨。
——民生福祉达到新水平。城乡居民人均可支配收入年均分别增长8%和9%，城镇登记失业率控制在4%以内，每千人口拥有执业（助理）医师数达到2.9人，新增城镇就业1.5万人。
表1　英山县“十四五”经济社会发展主要指标
指标 单位 2020年 2025年 年均增长/累计 属性
"""))
rows = [
 dict(name=conv("地区生产总值"), unitcol=conv("亿元"), ind="地区生产总值", unit="亿元", base=cut("136.2"), target="200", avg="8左右", attr="预期性"),
 dict(name=conv("人均地区生产总值"), unitcol="元", ind="人均地区生产总值", unit="元", base="41800", target="62000", avg="—", attr="预期性"),
 dict(name=conv("规模以上工业增加值增长"), unitcol="%", ind="规模以上工业增加值增长", t="G", base="3.2", target="—", avg="10以上", attr="预期性"),
 dict(name=conv("固定资产投资增长"), unitcol="%", ind="固定资产投资增长", t="G", base="-8.5", target="—", avg="10", attr="预期性",
      notes_base="2020 growth printed negative (pandemic year)"),
 dict(name=conv("社会消费品零售总额"), unitcol=conv("亿元"), ind="社会消费品零售总额", unit="亿元", base="62.4", target="92", avg="8", attr="预期性"),
 dict(name=conv("一般公共预算收入"), unitcol=conv("亿元"), ind="一般公共预算收入", unit="亿元", base="7.6", target="12", avg="9.6", attr="预期性"),
 dict(name=conv("研究与试验发展经费投入强度"), unitcol="%", ind="研究与试验发展经费投入强度", base="1.05", target="2.0", avg="—", attr="预期性"),
 dict(name=conv("常住人口城镇化率"), unitcol="%", ind="常住人口城镇化率", base="46.3", target="52", avg="[5.7]", avgunit="个百分点", attr="预期性",
      notes_avg="bracketed five-year change of a rate; unit 个百分点 as the prose states (比2020年提高5.7个百分点)"),
 dict(name=conv("城镇居民人均可支配收入"), unitcol="元", ind="城镇居民人均可支配收入", unit="元", base="33620", target="49400", avg="8", attr="预期性"),
 dict(name=conv("农村居民人均可支配收入"), unitcol="元", ind="农村居民人均可支配收入", unit="元", base="13980", target="21500", avg="9", attr="预期性"),
 dict(name=conv("城镇登记失业率"), unitcol="%", ind="城镇登记失业率", base="2.9", target="4以内", avg="—", attr="预期性"),
 dict(name=conv("每千人口拥有执业（助理）医师数"), unitcol="人", ind="每千人口拥有执业（助理）医师数", unit="人", base="2.3", target="2.9", avg="—", attr="预期性"),
 dict(name=conv("单位地区生产总值能耗降低"), unitcol="%", ind="单位地区生产总值能耗降低", base="—", target="—", avg="[13.5]", attr="约束性"),
 dict(name=conv("森林覆盖率"), unitcol="%", ind="森林覆盖率", base="71.6", target="72以上", avg="—", attr="约束性"),
 dict(name=conv("空气质量优良天数比率"), unitcol="%", ind="空气质量优良天数比率", base="93.4", target="95", avg="—", attr="约束性"),
 dict(name=conv("地表水考核断面水质优良比例"), unitcol="%", ind="地表水考核断面水质优良比例", base="100", target="100", avg="—", attr="约束性"),
 dict(name=conv("粮食综合生产能力"), unitcol=conv("万吨"), ind="粮食综合生产能力", unit="万吨", base="8.1", target="8.5", avg="—", attr="约束性"),
]
for r in rows: r["attr"] = conv(r["attr"])
table(d, rows, ["name", "unitcol", "base", "target", "avg", "attr"], "sep", dict(base=2020, mid=2022, target=2025, ps=2021), sep=" ")
d.add(conv("""注：地区生产总值、人均地区生产总值绝对数按当年价格计算，增长速度按可比价格计算；[ ]内为五年累计数。
专栏1　“十四五”重大基础设施项目
武穴至英山高速公路英山段：全长约32公里，总投资约56亿元。
英山抽水蓄能电站：装机容量120万千瓦，总投资约78亿元。
县城区供水提质工程：新建水厂1座，日供水能力5万吨。
专栏2　产业发展重点工程
英山茶产业集群：茶园面积稳定在25万亩，茶叶综合产值突破100亿元。
县经济开发区扩区提质：新增工业用地3000亩，新引进亿元以上项目60个。
"""))
d.mark("end")
d.add(conv("【打印本页】【关闭窗口】\n"))
def F(q, vt, *a, **k): d.F(conv(q), cut(vt), *a, **k)
T = 2025
F("地区生产总值年均增长8%左右", "8%左右", "地区生产总值", "target", "growth", T, 2021, core=True)
F("到2025年突破200亿元", "200亿元", "地区生产总值", "target", "level", T, unit="亿元", comp="ge", core=True, notes="突破 -> ge; value_text stops before the pinyin junk after 億, unit normalised to 亿元")
F("人均地区生产总值达到62000元", "62000元", "人均地区生产总值", "target", "level", T, unit="元", core=True)
F("规模以上工业增加值年均增长10%以上", "10%以上", "规模以上工业增加值", "target", "growth", T, 2021, core=True)
F("规模以上工业企业达到180家", "180家", "规模以上工业企业", "target", "level", T, unit="家", core=True)
F("一般公共预算收入达到12亿元", "12亿元", "一般公共预算收入", "target", "level", T, unit="亿元", core=True)
F("森林覆盖率稳定在72%以上", "72%以上", "森林覆盖率", "target", "level", T, core=True)
F("空气质量优良天数比率保持在95%", "95%", "空气质量优良天数比率", "target", "level", T, core=True)
F("单位地区生产总值能耗五年累计降低13.5%", "13.5%", "单位地区生产总值能耗", "target", "growth", T, 2021, value=-13.5, core=True, notes="reduction in prose -> negative, direction word dropped")
F("常住人口城镇化率达到52%", "52%", "常住人口城镇化率", "target", "level", T, core=True)
F("比2020年提高5.7个百分点", "5.7个百分点", "常住人口城镇化率", "target", "change", T, 2021, unit="个百分点", core=True)
F("新增高标准农田8万亩", "8万亩", "新增高标准农田", "target", "level", T, 2021, unit="万亩", notes="value_text stops before the pinyin junk after 萬; unit normalised")
F("粮食综合生产能力稳定在8.5万吨", "8.5万吨", "粮食综合生产能力", "target", "level", T, unit="万吨", core=True)
F("城乡居民人均可支配收入年均分别增长8%和9%", "8%", "城镇居民人均可支配收入", "target", "growth", T, 2021, core=True)
F("城乡居民人均可支配收入年均分别增长8%和9%", "9%", "农村居民人均可支配收入", "target", "growth", T, 2021, core=True)
F("城镇登记失业率控制在4%以内", "4%以内", "城镇登记失业率", "target", "level", T, core=True)
F("每千人口拥有执业（助理）医师数达到2.9人", "2.9人", "每千人口拥有执业（助理）医师数", "target", "level", T, unit="人")
F("新增城镇就业1.5万人", "1.5万人", "新增城镇就业", "target", "level", T, 2021, unit="万人", core=True)
PJ = "planned project figure -> target, year 2025 (plan end)"
F("全长约32公里", "约32公里", "武穴至英山高速公路英山段长度", "target", "level", T, unit="公里", notes=PJ)
F("全长约32公里，总投资约56亿元", "约56亿元", "武穴至英山高速公路英山段总投资", "target", "level", T, unit="亿元", notes=PJ)
F("装机容量120万千瓦", "120万千瓦", "英山抽水蓄能电站装机容量", "target", "level", T, unit="万千瓦", notes=PJ)
F("装机容量120万千瓦，总投资约78亿元", "约78亿元", "英山抽水蓄能电站总投资", "target", "level", T, unit="亿元", notes=PJ)
F("新建水厂1座", "1座", "新建水厂", "target", "level", T, 2021, unit="座", notes=PJ)
F("日供水能力5万吨", "5万吨", "日供水能力", "target", "level", T, unit="万吨", notes=PJ)
F("茶园面积稳定在25万亩", "25万亩", "茶园面积", "target", "level", T, unit="万亩")
F("茶叶综合产值突破100亿元", "100亿元", "茶叶综合产值", "target", "level", T, unit="亿元", comp="ge")
F("新增工业用地3000亩", "3000亩", "新增工业用地", "target", "level", T, 2021, unit="亩")
F("新引进亿元以上项目60个", "60个", "新引进亿元以上项目", "target", "level", T, 2021, unit="个", notes="亿元以上 is a category threshold, not a fact")
P = [d.passage("p1", d.marks["start"], d.marks["end"], "plan excerpt: title, chapter 2 targets, indicator table with 注, 专栏 1-2; portal breadcrumb/source line and footer excluded")]
d.build(P)
