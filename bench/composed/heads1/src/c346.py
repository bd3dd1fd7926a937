import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import F, build
# Structure followed: http://melab.com.tw/uploads/xinwen.asp?5t=Kym.html (mirror of a news report on a plan
# evaluation: spam "发布时间: … 来源: spYYYYMMDD" chrome line carrying another year, then the agency dateline,
# reporter line, the report's tally of indicators, then field-by-field figures), with a 相关阅读 block of other years.
T = """发布时间:2022-06-14 05:50:03 来源: sp20220614
中卫“十三五”规划主要指标25项完成 经济社会发展迈上新台阶
中卫日报讯(记者 杨晓燕)1月20日,市四届人大常委会第二十九次会议听取和审议了市人民政府关于《中卫市国民经济和社会发展第十三个五年规划纲要》实施情况的总结评估报告。报告显示,纲要确定的28项主要指标中,25项完成或超额完成,3项未完成。
报告称,“十三五”时期,全市地区生产总值年均增长6.3%,2020年达到471.2亿元,低于规划预期目标1.7个百分点;人均地区生产总值达到40860元。一般公共预算收入2020年完成28.4亿元,年均增长5.1%。五年累计完成固定资产投资1652亿元。
城乡面貌明显改善。2020年常住人口城镇化率达到54.2%,高于规划目标1.2个百分点。城乡居民人均可支配收入分别达到33560元和13920元,年均分别增长7.6%和9.2%。累计减少农村贫困人口4.62万人,73个贫困村全部出列。
生态环境质量持续向好。单位地区生产总值能耗五年累计下降15.3%,超额完成自治区下达的14%目标;2020年空气质量优良天数比例达到86.1%。
来源:中卫日报 2021年01月21日 责任编辑:李 娜
相关阅读:
2019-11-29 中卫市“十三五”规划纲要实施中期评估报告提请审议
2016-02-18 中卫市“十三五”规划纲要正式印发
"""
J = "中卫市"
P = [("p1", "中卫“十三五”规划主要指标25项完成", "迈上新台阶", "headline"),
     ("p2", "中卫日报讯", "达到86.1%。", "news body; spam chrome line, source/editor line and 相关阅读 excluded")]
Y, S = 2020, 2016
X = [
 F("中卫“十三五”规划主要指标25项完成", "25项", "完成的主要指标", "actual", "level", Y, S, 25, "项", core=False, notes="headline repeats the tally; counts of indicators by evaluation status are facts"),
 F("25项完成或超额完成", "25项", "完成或超额完成的主要指标", "actual", "level", Y, S, 25, "项", core=False, notes="28项主要指标 is the plan's composition -> not a fact"),
 F("3项未完成", "3项", "未完成的主要指标", "actual", "level", Y, S, 3, "项", core=False),
 F("全市地区生产总值年均增长6.3%", "6.3%", "地区生产总值", "actual", "growth", Y, S, 6.3, "%"),
 F("2020年达到471.2亿元", "471.2亿元", "地区生产总值", "actual", "level", Y, None, 471.2, "亿元"),
 F("低于规划预期目标1.7个百分点", "1.7个百分点", "地区生产总值年均增速低于规划预期目标", "actual", "change", Y, S, -1.7, "个百分点"),
 F("人均地区生产总值达到40860元", "40860元", "人均地区生产总值", "actual", "level", Y, None, 40860, "元"),
 F("一般公共预算收入2020年完成28.4亿元", "28.4亿元", "一般公共预算收入", "actual", "level", Y, None, 28.4, "亿元"),
 F("年均增长5.1%", "5.1%", "一般公共预算收入", "actual", "growth", Y, S, 5.1, "%"),
 F("五年累计完成固定资产投资1652亿元", "1652亿元", "五年累计完成固定资产投资", "actual", "level", Y, S, 1652, "亿元"),
 F("常住人口城镇化率达到54.2%", "54.2%", "常住人口城镇化率", "actual", "level", Y, None, 54.2, "%"),
 F("高于规划目标1.2个百分点", "1.2个百分点", "常住人口城镇化率高于规划目标", "actual", "change", Y, None, 1.2, "个百分点"),
 F("人均可支配收入分别达到33560元", "33560元", "城镇居民人均可支配收入", "actual", "level", Y, None, 33560, "元"),
 F("人均可支配收入分别达到33560元和13920元", "13920元", "农村居民人均可支配收入", "actual", "level", Y, None, 13920, "元"),
 F("年均分别增长7.6%", "7.6%", "城镇居民人均可支配收入", "actual", "growth", Y, S, 7.6, "%"),
 F("年均分别增长7.6%和9.2%", "9.2%", "农村居民人均可支配收入", "actual", "growth", Y, S, 9.2, "%"),
 F("累计减少农村贫困人口4.62万人", "4.62万人", "减少农村贫困人口", "actual", "level", Y, S, 4.62, "万人", core=False),
 F("73个贫困村全部出列", "73个", "贫困村出列", "actual", "level", Y, S, 73, "个", core=False),
 F("单位地区生产总值能耗五年累计下降15.3%", "15.3%", "单位地区生产总值能耗", "actual", "growth", Y, S, -15.3, "%"),
 F("自治区下达的14%目标", "14%", "单位地区生产总值能耗", "target", "growth", Y, S, -14, "%", notes="target set by the region for 2016-2020 (下降 in the sentence -> negative), recalled in the evaluation"),
 F("空气质量优良天数比例达到86.1%", "86.1%", "空气质量优良天数比例", "actual", "level", Y, None, 86.1, "%"),
]
build("c346", T, J, "plan_final_evaluation", "2021-01-21", "640500", P, X)
