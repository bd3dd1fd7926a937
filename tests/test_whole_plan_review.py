"""A look back at a plan without its title or date: over the plan's five years (五年来,
“十三五”时期是…的五年) a final evaluation, over two years and a half a mid-term one. And a
plan without its title whose sections name its field is a sector plan. Texts composed in
the style of real evaluation reports and plans."""

from planwatch.core.data import DocType
from planwatch.describe import describe

_FINAL = (
    "一、总体评价\n"
    "“十三五”时期是全市发展进程中极不平凡的五年。五年来，全市上下克服重重困难，"
    "规划纲要确定的主要目标任务总体完成。纲要确定的30项主要指标中，26项完成或超额完成。\n"
    "二、主要目标完成情况\n"
    "（一）经济实力稳步提升。2020年全市地区生产总值达到1850亿元，年均增长6.9%。\n"
    "三、存在的问题\n"
    "产业结构仍需优化，创新能力不足。\n"
)

_MIDTERM = (
    "一、总体评价\n"
    "“十三五”规划纲要实施两年多来，全市上下克服重重困难，规划纲要确定的主要目标任务"
    "进展顺利。纲要确定的30项主要指标中，24项达到进度要求。\n"
    "二、主要目标完成情况\n"
    "（一）经济实力稳步提升。全市地区生产总值年均增长7.1%，高于规划目标0.1个百分点。\n"
    "三、存在的问题\n"
    "产业结构仍需优化，创新能力不足。\n"
)


def test_a_look_back_over_the_plans_five_years_is_a_final_evaluation():
    meta = describe(_FINAL, name="final.txt")
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert meta.reference_year == 2021
    bases = [e.basis for e in meta.evidence if e.field == "reference_date"]
    assert bases[0] == "whole_plan_review"


def test_a_look_back_over_two_years_stays_a_midterm_evaluation():
    meta = describe(_MIDTERM, name="midterm.txt")
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert meta.reference_year == 2018


def test_the_next_five_years_are_no_look_back():
    text = _MIDTERM.replace("产业结构仍需优化", "今后五年，产业结构仍需优化")
    assert describe(text, name="midterm.txt").doc_type is DocType.MIDTERM_EVALUATION


_PLAN_SECTIONS = (
    "某市人民政府办公室\n"
    "第一章 发展基础\n"
    "第一节 “十三五”{field}发展成就\n"
    "“十三五”期间，全市{field}事业取得长足进步，规划确定的主要目标全面完成。\n"
    "第二节 面临的形势\n"
    "发展不平衡不充分的问题依然存在。\n"
    "第二章 发展目标\n"
    "到2025年，全市{field}发展水平明显提升。\n"
    "第三章 重点任务\n"
    "第四章 保障措施\n"
)


def test_an_untitled_plan_whose_sections_name_its_field_is_a_sector_plan():
    meta = describe(_PLAN_SECTIONS.format(field="教育"), name="plan.txt")
    assert meta.doc_type is DocType.SECTOR_PLAN


def test_an_untitled_plan_whose_sections_name_no_field_is_the_outline():
    text = _PLAN_SECTIONS.format(field="").replace("“十三五”发展成就", "“十三五”时期取得的成就")
    assert describe(text, name="plan.txt").doc_type is DocType.FIVE_YEAR_PLAN
