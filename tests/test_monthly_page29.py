"""A statistics bureau's monthly page of indicators (round 29), composed here in the style of a
city bureau's 统计月报 page (the figures are this file's own): its title names the months so far
(2025年1-11月…主要经济指标), so it is statistical news, not a plan's indicator table, though it
prints the same column heads (指标名称, 单位).
"""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.pipeline import analyse_text

_PAGE = (
    "某市统计局 > 统计数据 > 月度数据\n"
    "2025年1-11月某市主要经济指标\n"
    "发布时间：2025-12-18  来源：市统计局\n"
    "指标名称\t单位\t1-11月\t比上年同期增长（%）\n"
    "规模以上工业增加值\t亿元\t—\t7.4\n"
    "社会消费品零售总额\t亿元\t1175.2\t4.6\n"
    "一般公共预算收入\t亿元\t172.8\t3.9\n"
    "金融机构人民币各项存款余额\t亿元\t4876.1\t8.8\n"
)


def test_a_monthly_page_of_indicators_is_statistical_news():
    analysed = analyse_text("某市统计月报.txt", _PAGE)
    assert analysed.document.meta.doc_type is DocType.STATISTICAL_NEWS
    sales = [f for f in analysed.facts if f.indicator == "社会消费品零售总额"]
    assert {(f.kind, f.year, f.value) for f in sales} == {
        (Kind.ACTUAL, 2025, 1175.2),
        (Kind.ACTUAL, 2025, 4.6),
    }


def test_a_plans_indicator_table_stays_a_plan_table():
    page = "某县“十四五”规划主要指标表\n指标名称\t单位\t2020年\t2025年\t属性\n地区生产总值\t亿元\t512\t720\t预期性\n"
    assert analyse_text("某县规划.txt", page).document.meta.doc_type is DocType.PLAN_TABLE


def test_places_after_a_rank_take_the_ranked_indicator():
    # (…居全市第一；南浔区增长6.1%: the figure is the indicator's growth, not the rank's)
    text = (
        "湖州市一季度经济运行情况\n"
        "从各区县看，吴兴区地区生产总值增长7.1%，居全市第一；南浔区增长6.3%；德清县增长4.4%。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("湖州新闻.txt", text).facts}
    assert facts["6.3%"].indicator == "地区生产总值"
    assert facts["4.4%"].indicator == "地区生产总值"
