"""A statistics bureau's data page of one indicator a line (round 27), composed here in the
style of a county-level city's 年度主要统计数据 page (the figures are this file's own): each
line is a name, a colon, the figure and its growth, with no full stop. The lines are about
as wide as one another, so the page looked hard-wrapped and each line ran on into the next:
the second line's figures were named after the first line's indicator.
"""

from __future__ import annotations

from planwatch.read.wrap import looks_wrapped, wrap_gaps
from prosefacts import analysed_facts

_PAGE = (
    "某某市人民政府　>　政务公开　>　统计信息\n"
    "发布机构：某某市统计局\n"
    "某某市2025年度主要统计数据\n"
    "\n"
    "地区生产总值：412.75亿元，增长5.8%\n"
    "第一产业增加值：31.06亿元，增长3.2%\n"
    "第二产业增加值：176.18亿元，增长6.9%\n"
    "第三产业增加值：205.51亿元，增长5.3%\n"
    "规模以上工业增加值：增长8.7%\n"
    "社会消费品零售总额：172.40亿元，增长4.9%\n"
    "一般公共预算收入：28.93亿元，增长2.6%\n"
    "城镇居民人均可支配收入：48730元，增长4.5%\n"
    "农村居民人均可支配收入：25816元，增长6.2%\n"
    "常住人口城镇化率：57.4%，提高0.9个百分点\n"
    "发布日期：2026-03-18\n"
)

# The same lines as wrapped prose would print them: a sentence broken at the page's edge
# after a colon's figure runs on into a line that opens no indicator of its own.
_WRAPPED = (
    "某市2025年国民经济和社会发展统计公报\n"
    "2025年，全市上下坚持稳中求进工作总基调，经济运行总体平稳，主要指标\n"
    "完成情况如下：地区生产总值412.75亿元，比上年增长5.8%，其中第一产\n"
    "业增加值31.06亿元，增长3.2%；第二产业增加值176.18亿元，增长6.9%；\n"
    "第三产业增加值205.51亿元，增长5.3%，三次产业结构调整为7.5：42.7：\n"
    "49.8。全年规模以上工业增加值比上年增长8.7%，社会消费品零售总额172.4\n"
    "亿元，增长4.9%，一般公共预算收入28.93亿元，增长2.6%，全体居民人均可\n"
    "支配收入39216元，增长5.1%，城乡居民收入差距继续缩小，民生持续改善。\n"
)


def test_indicator_lines_of_a_data_page_are_not_a_wrapped_text():
    assert not looks_wrapped(_PAGE)
    line = _PAGE.index("第一产业增加值")
    assert not any(a <= line - 1 < b for a, b in wrap_gaps(_PAGE))


def test_each_lines_figures_are_named_after_its_own_indicator():
    facts = analysed_facts("page.txt", _PAGE)
    assert "第一产业增加值" in facts["31.06亿元"].indicator
    assert "第一产业增加值" in facts["3.2%"].indicator
    assert "社会消费品零售总额" in facts["172.40亿元"].indicator
    assert "农村居民人均可支配收入" in facts["25816元"].indicator
    first = facts["31.06亿元"]
    assert (first.kind.value, first.measure.value, first.year) == ("actual", "level", 2025)


def test_wrapped_prose_still_runs_on():
    at = _WRAPPED.index("第一产\n") + len("第一产")
    assert any(a <= at < b for a, b in wrap_gaps(_WRAPPED))
