"""A statistics bureau's page on part of a year (round 28), composed here in the style of a
district comparison page (the figures are this file's own): its opening clause starts with the
year and the part (2026年上半年，全市…), as a data page words it. Nothing told its genre (other);
a clause opened by a part of a year is a release on that part (``statistical_news`` in
``data/genre_cues.csv``), with or without the year before it.
"""

from __future__ import annotations

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_genre

_PAGE = (
    "西安市统计局 > 数据发布 > 区县数据\n"
    "2026年上半年各区县主要经济指标\n"
    "\n"
    "　　2026年上半年，全市地区生产总值按不变价格计算同比增长5.4%，各区县经济运行情况如下。\n"
    "\n"
    "指标：地区生产总值\n"
    "地区 | 绝对额（亿元） | 同比增长（%）\n"
    "全市 | 6120.33 | 5.4\n"
    "新城区 | 402.18 | 4.9\n"
    "碑林区 | 688.40 | 5.2\n"
)


def test_a_page_opening_on_a_part_of_a_year_is_statistical_news():
    assert detect_genre(_PAGE).doc_type is DocType.STATISTICAL_NEWS


def test_a_whole_years_opening_is_not():
    whole = _PAGE.replace("2026年上半年，", "2026年，").replace("上半年各区县", "各区县")
    assert detect_genre(whole).doc_type is not DocType.STATISTICAL_NEWS
