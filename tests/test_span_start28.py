"""A change over a span of years named by both ends (round 28), in sentences composed here in the
style of an outline's look back (the figures are this file's own). 2015年至2020年，…从A提高到B:
A was dated 2014, the year before the span, as a plan period's first value is (2016—2020年 or
十三五: the base year 2015). A span opening on no plan's first year starts at its own first
year; a plan period's and a 以来 span's first value stays the year before.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第一章 发展基础\n"
    "　　2015年至2020年，全县城镇化率从44.1%提高到53.6%。"
    "2016—2020年，全县森林覆盖率从58.3%提高到61.0%。"
    "2018年以来，全县建成区绿化覆盖率从36.5%提高到40.2%。\n"
)


def test_a_spans_first_value_is_of_its_first_year_or_of_the_base():
    years = {_PAGE[f.start : f.end]: f.year for f in analyse_text("o.txt", _PAGE).facts}
    assert years["44.1%"] == 2015  # (was 2014)
    assert years["53.6%"] == 2020
    assert years["58.3%"] == 2015  # (a plan period: its base year)
    assert years["36.5%"] == 2017  # (以来: from the year before)
