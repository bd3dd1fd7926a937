"""The plan period of a plan whose title is missing (a page whose title stood in markup
only, an excerpt pasted from under its heading): read from the headings that set its
aims, or from the review of the plan before it. Texts composed in the style of real ones."""

from planwatch.core.data import DocType
from planwatch.describe import describe, detect_genre, plan_period

_REVIEW_13 = (
    "第一章 发展基础\n\n"
    "“十三五”时期是我县爬坡过坎的五年。全县上下攻坚克难，“十三五”规划确定的主要目标任务"
    "总体完成，地区生产总值达到186亿元，年均增长6.9%。\n\n"
)
_AIMS_14 = (
    "第二章 “十四五”时期经济社会发展主要目标\n\n"
    "到2025年，地区生产总值年均增长6%左右，城镇新增就业1.2万人。\n"
)


def test_a_heading_setting_aims_names_the_plan_over_the_review_before_it():
    assert plan_period(_REVIEW_13 + _AIMS_14) == (2021, 2025)


def test_an_untitled_outline_is_of_the_plan_its_headings_set_aims_for():
    meta = describe(_REVIEW_13 + _AIMS_14, name="untitled.txt")
    assert meta.doc_type is DocType.FIVE_YEAR_PLAN
    assert (meta.period_start, meta.reference_year) == (2021, 2021)


def test_a_caption_of_the_plan_indicator_table_names_the_plan():
    text = (
        "第一节 “十二五”发展回顾\n"
        "“十二五”以来，全县较好完成了“十二五”规划确定的主要目标任务。\n"
        "表1 某县“十三五”经济社会发展主要指标\n指标 单位 2015年 2020年 属性\n"
    )
    assert plan_period(text) == (2016, 2020)


def test_a_heading_reporting_on_aims_does_not_name_the_plan():
    text = (
        "一、总体情况\n“十三五”规划纲要提出的目标全部实现。\n"
        "表2 “十四五”规划主要指标实现情况\n指标 2020年 2022年\n"
    )
    assert plan_period(text) == (2016, 2020)


def test_a_sentence_opening_on_a_plan_is_no_heading():
    text = (
        "“十三五”规划实施以来，全市经济平稳增长。\n"
        "“十四五”规划确定的20项主要指标中，预计18项可以完成。\n"
    )
    assert plan_period(text) == (2016, 2020)


def test_a_plan_that_only_reviews_the_plan_before_is_the_next_one():
    text = (
        "第一章 发展基础\n\n"
        "“十四五”时期取得的重大成就\n"
        "五年来，全市较好完成了“十四五”规划确定的主要目标任务，地区生产总值突破900亿元。\n\n"
        "第二章 发展环境\n\n今后五年，我市发展仍处于重要战略机遇期。\n"
    )
    assert plan_period(text) == (2021, 2025)  # what the words name
    assert plan_period(text, plan=True) == (2026, 2030)  # what a plan opening so is for
    meta = describe(text, name="untitled.txt")
    assert meta.doc_type is DocType.FIVE_YEAR_PLAN
    assert (meta.period_start, meta.reference_year) == (2026, 2026)


def test_a_dated_look_back_stays_with_the_plan_it_reviews():
    text = (
        "某市人民政府办公室　2016年2月\n\n"
        "“十二五”时期是我市发展极不平凡的五年，“十二五”规划确定的主要目标任务全面完成，"
        "地区生产总值年均增长9.1%。\n\n"
        "第一章 主要指标\n地区生产总值达到1200亿元，完成规划目标的104%。\n"
    )
    meta = describe(text, name="untitled.txt")
    assert meta.reference_year == 2016
    assert meta.period_start == 2011


_SECTOR_REVIEW = (
    "第一章 规划基础\n\n"
    "“十三五”期间，全市较好完成了“十三五”规划确定的主要目标任务，城市污水处理率达到95.2%。"
    "全市空气质量优良天数比率达到86.4%，比2015年提高9.1个百分点；地表水国控断面水质优良比例"
    "达到90%，县级以上集中式饮用水水源地水质达标率保持100%。\n\n"
    "第二章 规划目标\n\n"
    "到2025年，生态环境质量持续改善，主要污染物排放总量持续减少，环境风险得到有效管控。\n"
)


def test_an_untitled_sector_plan_is_told_by_its_indicator_caption():
    text = _SECTOR_REVIEW + "专栏1 “十四五”生态环境保护主要指标\n指标 2020年 2025年 属性\n"
    assert detect_genre(text).doc_type is DocType.SECTOR_PLAN
    text = _SECTOR_REVIEW + "表1 某市水利发展“十四五”主要指标\n指标 2020年 2025年\n"
    assert detect_genre(text).doc_type is DocType.SECTOR_PLAN


def test_an_outline_indicator_caption_is_no_sector_plan():
    text = (
        _REVIEW_13
        + "第二章 主要目标\n表1 某县“十四五”时期经济社会发展主要指标\n指标 2020年 2025年\n"
    )
    # (The plan's own headings weigh for the outline and a sector plan alike; the caption names
    # no sector, so the sector plan never wins, and on a tie the outline does.)
    genre = detect_genre(text)
    assert genre.doc_type.value != "sector_plan"
    assert genre.scores.get("sector_plan", 0) <= genre.scores["plan_outline"]


def test_a_report_on_a_sector_plan_indicators_is_no_sector_plan_cue():
    text = "“十四五”生态环境保护主要指标完成情况\n细颗粒物浓度下降12%，完成规划目标。\n"
    assert detect_genre(text).scores.get("sector_plan", 0) == 0


def test_a_dated_plan_whose_sections_say_so_is_the_next_plan_not_a_look_back():
    text = (
        "某府发〔2022〕15号\n\n"
        "第一章 发展基础\n\n"
        "“十三五”期间，全市较好完成了“十三五”规划确定的主要目标任务，"
        "公路通车里程达到1.2万公里。\n\n"
        "第二章 发展环境\n\n今后五年，交通运输发展仍处于重要战略机遇期。\n\n"
        "第三章 发展目标\n\n到2025年，基本建成现代综合交通运输体系。\n\n"
        "第四章 主要任务\n\n加快推进高速公路建设。\n"
    )
    meta = describe(text, name="untitled.txt")
    assert meta.reference_year == 2022
    assert meta.doc_type is not DocType.FINAL_EVALUATION
    assert meta.period_start == 2021
