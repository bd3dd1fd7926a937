"""A PDF's text layer saved as text, hard-wrapped at the page's edge, where a short line
broke a figure from its unit or a clause's name from its figure, and the tail of a sentence
(100%。) repeats near a page number. Composed for these tests in the style of a city's
sector plan; figures invented."""

from planwatch.pipeline import analyse_text
from planwatch.read.chrome import chrome_lines
from prosefacts import analysed_facts

_PLAN = (
    "某市“十四五”综合交通运输发展规划\n"
    "第一章 发展基础\n"
    "“十三五”时期，全市交通基础设施建设取得明显成效，综合交通网络加快\n"
    "形成，为决胜全面建成小康社会提供了有力支撑，五年累计完成交通固定资产\n"
    "投资 520.6 亿元，是“十二五”时期的 1.7 倍。高速公路通车里程达到 412\n"
    "公里，比 2015 年末增加 138 公里，实现县县通高速；普通国省干线公路里程\n"
    "1206 公里，二级及以上公路占比提高到 44.8%；农村公路总里程达到 1.08 万\n"
    "公里。全市公路客运量、货运量分别为 2210 万人次和 5320 万吨，建制村通客车率\n"
    "100%。\n"
    "— 3 —\n"
    "第二章 主要任务\n"
    "实施农村公路提质改造工程，改造农村公路危桥 120 座，实施安全生命防护工程\n"
    "1500 公里，新建城乡客运一体化示范县 2 个，建制村通客车率保持\n"
    "100%。\n"
    "— 4 —\n"
)


def test_a_figure_broken_from_its_unit_reads_whole():
    fact = analysed_facts("p.txt", _PLAN)["412\n公里"]
    assert (fact.value, fact.unit, fact.year) == (412, "公里", 2020)


def test_a_sentences_tail_repeated_near_page_numbers_is_no_running_header():
    starts = {a for a, _ in chrome_lines(_PLAN)}
    tails = [i for i in range(len(_PLAN)) if _PLAN.startswith("100%。", i)]
    assert len(tails) == 2 and not starts.intersection(tails)
    facts = [f for f in analyse_text("p.txt", _PLAN).facts if f.value == 100]
    assert sorted((f.indicator, f.year) for f in facts) == [
        ("建制村通客车率", 2020),
        ("建制村通客车率", 2025),
    ]


def test_a_heading_above_a_mobile_pages_fold_stays_its_own_line():
    text = (
        "首页 > 信息公开 > 政府工作报告\n"
        "文件名称 | 某区2025年政府工作报告 | |\n"
        "——2025年1月10日在某区第三届人民代表大会第五次会议上\n"
        "各位代表：\n"
        "现在，我代表区人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n"
        "点击展开全文\n"
        "2024年，全区经济运行稳中有进。\n"
        "（一）项目建设提速增效。128个重点项目完成投资216.4亿元，完成年度计划的106%。\n"
        "二、2025年主要目标\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    facts = analysed_facts("r.txt", text)
    for figure in ("128个", "216.4亿元"):
        assert (facts[figure].kind.value, facts[figure].year) == ("actual", 2024), figure


# A county outline's review of the last plan as a PDF text layer: a line breaks after a
# quoted plan name inside a clause, and a short line breaks a figure at its decimal point.
# Composed for these tests; figures invented.
_REVIEW = (
    "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第一节 “ 十三五 ” 时期取得的主要成就\n"
    "“ 十三五 ” 时期，全县上下坚定信心、真抓实干，规划确定的主要目标任务\n"
    "全面完成，经济社会发展取得决定性成就，全面建成小康社会胜利在望。\n"
    "经济实力稳步增强。2020 年全县地区生产总值达到 356.2 亿元，“ 十三五 ”\n"
    "期间年均增长 5.1%；一般公共预算收入完成 18.6 亿元，居全市各县区\n"
    "前列。全县规模以上工业企业达到 164 家，规模以上工业增加值年均增长\n"
    "6.3%。商贸物流加快发展，专业市场群实现交易额 640 亿元，是 2015 年的\n"
    "1.5 倍。城乡面貌明显改善。常住人口城镇化率达到 55.\n"
    "2%，比 2015 年提高 4.1 个百分点。新建改造农村公路 980 公里，农村自来\n"
    "水普及率达到 93.5%，农村生活垃圾实现收运处理全覆盖，人居环境持续改善。\n"
)


def test_a_line_broken_after_a_quoted_plan_name_runs_on():
    # (“十三五” / 期间年均增长: the closing quote ends no sentence; the growth is the GDP's.)
    fact = analysed_facts("r.txt", _REVIEW)["5.1%"]
    assert (fact.indicator, fact.year, fact.period_start) == ("地区生产总值", 2020, 2016)


def test_a_figure_broken_at_its_decimal_point_reads_whole():
    facts = analysed_facts("r.txt", _REVIEW)
    rate = facts["55.\n2%"]
    assert (rate.value, rate.unit, rate.indicator) == (55.2, "%", "常住人口城镇化率")
    assert facts["4.1 个百分点"].indicator == "常住人口城镇化率"


def test_a_spaced_base_year_of_a_multiple_is_no_time_of_the_figure():
    # (是 2015 年的 / 1.5 倍: the multiple is the 2020 level's, against 2015.)
    fact = analysed_facts("r.txt", _REVIEW)["1.5 倍"]
    assert (fact.year, fact.period_start) == (2020, 2016)


def test_a_figure_broken_between_two_digits_reads_whole():
    # (A page's edge breaks a line at any character: 社会消费品零售总额13 / 6.8亿元.)
    lines = _REVIEW.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("6.3%"))
    lines[k : k + 2] = [
        "6.3%。商贸物流加快发展，城乡市场繁荣活跃，全县社会消费品零售总额达到13",
        "6.8亿元，专业市场群实现交易额 640 亿元，是 2015 年的 1.5 倍。城乡面貌",
        "明显改善。常住人口城镇化率达到 55.2%，比 2015 年提高 4.1 个百分点。",
    ]
    facts = analysed_facts("r.txt", "\n".join(lines))
    fact = facts["13\n6.8亿元"]
    assert (fact.value, fact.unit, fact.indicator) == (136.8, "亿元", "社会消费品零售总额")


def test_a_nearly_full_line_broken_inside_a_word_runs_on():
    # (…分别达 / 到 31862 元: a little narrower than the full lines, its half-width digits and
    # spaces aside, it still broke at the page's edge inside a word.)
    lines = _REVIEW.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("水普及率"))
    lines[k + 1 : k + 1] = [
        "（三）民生福祉显著增进。2020 年城乡居民人均可支配收入分别达",
        "到 31862 元和 10764 元，城乡收入比由 2015 年的 3.52 缩小到 2.96。",
    ]
    facts = analysed_facts("r.txt", "\n".join(lines))
    assert facts["31862 元"].indicator == "城镇居民人均可支配收入"  # (城乡…分别: round 28)
    assert (facts["10764 元"].kind.value, facts["10764 元"].year) == ("actual", 2020)
