"""A column of each figure as a share of the year's aim (round 28), composed here in the
style of a county statistics bureau's 主要经济指标完成情况 page (the figures are this file's
own): 年度目标 | 1—12月完成 | 同比增长% | 完成目标%. The last column's figures were read in the
row's unit (99.2 亿元); they are how much of the aim was done, in % (``progress`` in
``data/table_words.csv``: 完成目标, 完成年度计划, 占全年目标 ...), the sign bare after the words.
"""

from __future__ import annotations

from planwatch.extract.table_facts import growth_suffix
from planwatch.pipeline import analyse_text

_PAGE = (
    "广德市人民政府 > 信息公开 > 统计数据\n"
    "发布机构：市统计局　　生成日期：2026-01-22\n"
    "2025年广德市主要经济指标完成情况\n"
    "\n"
    "指标名称 | 单位 | 年度目标 | 1—12月完成 | 同比增长% | 完成目标%\n"
    "地区生产总值 | 亿元 | 410 | 405.90 | 6.1 | 99.0\n"
    "社会消费品零售总额 | 亿元 | 136 | 139.27 | 5.5 | 102.4\n"
    "进出口总额 | 亿元 | 35 | 37.45 | 11.2 | 107.0\n"
    "新增规模以上工业企业 | 家 | 30 | 36 | — | 120.0\n"
    "注：地区生产总值为初步核算数。\n"
)

_PLAN = (
    "2025年1—12月全县主要指标完成情况\n"
    "指标 | 单位 | 全年计划 | 累计完成 | 完成年度计划(%)\n"
    "固定资产投资 | 亿元 | 120 | 112.8 | 94.0\n"
    "一般公共预算收入 | 万元 | 98000 | 101250 | 103.3\n"
)


def _facts(text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text("page.txt", text).facts}


def test_a_share_of_the_aim_is_in_percent_not_in_the_rows_unit():
    facts = _facts(_PAGE)
    done = facts["99.0"]
    assert (done.unit, done.measure.value, done.kind.value, done.year) == (
        "%",
        "level",
        "actual",
        2025,
    )
    assert done.indicator.startswith("地区生产总值")
    assert done.indicator != "地区生产总值"  # (a share of the aim, not the product itself)
    assert (facts["120.0"].unit, facts["107.0"].unit) == ("%", "%")
    # The row's own figures keep their units.
    assert (facts["405.90"].unit, facts["405.90"].indicator) == ("亿元", "地区生产总值")


def test_a_column_of_the_years_plan_done_reads_the_same():
    facts = _facts(_PLAN)
    assert (facts["94.0"].unit, facts["103.3"].unit) == ("%", "%")
    assert facts["112.8"].unit == "亿元"


def test_a_growths_comparison_word_goes_with_it_from_a_name():
    assert growth_suffix("规模以上工业增加值同比增长") == ("规模以上工业增加值", "growth")
    assert growth_suffix("工业用电量比上年增长") == ("工业用电量", "growth")
    assert growth_suffix("同比增长") == ("同比增长", None)


def test_a_pages_counts_of_aims_met_are_named_by_how_they_fared():
    # (列入考核的N项指标中，X项完成…: the counts took the words before them as their name.)
    page = _PAGE.replace(
        "\n\n指标名称",
        "\n　　列入考核的9项指标中，7项完成或超额完成年度目标，地区生产总值等2项未完成。\n\n指标名称",
        1,
    )
    facts = _facts(page)
    assert facts["7项"].indicator.startswith("完成或超额完成")
    assert facts["2项"].indicator.startswith("未完成")
