import os
JURISDICTION = "太仓市"; GENRE = "plan_implementation_report"; PUBLISHED = "2013-01-16"; AREA_CODE = "320585"
PASSAGES = [("p1", "各位代表：\n", None, "body of the Taicang report on the 2012 plan execution and the 2013 draft plan (delivered 2013-01-16); title/dateline left out; table aligned with runs of spaces, one row per line")]
_text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "c188.txt"), encoding="utf-8", newline="").read()
def _line(label):
    for ln in _text.split("\n"):
        if ln.strip().startswith(label):
            return ln.strip()
    raise KeyError(label)
def row(label, unit, plan_vt, plan_v, act_vt, act_v, meas="level", pcmp="eq", ind=None, note_extra=""):
    q = _line(label)
    ind = ind or label
    # plan cell precedes actual cell; make quotes unique by slicing from label to actual cell
    q = q[:q.index(act_vt, q.index(plan_vt) + len(plan_vt)) + len(act_vt)]
    return [F(plan_vt, q, ind, "target", meas, 2012, None, plan_v, unit, pcmp, notes="table: 2012年计划 (annual target)" + note_extra),
            F(act_vt, q, ind, "actual", meas, 2012, None, act_v, unit, notes="table: 2012年实际" + note_extra)]
FACTS = [
 F("1028.6亿元", "全市实现地区生产总值1028.6亿元", "地区生产总值", "actual", "level", 2012, None, 1028.6, "亿元"),
 F("11.8%", "按可比价计算增长11.8%", "地区生产总值", "actual", "growth", 2012, None, 11.8, "%"),
 F("千亿元", "首次跨上千亿元台阶", "地区生产总值", "actual", "level", 2012, None, 1000, "亿元", "ge", notes="threshold crossed by the area -> ge (千亿元 = 1000亿元)"),
 F("14.6万元", "人均地区生产总值达到14.6万元", "人均地区生产总值", "actual", "level", 2012, None, 14.6, "万元"),
 F("2.3万美元", "按当年平均汇率折算约2.3万美元", "人均地区生产总值", "actual", "level", 2012, None, 2.3, "万美元", "approx", notes="same figure in a second unit"),
 F("95.3亿元", "公共财政预算收入95.3亿元", "公共财政预算收入", "actual", "level", 2012, None, 95.3, "亿元"),
 F("12.1%", "95.3亿元，增长12.1%", "公共财政预算收入", "actual", "growth", 2012, None, 12.1, "%"),
]
FACTS += row("地区生产总值增长", "%", "12", 12, "11.8", 11.8, meas="growth")
FACTS += row("公共财政预算收入", "亿元", "94", 94, "95.3", 95.3)
FACTS += row("全社会固定资产投资", "亿元", "460", 460, "472.6", 472.6)
FACTS += row("社会消费品零售总额", "亿元", "235", 235, "238.9", 238.9)
FACTS += row("进出口总额", "亿美元", "150", 150, "141.2", 141.2)
FACTS += row("实际利用外资", "亿美元", "10", 10, "10.35", 10.35)
FACTS += row("城镇居民人均可支配收入", "元", "36800", 36800, "37112", 37112)
FACTS += row("农民人均纯收入", "元", "18900", 18900, "19046", 19046)
FACTS += row("城镇登记失业率", "%", "3以内", 3, "1.91", 1.91, pcmp="le")
FACTS += row("单位GDP能耗下降", "%", "3.5", 3.5, "3.8", 3.8, meas="growth", note_extra="; 下降 is part of the row name, sign kept as printed")
FACTS += [
 F("2905亿元", "全年完成工业总产值2905亿元", "工业总产值", "actual", "level", 2012, None, 2905, "亿元"),
 F("10.6%", "2905亿元，增长10.6%", "工业总产值", "actual", "growth", 2012, None, 10.6, "%"),
 F("42.5%", "新兴产业产值占规模以上工业产值比重达到42.5%", "新兴产业产值占规模以上工业产值比重", "actual", "level", 2012, None, 42.5, "%", core=False),
 F("3.1个百分点", "比上年提高3.1个百分点", "新兴产业产值占规模以上工业产值比重", "actual", "change", 2012, None, 3.1, "个百分点", core=False),
 F("41.2%", "服务业增加值占地区生产总值比重为41.2%", "服务业增加值占地区生产总值比重", "actual", "level", 2012, None, 41.2, "%", core=False),
 F("1.5个百分点", "提高1.5个百分点。太仓港", "服务业增加值占地区生产总值比重", "actual", "change", 2012, None, 1.5, "个百分点", core=False),
 F("330万标箱", "太仓港完成集装箱吞吐量330万标箱", "太仓港集装箱吞吐量", "actual", "level", 2012, None, 330, "万标箱", core=False),
 F("12.4%", "330万标箱，增长12.4%", "太仓港集装箱吞吐量", "actual", "growth", 2012, None, 12.4, "%", core=False),
 F("第一", "连续保持长江第一", "太仓港集装箱吞吐量长江港口位次", "actual", "level", 2012, None, 1, "位", core=False, notes="rank 第一 -> 1; 连续 is a streak"),
 F("66.8%", "全市城市化率达到66.8%", "城市化率", "actual", "level", 2012, None, 66.8, "%"),
 F("1.2个百分点", "比上年提高1.2个百分点", "城市化率", "actual", "change", 2012, None, 1.2, "个百分点"),
 F("42公里", "全年新建农村公路42公里", "新建农村公路", "actual", "level", 2012, None, 42, "公里", core=False),
 F("680户", "改造农村危房680户", "改造农村危房", "actual", "level", 2012, None, 680, "户", core=False),
 F("51%", "农民集中居住率达到51%", "农民集中居住率", "actual", "level", 2012, None, 51, "%", core=False),
 F("2.15万个", "全年新增就业岗位2.15万个", "新增就业岗位", "actual", "level", 2012, None, 2.15, "万个"),
 F("1.28万人", "新增城镇就业1.28万人", "新增城镇就业", "actual", "level", 2012, None, 1.28, "万人"),
 F("99%以上", "城乡居民基本养老保险覆盖率达到99%以上", "城乡居民基本养老保险覆盖率", "actual", "level", 2012, None, 99, "%", "ge", core=False),
 F("620元", "新农合人均筹资标准提高到620元", "新农合人均筹资标准", "actual", "level", 2012, None, 620, "元", core=False),
 F("11%", "地区生产总值增长11%；", "地区生产总值", "target", "growth", 2013, None, 11, "%"),
 F("10%", "公共财政预算收入增长10%", "公共财政预算收入", "target", "growth", 2013, None, 10, "%"),
 F("520亿元", "全社会固定资产投资520亿元", "全社会固定资产投资", "target", "level", 2013, None, 520, "亿元"),
 F("13%", "社会消费品零售总额增长13%", "社会消费品零售总额", "target", "growth", 2013, None, 13, "%"),
 F("6%", "进出口总额增长6%", "进出口总额", "target", "growth", 2013, None, 6, "%"),
 F("10亿美元", "实际利用外资10亿美元", "实际利用外资", "target", "level", 2013, None, 10, "亿美元"),
 F("11%以上", "城乡居民收入增长11%以上", "城乡居民收入", "target", "growth", 2013, None, 11, "%", "ge"),
 F("3%以内", "城镇登记失业率控制在3%以内", "城镇登记失业率", "target", "level", 2013, None, 3, "%", "le"),
 F("3.5%", "单位GDP能耗下降3.5%；", "单位GDP能耗", "target", "growth", 2013, None, -3.5, "%"),
 F("2.5%", "分别削减2.5%、2%、2.2%和3%", "化学需氧量排放量", "target", "growth", 2013, None, -2.5, "%", notes="削减 read as a decline -> negative"),
 F("2%", "分别削减2.5%、2%、2.2%和3%", "二氧化硫排放量", "target", "growth", 2013, None, -2, "%"),
 F("2.2%", "分别削减2.5%、2%、2.2%和3%", "氨氮排放量", "target", "growth", 2013, None, -2.2, "%"),
 F("3%", "2.2%和3%", "氮氧化物排放量", "target", "growth", 2013, None, -3, "%"),
 F("11.9%左右", "地区生产总值年均增长11.9%左右", "地区生产总值", "target", "growth", 2013, 2011, 11.9, "%", "approx", notes="average over 2011-2013 implied by meeting the 2013 target (includes the 2013 target) -> target"),
 F("12%", "与规划年均增长12%的目标", "地区生产总值年均增长", "target", "growth", 2015, 2011, 12, "%", notes="十二五 plan target quoted"),
]
