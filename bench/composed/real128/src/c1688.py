META = dict(genre="plan_table", published="2021-04-23", area_code="130281", jurisdiction="遵化市",
            what={"p1": "专栏1 main-indicator table from its caption to the 注 line; site header, breadcrumb, 发布时间/来源 line and footer excluded"})
B = {"预期性": "e", "约束性": "b"}
def R(cat, label, unit, base, tgt, gr, attr, bu=None, core="1"):
    b = B[attr]; cells = []
    def f(v, fl):
        return "—" if v is None else "⟦%s¦%s¦%s b=%s qf=%s core=%s⟧" % (v, label, fl, b, label, core)
    cells.append(f(base, "k=a y=2020 u=%s" % (bu or unit)))
    cells.append(f(tgt, "k=t y=2025 u=%s" % (bu or unit)))
    if gr is None: cells.append("—")
    elif gr.startswith("["): cells.append(f(gr, "k=t m=c y=2025 ps=2021 u=个百分点"))
    else: cells.append(f(gr, "k=t m=g y=2025 ps=2021 u=%"))
    return "\t".join([cat, label, unit] + cells + [attr]) + "\n"
ROWS = (R("经济发展", "地区生产总值", "亿元", "412.6", "580", "7左右", "预期性")
 + R("", "人均地区生产总值", "万元", "5.92", "8.3", "7左右", "预期性")
 + R("", "全社会固定资产投资", "亿元", None, None, "8", "预期性")
 + R("", "社会消费品零售总额", "亿元", "168.3", "236", "7", "预期性")
 + R("", "一般公共预算收入", "亿元", "24.8", "33.2", "6", "预期性")
 + R("创新驱动", "研究与试验发展经费投入强度", "%", "1.15", "2.0", "[0.85]", "预期性")
 + R("", "每万人口高价值发明专利拥有量", "件", "0.6", "1.5", None, "预期性")
 + R("民生福祉", "居民人均可支配收入", "元", "31250", "43800", "7", "预期性")
 + R("", "城镇调查失业率", "%", None, "5.5以内", None, "预期性")
 + R("", "常住人口城镇化率", "%", "58.4", "64", "[5.6]", "预期性")
 + R("绿色生态", "森林覆盖率", "%", "32.6", "34", "[1.4]", "约束性")
 + R("", "细颗粒物（PM2.5）平均浓度", "微克/立方米", "46", "38", None, "约束性", bu="ug/m3")
 + R("", "空气质量优良天数比率", "%", "68.5", "75", None, "约束性")
 + R("安全保障", "粮食综合生产能力", "万吨", "32.5", "33以上", None, "约束性"))
TEXT = r"""
遵化市人民政府网站
当前位置：首页 > 政务公开 > 发展规划
遵化市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（主要指标）
发布时间：2021-04-23 10:26　来源：市发展和改革局　【字体：大 中 小】
⟪p1⟫专栏1　遵化市“十四五”时期经济社会发展主要指标
类别	指标	单位	2020年基期	2025年目标	年均增长（%）	属性
""".lstrip("\n") + ROWS + r"""注：1.地区生产总值、人均地区生产总值绝对数按当年价格计算，增速按可比价格计算；2.［］内为五年累计数。⟪/p1⟫
主办：遵化市人民政府办公室　冀ICP备05012345号
"""
TEXT = "\n" + TEXT
