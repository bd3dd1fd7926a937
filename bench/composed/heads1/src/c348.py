import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import F, build
# Structure followed: https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/182298 (district 公开 page: pipe-flattened
# 索引号/主题分类/发布机构/发文日期/名称/文号 table, short 通知 with 落款 and date, then the plan text) and, for the
# indicator box, https://icbw.com.cn/thread-64618-1-1.html (专栏 table, 2015/2020 columns, 〔累计〕 cells, 属性 column).
T = """索 引 号: | 11120111MB1A86-2022-0031 | 主题分类: | 生态环境 |
发布机构: | 区政府办公室 | 发文日期: | 2022-03-15 |
名 称: | 天津市西青区人民政府办公室关于印发西青区生态环境保护“十四五”规划的通知 | ||
文 号: | 西青政办发〔2022〕9号 | 公开类型: | 主动公开 |
各街镇人民政府,区政府各委、办、局,各园区管委会:
经区人民政府同意,现将《西青区生态环境保护“十四五”规划》印发给你们,请认真组织实施。
天津市西青区人民政府办公室
2022年3月15日
西青区生态环境保护“十四五”规划
第一章 规划基础
“十三五”期间,全区生态环境质量明显改善。2020年,细颗粒物(PM2.5)年均浓度降至49微克/立方米,较2015年下降37.2%;空气质量优良天数比例达到65.0%;劣Ⅴ类水体断面比例由2015年的66.7%下降至0。化学需氧量、氨氮、二氧化硫、氮氧化物排放量五年分别累计削减18.6%、20.3%、31.5%、22.4%。
第二章 总体要求和主要目标
到2025年,细颗粒物(PM2.5)年均浓度控制在40微克/立方米以内,空气质量优良天数比例达到72%,地表水达到或好于Ⅲ类水体比例达到25%,生态环境质量持续改善。
专栏1 西青区“十四五”生态环境保护主要指标
指标 | 2020年 | 2025年 | 〔累计〕 | 属性
细颗粒物(PM2.5)年均浓度(微克/立方米) | 49 | 40 | — | 约束性
空气质量优良天数比例(%) | 65.0 | 72 | — | 约束性
重污染天数比例下降(%) | — | — | 〔30〕 | 预期性
地表水达到或好于Ⅲ类水体比例(%) | 16.7 | 25 | — | 约束性
劣Ⅴ类水体比例(%) | 0 | 0 | — | 约束性
化学需氧量重点工程减排量(吨) | — | — | 〔1850〕 | 约束性
受污染耕地安全利用率(%) | 93 | 95 | — | 约束性
注:〔 〕内为五年累计数。
"""
J = "西青区"
P = [("p1", "西青区生态环境保护“十四五”规划\n第一章", "注:〔 〕内为五年累计数。", "plan text from its title to the 注 line of 专栏1; disclosure table, 通知 and 落款 excluded")]
A, T5, S = 2020, 2025, 2021
E, B = "expected", "binding"
def r(q, vt, ind, kind, meas, year, ps, val, unit, comp="eq", bind=None, k=None, notes=None):
    return F(q, vt, ind, kind, meas, year, ps, val, unit, comp, bind, True, notes, k=k)
