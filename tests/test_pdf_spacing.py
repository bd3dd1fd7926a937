"""A PDF's text layer spaces Latin figures off from the Chinese around them (2012 年全市地区
生产总值达到 2458.6 亿元，快于 15% 的规划目标; a header 2010 年 2015 年目标 2012 年): the aim
after a figure, a table's year columns and a page's reviewed year read as without the
spaces. Text composed for these tests in the style of such text layers."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe.meta import describe
from prosefacts import analysed_facts

_HEAD = "某市“十四五”规划纲要实施情况中期评估报告\n\n一、主要目标指标完成情况\n"


def test_an_aim_spaced_off_after_its_figure_is_an_aim() -> None:
    text = _HEAD + (
        "地方级财政收入 151.2 亿元，年均增长 8.4%，快于 7% 的规划目标。"
        "服务业比重距 55% 的目标还差 3.5 个百分点。\n"
    )
    facts = analysed_facts("中期评估报告.txt", text)
    assert facts["7%"].kind is Kind.TARGET and facts["7%"].year == 2025
    assert facts["7%"].indicator == "地方级财政收入"
    assert facts["55%"].kind is Kind.TARGET


def test_a_clause_after_a_space_is_not_the_figures_aim() -> None:
    text = "某市2025年地区生产总值预计增长5.6% 今年目标定在6%左右\n"
    facts = analysed_facts("news.txt", text)
    assert facts["5.6%"].kind is Kind.ACTUAL


def test_a_header_year_spaced_off_from_its_nian_heads_its_column() -> None:
    text = _HEAD + (
        "表1 主要指标中期完成情况\n"
        "指标名称 单位 2020 年 2025 年目标 2022 年 属性\n"
        "地区生产总值 亿元 1932.8 3406 2458.6 预期性\n"
        "常住人口城镇化率 % 53.9 60 55.8 预期性\n"
        "森林覆盖率 % 54.6 55.5 55.1 约束性\n"
    )
    facts = analysed_facts("中期评估报告.txt", text)
    assert (facts["3406"].kind, facts["3406"].year) == (Kind.TARGET, 2025)
    assert (facts["2458.6"].kind, facts["2458.6"].year) == (Kind.ACTUAL, 2022)
    assert (facts["60"].kind, facts["55.8"].kind) == (Kind.TARGET, Kind.ACTUAL)


def test_a_year_published_after_a_space_is_the_reviewed_year() -> None:
    text = (
        "刚刚结束的地方两会公布了 2027 年度各省GDP总量和增速数据。甲省 2027 年GDP达 8.9 万亿元。\n"
    )
    assert describe(text, name="news.txt").reference_year == 2028


def test_a_rows_name_cell_wrapped_inside_the_cell_stays_in_its_row() -> None:
    prose = (
        "全县坚持稳中求进工作总基调，统筹发展和安全，推动经济社会高质量发展，奋力谱写新篇章。\n" * 6
    )
    text = (
        "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        + prose
        + "表 1 某县“十四五”时期经济社会发展主要指标\n"
        "类别 序号 指 标 2020 年 2025 年 年均增长\n/〔累计〕 属性\n"
        "1 地区生产总值（亿元） 186.4 268 7.5 左右 预期性\n"
        "2 研究与试验发展经费投入强\n度（%）\n0.62 1.0 〔0.38〕 预期性\n"
        "3 单位地区生产总值能源消耗\n降低（%）\n— — 完成市下达\n任务\n约束性\n"
        "4 森林覆盖率（%） 66.2 67 〔0.8〕 约束性\n"
        "5 城镇常住居民人均可支配收\n入（元）\n36218 50800 7 左右 预期性\n" + prose
    )
    facts = analysed_facts("纲要.pdf.txt", text)
    assert facts["1.0"].indicator.replace(" ", "") == "研究与试验发展经费投入强度"
    assert (facts["1.0"].kind, facts["1.0"].year) == (Kind.TARGET, 2025)
    assert (facts["67"].kind, facts["67"].indicator) == (Kind.TARGET, "森林覆盖率")
    assert (facts["36218"].kind, facts["36218"].year) == (Kind.ACTUAL, 2020)
