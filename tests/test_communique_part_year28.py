"""A part of a year with no year of its own in a communiqué published after its year (round 28),
composed here in the style of a county's communiqué page (the figures are this file's own): the
2024 communiqué, published in April 2025, notes 前三季度全县GDP增速为6.3%. The part-year took the
page's year (2025, "now" on a page dated after March); a year's communiqué speaks of its year.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_PAGE = (
    "首页 > 统计公报\n"
    "2024年某某县国民经济和社会发展统计公报\n"
    "发布时间：2025-04-10\n"
    "一、综合\n"
    "　　全县实现地区生产总值286.4亿元，比上年增长5.7%。\n"
    "注：本公报数据均为初步统计数。前三季度全县GDP增速为6.3%，四季度有所回落。\n"
)


def test_a_bare_part_year_is_of_the_communiques_year():
    years = {_PAGE[f.start : f.end]: f.year for f in analyse_text("c.txt", _PAGE).facts}
    assert years["286.4亿元"] == 2024
    assert years["6.3%"] == 2024
