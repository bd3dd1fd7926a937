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
