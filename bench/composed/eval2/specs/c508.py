META = dict(jurisdiction="青海省", genre="plan_final_evaluation", published="2016-01", area_code="630000",
            passages=[("p1", None, None, "whole excerpt: title and sections 一–四 of a composed Qinghai 十二五 final evaluation (summary), written before the 2015 figures were final (预计); indicator table with two-space columns")])
TEXT = """
青海省国民经济和社会发展第十二个五年规划纲要实施情况总结评估报告（摘要）

一、总体评价
“十二五”时期是青海发展极不平凡的五年。面对经济下行压力持续加大、资源类产品价格大幅下跌等严峻挑战，全省上下主动适应经济发展新常态，扎实推进“四个发展”，规划纲要确定的主要目标任务总体完成。据初步测算，纲要确定的27项主要指标中，预计24项能够完成或超额完成，3项难以完成。
二、主要目标完成情况
（一）经济保持较快增长。预计2015年全省生产总值达到2420亿元，是2010年的1.8倍，年均增长10.8%，高于规划目标0.8个百分点；人均生产总值突破6000美元。地方公共财政预算收入达到267亿元，比2010年翻一番。五年累计完成全社会固定资产投资1.15万亿元，年均增长24.3%。海西州生产总值达到620亿元，占全省的四分之一以上。
（二）主要指标完成情况见下表。
表1　“十二五”规划主要指标完成情况
指标  2010年  2015年规划目标  2015年预计  属性
生产总值（亿元）  1350  2300  2420  预期性
生产总值年均增长（%）  15.3  10  10.8  预期性
城镇化率（%）  44.7  52  50.3  预期性
城镇居民人均可支配收入（元）  13855  22000  24500  预期性
农牧民人均纯收入（元）  3863  7000  7900  预期性
城镇登记失业率（%）  3.8  <4  3.2  预期性
单位生产总值能耗降低（%）  —  [10]  [11.6]  约束性
森林覆盖率（%）  4.4  6.3  6.3  约束性
（三）生态保护成效显著。三江源生态保护和建设一期工程全面完成，累计完成投资75亿元，草地植被覆盖度平均提高11.6个百分点，湖泊水域面积增加279.9平方公里。
（四）民生改善成果丰硕。五年累计减少农牧区贫困人口50.8万人，新建各类保障性住房33.6万套，全省财政用于民生的支出占比始终保持在75%以上。
（五）基础设施明显改善。全省公路通车里程达到7.5万公里，其中高速公路3200公里；电力装机容量达到2200万千瓦，其中光伏发电装机560万千瓦，居全国第3位。兰新高铁青海段建成通车，全省所有市州实现高速公路连通。
（六）改革开放稳步推进。五年累计引进省外资金3800亿元以上，外贸进出口总额年均增长8.2%；国有企业改革、农村牧区综合改革等取得新突破。
三、存在的问题
城镇化率比规划目标低1.7个百分点，产业结构偏重、创新能力不足、基础设施短板明显等问题仍然突出，部分民生领域历史欠账较多。
四、对“十三五”规划编制的建议
建议“十三五”时期全省生产总值年均增长7.5%左右，到2020年城乡居民收入比2010年翻一番，常住人口城镇化率达到60%左右，确保与全国同步全面建成小康社会。
"""
R = lambda name: [l for l in TEXT.split("\n") if l.startswith(name + "  ")][0]
FACTS = [
    F("预计24项能够完成或超额完成", "24项", "能够完成或超额完成的主要指标", "actual", "level", 2015, core=False, notes="status count (预计, year 2015); 27项 is plan composition"),
    F("3项难以完成", "3项", "难以完成的主要指标", "actual", "level", 2015, core=False),
    F("预计2015年全省生产总值达到2420亿元", "2420亿元", "生产总值", "actual", "level", 2015, notes="预计 + a past year -> actual"),
    F("是2010年的1.8倍", "1.8倍", "生产总值", "actual", "growth", 2015, 2011, notes="multiple -> growth, unit 倍"),
    F("年均增长10.8%，高于", "10.8%", "生产总值", "actual", "growth", 2015, 2011),
    F("高于规划目标0.8个百分点", "0.8个百分点", "生产总值年均增长高于规划目标", "actual", "change", 2015, 2011, core=False),
    F("人均生产总值突破6000美元", "6000美元", "人均生产总值", "actual", "level", 2015, cmp="ge"),
    F("地方公共财政预算收入达到267亿元", "267亿元", "地方公共财政预算收入", "actual", "level", 2015),
    F("267亿元，比2010年翻一番", "翻一番", "地方公共财政预算收入", "actual", "growth", 2015, 2011, value=100, unit="%", notes="翻一番 -> growth 100 % from the base year"),
    F("五年累计完成全社会固定资产投资1.15万亿元", "1.15万亿元", "全社会固定资产投资", "actual", "level", 2015, 2011),
    F("1.15万亿元，年均增长24.3%", "24.3%", "全社会固定资产投资", "actual", "growth", 2015, 2011),
    F("海西州生产总值达到620亿元", "620亿元", "生产总值", "actual", "level", 2015, jur="海西蒙古族藏族自治州", notes="a prefecture as subject -> its jurisdiction"),
    F("占全省的四分之一以上", "四分之一", "海西州生产总值占全省比重", "actual", "level", 2015, cmp="ge", unit="%", value=25, core=False, jur="海西蒙古族藏族自治州", notes="四分之一以上 -> 25 % ge; unsure whether a fraction in words is annotated"),
    F(R("生产总值（亿元）"), "1350", "生产总值", "actual", "level", 2010, unit="亿元", binding="expected"),
    F(R("生产总值（亿元）"), "2300", "生产总值", "target", "level", 2015, unit="亿元", binding="expected"),
    F(R("生产总值（亿元）"), "2420", "生产总值", "actual", "level", 2015, unit="亿元", binding="expected"),
    F(R("生产总值年均增长（%）"), "15.3", "生产总值增长", "actual", "growth", 2010, unit="%", binding="expected"),
    F(R("生产总值年均增长（%）"), "10", "生产总值年均增长", "target", "growth", 2015, 2011, unit="%", binding="expected"),
    F(R("生产总值年均增长（%）"), "10.8", "生产总值年均增长", "actual", "growth", 2015, 2011, unit="%", binding="expected"),
    F(R("城镇化率（%）"), "44.7", "城镇化率", "actual", "level", 2010, unit="%", binding="expected"),
    F(R("城镇化率（%）"), "52", "城镇化率", "target", "level", 2015, unit="%", binding="expected"),
    F(R("城镇化率（%）"), "50.3", "城镇化率", "actual", "level", 2015, unit="%", binding="expected"),
    F(R("城镇居民人均可支配收入（元）"), "13855", "城镇居民人均可支配收入", "actual", "level", 2010, unit="元", binding="expected"),
    F(R("城镇居民人均可支配收入（元）"), "22000", "城镇居民人均可支配收入", "target", "level", 2015, unit="元", binding="expected"),
    F(R("城镇居民人均可支配收入（元）"), "24500", "城镇居民人均可支配收入", "actual", "level", 2015, unit="元", binding="expected"),
    F(R("农牧民人均纯收入（元）"), "3863", "农牧民人均纯收入", "actual", "level", 2010, unit="元", binding="expected"),
    F(R("农牧民人均纯收入（元）"), "7000", "农牧民人均纯收入", "target", "level", 2015, unit="元", binding="expected"),
    F(R("农牧民人均纯收入（元）"), "7900", "农牧民人均纯收入", "actual", "level", 2015, unit="元", binding="expected"),
    F(R("城镇登记失业率（%）"), "3.8", "城镇登记失业率", "actual", "level", 2010, unit="%", binding="expected"),
    F(R("城镇登记失业率（%）"), "4", "城镇登记失业率", "target", "level", 2015, cmp="le", unit="%", binding="expected", k=0, notes="'<4' -> le"),
    F(R("城镇登记失业率（%）"), "3.2", "城镇登记失业率", "actual", "level", 2015, unit="%", binding="expected"),
    F(R("单位生产总值能耗降低（%）"), "[10]", "单位生产总值能耗降低", "target", "change", 2015, 2011, unit="%", binding="binding"),
    F(R("单位生产总值能耗降低（%）"), "[11.6]", "单位生产总值能耗降低", "actual", "change", 2015, 2011, unit="%", binding="binding"),
    F(R("森林覆盖率（%）"), "4.4", "森林覆盖率", "actual", "level", 2010, unit="%", binding="binding"),
    F(R("森林覆盖率（%）"), "6.3", "森林覆盖率", "target", "level", 2015, unit="%", binding="binding", k=0),
    F(R("森林覆盖率（%）"), "6.3", "森林覆盖率", "actual", "level", 2015, unit="%", binding="binding", k=1),
    F("累计完成投资75亿元", "75亿元", "三江源生态保护和建设一期工程累计完成投资", "actual", "level", 2015, core=False),
    F("草地植被覆盖度平均提高11.6个百分点", "11.6个百分点", "三江源草地植被覆盖度", "actual", "change", 2015, core=False, notes="change over the project's life, base year not printed -> period_start null"),
    F("湖泊水域面积增加279.9平方公里", "279.9平方公里", "三江源湖泊水域面积", "actual", "change", 2015, core=False),
    F("五年累计减少农牧区贫困人口50.8万人", "50.8万人", "减少农牧区贫困人口", "actual", "level", 2015, 2011),
    F("新建各类保障性住房33.6万套", "33.6万套", "新建各类保障性住房", "actual", "level", 2015, 2011, core=False),
    F("民生的支出占比始终保持在75%以上", "75%以上", "财政用于民生的支出占比", "actual", "level", 2015, 2011, cmp="ge", core=False, notes="始终保持 over the five years -> period 2011-2015"),
    F("城镇化率比规划目标低1.7个百分点", "1.7个百分点", "城镇化率低于规划目标", "actual", "change", 2015, value=-1.7, core=False),
    F("全省生产总值年均增长7.5%左右", "7.5%左右", "生产总值", "target", "growth", 2020, 2016, cmp="approx"),
    F("到2020年城乡居民收入比2010年翻一番", "翻一番", "城乡居民收入", "target", "growth", 2020, 2011, value=100, unit="%"),
    F("常住人口城镇化率达到60%左右", "60%左右", "常住人口城镇化率", "target", "level", 2020, cmp="approx"),
    F("全省公路通车里程达到7.5万公里", "7.5万公里", "公路通车里程", "actual", "level", 2015, core=False),
    F("其中高速公路3200公里", "3200公里", "高速公路通车里程", "actual", "level", 2015, core=False),
    F("电力装机容量达到2200万千瓦", "2200万千瓦", "电力装机容量", "actual", "level", 2015, core=False),
    F("其中光伏发电装机560万千瓦", "560万千瓦", "光伏发电装机", "actual", "level", 2015),
    F("居全国第3位", "第3位", "光伏发电装机全国位次", "actual", "level", 2015, unit="位", value=3, core=False),
    F("五年累计引进省外资金3800亿元以上", "3800亿元以上", "引进省外资金", "actual", "level", 2015, 2011, cmp="ge", core=False),
    F("外贸进出口总额年均增长8.2%", "8.2%", "外贸进出口总额", "actual", "growth", 2015, 2011),
]
