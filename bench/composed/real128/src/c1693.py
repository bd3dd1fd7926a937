META = dict(genre="plan_table", published="2021-03-30", area_code="500152", jurisdiction="潼南区",
            what={"p1": "表1 main-indicator table (flattened, one cell per line) from its caption to the 注 line; site header, breadcrumb, 发布日期/来源 line and footer excluded"})
B = {"预期性": "e", "约束性": "b"}
def R(cat, label, unit, base, tgt, gr, attr, bu=None, core="1", note="", cu=None):
    b = B[attr]
    def f(v, fl):
        return "—" if v is None else "⟦%s¦%s¦%s b=%s qf=%s core=%s%s⟧" % (v, label, fl, b, label, core, ("¦" + note) if note else "")
    u = bu or unit
    cells = [f(base, "k=a y=2020 u=%s" % u), f(tgt, "k=t y=2025 u=%s" % u)]
    if gr is None: cells.append("—")
    elif gr.startswith("["): cells.append(f(gr, "k=t m=c y=2025 ps=2021 u=%s" % (cu or ("个百分点" if u == "%" else u))))
    else: cells.append(f(gr, "k=t m=g y=2025 ps=2021 u=%"))
    return "\n".join(([cat] if cat else []) + [label, unit] + cells + [attr]) + "\n"
ROWS = (R("经济发展", "地区生产总值", "亿元", "502.1", "720", "7.5", "预期性")
 + R("", "规模以上工业增加值增速", "%", None, None, "8.5", "预期性")
 + R("", "社会消费品零售总额", "亿元", "206.4", "290", "7", "预期性")
 + R("", "一般公共预算收入", "亿元", "38.6", "49.3", "5", "预期性")
 + R("", "数字经济增加值占地区生产总值比重", "%", "18.2", "30", None, "预期性")
 + R("创新驱动", "研究与试验发展经费投入强度", "%", "1.3", "2.2", "[0.9]", "预期性")
 + R("民生福祉", "居民人均可支配收入", "元", "27860", "39100", "7", "预期性")
 + R("", "城镇调查失业率", "%", None, "5.5以内", None, "预期性")
 + R("", "常住人口城镇化率", "%", "52.5", "59", "[6.5]", "预期性")
 + R("", "每千人口拥有执业（助理）医师数", "人", "2.4", "3.0", None, "预期性")
 + R("绿色生态", "单位地区生产总值能源消耗降低", "%", None, None, "[13.5]", "约束性", cu="%", note="bracketed five-year cumulative reduction; sign kept positive because the direction word is in the indicator name (GOLD_SPEC)")
 + R("", "森林覆盖率", "%", "50.2", "52.5", "[2.3]", "约束性")
 + R("", "地表水国控断面水质优良比例", "%", "100", "100", None, "约束性")
 + R("安全保障", "粮食综合生产能力", "万吨", "42.8", "43以上", None, "约束性"))
TEXT = "\n" + r"""
重庆市潼南区人民政府
首页 > 政务公开 > 规划信息
重庆市潼南区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
发布日期：2021-03-30　来源：区发展改革委
⟪p1⟫表1　潼南区“十四五”时期经济社会发展主要指标
类别
指标
单位
2020年
2025年
年均增长/累计
属性
""".lstrip("\n") + ROWS + r"""注：［］内为五年累计数。⟪/p1⟫
【打印】【关闭】
"""
