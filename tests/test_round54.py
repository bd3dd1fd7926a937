"""Forms of round 54, composed here in the style of plan evaluations, statistics news and
work reports (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text
from readhelp import analysed as _analysed


def test_a_gap_to_the_plan_s_pace_keeps_its_printed_sign_and_names_it():
    # (低于序时进度: the share of the plan's years gone by is what the rate is weighed against.)
    text = (
        "某县“十四五”规划纲要实施中期评估报告\n"
        "2023年，全县常住人口城镇化率为47.6%，低于序时进度1.4个百分点。"
        "累计完成投资进度比时间进度低2.3个百分点。\n"
    )
    _, got = _analysed("a.txt", text)
    gap = got["1.4个百分点"]
    assert gap.measure is Measure.CHANGE and gap.value == 1.4
    assert "序时进度" in gap.indicator
    assert got["2.3个百分点"].value == 2.3 and "时间进度" in got["2.3个百分点"].indicator


def test_ordinals_listed_bare_before_what_they_count_are_no_rank():
    # (第一、二、三批: batches numbered; a rank repeats 第 for each place, 第一、第三.)
    text = (
        "某县督查通报\n近期，县督查办对全县2017年县领导第一、二、三批挂钩重点工程项目进行督查，"
        "挂钩项目总计62个。全县规上工业增加值增速排名全市第一。\n"
    )
    ranks = [f for f in analyse_text("b.txt", text).facts if f.unit == "位"]
    assert [f.value for f in ranks] == [1.0]
    assert text[ranks[0].start - 4 : ranks[0].start] == "排名全市"


def test_last_year_s_figure_an_aim_is_set_against_is_last_year_s_aim():
    # (A round-up of the provinces' aims: 比去年… is the aim of the year before.)
    text = (
        "2015年2月9日电 截至目前，各省份政府工作报告陆续出炉。"
        "甲省明确今年GDP增长目标为7.5%左右，比去年的8.5%下降1个百分点；"
        "乙省今年目标为8%，比去年10%左右下调2个百分点。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["8.5%"].kind is Kind.TARGET and got["8.5%"].year == 2014
    assert got["10%左右"].kind is Kind.TARGET and got["10%左右"].year == 2014
    assert got["7.5%左右"].kind is Kind.TARGET and got["7.5%左右"].year == 2015


def test_a_result_s_base_and_a_plan_s_base_year_stay_results():
    text = (
        "2021年1月10日，某县召开会议。去年全县生产总值增长8%，比上年的7%加快1个百分点。\n"
        "到2025年，地区生产总值达到85亿元，比2020年的60.8亿元增加24亿元以上。\n"
    )
    _, got = _analysed("d.txt", text)
    assert got["7%"].kind is Kind.ACTUAL
    assert got["60.8亿元"].kind is Kind.ACTUAL and got["60.8亿元"].year == 2020


def test_a_round_up_that_says_gdp_names_the_provinces_growth_aims_gdp():
    text = (
        "多省份下调GDP增长目标\n中新网2015年2月9日电 截至目前，各省份政府工作报告陆续出炉，"
        "多省份下调GDP增长目标。广东今年GDP增长目标为7.5%左右；"
        "海南今年目标为8%；吉林提出增长7%左右。\n"
    )
    _, got = _analysed("e.txt", text)
    assert got["8%"].indicator == "GDP" and got["8%"].kind is Kind.TARGET
    assert got["7%左右"].indicator == "GDP"


def test_a_round_up_that_says_regional_output_keeps_that_name():
    text = (
        "各地地区生产总值增长目标陆续公布\n中新网2015年2月9日电 截至目前，各省份政府工作报告陆续"
        "出炉。广东提出地区生产总值增长7.5%左右；"
        "海南今年目标为8%；吉林提出增长7%左右。\n"
    )
    _, got = _analysed("f.txt", text)
    assert got["8%"].indicator == "地区生产总值"


def test_a_state_told_as_of_a_past_year_holds_for_the_rest_of_its_paragraph():
    # (A sector plan's look back: after 截至2019年 the paragraph's sentences are as of it.)
    text = (
        "某省“十四五”文化和旅游发展规划\n一、规划背景\n（一）“十三五”发展成就\n"
        "文化产业壮大起势。“十三五”时期，深入推进文化体制改革。截至2019年，累计实现文化及相关"
        "产业增加值1352.7亿元，年均增长9.5%。全省文化产业法人单位突破35万家，创建国家级文化"
        "产业示范基地9个。\n"
    )
    _, got = _analysed("g.txt", text)
    assert got["1352.7亿元"].year == 2019
    assert got["35万家"].year == 2019 and got["35万家"].kind is Kind.ACTUAL
    assert got["9个"].year == 2019


def test_investment_alone_growing_among_the_economy_s_drivers_is_fixed_asset_investment():
    text = (
        "2013年7月25日 上半年，全市规模以上工业增加值增长13.8%，投资增长21.3%，消费增长13.6%。"
        "全市重点项目30个，完成项目投资126亿元。\n"
    )
    _, got = _analysed("h.txt", text)
    assert got["21.3%"].indicator == "固定资产投资"
    assert got["126亿元"].indicator != "固定资产投资"


def test_a_pace_compared_with_no_subject_is_the_pace_of_the_figure_before():
    text = (
        "某省统计局2019年4月20日发布 一季度，全省固定资产投资增长8.1%，"
        "增速比1月至2月加快0.2个百分点。\n"
    )
    _, got = _analysed("i.txt", text)
    gap = got["0.2个百分点"]
    assert gap.indicator.startswith("固定资产投资增速") and gap.measure is Measure.CHANGE


def test_a_figure_after_a_gap_is_named_by_the_indicator_not_the_gap():
    text = (
        "2021年4月9日 一季度，全区固定资产投资增长25.3%，分别高于全省和全市平均水平7.8和6.7个"
        "百分点，两年平均增长20.0%。\n"
    )
    _, got = _analysed("j.txt", text)
    assert got["20.0%"].indicator == "固定资产投资"
    assert "高于" in got["6.7个百分点"].indicator


def test_areas_results_in_a_round_up_are_the_indicator_named_before():
    text = (
        "中新网2024年1月25日电 26省份政府工作报告面世。广东GDP首破13万亿元，江苏12.82万亿元，"
        "山东首达9.2万亿元。此外，浙江、湖南数据分别站上8万亿元、5万亿元台阶。\n"
    )
    _, got = _analysed("k.txt", text)
    for figure in ("9.2万亿元", "8万亿元", "5万亿元"):
        assert "GDP" in got[figure].indicator, figure


def test_a_pace_called_back_is_the_pace_of_the_figure_just_told():
    text = "浙江省统计局2013年4月23日发布\n一季度，全省生产总值增长8.3%。这一增速高于全国平均增速0.6个百分点。\n"
    _, got = _analysed("l.txt", text)
    assert got["0.6个百分点"].indicator.startswith("全省生产总值增速")


def test_the_rate_of_a_fall_is_a_growth():
    text = "浙江省统计局2013年4月23日发布\n预计一季度单位GDP能耗降低率为5%左右。\n"
    _, got = _analysed("m.txt", text)
    assert got["5%左右"].measure is Measure.GROWTH and got["5%左右"].value == 5.0


def test_a_plan_title_s_years_date_no_paragraph_of_a_communique():
    # (One line, as a communiqué pasted from a PDF: the plan named as a guide sets no time.)
    text = (
        "某市2009年国民经济和社会发展统计公报\n"
        "某市统计局 2010年3月31日 2009年，全市以实施《某区域改革发展规划纲要(2008-2020年)》为主轴，"
        "经济实现平稳较快增长。 一、综合 初步核算，2009年全市生产总值846.34亿元，比上年增长13.6%。"
        "其中，第一产业增加值165.31亿元，增长5.0%。年末全市户籍总人口421.5万人。\n"
    )
    _, got = _analysed("n.txt", text)
    for figure in ("165.31亿元", "421.5万人"):
        assert got[figure].kind is Kind.ACTUAL and got[figure].year == 2009, figure


def test_an_aim_set_by_the_disposal_construction_is_named_without_it():
    text = (
        "中新社北京2026年3月5日电 政府工作报告提出，将今年国内生产总值（GDP）增长目标定为"
        "百分之四点五至百分之五。\n"
    )
    _, got = _analysed("o.txt", text)
    assert got["百分之四点五"].indicator.startswith("国内生产总值")


def test_guests_invited_and_the_public_hearing_a_congress_are_counted_at_its_date():
    text = (
        "某市新闻网 2013年02月22日 09:19\n某市新闻网讯 昨天上午，某市第十四届人民代表大会第三次"
        "会议开幕。大会还邀请了18名荣誉市民参加，并有49名市民旁听大会。"
        "报告指出，去年全市生产总值增长7.8%。\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["18名"].year == 2013 and got["49名"].year == 2013
    assert got["7.8%"].year == 2012


def test_a_congress_s_seats_and_members_in_office_are_counted_at_its_date():
    text = (
        "某市新闻网 2017年3月1日\n市第十七届人民代表大会代表名额为338名，现在实有代表334名。"
        "报告指出，去年全市生产总值增长7.8%。\n"
    )
    _, got = _analysed("q.txt", text)
    assert got["338名"].year == got["334名"].year == 2017
    assert got["7.8%"].year == 2016
