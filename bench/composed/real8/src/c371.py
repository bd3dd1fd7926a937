import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import *
J = "分宜县"
d = Doc("c371", J, "plan_midterm_evaluation", "2018-10-12", "360521")
SP = "x7R县域档案网---县情县事 一站查询\n"
d.add("首页 > 规划计划 > 规划评估 > 正文\n\n分宜县国民经济和社会发展第十三个五年规划纲要实施情况中期评估报告\n\n发布时间：2018-10-12　　来源：分宜县发展和改革委员会　　浏览次数：\n\n")
d.add("按照省、市关于开展“十三五”规划实施情况中期评估工作的统一部署，县发改委会同县直有关部门，对《分宜县国民经济和社会发展第十三个五年规划纲要》（以下简称《纲要》）2016—2017年的实施情况进行了全面评估，形成本报告。\n" + SP)
d.add("一、主要指标完成情况\n")
d.add("《纲要》从经济发展、创新驱动、民生福祉、资源环境四个方面设置了18项主要指标。评估结果显示，截至2017年底，12项指标进度符合或快于预期，其中3项已提前完成规划目标；4项基本符合预期；2项进度滞后，需在后半程加力推进。\n" + SP)
d.add("表1　分宜县“十三五”规划主要指标中期完成情况\n序号\n指标名称\n属性\n2015年基期值\n2020年规划目标\n2017年完成值\n进度评价\n")
rows = [
 dict(name="地区生产总值（亿元）", ind="地区生产总值", unit="亿元", attr="预期性", base="162.4", target="240", mid="198.6", prog="符合预期"),
 dict(name="地区生产总值年均增长（%）", ind="地区生产总值年均增长", t="G", attr="预期性", base="9.1", target="8.0", mid="8.6", prog="快于预期"),
 dict(name="人均地区生产总值（元）", ind="人均地区生产总值", unit="元", attr="预期性", base="50380", target="73000", mid="61250", prog="符合预期"),
 dict(name="规模以上工业增加值年均增长（%）", ind="规模以上工业增加值年均增长", t="G", attr="预期性", base="9.5", target="9.0", mid="8.1", prog="滞后"),
 dict(name="固定资产投资年均增长（%）", ind="固定资产投资年均增长", t="G", attr="预期性", base="16.2", target="13", mid="12.4", prog="基本符合预期"),
 dict(name="社会消费品零售总额（亿元）", ind="社会消费品零售总额", unit="亿元", attr="预期性", base="38.7", target="60", mid="47.9", prog="符合预期"),
 dict(name="一般公共预算收入（亿元）", ind="一般公共预算收入", unit="亿元", attr="预期性", base="15.8", target="22", mid="18.9", prog="符合预期"),
 dict(name="研究与试验发展经费投入强度（%）", ind="研究与试验发展经费投入强度", attr="预期性", base="1.35", target="2.0", mid="1.62", prog="滞后"),
 dict(name="常住人口城镇化率（%）", ind="常住人口城镇化率", attr="预期性", base="55.4", target="62", mid="58.7", prog="符合预期"),
 dict(name="城镇居民人均可支配收入（元）", ind="城镇居民人均可支配收入", unit="元", attr="预期性", base="29870", target="44000", mid="35410", prog="符合预期"),
 dict(name="农村居民人均可支配收入（元）", ind="农村居民人均可支配收入", unit="元", attr="预期性", base="14260", target="21500", mid="16980", prog="符合预期"),
 dict(name="城镇新增就业人数（人）", ind="城镇新增就业人数", unit="人", t="C", attr="预期性", base="—", target="[15000]", mid="[6480]", prog="基本符合预期",
      notes_target="bracketed five-year cumulative cell -> change per GOLD_SPEC, period 2016-2020", notes_mid="bracketed cumulative 2016-2017 -> change, period_start 2016"),
 dict(name="单位地区生产总值能耗降低（%）", ind="单位地区生产总值能耗降低", t="C", attr="约束性", base="[16.5]", target="[15]", mid="[8.2]", prog="符合预期",
      notes_base="base column holds the 十二五 cumulative reduction -> year 2015, period_start 2011; sign kept as printed (direction word in indicator)"),
 dict(name="化学需氧量排放量减少（%）", ind="化学需氧量排放量减少", t="C", attr="约束性", base="—", target="[4.5]", mid="[3.1]", prog="基本符合预期"),
 dict(name="森林覆盖率（%）", ind="森林覆盖率", attr="约束性", base="64.8", target="65.2", mid="65.3", prog="提前完成"),
 dict(name="空气质量优良天数比例（%）", ind="空气质量优良天数比例", attr="约束性", base="82.5", target="≥85", mid="86.3", prog="提前完成"),
 dict(name="地表水达到或好于Ⅲ类水体比例（%）", ind="地表水达到或好于Ⅲ类水体比例", attr="约束性", base="90", target="100", mid="100", prog="提前完成"),
 dict(name="贫困发生率（%）", ind="贫困发生率", attr="约束性", base="3.12", target="0", mid="0.68", prog="基本符合预期"),
]
table(d, rows, ["no", "name", "attr", "base", "target", "mid", "prog"], "lines", dict(base=2015, mid=2017, target=2020, ps=2016))
d.add("注：地区生产总值、人均地区生产总值、社会消费品零售总额按当年价格计算，增长速度按可比价格计算；[ ]内为五年累计数。\n\n")
d.add("二、经济社会发展取得的主要成效\n")
d.add("（一）经济总量稳步扩大。2017年，全县实现地区生产总值198.6亿元，是2015年的1.22倍，两年年均增长8.6%，比规划预期目标高0.6个百分点。人均地区生产总值达到61250元，按年均汇率折算约9070美元。一般公共预算收入由2015年的15.8亿元增加到2017年的18.9亿元，年均增长9.4%。\n" + SP)
d.add("（二）群众生活持续改善。城乡居民人均可支配收入分别达到35410元和16980元，年均分别增长8.9%和9.1%。全县贫困人口由2015年底的8640人减少到2017年底的1870人，贫困发生率降至0.68%，12个贫困村全部退出。\n")
d.add("（三）生态环境保持优良。森林覆盖率稳定在65.3%，空气质量优良天数比例达到86.3%，均已提前达到规划目标。\n" + SP)
d.add("三、存在的主要问题\n")
d.add("一是工业增长动力不足。受钢铁、建材等传统行业去产能影响，规模以上工业增加值两年年均增长8.1%，低于规划目标0.9个百分点。二是创新投入偏低。研发经费投入强度为1.62%，距2%的目标尚有0.38个百分点差距。\n")
d.add("四、下一步工作建议\n")
d.add("围绕《纲要》确定的目标任务，力争到2020年地区生产总值达到240亿元以上、年均增长8%左右。后三年规模以上工业增加值需年均增长9.5%以上，方能完成规划目标。\n\n")
d.mark("end")
d.add("上一篇：分宜县2018年上半年国民经济运行情况\n下一篇：关于开展2018年重大项目集中开工活动的通知\n")
Y=2017
d.F("12项指标进度符合或快于预期", "12项", "进度符合或快于预期的主要指标", "actual", "level", Y, unit="项", notes="count of indicators by evaluation status (GOLD_SPEC further conventions)")
d.F("其中3项已提前完成规划目标", "3项", "提前完成规划目标的主要指标", "actual", "level", Y, unit="项")
d.F("4项基本符合预期", "4项", "基本符合预期的主要指标", "actual", "level", Y, unit="项")
d.F("2项进度滞后", "2项", "进度滞后的主要指标", "actual", "level", Y, unit="项")
d.F("全县实现地区生产总值198.6亿元", "198.6亿元", "地区生产总值", "actual", "level", Y, unit="亿元", core=True)
d.F("是2015年的1.22倍", "1.22倍", "地区生产总值", "actual", "growth", Y, 2016, unit="倍", core=True, notes="multiple of the 2015 level -> growth in 倍, period_start 2016")
d.F("两年年均增长8.6%", "8.6%", "地区生产总值", "actual", "growth", Y, 2016, core=True)
d.F("比规划预期目标高0.6个百分点", "0.6个百分点", "地区生产总值年均增速高于规划目标", "actual", "change", Y, 2016, unit="个百分点", core=True)
d.F("人均地区生产总值达到61250元", "61250元", "人均地区生产总值", "actual", "level", Y, unit="元", core=True)
d.F("按年均汇率折算约9070美元", "9070美元", "人均地区生产总值", "actual", "level", Y, unit="美元", core=True, notes="same figure in a second unit -> second fact")
d.F("由2015年的15.8亿元增加到2017年的18.9亿元", "15.8亿元", "一般公共预算收入", "actual", "level", 2015, unit="亿元", core=True)
d.F("由2015年的15.8亿元增加到2017年的18.9亿元", "18.9亿元", "一般公共预算收入", "actual", "level", Y, unit="亿元", core=True)
d.F("年均增长9.4%", "9.4%", "一般公共预算收入", "actual", "growth", Y, 2016, core=True)
d.F("城乡居民人均可支配收入分别达到35410元和16980元", "35410元", "城镇居民人均可支配收入", "actual", "level", Y, unit="元", core=True)
d.F("城乡居民人均可支配收入分别达到35410元和16980元", "16980元", "农村居民人均可支配收入", "actual", "level", Y, unit="元", core=True)
d.F("年均分别增长8.9%和9.1%", "8.9%", "城镇居民人均可支配收入", "actual", "growth", Y, 2016, core=True)
d.F("年均分别增长8.9%和9.1%", "9.1%", "农村居民人均可支配收入", "actual", "growth", Y, 2016, core=True)
d.F("全县贫困人口由2015年底的8640人减少到2017年底的1870人", "8640人", "贫困人口", "actual", "level", 2015, unit="人")
d.F("全县贫困人口由2015年底的8640人减少到2017年底的1870人", "1870人", "贫困人口", "actual", "level", Y, unit="人")
d.F("贫困发生率降至0.68%", "0.68%", "贫困发生率", "actual", "level", Y)
d.F("12个贫困村全部退出", "12个", "退出贫困村", "actual", "level", Y, 2016, unit="个", notes="villages exited over 2016-2017 -> period flow")
d.F("森林覆盖率稳定在65.3%", "65.3%", "森林覆盖率", "actual", "level", Y, core=True)
d.F("空气质量优良天数比例达到86.3%", "86.3%", "空气质量优良天数比例", "actual", "level", Y, core=True)
d.F("规模以上工业增加值两年年均增长8.1%", "8.1%", "规模以上工业增加值", "actual", "growth", Y, 2016, core=True)
d.F("低于规划目标0.9个百分点", "0.9个百分点", "规模以上工业增加值年均增速低于规划目标", "actual", "change", Y, 2016, unit="个百分点", core=True, notes="direction word 低于 kept in the indicator name, value as printed")
d.F("研发经费投入强度为1.62%", "1.62%", "研发经费投入强度", "actual", "level", Y, core=True)
d.F("距2%的目标尚有0.38个百分点差距", "2%", "研发经费投入强度", "target", "level", 2020, core=True)
d.F("距2%的目标尚有0.38个百分点差距", "0.38个百分点", "研发经费投入强度距目标差距", "actual", "change", Y, unit="个百分点", core=True)
d.F("力争到2020年地区生产总值达到240亿元以上", "240亿元以上", "地区生产总值", "target", "level", 2020, unit="亿元", core=True)
d.F("年均增长8%左右", "8%左右", "地区生产总值", "target", "growth", 2020, 2016, core=True)
d.F("后三年规模以上工业增加值需年均增长9.5%以上", "9.5%以上", "规模以上工业增加值", "target", "growth", 2020, 2018, core=True, notes="growth required over the remaining three years 2018-2020")
P = [d.passage("p1", "按照省、市关于开展", d.marks["end"], "report text from the introduction to the end of section 四; site chrome and 上一篇/下一篇 excluded; injected site tag lines inside carry no facts")]
d.build(P)
