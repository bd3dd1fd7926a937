"""Forms of round 43, composed here in the style of department work summaries, sector plans'
monitoring tables and statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts

_MONITORING_TABLE = (
    "某市“十二五”环境保护规划\n"
    "“十一五”期间城市环境空气质量逐年好转，具体数据见表1。\n\n"
    "表1某市城市环境空气质量监测结果 单位:mg/m3\n\n"
    "类别 2005年 2006年 2007年 2008 2009年 2010年 2011年目标\n\n"
    "二氧化硫 0.052 0.061 0.058 0.049 0.047 0.044 ≤0.04\n\n"
    "可吸入颗粒物 - - 0.131 0.118 0.109 0.097 ≤0.09\n\n"
    "注:2005年为手工监测。\n"
)


def test_a_category_column_with_no_name_column_names_the_rows():
    # (类别 | 2005年 | …: the only column before the years holds each row's name.)
    got = _facts("p.txt", _MONITORING_TABLE)
    first = got["0.052"]
    assert first.indicator == "二氧化硫"
    assert (first.year, first.value) == (2005, 0.052)
    assert got["0.097"].indicator == "可吸入颗粒物"


def test_years_before_a_column_naming_its_aim_are_results():
    # (2005年 … 2010年 | 2011年目标: a monitoring series, then the aim; a bare year among them,
    # 2008 printed without 年, is one of the series.)
    got = _facts("p.txt", _MONITORING_TABLE)
    series = [got[t] for t in ("0.052", "0.061", "0.049", "0.044", "0.097")]
    assert {f.kind.value for f in series} == {"actual"}
    assert [f.year for f in series[:4]] == [2005, 2006, 2008, 2010]
    aim = got["0.04"]
    assert (aim.kind.value, aim.year) == ("target", 2011)


def test_yearly_columns_with_no_aim_named_stay_a_plans_aims():
    # (A plan's table of yearly columns, none naming an aim: its base and its aims.)
    text = (
        "某县“十四五”生态环境保护规划\n\n"
        "表2 主要指标\n\n"
        "类别 2020年 2023年 2025年\n\n"
        "森林覆盖率(%) 61.2 62.0 63.0\n"
    )
    got = _facts("p.txt", text)
    assert (got["61.2"].kind.value, got["61.2"].year) == ("actual", 2020)
    assert (got["63.0"].kind.value, got["63.0"].year) == ("target", 2025)


def test_a_departments_summary_of_a_year_reports_that_year():
    text = (
        "某县农业农村局2021年工作总结和2022年工作计划\n\n"
        "一、2021年工作总结\n"
        "全年粮食播种面积稳定在36.5万亩，新建高标准农田2.1万亩，农村居民人均可支配收入增长10.2%。\n"
        "二、2022年工作计划\n"
        "力争新建高标准农田2.5万亩，农村居民人均可支配收入增长9%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.doc_type.value == "work_report"
    assert meta.reviewed_year == 2021
    for t in ("36.5万亩", "2.1万亩", "10.2%"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2021)
    for t in ("2.5万亩", "9%"):
        assert (got[t].kind.value, got[t].year) == ("target", 2022)


def test_a_meeting_on_a_years_work_summary_is_news():
    text = (
        "某县召开2021年工作总结暨表彰大会\n"
        "1月20日，县农业农村局召开2021年工作总结暨表彰大会。会议指出，"
        "全年新建高标准农田2.1万亩。"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.doc_type.value != "work_report"


def test_a_year_opening_a_stated_level_was_written_after_it():
    # (2021年全县普通高中报考人数1686人: the year's count, told once it is known.)
    text = (
        "（12）我县改建第一中学标准化考场60个。2021年全县普通高中报考人数1686人，"
        "设考点1个，考场58个。"
    )
    meta, got = _analysed("o.txt", text)
    assert meta.reference_year == 2022
    assert (got["1686人"].kind.value, got["1686人"].year) == ("actual", 2021)
    assert got["60个"].kind.value == "actual"
