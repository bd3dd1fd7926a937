"""A table of areas run on in one line with one space between its cells (round 30), as a web
page that lost its line breaks prints it, its area column spaced out letter by letter (县 别);
composed here in the style of a prefecture's communiqué (the figures are this file's own).
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

_TEXT = (
    "黔东南州2023年国民经济和社会发展统计公报\n"
    "全年全州地区生产总值1032.6亿元，比上年增长5.8%。\n"
    "表5 2023年各县年末常住人口及城镇化率\n"
    "县 别 年末常住人口(万人) 城镇化率(%) 凯里市 41.3 72.6 黄平县 28.7 47.9 施秉县 13.2 44.1\n"
    "注：年末常住人口为抽样调查推算数。\n"
)


def test_each_areas_figures_are_read_in_their_columns():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("某州公报.txt", _TEXT).facts}
    people, rate = facts["28.7"], facts["47.9"]
    assert people.indicator.endswith("年末常住人口") and people.unit == "万人"
    assert rate.indicator.endswith("城镇化率") and rate.unit == "%"
    assert people.jurisdiction == rate.jurisdiction == "黄平县"
    assert (people.kind, people.year) == (Kind.ACTUAL, 2023)


def test_a_line_of_prose_opening_with_an_area_word_is_no_table():
    text = "某州2023年国民经济和社会发展统计公报\n县 域经济 稳步 发展 凯里市 增长 5.1 黄平县 增长 4.8\n"
    assert not [f for f in analyse_text("某州公报.txt", text).facts if f.origin == "table"]
