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


def test_an_ordinal_of_sequence_is_no_part_of_the_name():
    # (…成为全区第四个突破2000亿元大关的地区: the mark is the indicator's, GOLD_SPEC; the ordinal
    # is no fact and no part of what crossed it.)
    assert clean_name("工业经济总量成为全区第四个") == "工业经济总量"
    text = "某市政府工作报告\n一、2025年工作回顾\n全市工业经济总量成为全省第三个突破3000亿元大关的地区。\n"
    (fact,) = [f for f in analyse_text("w.txt", text).facts if "3000" in text[f.start : f.end]]
    assert fact.indicator.endswith("工业经济总量")
