"""Years written in Chinese digits (二〇三五年), as outlines and formal dates print them,
and years that are part of a plan's title (…第十四个五年规划和2035年远景目标纲要).
Sentences composed for these tests in the style of county outlines and evaluations."""

from planwatch.core.data import Kind
from planwatch.core.normalise import fold, han_years
from prosefacts import analysed_facts

_OUTLINE_HEAD = "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一章 发展目标\n"


def test_the_view_reads_a_chinese_digit_year_as_its_digits():
    text = "展望二〇三五年 二零二五年底前 零碳园区 编号二〇一九"
    view = han_years(fold(text))
    assert len(view) == len(text)
    assert view == "展望2035年 2025年底前 零碳园区 编号二〇一九"


def test_a_vision_year_in_chinese_digits_dates_its_aims():
    text = _OUTLINE_HEAD + (
        "到二〇二五年，全县地区生产总值达到260亿元。"
        "展望二〇三五年，全县人均地区生产总值达到16万元，森林覆盖率稳定在78%以上。\n"
    )
    facts = analysed_facts("o.txt", text)
    assert (facts["260亿元"].kind, facts["260亿元"].year) == (Kind.TARGET, 2025)
    for figure in ("16万元", "78%以上"):
        assert (facts[figure].kind, facts[figure].year) == (Kind.TARGET, 2035), figure


def test_a_plans_title_quoted_in_a_sentence_dates_nothing():
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n"
        "一、主要指标完成情况\n"
        "对照《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，"
        "2022年全市地区生产总值达到1520亿元。\n"
        "对照《纲要》，全市常住人口城镇化率达到61.2%。\n"
    )
    facts = analysed_facts("e.txt", text)
    assert facts["1520亿元"].year == 2022
    assert facts["61.2%"].year != 2035


def test_a_year_inside_an_aim_taken_as_ones_own_dates_only_its_clause():
    text = _OUTLINE_HEAD + (
        "“十四五”时期全县发展的主要目标是：以二〇三五年基本实现现代化为目标，全力推动各项事业"
        "取得新进展。地区生产总值年均增长6.5%左右。\n"
    )
    fact = analysed_facts("o.txt", text)["6.5%左右"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.TARGET, 2025, 2021)


def test_an_outlines_title_year_dates_no_figure_of_its_body():
    text = (
        _OUTLINE_HEAD
        + "“十四五”期间，全县地区生产总值年均增长6.5%以上，人均地区生产总值超过11万元。\n"
    )
    facts = analysed_facts("o.txt", text)
    for figure in ("6.5%以上", "11万元"):
        assert (facts[figure].kind, facts[figure].year) == (Kind.TARGET, 2025), figure


def test_the_plan_periods_aims_heading_after_the_vision_dates_its_aims():
    text = (
        "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第二章　二〇三五年远景目标和“十四五”发展目标\n"
        "第一节　二〇三五年远景目标\n"
        "展望二〇三五年，全市人均地区生产总值比2020年翻一番。\n"
        "第二节　“十四五”时期主要目标\n"
        "——开放型经济加快发展。货物贸易进出口总额达到48亿元，接待游客突破650万人次。\n"
    )
    facts = analysed_facts("o.txt", text)
    for figure in ("48亿元", "650万人次"):
        assert (facts[figure].kind, facts[figure].year) == (Kind.TARGET, 2025), figure
