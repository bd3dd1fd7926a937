"""A news headline of two parts split by a space (round 28), composed here in the style of a
city's news page on its new plan (the figures are this file's own): 某市发布“十四五”规划纲要
2030年地区生产总值将达到…. The figure's name took the whole headline before it (…规划纲要
2030年地区生产总值); the headline's first part and the year are no part of the indicator.
"""

from __future__ import annotations

from planwatch.extract.prose_names import clean_name
from planwatch.pipeline import analyse_text

_PAGE = (
    "首页 > 要闻 > 正文\n"
    "\n"
    "洛阳市发布“十五五”规划纲要 2030年地区生产总值将达到8800亿元\n"
    "\n"
    "2026-04-12 09:30 来源：洛阳日报\n"
    "　　4月11日，洛阳市发布“十五五”规划纲要，提出到2030年地区生产总值达到8800亿元左右。\n"
)


def test_a_headlines_first_part_is_no_part_of_the_name():
    assert clean_name("发布“十五五”规划纲要 2030年地区生产总值") == "地区生产总值"
    assert clean_name("地区生产总值") == "地区生产总值"


def test_the_headlines_figure_is_named_by_its_indicator():
    facts = analyse_text("news.txt", _PAGE).facts
    head = [f for f in facts if f.start < _PAGE.index("来源")]
    assert head and all(f.indicator == "地区生产总值" for f in head)
