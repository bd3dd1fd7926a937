"""A county's 主要经济指标完成情况 table (round 27), composed here in the style of a statistics
bureau's page (the figures are this file's own): 年度目标 | 1—12月完成 columns, the aims of the
year and what it came to. The results column took the page's year; the aims' column, printing
no year, had none. An aim's column of the year itself (年度, 全年: ``this_year`` in
``data/table_words.csv``) holds the aims of the year the table reports.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_PAGE = (
    "宁国市人民政府 > 信息公开 > 统计数据\n"
    "发布机构：市统计局　　生成日期：2026-01-20\n"
    "2025年宁国市主要经济指标完成情况\n"
    "\n"
    "　　2025年，全市经济运行稳中有进，主要经济指标完成情况如下表，多数指标完成年度目标。\n"
    "\n"
    "指标名称 | 单位 | 年度目标 | 1—12月完成 | 同比增长% | 完成目标%\n"
    "地区生产总值 | 亿元 | 480 | 476.20 | 5.9 | 99.2\n"
    "社会消费品零售总额 | 亿元 | 150 | 153.64 | 5.2 | 102.4\n"
    "一般公共预算收入 | 亿元 | 30.5 | 31.02 | 3.8 | 101.7\n"
    "城镇居民人均可支配收入 | 元 | 55000 | 54680 | 4.6 | 99.4\n"
    "农村居民人均可支配收入 | 元 | 29800 | 29915 | 6.4 | 100.4\n"
    "进出口总额 | 亿元 | 42 | 44.18 | 9.7 | 105.2\n"
    "实际使用外资 | 万美元 | 5000 | 4630 | -6.1 | 92.6\n"
    "注：地区生产总值为初步核算数。\n"
)


def _facts() -> dict[str, object]:
    return {_PAGE[f.start : f.end]: f for f in analyse_text("page.txt", _PAGE).facts}


def test_the_years_aims_column_takes_the_tables_year():
    facts = _facts()
    aim = facts["480"]
    assert (aim.kind.value, aim.year, aim.indicator) == ("target", 2025, "地区生产总值")
    assert (facts["55000"].kind.value, facts["55000"].year) == ("target", 2025)


def test_the_results_column_is_unchanged():
    got = _facts()["476.20"]
    assert (got.kind.value, got.year, got.measure.value) == ("actual", 2025, "level")
