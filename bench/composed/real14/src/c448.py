import random
from _lib import F
META = dict(jurisdiction="安宁市", genre="sector_plan", published="2022-03-18", area_code="530181",
            passages={"p1": "第二章 第三节 主要目标 prose of the plan as reposted in the forum thread (decimal points turned into 。)",
                      "p2": "专栏1 主要指标 table: pipes, forum anti-copy junk after cells, footnote digits glued to labels"})
rnd = random.Random(14448)
CH = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ!#$&'()*+,/:;<=>?@[]^_`{}~ 0123456789"
def J():
    """one anti-copy junk string as the forum inserts it (never starts with a digit)."""
    n = rnd.randint(10, 22)
    s = rnd.choice("abcdefghijkmnopqrstuvwxyz!#$&'()*+/;<=>?@[]^_`{}~")
    return s + "".join(rnd.choice(CH) for _ in range(n - 1)).rstrip()
def cells(label, vals, attr, ind):
    """label and value cells, each followed by junk; quote runs from the label (qb)."""
    out = [f"{label}{J()}"]
    for i, v in enumerate(vals):
        if isinstance(v, tuple):
            vt, fl = v
            out.append(F(vt, ind, fl + " ql=" + label) + "\n" + J())
        else:
            out.append(v + "\n" + J())
    out.append(attr + J())
    return "\n| ".join(out) + "\n|\n"
PT = "note=mirror_turned_the_decimal_point_into_。"
A = lambda u, x="": f"a y2020 u={u} {x}"
T = lambda u, x="": f"t y2025 B u={u} {x}"
C = lambda u, x="": f"t C y2025 ps2021 B u={u} {x}"
tbl = "".join([
 "生态环境质量" + J() + "\n|\n1。空气质量" + J() + " | ",
 cells("空气质量优良天数比率(%)", [("98。6", A("%", "v=98.6 " + PT)), (">98", T("%", "ge")), "-"], "约束性", "空气质量优良天数比率"),
 cells("细颗粒物(PM2。5)浓度(微克/立方米)", [("24", A("ug/m3")), ("<25", T("ug/m3", "le")), "-"], "约束性", "细颗粒物(PM2。5)浓度"),
 cells("重污染天数(天)", [("0", A("天", "note=零_as_a_measured_result")), ("0", T("天")), "-"], "约束性", "重污染天数"),
 "2。水环境质量" + J() + " | ",
 cells("地表水质量3达到或好于Ⅲ类水体比例(%)", [("71。4", A("%", "v=71.4 " + PT)), ("85。7", T("%", "v=85.7 " + PT)), ("〔14。3〕", C("个百分点", "v=14.3 " + PT))], "约束性", "地表水质量达到或好于Ⅲ类水体比例"),
 cells("地表水劣Ⅴ类水体比例(%)", [("0", A("%")), ("0", T("%")), "-"], "约束性", "地表水劣Ⅴ类水体比例"),
 cells("县级以上集中式饮用水水源水质达到或优于Ⅲ类比例(%)", [("100", A("%")), ("100", T("%")), "-"], "约束性", "县级以上集中式饮用水水源水质达到或优于Ⅲ类比例"),
 "3。土壤环境质量" + J() + " | ",
 cells("受污染耕地安全利用率(%)", [("92", A("%")), ("93以上", T("%")), "-"], "约束性", "受污染耕地安全利用率"),
 cells("污染地块安全利用率(%)", [("100", A("%")), ("100", T("%")), "-"], "约束性", "污染地块安全利用率"),
 "生态状况" + J() + "\n| ",
 cells("森林覆盖率(%)", [("52。3", A("%", "v=52.3 " + PT)), ("53", T("%")), ("〔0。7〕", C("个百分点", "v=0.7 " + PT))], "约束性", "森林覆盖率"),
 cells("生态保护红线面积(平方公里)", [("286。5", A("平方公里", "v=286.5 " + PT)), "不减少", "-"], "约束性", "生态保护红线面积"),
 "污染物排放" + J() + "\n| ",
 cells("化学需氧量重点工程减排量4(吨)", ["-", "-", ("〔1150〕", C("吨", "note=cumulative_reduction_in_tonnes_over_2021-2025_(bracketed_cumulative_->_change)"))], "约束性", "化学需氧量重点工程减排量"),
 cells("氨氮重点工程减排量(吨)", ["-", "-", ("〔96〕", C("吨"))], "约束性", "氨氮重点工程减排量"),
 cells("单位地区生产总值能源消耗降低(%)", ["-", "-", ("〔14〕", "t G y2025 ps2021 B u=% note=direction_word_in_the_row_name_->_positive")], "约束性", "单位地区生产总值能源消耗降低"),
 cells("单位地区生产总值二氧化碳排放降低(%)", ["-", "-", "〔完成省下达任务〕"], "约束性", "单位地区生产总值二氧化碳排放降低"),
 "环境风险" + J() + "\n| ",
 cells("危险废物安全处置率(%)", [("100", A("%")), ("100", T("%")), "-"], "约束性", "危险废物安全处置率"),
])
TEXT = f"""标题: 安宁市“十四五”生态环境保护规划（全文）[打印本页]
作者: 螳川清风    时间: 2022-3-18 09:41
标题: 安宁市“十四五”生态环境保护规划（全文）
第二章　总体要求
第三节　主要目标
⟪p1⟫⟦!kind=t y=2025 ps=2021⟧到2025年，生态环境质量保持全省前列，空气质量优良天数比率稳定在{F("98%以上", "空气质量优良天数比率")}，细颗粒物浓度控制在{F("25微克/立方米以下", "细颗粒物浓度", "u=ug/m3")}，重污染天气基本消除；螳螂川（安宁段）国控断面水质稳定达到Ⅳ类，地表水达到或好于Ⅲ类水体比例达到{F("85。7%", "地表水达到或好于Ⅲ类水体比例", "v=85.7 " + PT)}，比2020年提高{F("14。3个百分点", "地表水达到或好于Ⅲ类水体比例", "C v=14.3 ql=地表水达到或好于Ⅲ类水体比例达到 " + PT)}；县级以上集中式饮用水水源水质达标率保持{F("100%", "县级以上集中式饮用水水源水质达标率")}；受污染耕地安全利用率达到{F("93%以上", "受污染耕地安全利用率")}；森林覆盖率达到{F("53%", "森林覆盖率")}，生态保护红线面积不减少、性质不改变、功能不降低。
展望2035年，绿色生产生活方式广泛形成，碳排放达峰后稳中有降，生态环境根本好转，森林覆盖率达到{F("55%", "森林覆盖率", "y2035")}，美丽安宁建设目标基本实现。⟪/p1⟫
⟪p2⟫⟦!kind=t⟧专栏1　安宁市“十四五”生态环境保护主要指标{J()}
|
指标{J()}
| 2020年
{J()} | 2025年
{J()} | 〔累计〕1{J()}
| 属性{J()}
|
{tbl}注：1.〔 〕内为五年累计数；2.空气质量指标统计范围为安宁市城市建成区；3.水体比例按国省控断面计算；4.减排量指通过重点工程形成的削减量。⟪/p2⟫
作者: 滇中老环保    时间: 2022-3-18 10:26
规划指标比“十三五”收紧不少，支持！

欢迎光临 传播网 (http://www.chuanbowang.net/) Powered by Discuz! X3.4
"""
