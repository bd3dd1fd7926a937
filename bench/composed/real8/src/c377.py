import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
J = "儋州市"
d = Doc("c377", J, "plan_outline", "2021-06-08", "460400")
d.add("""儋州市人民政府门户网站-儋州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

2021-06-08 来源：儋州市发展和改革委员会 【字体：大 中 小】 【打印】

""")
d.mark("start")
d.add("""第二章　二〇三五年远景目标和“十四五”发展目标

第一节　二〇三五年远景目标

展望二〇三五年，儋州将基本建成海南西部中心城市，人均地区生产总值比2020年翻一番，城乡居民收入迈上新的大台阶，生态环境质量继续保持全国领先水平。

第二节　“十四五”时期主要目标

——经济发展质量显著提升。到2025年，全市地区生产总值达到520亿元，年均增长9%左右；地方一般公共预算收入达到36亿元；社会消费品零售总额达到170亿元。

——开放型经济加快发展。货物贸易进出口总额达到60亿元，年均增长27%；实际利用外资累计达到6亿美元；接待游客突破800万人次。

——城乡发展更加协调。常住人口城镇化率提高到60%；城乡居民人均可支配收入分别达到5.4万元和2.5万元，城乡居民收入比缩小到2.2:1以内。

——创新能力明显增强。研究与试验发展经费投入强度达到1.2%，高新技术企业数量达到60家，每万人口发明专利拥有量达到1.5件。

——民生福祉持续改善。城镇调查失业率控制在5.5%以内，新增城镇就业4万人；人均预期寿命达到80岁，每千人口拥有3岁以下婴幼儿托位数达到4.5个；新增中小学学位2.6万个。

——生态环境保持一流。森林覆盖率稳定在60%，空气质量优良天数比例保持在98%以上，城市（县城）污水集中处理率达到95%。

表2-1　儋州市“十四五”经济社会发展主要指标

序号	指标名称	单位	2020年	2025年	年均增长[累计]	属性
""")
rows = [
 dict(name="地区生产总值", unitcol="亿元", ind="地区生产总值", unit="亿元", base="338.6", target="520", avg="9", attr="预期性"),
 dict(name="人均地区生产总值", unitcol="元", ind="人均地区生产总值", unit="元", base="35200", target="52000", avg="—", attr="预期性"),
 dict(name="地方一般公共预算收入", unitcol="亿元", ind="地方一般公共预算收入", unit="亿元", base="23.4", target="36", avg="9", attr="预期性"),
 dict(name="固定资产投资增长", unitcol="%", ind="固定资产投资增长", t="G", base="6.1", target="—", avg="10", attr="预期性"),
 dict(name="社会消费品零售总额", unitcol="亿元", ind="社会消费品零售总额", unit="亿元", base="112.5", target="170", avg="8.6", attr="预期性"),
 dict(name="货物贸易进出口总额", unitcol="亿元", ind="货物贸易进出口总额", unit="亿元", base="18.2", target="60", avg="27", attr="预期性"),
 dict(name="实际利用外资", unitcol="亿美元", ind="实际利用外资", unit="亿美元", base="0.35", target="2", avg="[6]", attr="预期性",
      notes_avg="bracketed five-year total (prose: 实际利用外资累计达到6亿美元) -> change per GOLD_SPEC, unit 亿美元"),
 dict(name="接待游客人次", unitcol="万人次", ind="接待游客人次", unit="万人次", base="386", target="800", avg="15.7", attr="预期性"),
 dict(name="研究与试验发展经费投入强度", unitcol="%", ind="研究与试验发展经费投入强度", base="0.42", target="1.2", avg="—", attr="预期性"),
 dict(name="常住人口城镇化率", unitcol="%", ind="常住人口城镇化率", avgunit="个百分点", base="51.2", target="60", avg="[8.8]", attr="预期性"),
 dict(name="居民人均可支配收入增长", unitcol="%", ind="居民人均可支配收入增长", t="G", base="4.1", target="—", avg="与经济增长基本同步", attr="预期性"),
 dict(name="城镇调查失业率", unitcol="%", ind="城镇调查失业率", base="—", target="5.5以内", avg="—", attr="预期性"),
 dict(name="每千人口拥有执业（助理）医师数", unitcol="人", ind="每千人口拥有执业（助理）医师数", unit="人", base="2.1", target="2.8", avg="—", attr="预期性"),
 dict(name="人均预期寿命", unitcol="岁", ind="人均预期寿命", unit="岁", base="78.9", target="80", avg="—", attr="预期性"),
 dict(name="空气质量优良天数比例", unitcol="%", ind="空气质量优良天数比例", base="99.2", target="98以上", avg="—", attr="约束性"),
 dict(name="森林覆盖率", unitcol="%", ind="森林覆盖率", base="59.4", target="60", avg="—", attr="约束性"),
 dict(name="单位地区生产总值能耗降低", unitcol="%", ind="单位地区生产总值能耗降低", base="—", target="—", avg="完成省下达任务", attr="约束性"),
 dict(name="城市（县城）污水集中处理率", unitcol="%", ind="城市（县城）污水集中处理率", base="88", target="95", avg="—", attr="约束性"),
]
table(d, rows, ["no", "name", "unitcol", "base", "target", "avg", "attr"], "sep", dict(base=2020, mid=2022, target=2025, ps=2021), sep="\t")
d.add("""注：地区生产总值、人均地区生产总值绝对数按当年价计算，增速按可比价计算；[ ]内为五年累计数。

专栏2-1　“十四五”重大基础设施项目

1.环岛旅游公路儋州段：长约98公里，总投资约42亿元。
2.儋州机场：建设4C级民用机场，设计年旅客吞吐量150万人次。
3.西部中心城市综合客运枢纽：总建筑面积约6.5万平方米。
4.松涛灌区续建配套与节水改造：新增恢复灌溉面积12万亩。
""")
d.mark("end")
d.add("""
【我要纠错】　　【关闭窗口】
主办：儋州市人民政府办公室　　琼ICP备05000123号
""")
T = 2025
d.F("人均地区生产总值比2020年翻一番", "翻一番", "人均地区生产总值", "target", "growth", 2035, 2021, value=100, core=True, notes="翻一番 vs 2020 -> growth 100%, period_start 2021, year 2035")
d.F("全市地区生产总值达到520亿元", "520亿元", "地区生产总值", "target", "level", T, unit="亿元", core=True)
d.F("年均增长9%左右", "9%左右", "地区生产总值", "target", "growth", T, 2021, core=True)
d.F("地方一般公共预算收入达到36亿元", "36亿元", "地方一般公共预算收入", "target", "level", T, unit="亿元", core=True)
d.F("社会消费品零售总额达到170亿元", "170亿元", "社会消费品零售总额", "target", "level", T, unit="亿元", core=True)
d.F("货物贸易进出口总额达到60亿元", "60亿元", "货物贸易进出口总额", "target", "level", T, unit="亿元", core=True)
d.F("年均增长27%", "27%", "货物贸易进出口总额", "target", "growth", T, 2021, core=True)
d.F("实际利用外资累计达到6亿美元", "6亿美元", "实际利用外资", "target", "level", T, 2021, unit="亿美元", core=True)
d.F("接待游客突破800万人次", "800万人次", "接待游客", "target", "level", T, unit="万人次", comp="ge")
d.F("常住人口城镇化率提高到60%", "60%", "常住人口城镇化率", "target", "level", T, core=True)
d.F("城乡居民人均可支配收入分别达到5.4万元和2.5万元", "5.4万元", "城镇居民人均可支配收入", "target", "level", T, unit="万元", core=True)
d.F("城乡居民人均可支配收入分别达到5.4万元和2.5万元", "2.5万元", "农村居民人均可支配收入", "target", "level", T, unit="万元", core=True)
d.F("城乡居民收入比缩小到2.2:1以内", "2.2", "城乡居民收入比", "target", "level", T, unit="", comp="le", core=True, notes="ratio 2.2:1 -> one fact, no unit; 以内 -> le")
d.F("研究与试验发展经费投入强度达到1.2%", "1.2%", "研究与试验发展经费投入强度", "target", "level", T, core=True)
d.F("高新技术企业数量达到60家", "60家", "高新技术企业数量", "target", "level", T, unit="家")
d.F("每万人口发明专利拥有量达到1.5件", "1.5件", "每万人口发明专利拥有量", "target", "level", T, unit="件")
d.F("城镇调查失业率控制在5.5%以内", "5.5%以内", "城镇调查失业率", "target", "level", T, core=True)
d.F("新增城镇就业4万人", "4万人", "新增城镇就业", "target", "level", T, 2021, unit="万人", core=True)
d.F("人均预期寿命达到80岁", "80岁", "人均预期寿命", "target", "level", T, unit="岁")
d.F("每千人口拥有3岁以下婴幼儿托位数达到4.5个", "4.5个", "每千人口拥有3岁以下婴幼儿托位数", "target", "level", T, unit="个", notes="3岁以下 defines the group, not a fact")
d.F("新增中小学学位2.6万个", "2.6万个", "新增中小学学位", "target", "level", T, 2021, unit="万个")
d.F("森林覆盖率稳定在60%", "60%", "森林覆盖率", "target", "level", T, core=True)
d.F("空气质量优良天数比例保持在98%以上", "98%以上", "空气质量优良天数比例", "target", "level", T, core=True)
d.F("城市（县城）污水集中处理率达到95%", "95%", "城市（县城）污水集中处理率", "target", "level", T, core=True)
PJ = "planned project figure -> target, year 2025"
d.F("长约98公里", "约98公里", "环岛旅游公路儋州段长度", "target", "level", T, unit="公里", notes=PJ)
d.F("长约98公里，总投资约42亿元", "约42亿元", "环岛旅游公路儋州段总投资", "target", "level", T, unit="亿元", notes=PJ)
d.F("设计年旅客吞吐量150万人次", "150万人次", "儋州机场设计年旅客吞吐量", "target", "level", T, unit="万人次", notes=PJ + "; 4C级 is a grade name, not a fact")
d.F("总建筑面积约6.5万平方米", "约6.5万平方米", "西部中心城市综合客运枢纽总建筑面积", "target", "level", T, unit="万平方米", notes=PJ)
d.F("新增恢复灌溉面积12万亩", "12万亩", "松涛灌区新增恢复灌溉面积", "target", "level", T, 2021, unit="万亩", notes=PJ)
P = [d.passage("p1", d.marks["start"], d.marks["end"], "plan chapter 2 (targets), indicator table with 注 and 专栏; portal title/date line and footer (纠错, ICP number) excluded")]
d.build(P)
