JURISDICTION = "山东省"; GENRE = "plan_implementation_report"; PUBLISHED = "2017-01"; AREA_CODE = "370000"
PASSAGES = [("p1", "一、2016年计划执行情况", None, "summary of the Shandong report on the 2016 plan execution and the 2017 draft plan (delivered at the 2017 provincial PC session); indicator list run on in one line as 预期目标/执行情况 pairs")]
P = "run-on list: 预期目标 (target) / 执行情况 (actual)"
def pair(q, t_vt, a_vt, ind, tval, aval, unit="%", meas="growth", tcmp="eq", acmp="eq", tnote=P, anote=P):
    return [F(t_vt, q, ind, "target", meas, 2016, None, tval, unit, tcmp, notes=tnote),
            F(a_vt, q, ind, "actual", meas, 2016, None, aval, unit, acmp, notes=anote)]
FACTS = []
FACTS += [F("7.5%", "生产总值增长7.5%—8%/7.6%", "生产总值", "target", "growth", 2016, None, 7.5, "%", "ge", notes=P + "; range 7.5%—8%: lower bound, ge"),
          F("8%", "生产总值增长7.5%—8%/7.6%", "生产总值", "target", "growth", 2016, None, 8, "%", "le", notes=P + "; range upper bound, le"),
          F("7.6%", "生产总值增长7.5%—8%/7.6%", "生产总值", "actual", "growth", 2016, None, 7.6, "%", notes=P)]
FACTS += pair("规模以上工业增加值增长7.5%/6.8%", "7.5%", "6.8%", "规模以上工业增加值", 7.5, 6.8)
FACTS += pair("固定资产投资增长12%/10.5%", "12%", "10.5%", "固定资产投资", 12, 10.5)
FACTS += pair("社会消费品零售总额增长11%/10.4%", "11%", "10.4%", "社会消费品零售总额", 11, 10.4)
FACTS += pair("进出口总额增长3%/3.5%", "3%", "3.5%", "进出口总额", 3, 3.5)
FACTS += pair("地方一般公共预算收入增长7%/8.5%", "7%", "8.5%", "地方一般公共预算收入", 7, 8.5)
FACTS += pair("城镇居民人均可支配收入增长7.5%/7.8%", "7.5%", "7.8%", "城镇居民人均可支配收入", 7.5, 7.8)
FACTS += pair("农村居民人均可支配收入增长8%/7.9%", "8%", "7.9%", "农村居民人均可支配收入", 8, 7.9)
FACTS += pair("城镇新增就业110万人/124.4万人", "110万人", "124.4万人", "城镇新增就业", 110, 124.4, "万人", "level")
FACTS += pair("城镇登记失业率4%以内/3.48%", "4%以内", "3.48%", "城镇登记失业率", 4, 3.48, "%", "level", tcmp="le")
FACTS += pair("居民消费价格涨幅3%左右/2.1%", "3%左右", "2.1%", "居民消费价格涨幅", 3, 2.1, tcmp="approx")
FACTS += pair("万元GDP能耗降低3.8%/5.1%左右", "3.8%", "5.1%左右", "万元GDP能耗降低", 3.8, 5.1, acmp="approx",
              tnote=P + "; 降低 is part of the indicator name, sign kept")
