"""The years of a figure between its name and its value (round 30), composed here in the style of
a city's mid-term evaluation (the figures are this file's own): 一般公共预算收入2021—2023年年均增长
6.4% is named 一般公共预算收入, not 一般公共预算收入2021—; a time word leading to the years
(预计到2025年可达到…) is not cut from a name this way.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "某市“十四五”规划纲要实施中期评估报告\n"
    "全市地区生产总值2024年至2025年需年均增长7.2%以上。"
    "一般公共预算收入2021—2023年年均增长6.4%。"
    "城镇居民人均可支配收入2021-2023年累计增长17.9%。\n"
)


def _names() -> dict[str, str]:
    return {_TEXT[f.start : f.end]: f.indicator for f in analyse_text("某市评估.txt", _TEXT).facts}


def test_a_span_of_years_after_the_name_is_no_part_of_it():
    names = _names()
    assert names["7.2%以上"].endswith("地区生产总值")
    assert names["6.4%"] == "一般公共预算收入"
    assert names["17.9%"] == "城镇居民人均可支配收入"