R1 = "细颗粒物(PM2.5)年均浓度(微克/立方米) | 49 | 40 | — | 约束性"
R2 = "空气质量优良天数比例(%) | 65.0 | 72 | — | 约束性"
R4 = "地表水达到或好于Ⅲ类水体比例(%) | 16.7 | 25 | — | 约束性"
R5 = "劣Ⅴ类水体比例(%) | 0 | 0 | — | 约束性"
R7 = "受污染耕地安全利用率(%) | 93 | 95 | — | 约束性"
X = [
 F("年均浓度降至49微克/立方米", "49微克/立方米", "细颗粒物(PM2.5)年均浓度", "actual", "level", A, None, 49, "ug/m3"),
 F("较2015年下降37.2%", "37.2%", "细颗粒物(PM2.5)年均浓度", "actual", "growth", A, 2016, -37.2, "%"),
 F("空气质量优良天数比例达到65.0%", "65.0%", "空气质量优良天数比例", "actual", "level", A, None, 65.0, "%"),
 F("劣Ⅴ类水体断面比例由2015年的66.7%", "66.7%", "劣Ⅴ类水体断面比例", "actual", "level", 2015, None, 66.7, "%"),
 F("由2015年的66.7%下降至0", "0", "劣Ⅴ类水体断面比例", "actual", "level", A, None, 0, "%", notes="零 stated as a measured result is a fact", k=1),
 F("五年分别累计削减18.6%", "18.6%", "化学需氧量排放量", "actual", "growth", A, 2016, -18.6, "%", notes="削减 = reduction -> negative"),
 F("五年分别累计削减18.6%、20.3%", "20.3%", "氨氮排放量", "actual", "growth", A, 2016, -20.3, "%"),
 F("五年分别累计削减18.6%、20.3%、31.5%", "31.5%", "二氧化硫排放量", "actual", "growth", A, 2016, -31.5, "%"),
 F("五年分别累计削减18.6%、20.3%、31.5%、22.4%", "22.4%", "氮氧化物排放量", "actual", "growth", A, 2016, -22.4, "%"),
 F("年均浓度控制在40微克/立方米以内", "40微克/立方米以内", "细颗粒物(PM2.5)年均浓度", "target", "level", T5, None, 40, "ug/m3", "le"),
 F("空气质量优良天数比例达到72%", "72%", "空气质量优良天数比例", "target", "level", T5, None, 72, "%"),
 F("地表水达到或好于Ⅲ类水体比例达到25%", "25%", "地表水达到或好于Ⅲ类水体比例", "target", "level", T5, None, 25, "%"),
 r(R1, "49", "细颗粒物(PM2.5)年均浓度", "actual", "level", A, None, 49, "ug/m3", notes="table cell; 2020 column = actual base year (binding null)"),
 r(R1, "40", "细颗粒物(PM2.5)年均浓度", "target", "level", T5, None, 40, "ug/m3", bind=B),
 r(R2, "65.0", "空气质量优良天数比例", "actual", "level", A, None, 65.0, "%"),
 r(R2, "72", "空气质量优良天数比例", "target", "level", T5, None, 72, "%", bind=B),
 r("重污染天数比例下降(%) | — | — | 〔30〕 | 预期性", "〔30〕", "重污染天数比例下降", "target", "growth", T5, S, 30, "%", bind=E, notes="〔 〕 five-year cumulative relative decline in %; direction word in the indicator name -> positive; measure growth (relative %), not change"),
 r(R4, "16.7", "地表水达到或好于Ⅲ类水体比例", "actual", "level", A, None, 16.7, "%"),
 r(R4, "25", "地表水达到或好于Ⅲ类水体比例", "target", "level", T5, None, 25, "%", bind=B),
 r(R5, "0", "劣Ⅴ类水体比例", "actual", "level", A, None, 0, "%", k=0),
 r(R5, "0", "劣Ⅴ类水体比例", "target", "level", T5, None, 0, "%", bind=B, k=1),
 r("化学需氧量重点工程减排量(吨) | — | — | 〔1850〕 | 约束性", "〔1850〕", "化学需氧量重点工程减排量", "target", "level", T5, S, 1850, "吨", bind=B, notes="〔 〕 five-year cumulative amount (a flow total) -> level over 2021-2025"),
 r(R7, "93", "受污染耕地安全利用率", "actual", "level", A, None, 93, "%"),
 r(R7, "95", "受污染耕地安全利用率", "target", "level", T5, None, 95, "%", bind=B),
]
build("c348", T, J, "sector_plan", "2022-03-15", "120111", P, X)