FACTS += [
 F("67008.2亿元", "全省实现生产总值67008.2亿元", "生产总值", "actual", "level", 2016, None, 67008.2, "亿元"),
 F("7.6%", "按可比价格计算增长7.6%", "生产总值", "actual", "growth", 2016, None, 7.6, "%"),
 F("0.9个百分点", "高于全国平均0.9个百分点", "生产总值增速高于全国平均", "actual", "change", 2016, None, 0.9, "个百分点", core=False),
 F("第三位", "继续保持全国第三位", "生产总值全国位次", "actual", "level", 2016, None, 3, "位", core=False),
 F("4929.1亿元", "第一产业增加值4929.1亿元", "第一产业增加值", "actual", "level", 2016, None, 4929.1, "亿元", core=False),
 F("3.6%", "4929.1亿元，增长3.6%", "第一产业增加值", "actual", "growth", 2016, None, 3.6, "%", core=False),
 F("30410亿元", "第二产业增加值30410亿元", "第二产业增加值", "actual", "level", 2016, None, 30410, "亿元", core=False),
 F("6.5%", "30410亿元，增长6.5%", "第二产业增加值", "actual", "growth", 2016, None, 6.5, "%", core=False),
 F("31669.1亿元", "第三产业增加值31669.1亿元", "第三产业增加值", "actual", "level", 2016, None, 31669.1, "亿元", core=False),
 F("9.3%", "31669.1亿元，增长9.3%", "第三产业增加值", "actual", "growth", 2016, None, 9.3, "%", core=False),
 F("7.3", "三次产业结构调整为7.3∶45.4∶47.3", "第一产业比重", "actual", "level", 2016, None, 7.3, "%", core=False),
 F("45.4", "7.3∶45.4∶47.3", "第二产业比重", "actual", "level", 2016, None, 45.4, "%", core=False),
 F("47.3", "7.3∶45.4∶47.3", "第三产业比重", "actual", "level", 2016, None, 47.3, "%", core=False),
 F("67706元", "人均生产总值达到67706元", "人均生产总值", "actual", "level", 2016, None, 67706, "元"),
 F("10193美元", "按年均汇率折算为10193美元", "人均生产总值", "actual", "level", 2016, None, 10193, "美元", notes="same figure in a second unit -> second fact"),
 F("1万美元", "首次突破1万美元", "人均生产总值", "actual", "level", 2016, None, 1, "万美元", "ge", notes="threshold crossed -> ge"),
 F("270万吨", "全年压减生铁产能270万吨", "压减生铁产能", "actual", "level", 2016, None, 270, "万吨", core=False),
 F("270万吨", "粗钢产能270万吨", "压减粗钢产能", "actual", "level", 2016, None, 270, "万吨", core=False),
 F("1710万吨", "煤炭产能1710万吨", "压减煤炭产能", "actual", "level", 2016, None, 1710, "万吨", core=False),
 F("33.8%", "高新技术产业产值占规模以上工业比重达到33.8%", "高新技术产业产值占规模以上工业比重", "actual", "level", 2016, None, 33.8, "%", core=False),
 F("1.3个百分点", "比上年提高1.3个百分点", "高新技术产业产值占规模以上工业比重", "actual", "change", 2016, None, 1.3, "个百分点", core=False),
 F("2.34%", "占生产总值的比重为2.34%", "研究与试验发展经费支出占生产总值的比重", "actual", "level", 2016, None, 2.34, "%"),
 F("10011.3亿元", "青岛市生产总值达到10011.3亿元", "生产总值", "actual", "level", 2016, None, 10011.3, "亿元", jur="青岛市"),
 F("7.9%", "10011.3亿元，增长7.9%", "生产总值", "actual", "growth", 2016, None, 7.9, "%", jur="青岛市"),
 F("万亿元", "成为全省首个经济总量过万亿元的城市", "经济总量", "actual", "level", 2016, None, 1, "万亿元", "ge", jur="青岛市", notes="过万亿元 = threshold crossed by the city -> 1 万亿元 ge; 首个 is an ordinal, not a fact"),
 F("6536.1亿元", "济南市生产总值6536.1亿元", "生产总值", "actual", "level", 2016, None, 6536.1, "亿元", jur="济南市"),
 F("7.8%", "6536.1亿元，增长7.8%", "生产总值", "actual", "growth", 2016, None, 7.8, "%", jur="济南市"),
 F("59.02%", "常住人口城镇化率达到59.02%", "常住人口城镇化率", "actual", "level", 2016, None, 59.02, "%"),
 F("1.99个百分点", "比上年提高1.99个百分点", "常住人口城镇化率", "actual", "change", 2016, None, 1.99, "个百分点"),
 F("110.4万人", "全年减少农村贫困人口110.4万人", "减少农村贫困人口", "actual", "level", 2016, None, 110.4, "万人", core=False),
 F("110%", "完成年度计划的110%", "减少农村贫困人口完成年度计划比例", "actual", "level", 2016, None, 110, "%", core=False),
 F("66微克/立方米", "平均浓度为66微克/立方米", "细颗粒物（PM2.5）平均浓度", "actual", "level", 2016, None, 66, "ug/m3"),
 F("13.2%", "比2015年改善13.2%", "细颗粒物（PM2.5）平均浓度改善", "actual", "growth", 2016, 2016, 13.2, "%", notes="改善 = reduction; sign kept as printed since 改善 is part of the name"),
 F("3.5%", "分别下降3.5%、3.2%、11.6%和9.6%", "化学需氧量排放量", "actual", "growth", 2016, None, -3.5, "%"),
 F("3.2%", "分别下降3.5%、3.2%、11.6%和9.6%", "氨氮排放量", "actual", "growth", 2016, None, -3.2, "%"),
 F("11.6%", "分别下降3.5%、3.2%、11.6%和9.6%", "二氧化硫排放量", "actual", "growth", 2016, None, -11.6, "%"),
 F("9.6%", "分别下降3.5%、3.2%、11.6%和9.6%", "氮氧化物排放量", "actual", "growth", 2016, None, -9.6, "%"),
 F("6.3%", "民间投资增速回落至6.3%", "民间投资", "actual", "growth", 2016, None, 6.3, "%", core=False),
 # 2017 targets
 F("7.5%左右", "生产总值增长7.5%左右；", "生产总值", "target", "growth", 2017, None, 7.5, "%", "approx"),
 F("7%左右", "规模以上工业增加值增长7%左右", "规模以上工业增加值", "target", "growth", 2017, None, 7, "%", "approx"),
 F("10%左右", "固定资产投资增长10%左右", "固定资产投资", "target", "growth", 2017, None, 10, "%", "approx"),
 F("10%左右", "社会消费品零售总额增长10%左右", "社会消费品零售总额", "target", "growth", 2017, None, 10, "%", "approx"),
 F("3%", "进出口总额增长3%；", "进出口总额", "target", "growth", 2017, None, 3, "%"),
 F("6.5%", "一般公共预算收入增长6.5%", "一般公共预算收入", "target", "growth", 2017, None, 6.5, "%"),
 F("100万人以上", "城镇新增就业100万人以上", "城镇新增就业", "target", "level", 2017, None, 100, "万人", "ge"),
 F("4%以内", "城镇登记失业率控制在4%以内", "城镇登记失业率", "target", "level", 2017, None, 4, "%", "le"),
 F("3%左右", "居民消费价格涨幅3%左右；万元", "居民消费价格涨幅", "target", "growth", 2017, None, 3, "%", "approx"),
 F("3.17%", "万元GDP能耗降低3.17%", "万元GDP能耗降低", "target", "growth", 2017, None, 3.17, "%", notes="降低 in the name, sign kept"),
 F("18%以上", "比2015年改善18%以上", "细颗粒物（PM2.5）平均浓度改善", "target", "growth", 2017, 2016, 18, "%", "ge"),
 F("100万人以上", "全年减少农村贫困人口100万人以上", "减少农村贫困人口", "target", "level", 2017, None, 100, "万人", "ge", core=False),
 F("7.5%左右", "生产总值增长7.5%左右的预期目标", "生产总值", "target", "growth", 2017, None, 7.5, "%", "approx", notes="repeated in the rationale"),
 F("7.5%左右", "“十三五”规划年均增长7.5%左右的目标", "生产总值年均增长", "target", "growth", 2020, 2016, 7.5, "%", "approx", notes="十三五 plan target quoted"),
 F("6.5%左右", "全国6.5%左右的增长目标", "国内生产总值", "target", "growth", 2017, None, 6.5, "%", "approx", jur="全国", notes="national target quoted for comparison"),
 F("1000万吨以上", "全年压减煤炭产能1000万吨以上", "压减煤炭产能", "target", "level", 2017, None, 1000, "万吨", "ge", core=False),
 F("1000万吨", "化解地炼过剩产能1000万吨", "化解地炼过剩产能", "target", "level", 2017, None, 1000, "万吨", core=False),
 F("1个百分点以上", "比重提高1个百分点以上", "高新技术产业产值占规模以上工业比重", "target", "change", 2017, None, 1, "个百分点", "ge", core=False),
 F("200个", "全年安排省级重点建设项目200个", "省级重点建设项目", "target", "level", 2017, None, 200, "个", core=False),
 F("2800亿元", "年度计划投资2800亿元", "省级重点建设项目年度计划投资", "target", "level", 2017, None, 2800, "亿元", core=False),
]
