"""A county communiqué's PDF text layer whose lines broke figures inside them (round 32),
composed here in the style of one (the figures are this file's own): 地区生产总值186.4 / 2亿元
between two digits of its decimals, 326 / 18元 between two of its digits, 14 / .86亿元 before its
point. Each is one figure, read across the break.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_PAGE = (
    "望江县2018年国民经济和社会发展统计公报\n"
    "望江县统计局\n"
    "（2019年3月28日）\n"
    "2018年，面对复杂多变的宏观环境和艰巨繁重的改革发展稳定任务，全\n"
    "县上下坚持稳中求进工作总基调，深入贯彻新发展理念，扎实推进供给\n"
    "侧结构性改革，统筹做好稳增长、促改革、调结构、惠民生、防风险各\n"
    "项工作，经济运行稳中有进、稳中向好，社会事业全面发展，人民生活\n"
    "持续改善，较好完成了县十七届人大二次会议确定的主要目标任务。\n"
    "一、综合\n"
    "经初步核算，全年全县实现地区生产总值173.5\n"
    "6亿元，按可比价格计算，比上年增长8.2%。分产业看，第一产业\n"
    "增加值29.84亿元，增长3.1%。按常住人口计算，人均地区生产总值301\n"
    "46元，比上年增长7.9%。全年财政收入13\n"
    ".72亿元，比上年增长10.6%。年末全县户籍人口64.28万人。\n"
)


def test_a_figure_broken_inside_by_a_wrap_is_read_whole():
    facts = {round(f.value, 2): f for f in analyse_text("c.txt", _PAGE).facts}
    assert facts[173.56].unit == "亿元" and "地区生产总值" in facts[173.56].indicator
    assert facts[30146.0].unit == "元" and "人均地区生产总值" in facts[30146.0].indicator
    assert facts[13.72].unit == "亿元" and "财政收入" in facts[13.72].indicator
    assert 173.5 not in facts and 6.0 not in facts
