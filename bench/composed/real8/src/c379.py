import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
J = "璧山区"
d = Doc("c379", J, "plan_final_evaluation", "2021-03-22", "500120")
d.add("""重庆市璧山区人民政府
首页 > 政务公开 > 规划信息

璧山区国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告

2021-03-22 16:40 来源：璧山区发展和改革委员会
字号：默认 超大 | 打印 |

""")
d.mark("start")
d.add("""“十三五”时期是璧山发展史上极不平凡的五年。按照区委、区政府部署，区发展改革委对《璧山区国民经济和社会发展第十三个五年规划纲要》（以下简称《纲要》）实施情况进行了总结评估。总体看，《纲要》确定的主要目标任务基本完成，全面建成小康社会取得决定性成就。
一、主要指标完成情况
《纲要》确定的15项主要指标中，10项全面完成，2项基本完成，3项未完成。未完成的指标主要集中在经济增速和工业规模方面，主要受国际经贸摩擦、汽车产业周期性调整和新冠肺炎疫情等因素影响。
璧山区“十三五”规划主要指标完成情况
指标名称|属性|2015年|2020年目标|2020年完成|评价
""")
rows = [
 dict(name="地区生产总值（亿元）", ind="地区生产总值", unit="亿元", attr="预期性", base="432.6", target="800", mid="766.5", prog="基本完成"),
 dict(name="地区生产总值年均增长（%）", ind="地区生产总值年均增长", t="G", attr="预期性", base="12.1", target="10", mid="8.7", prog="未完成"),
 dict(name="人均地区生产总值（元）", ind="人均地区生产总值", unit="元", attr="预期性", base="60150", target="100000", mid="101200", prog="完成"),
 dict(name="规模以上工业总产值（亿元）", ind="规模以上工业总产值", unit="亿元", attr="预期性", base="1236", target="2500", mid="2012", prog="未完成"),
 dict(name="固定资产投资年均增长（%）", ind="固定资产投资年均增长", t="G", attr="预期性", base="18.5", target="12", mid="9.6", prog="未完成"),
 dict(name="社会消费品零售总额（亿元）", ind="社会消费品零售总额", unit="亿元", attr="预期性", base="96.8", target="160", mid="171.3", prog="完成"),
 dict(name="一般公共预算收入（亿元）", ind="一般公共预算收入", unit="亿元", attr="预期性", base="31.2", target="50", mid="52.6", prog="完成"),
 dict(name="研究与试验发展经费投入强度（%）", ind="研究与试验发展经费投入强度", attr="预期性", base="1.9", target="2.5", mid="2.86", prog="完成"),
 dict(name="常住人口城镇化率（%）", ind="常住人口城镇化率", attr="预期性", base="57.5", target="68", mid="67.2", prog="基本完成"),
 dict(name="城镇常住居民人均可支配收入（元）", ind="城镇常住居民人均可支配收入", unit="元", attr="预期性", base="27620", target="40000", mid="41380", prog="完成"),
 dict(name="农村常住居民人均可支配收入（元）", ind="农村常住居民人均可支配收入", unit="元", attr="预期性", base="13450", target="20000", mid="21190", prog="完成"),
 dict(name="城镇新增就业（万人）", ind="城镇新增就业", unit="万人", t="C", attr="预期性", base="—", target="〔6〕", mid="〔7.3〕", prog="完成",
      notes_mid="〔 〕 five-year cumulative result 2016-2020 -> change per GOLD_SPEC"),
 dict(name="单位地区生产总值能耗降低（%）", ind="单位地区生产总值能耗降低", t="C", attr="约束性", base="〔18.2〕", target="〔16〕", mid="〔17.5〕", prog="完成",
      notes_base="2015 column holds the 十二五 cumulative reduction -> year 2015, period_start 2011"),
 dict(name="空气质量优良天数（天）", ind="空气质量优良天数", unit="天", attr="约束性", base="292", target="300", mid="329", prog="完成"),
 dict(name="森林覆盖率（%）", ind="森林覆盖率", attr="约束性", base="40.1", target="45", mid="47.3", prog="完成"),
]
table(d, rows, ["name", "attr", "base", "target", "mid", "prog"], "sep", dict(base=2015, mid=2020, target=2020, ps=2016), sep="|")
d.add("""注：〔 〕内为五年累计数；地区生产总值按当年价格计算，增速按可比价格计算。
二、“十三五”发展取得的主要成就
（一）综合实力跨越提升。2020年全区地区生产总值达到766.5亿元，五年年均增长8.7%，总量是2015年的1.77倍，在全市的排位由第12位上升到第9位。一般公共预算收入达到52.6亿元，超额完成规划目标。五年累计完成固定资产投资2680亿元，是“十二五”时期的1.6倍。
（二）创新能力显著增强。研发经费投入强度达到2.86%，居全市第3位；高新技术企业由2015年的35家增加到2020年的168家；每万人发明专利拥有量达到12.4件。
（三）人民生活持续改善。城乡常住居民人均可支配收入分别达到41380元和21190元，年均分别增长8.4%和9.5%；五年新增中小学学位2.2万个，新增养老床位1860张。
（四）生态环境明显好转。2020年空气质量优良天数达到329天，比2015年增加37天；森林覆盖率达到47.3%，建成区绿化覆盖率达到45.6%。
三、存在的不足
地区生产总值、规模以上工业总产值两项总量指标未达目标，其中规模以上工业总产值完成目标的80.5%，汽车产业产值占规上工业比重仍达38%左右，产业结构单一问题突出。
四、对“十四五”的启示
要坚持制造业立区，力争到2025年地区生产总值突破1100亿元，规模以上工业总产值达到3000亿元。
""")
d.mark("end")
d.add("\n【我要纠错】 【打印本页】 【关闭窗口】\n")
Y = 2020
d.F("10项全面完成", "10项", "全面完成的主要指标", "actual", "level", Y, unit="项", notes="count of indicators by evaluation status; 15项主要指标 is the plan's composition")
d.F("2项基本完成", "2项", "基本完成的主要指标", "actual", "level", Y, unit="项")
d.F("3项未完成", "3项", "未完成的主要指标", "actual", "level", Y, unit="项")
d.F("2020年全区地区生产总值达到766.5亿元", "766.5亿元", "地区生产总值", "actual", "level", Y, unit="亿元", core=True)
d.F("五年年均增长8.7%", "8.7%", "地区生产总值", "actual", "growth", Y, 2016, core=True)
d.F("总量是2015年的1.77倍", "1.77倍", "地区生产总值", "actual", "growth", Y, 2016, unit="倍", core=True, notes="multiple of the 2015 level -> growth in 倍")
d.F("在全市的排位由第12位上升到第9位", "12位", "地区生产总值全市排位", "actual", "level", 2015, unit="位", core=True, notes="rank -> unit 位")
d.F("在全市的排位由第12位上升到第9位", "9位", "地区生产总值全市排位", "actual", "level", Y, unit="位", core=True)
d.F("一般公共预算收入达到52.6亿元", "52.6亿元", "一般公共预算收入", "actual", "level", Y, unit="亿元", core=True)
d.F("五年累计完成固定资产投资2680亿元", "2680亿元", "五年累计完成固定资产投资", "actual", "level", Y, 2016, unit="亿元", core=True)
d.F("是“十二五”时期的1.6倍", "1.6倍", "五年累计完成固定资产投资", "actual", "growth", Y, 2016, unit="倍", core=True, notes="multiple of the 十二五 five-year total")
d.F("研发经费投入强度达到2.86%", "2.86%", "研发经费投入强度", "actual", "level", Y, core=True)
d.F("居全市第3位", "3位", "研发经费投入强度全市排位", "actual", "level", Y, unit="位", core=True)
d.F("高新技术企业由2015年的35家增加到2020年的168家", "35家", "高新技术企业", "actual", "level", 2015, unit="家")
d.F("高新技术企业由2015年的35家增加到2020年的168家", "168家", "高新技术企业", "actual", "level", Y, unit="家")
d.F("每万人发明专利拥有量达到12.4件", "12.4件", "每万人发明专利拥有量", "actual", "level", Y, unit="件")
d.F("城乡常住居民人均可支配收入分别达到41380元和21190元", "41380元", "城镇常住居民人均可支配收入", "actual", "level", Y, unit="元", core=True)
d.F("城乡常住居民人均可支配收入分别达到41380元和21190元", "21190元", "农村常住居民人均可支配收入", "actual", "level", Y, unit="元", core=True)
d.F("年均分别增长8.4%和9.5%", "8.4%", "城镇常住居民人均可支配收入", "actual", "growth", Y, 2016, core=True)
d.F("年均分别增长8.4%和9.5%", "9.5%", "农村常住居民人均可支配收入", "actual", "growth", Y, 2016, core=True)
d.F("五年新增中小学学位2.2万个", "2.2万个", "新增中小学学位", "actual", "level", Y, 2016, unit="万个")
d.F("新增养老床位1860张", "1860张", "新增养老床位", "actual", "level", Y, 2016, unit="张")
d.F("2020年空气质量优良天数达到329天", "329天", "空气质量优良天数", "actual", "level", Y, unit="天", core=True)
d.F("比2015年增加37天", "37天", "空气质量优良天数", "actual", "change", Y, 2016, unit="天", core=True)
d.F("森林覆盖率达到47.3%", "47.3%", "森林覆盖率", "actual", "level", Y, core=True)
d.F("建成区绿化覆盖率达到45.6%", "45.6%", "建成区绿化覆盖率", "actual", "level", Y, core=True)
d.F("其中规模以上工业总产值完成目标的80.5%", "80.5%", "规模以上工业总产值目标完成进度", "actual", "level", Y, core=True)
d.F("汽车产业产值占规上工业比重仍达38%左右", "38%左右", "汽车产业产值占规上工业比重", "actual", "level", Y, core=True)
d.F("力争到2025年地区生产总值突破1100亿元", "1100亿元", "地区生产总值", "target", "level", 2025, unit="亿元", comp="ge", core=True)
d.F("规模以上工业总产值达到3000亿元", "3000亿元", "规模以上工业总产值", "target", "level", 2025, unit="亿元", core=True)
P = [d.passage("p1", d.marks["start"], d.marks["end"], "report body from the opening paragraph to section 四; portal header, title, date/source line and footer excluded")]
d.build(P)
