import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
J = "鹤壁市"
d = Doc("c372", J, "plan_midterm_evaluation", "2023-11-24", "410600")
d.add("""[ 索引号 ] | 11410600MB0C27415K/2023-00041 | [ 发文字号 ] | |
[ 主题分类 ] | 国民经济发展规划、计划 | [ 体裁分类 ] | 规划计划 |
[ 发布机构 ] | 鹤壁市发展和改革委员会 | ||
[ 成文日期 ] | 2023-11-20 | [ 发布日期 ] | 2023-11-24 |
鹤壁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估报告
""")
d.add("""《鹤壁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）实施已过半程。按照省发展改革委统一部署，市发展改革委牵头，采取部门自评、第三方评估与公众问卷相结合的方式，对《纲要》2021—2022年实施情况进行了评估。
一、主要目标指标进展
《纲要》确定的20项主要指标中，15项符合或快于预期，其中粮食综合生产能力、基本养老保险参保率2项已提前实现规划目标；2项基本符合预期；3项滞后于预期进度。
附表：鹤壁市“十四五”规划纲要主要指标实施进展
| 指标 | 单位 | 属性 | 基期值 | 规划目标 | 中期完成值 | 进展情况 |
| | | | 2020年 | 2025年 | 2022年 | |
""")
rows = [
 dict(name="地区生产总值", unitcol="亿元", unit="亿元", ind="地区生产总值", attr="预期性", base="980.6", target="1400", mid="1107.5", prog="符合预期"),
 dict(name="地区生产总值增长", unitcol="%", ind="地区生产总值", t="G", attr="预期性", base="2.6", target="7左右", mid="5.3", prog="滞后",
      notes_mid="two-year average growth 2021-2022 -> period_start 2021"),
 dict(name="全员劳动生产率增长", unitcol="%", ind="全员劳动生产率", t="G", attr="预期性", base="—", target="6.5", mid="5.9", prog="基本符合预期"),
 dict(name="常住人口城镇化率", unitcol="%", ind="常住人口城镇化率", attr="预期性", base="59.6", target="65", mid="61.8", prog="符合预期"),
 dict(name="全社会研发经费投入增长", unitcol="%", ind="全社会研发经费投入", t="G", attr="预期性", base="12.1", target="12", mid="15.6", prog="快于预期"),
 dict(name="每万人口高价值发明专利拥有量", unitcol="件", unit="件", ind="每万人口高价值发明专利拥有量", attr="预期性", base="1.3", target="3.0", mid="2.1", prog="符合预期"),
 dict(name="数字经济核心产业增加值占地区生产总值比重", unitcol="%", ind="数字经济核心产业增加值占地区生产总值比重", attr="预期性", base="4.2", target="7", mid="5.6", prog="符合预期"),
 dict(name="居民人均可支配收入增长", unitcol="%", ind="居民人均可支配收入", t="G", attr="预期性", base="3.8", target="与经济增长同步", mid="5.7", prog="符合预期"),
 dict(name="城镇调查失业率", unitcol="%", ind="城镇调查失业率", attr="预期性", base="—", target="5.5以内", mid="4.8", prog="符合预期"),
 dict(name="劳动年龄人口平均受教育年限", unitcol="年", unit="年", ind="劳动年龄人口平均受教育年限", attr="约束性", base="10.6", target="11.3", mid="10.9", prog="符合预期"),
 dict(name="每千人口拥有执业（助理）医师数", unitcol="人", unit="人", ind="每千人口拥有执业（助理）医师数", attr="预期性", base="2.6", target="3.2", mid="2.9", prog="符合预期"),
 dict(name="基本养老保险参保率", unitcol="%", ind="基本养老保险参保率", attr="预期性", base="92.1", target="95", mid="95.4", prog="提前完成"),
 dict(name="每千人口拥有3岁以下婴幼儿托位数", unitcol="个", unit="个", ind="每千人口拥有3岁以下婴幼儿托位数", attr="预期性", base="0.9", target="4.5", mid="2.3", prog="滞后"),
 dict(name="人均预期寿命", unitcol="岁", unit="岁", ind="人均预期寿命", attr="预期性", base="77.6", target="78.6", mid="78.1", prog="符合预期"),
 dict(name="单位地区生产总值能源消耗降低", unitcol="%", ind="单位地区生产总值能源消耗降低", t="C", attr="约束性", base="—", target="〔14〕", mid="〔6.1〕", prog="滞后",
      notes_target="〔 〕 five-year cumulative cell -> change per GOLD_SPEC; direction word in the indicator, sign as printed"),
 dict(name="单位地区生产总值二氧化碳排放降低", unitcol="%", ind="单位地区生产总值二氧化碳排放降低", t="C", attr="约束性", base="—", target="〔19.5〕", mid="〔8.3〕", prog="基本符合预期"),
 dict(name="细颗粒物（PM2.5）平均浓度", unitcol="微克/立方米", unit="ug/m3", ind="细颗粒物（PM2.5）平均浓度", attr="约束性", base="56", target="44", mid="47", prog="符合预期"),
 dict(name="空气质量优良天数比率", unitcol="%", ind="空气质量优良天数比率", attr="约束性", base="66.1", target="71", mid="69.3", prog="符合预期"),
 dict(name="森林覆盖率", unitcol="%", ind="森林覆盖率", attr="约束性", base="28.6", target="29.5", mid="29.1", prog="符合预期"),
 dict(name="粮食综合生产能力", unitcol="万吨", unit="万吨", ind="粮食综合生产能力", attr="约束性", base="118", target="120以上", mid="121.4", prog="提前完成"),
]
table(d, rows, ["name", "unitcol", "attr", "base", "target", "mid", "prog"], "sep", dict(base=2020, mid=2022, target=2025, ps=2021), sep=" | ", pre="| ", post=" |")
d.add("""注：地区生产总值按当年价格计算，增长速度按可比价格计算；〔 〕内为五年累计数；2022年完成值为两年平均增速或2022年年末数。
二、主要进展成效
（一）经济运行总体平稳。2022年全市地区生产总值达到1107.5亿元，两年年均增长5.3%，受疫情等超预期因素影响，低于规划预期1.7个百分点。规模以上工业增加值两年年均增长6.2%，制造业增加值占地区生产总值比重提高到38.5%。
（二）创新动能持续增强。全社会研发经费投入年均增长15.6%，研发投入强度达到1.95%，比2020年提高0.32个百分点。两年新认定高新技术企业96家，总数达到287家。
（三）民生保障更加有力。居民人均可支配收入达到28460元，两年年均增长5.7%。城镇新增就业累计4.86万人，完成“十四五”目标11万人的44.2%。
（四）生态环境不断改善。PM2.5平均浓度降至47微克/立方米，空气质量优良天数比率为69.3%。
三、需要关注的问题
单位地区生产总值能耗两年累计下降6.1%，仅完成五年目标的43.6%，低于时序进度。每千人口拥有3岁以下婴幼儿托位数为2.3个，距4.5个的目标差距较大。按现价测算，后三年全市地区生产总值需年均增长8.1%左右，方能达到1400亿元的规划目标。
""")
d.mark("end")
d.add("【打印本页】　【关闭窗口】\n扫一扫在手机打开当前页\n")
Y = 2022
d.F("15项符合或快于预期", "15项", "符合或快于预期的主要指标", "actual", "level", Y, unit="项", notes="count of indicators by evaluation status")
d.F("基本养老保险参保率2项已提前实现规划目标", "2项", "提前实现规划目标的主要指标", "actual", "level", Y, unit="项")
d.F("2项基本符合预期", "2项", "基本符合预期的主要指标", "actual", "level", Y, unit="项")
d.F("3项滞后于预期进度", "3项", "滞后于预期进度的主要指标", "actual", "level", Y, unit="项")
d.F("2022年全市地区生产总值达到1107.5亿元", "1107.5亿元", "地区生产总值", "actual", "level", Y, unit="亿元", core=True)
d.F("两年年均增长5.3%", "5.3%", "地区生产总值", "actual", "growth", Y, 2021, core=True)
d.F("低于规划预期1.7个百分点", "1.7个百分点", "地区生产总值年均增速低于规划预期", "actual", "change", Y, 2021, unit="个百分点", core=True)
d.F("规模以上工业增加值两年年均增长6.2%", "6.2%", "规模以上工业增加值", "actual", "growth", Y, 2021, core=True)
d.F("制造业增加值占地区生产总值比重提高到38.5%", "38.5%", "制造业增加值占地区生产总值比重", "actual", "level", Y, core=True)
d.F("全社会研发经费投入年均增长15.6%", "15.6%", "全社会研发经费投入", "actual", "growth", Y, 2021, core=True)
d.F("研发投入强度达到1.95%", "1.95%", "研发投入强度", "actual", "level", Y, core=True)
d.F("比2020年提高0.32个百分点", "0.32个百分点", "研发投入强度", "actual", "change", Y, 2021, unit="个百分点", core=True)
d.F("两年新认定高新技术企业96家", "96家", "新认定高新技术企业", "actual", "level", Y, 2021, unit="家")
d.F("总数达到287家", "287家", "高新技术企业总数", "actual", "level", Y, unit="家")
d.F("居民人均可支配收入达到28460元", "28460元", "居民人均可支配收入", "actual", "level", Y, unit="元", core=True)
d.F("两年年均增长5.7%", "5.7%", "居民人均可支配收入", "actual", "growth", Y, 2021, core=True)
d.F("城镇新增就业累计4.86万人", "4.86万人", "城镇新增就业", "actual", "level", Y, 2021, unit="万人", core=True)
d.F("完成“十四五”目标11万人的44.2%", "11万人", "城镇新增就业", "target", "level", 2025, 2021, unit="万人", core=True)
d.F("完成“十四五”目标11万人的44.2%", "44.2%", "城镇新增就业目标完成进度", "actual", "level", Y, unit="%", core=True)
d.F("PM2.5平均浓度降至47微克/立方米", "47微克/立方米", "PM2.5平均浓度", "actual", "level", Y, unit="ug/m3", core=True, notes="2.5 inside PM2.5 is part of a name, not a fact")
d.F("空气质量优良天数比率为69.3%", "69.3%", "空气质量优良天数比率", "actual", "level", Y, core=True)
d.F("单位地区生产总值能耗两年累计下降6.1%", "6.1%", "单位地区生产总值能耗", "actual", "growth", Y, 2021, value=-6.1, core=True, notes="decline in prose -> negative, direction word dropped")
d.F("仅完成五年目标的43.6%", "43.6%", "单位地区生产总值能耗降低目标完成进度", "actual", "level", Y, core=True)
d.F("每千人口拥有3岁以下婴幼儿托位数为2.3个", "2.3个", "每千人口拥有3岁以下婴幼儿托位数", "actual", "level", Y, unit="个", core=True)
d.F("距4.5个的目标差距较大", "4.5个", "每千人口拥有3岁以下婴幼儿托位数", "target", "level", 2025, unit="个", core=True)
d.F("后三年全市地区生产总值需年均增长8.1%左右", "8.1%左右", "地区生产总值", "target", "growth", 2025, 2023, core=True, notes="required current-price growth over 2023-2025")
d.F("方能达到1400亿元的规划目标", "1400亿元", "地区生产总值", "target", "level", 2025, unit="亿元", core=True)
P = [d.passage("p1", "《鹤壁市国民经济", d.marks["end"], "report body from the first paragraph to the end of section 三; index-code block, title and page footer excluded")]
d.build(P)
