import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import F, build
# Structure followed: the devcorpus README's "other" type (a statistics table flattened one cell per line), as
# district statistics portals publish 月度/季度 主要经济指标 tables; breadcrumb and 发布日期 as on
# https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/182298 (district portal chrome).
ROWS = [("地区生产总值", "亿元", "612.8", "5.4"), ("第一产业", "亿元", "2.9", "-3.1"), ("第二产业", "亿元", "198.6", "6.8"),
        ("第三产业", "亿元", "411.3", "4.9"), ("规模以上工业总产值", "亿元", "745.2", "8.3"), ("规模以上工业增加值", "—", "—", "7.9"),
        ("建筑业总产值", "亿元", "301.4", "2.2"), ("固定资产投资", "—", "—", "12.6"), ("房地产开发投资", "—", "—", "-8.5"),
        ("社会消费品零售总额", "亿元", "195.7", "3.2"), ("进出口总额", "亿元", "486.3", "-2.4"),
        ("一般公共预算收入", "亿元", "62.4", "5.1"), ("城镇居民人均可支配收入", "元", "20168", "4.6"),
        ("农村居民人均可支配收入", "元", "8762", "6.3")]
T = "首页 > 统计信息 > 统计数据 > 月度数据\n2024年1-3月顺义区主要经济指标\n发布日期:2024-04-25 来源:区统计局\n指标名称\n单位\n1-3月\n同比增长(%)\n"
for r in ROWS:
    T += "\n".join(r) + "\n"
T += "注:地区生产总值按现价计算,增速按不变价计算。\n【打印本页】【关闭窗口】\n上一篇:2023年1-12月顺义区主要经济指标\n下一篇:2024年1-4月顺义区主要经济指标\n"
J = "顺义区"
P = [("p1", "指标名称\n单位", "增速按不变价计算。", "table flattened one cell per line, header to the 注 line; breadcrumb, title, 发布日期 and footer excluded")]
Y = 2024
CORE = {"地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额", "一般公共预算收入", "城镇居民人均可支配收入", "农村居民人均可支配收入", "第一产业", "第二产业", "第三产业", "规模以上工业总产值"}
X = []
for name, unit, lvl, gr in ROWS:
    q = "\n".join([name, unit, lvl, gr])
    ind = name + "增加值" if name.startswith("第") else name
    first = not X
    if lvl != "—":
        X.append(F(q, lvl, ind, "actual", "level", Y, None, float(lvl) if "." in lvl else int(lvl), unit, core=name in CORE,
                   notes="table cell (1-3月 column): 2024 Q1 cumulative -> year 2024, period_start null" if first else None))
    X.append(F(q, gr, ind, "actual", "growth", Y, None, float(gr), "%", core=name in CORE,
               notes="同比增长(%) column; a minus sign is printed -> negative" if gr.startswith("-") else None))
build("c350", T, J, "other", "2024-04-25", "110113", P, X)
