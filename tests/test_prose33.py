"""Prose forms of round 33, composed here in the style of a county's work report, its
outline's aims chapter and an evaluation's paragraph (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_stray_spaces_between_a_prose_figures_digits_are_read_across():
    text = (
        "2016年政府工作报告\n"
        "过去一年，全市完成地区生产总值２ 0 6.8亿元，增长1 0.5%；城镇居民人均可支配收入2 4 163元。\n"
    )
    got = _facts("某市政府工作报告.txt", text)
    assert got["２ 0 6.8亿元"].value == 206.8
    assert got["1 0.5%"].value == 10.5
    assert got["2 4 163元"].value == 24163


def test_figures_spaced_apart_as_cells_or_before_a_date_stay_apart():
    # (A spaced table's cells after its name, and a link's number before a date, are no figure
    # broken by a space.)
    from planwatch.read.figures import join_spaced_digits

    for text in ("经济增长 6.5 7.0", "下一篇4 2016年2月", "增长6.5 7.0%"):
        assert join_spaced_digits(text) == text


def test_the_years_ahead_opening_a_later_sentence_date_the_aims_listed_after_it():
    text = (
        "2013年政府工作报告\n"
        "一、过去五年工作回顾和今后五年奋斗目标\n"
        "2012年，全县实现生产总值103.7亿元，增长13.8%。今后五年，全县经济社会发展的主要目标是："
        "生产总值年均增长13%以上，到2017年突破190亿元；地方公共财政预算收入年均增长15%；"
        "城镇化率达到45%；森林覆盖率达到52%。\n"
    )
    got = _facts("某县政府工作报告.txt", text)
    assert (got["103.7亿元"].kind.value, got["103.7亿元"].year) == ("actual", 2012)
    for value in ("15%", "45%", "52%"):
        assert (got[value].kind.value, got[value].year) == ("target", 2017), value
    assert got["15%"].period_start == 2013


def test_a_plan_heading_naming_its_period_s_aims_dates_them_after_a_vision_section():
    text = (
        "某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
        "第二章　远景目标和“十四五”主要目标\n"
        "第一节　2035年远景目标\n"
        "展望2035年，全县人均地区生产总值达到15万元以上。\n"
        "第二节　“十四五”主要目标\n"
        "——经济发展取得新成效。地区生产总值年均增长7%左右，2025年达到170亿元。\n"
        "——旅游产业更加突出。年接待游客达到900万人次，旅游总收入达到95亿元。\n"
    )
    got = _facts("某县十四五规划纲要.txt", text)
    assert got["15万元以上"].year == 2035
    assert (got["900万人次"].kind.value, got["900万人次"].year) == ("target", 2025)
    assert got["95亿元"].year == 2025


def test_a_gap_to_a_years_aim_keeps_its_sign_and_is_named_by_the_indicator():
    text = (
        "某市“十二五”规划纲要实施中期评估报告\n"
        "发布时间：2013-09-16\n"
        "规划实施中还存在一些问题：城镇化率为46.3%，比2015年规划目标低5.7个百分点；"
        "研发经费投入强度为1.2%，2035年远景目标为2.5%，“十二五”目标为1.8%。\n"
    )
    got = _facts("某市中期评估.txt", text)
    gap = got["5.7个百分点"]
    assert (gap.value, gap.kind.value) == (5.7, "actual")
    assert gap.indicator.startswith("城镇化率")
    assert (got["46.3%"].kind.value, got["46.3%"].year) == (
        "actual",
        2012,
    )  # (published before October)
    vision = got["2.5%"]
    assert (vision.kind.value, vision.year, vision.indicator) == (
        "target",
        2035,
        "研发经费投入强度",
    )


def test_a_span_of_two_years_shares_its_years_out_over_a_list():
    text = (
        "某市“十二五”规划纲要实施中期评估报告\n"
        "发布时间：2013-11-20\n"
        "“十二五”前两年，全市经济保持较快增长。高新技术产业产值两年分别达到412亿元和487亿元；"
        "城镇居民人均可支配收入两年分别为21860元和24315元。\n"
    )
    got = _facts("某市中期评估.txt", text)
    assert [got[v].year for v in ("412亿元", "487亿元")] == [2011, 2012]
    assert [got[v].year for v in ("21860元", "24315元")] == [2011, 2012]
    assert got["412亿元"].indicator == "高新技术产业产值"


def test_a_news_page_opening_on_a_years_results_was_written_after_that_year():
    # (An excerpt with no date: its first year is told as done, so 全年 is that year.)
    text = (
        "记者梳理发现，省内几个地市2024年成绩单各有亮点。襄阳市2024年实现地区生产总值3120.5亿元，"
        "增长5.6%。宜昌市全年地区生产总值2846.1亿元，增长4.8%；荆州市全年地区生产总值2210.7亿元，"
        "增长6.1%。\n"
    )
    got = _facts("某报道.txt", text)
    assert [got[v].year for v in ("3120.5亿元", "2846.1亿元", "2210.7亿元")] == [2024] * 3
    assert {got[v].kind.value for v in ("3120.5亿元", "2846.1亿元")} == {"actual"}
