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
