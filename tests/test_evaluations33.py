"""Evaluations' genres, tables and as-of years (round 33), composed here in the style of a
district's mid-term evaluation annex, a plan revision notice, a county's completion review and
an implementation report's aims section (every figure is this file's own)."""

from __future__ import annotations

from planwatch.describe.doctype import detect_genre
from planwatch.pipeline import analyse_text

# A mid-term evaluation's indicator table run onto one line, cells parted by bars, its last
# column the verdict on each row (超前, 符合进度, 滞后).
_BARRED = (
    "某区“十三五”规划纲要实施情况中期评估报告（附表）\n"
    "《纲要》实施以来，全区主要指标总体进展良好。主要指标完成情况见下表。\n"
    "附表 某区“十三五”规划主要指标中期完成情况\n"
    "指标 | 2015年 | 2020年目标 | 2017年 | 进度 | 地区生产总值（亿元） | 310.5 | 480 | 372.6 | "
    "符合进度 | 一般公共预算收入（亿元） | 21.4 | 35 | 24.8 | 滞后 | 常住人口城镇化率（%） | "
    "55.2 | 62 | 58.9 | 超前 | 森林覆盖率（%） | 3"
)

# A revision's table one cell a line: the original aim, the adjusted one and the latest result.
_REVISION = (
    "某县“十三五”规划纲要调整方案\n"
    "根据中期评估结果，对以下指标作出调整，其余指标保持不变。\n"
    "表1 主要指标调整情况\n"
    "指标\n单位\n原目标\n调整后目标\n2017年实际\n"
    "地区生产总值\n亿元\n260\n220\n168.4\n"
    "一般公共预算收入\n亿元\n18\n15\n11.2\n"
    "常住人口城镇化率\n%\n55\n52\n47.6\n"
)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_a_barred_table_run_onto_one_line_is_read_row_by_row_under_its_header():
    got = _facts("某区中期评估附表.txt", _BARRED)
    gdp = [got["310.5"], got["480"], got["372.6"]]
    assert [(f.kind.value, f.year) for f in gdp] == [
        ("actual", 2015),
        ("target", 2020),
        ("actual", 2017),
    ]
    assert {f.indicator for f in gdp} == {"地区生产总值"} and gdp[0].unit == "亿元"
    assert got["58.9"].indicator == "常住人口城镇化率" and got["58.9"].unit == "%"
    assert "3" not in got  # (the row the cut broke off is no row)


def test_an_original_and_an_adjusted_aim_are_two_columns_of_aims():
    got = _facts("某县规划调整方案.txt", _REVISION)
    assert [(got[v].kind.value, got[v].year) for v in ("260", "220")] == [("target", 2020)] * 2
    assert (got["168.4"].kind.value, got["168.4"].year) == ("actual", 2017)
    assert got["15"].indicator == "一般公共预算收入"


def test_a_plans_completion_page_is_a_final_evaluation():
    text = (
        "某县“十一五”规划主要指标完成情况\n"
        "发布时间：2011-03-08\n"
        "“十一五”期间，全县经济社会发展取得显著成就。地区生产总值达到58.2亿元，是2005年的2.1倍；"
        "城镇居民人均可支配收入达到12360元，年均增长12.4%。\n"
    )
    a = analyse_text("某县完成情况.txt", text)
    assert a.document.meta.doc_type.value == "plan_final_evaluation"
    got = {text[f.start : f.end]: f for f in a.facts}
    assert (got["58.2亿元"].kind.value, got["58.2亿元"].year) == ("actual", 2010)


def test_results_weighed_against_the_plans_aims_tell_an_evaluation_from_the_outline():
    text = (
        "二、主要目标指标实现情况\n"
        "（一）综合实力稳步提升。2022年全区实现地区生产总值980.5亿元，年均增长5.1%，"
        "低于“十四五”年均增长6.5%左右的预期目标；对照到2035年的远景目标，后期需保持年均5.8%以上的"
        "增速。全社会研发经费投入强度达到2.9%，距“十四五”目标3.2%尚有差距。\n"
    )
    assert detect_genre(text).doc_type.value == "plan_midterm_evaluation"


def test_the_plan_reports_aims_section_is_the_implementation_report_not_a_work_report():
    text = (
        "二、2024年国民经济和社会发展的总体要求和主要目标\n"
        "2024年是实施“十四五”规划的关键一年。综合考虑各方面因素，建议2024年全县经济社会发展的"
        "主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内。\n"
    )
    assert detect_genre(text).doc_type.value == "plan_implementation_report"


def test_a_reports_own_section_heading_is_the_report_not_news_of_it():
    text = (
        "一、过去五年工作回顾\n"
        "过去五年，是我县发展极不平凡的五年。2022年，全县完成地区生产总值86.4亿元，增长6.2%；"
        "一般公共预算收入5.1亿元，增长8.3%。\n"
    )
    assert detect_genre(text).doc_type.value == "work_report"


def test_an_undated_evaluation_opening_its_results_with_the_last_year_only_reports_as_of_it():
    # (Copied without its date: the year before its own opens every result clause it dates,
    # and it names no part of its own year.)
    text = (
        "一、规划实施总体情况\n"
        "“十三五”规划《纲要》实施两年来，规划实施总体进展良好。\n"
        "（一）经济保持中高速增长。2017年全县实现地区生产总值152.8亿元，增长8.1%。\n"
        "（二）人民生活水平稳步提高。城镇常住居民人均可支配收入达到31268元，增长8.6%。\n"
    )
    a = analyse_text("某县中期评估.txt", text)
    got = {text[f.start : f.end]: f for f in a.facts}
    assert a.document.meta.reference_year == 2018
    assert (got["31268元"].kind.value, got["31268元"].year) == ("actual", 2017)


def test_an_undated_evaluation_naming_its_own_half_year_keeps_its_own_year():
    text = (
        "一、规划实施总体情况\n"
        "“十二五”规划《纲要》实施两年多来，规划实施总体进展良好。2011年、2012年全县生产总值分别增长12.1%、11.4%，"
        "今年上半年增长10.6%。\n"
        "（二）民生持续改善。城镇登记失业率控制在4.1%以内。\n"
    )
    a = analyse_text("某县十二五中期评估.txt", text)
    got = {text[f.start : f.end]: f for f in a.facts}
    assert got["4.1%以内"].year == a.document.meta.reference_year == 2013
