"""Forms of round 41, composed here in the style of census bulletins, county communiqués,
statistics news and plan evaluations (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts

_CENSUS_TABLE = (
    "某市第七次全国人口普查公报\n\n三、各县市区人口\n"
    "表1 各县市区常住人口\n单位:人、%\n"
    "地区\n人口数\n比 重\n2020年\n2010年\n"
    "全 市\n3214567\n100.00\n100.00\n"
    "甲城区\n612345\n19.05\n17.62\n"
    "乙县\n423456\n13.17\n14.08\n"
    "丙县\n298765\n9.29\n9.91\n"
)


def test_a_census_area_table_one_cell_a_line_with_a_share_over_two_censuses():
    got = _facts("pc.txt", _CENSUS_TABLE)
    count, now, then = got["612345"], got["19.05"], got["17.62"]
    assert (count.indicator, count.unit, count.year) == ("常住人口", "人", 2020)
    assert (now.unit, now.year, then.year) == ("%", 2020, 2010)
    assert "比重" in now.indicator and "比重" in then.indicator
    assert {f.kind.value for f in (count, now, then)} == {"actual"}


def test_the_same_table_with_its_cells_closed_by_pipes_reads_alike():
    # (A web table copied with its bars: 地区 | / 人口数 | / … and lines of bars alone.)
    lines = _CENSUS_TABLE.split("\n")
    at = lines.index("地区")
    piped = [*lines[:at], *(f"{c} |" if c else c for c in lines[at:])]
    piped.insert(at + 5, "||")
    got = _facts("pc.txt", "\n".join(piped))
    assert (got["423456"].indicator, got["423456"].unit) == ("常住人口", "人")
    assert (got["14.08"].unit, got["14.08"].year) == ("%", 2010)


def test_a_yearly_average_rate_named_alone_shares_the_census_decade():
    text = (
        "某县第七次全国人口普查公报\n\n"
        "全县常住人口为412345人，与2010年第六次全国人口普查的398765人相比，十年共增加13580人，"
        "增长3.41%，年平均增长率为0.34%。\n"
    )
    got = _facts("pc.txt", text)
    rate = got["0.34%"]
    assert rate.period_start == 2011 and rate.year == 2020
    assert rate.indicator.startswith("常住人口") and rate.measure.value == "growth"
    assert got["3.41%"].indicator == "常住人口"  # (the comparison is no part of its name)


def test_a_comparison_closing_a_clause_is_no_part_of_the_figures_name():
    text = "某区2019年统计公报\n\n全区户籍人口与2010年相比，增加2.1万人，增长4.6%。\n"
    got = _facts("gb.txt", text)
    assert got["2.1万人"].indicator == "户籍人口"
    assert got["4.6%"].indicator == "户籍人口" and got["4.6%"].period_start == 2011


def test_a_first_since_an_events_year_dates_no_later_sentence():
    text = (
        "——2015年度《统计公报》解读\n\n"
        "《统计公报》显示，2015年全市地区生产总值达到312.45亿元，比上年增长4.1%。\n\n"
        "这个速度是自2006年我市经济进入两位数增长以来首次出现的明显回落。其中，第一产业增加值"
        "41.20亿元，增长2.2%；第二产业增加值150.37亿元，增长3.0%。\n"
    )
    got = _facts("jd.txt", text)
    assert got["41.20亿元"].year == 2015 and got["2.2%"].year == 2015
    assert got["150.37亿元"].year == 2015


def test_an_events_since_mark_still_spans_its_years():
    text = "某县2019年政府工作报告\n\n自2016年实施脱贫攻坚战略以来，全县累计减少贫困人口2.3万人。\n"
    got = _facts("wr.txt", text)
    assert got["2.3万人"].period_start == 2016


def test_people_of_a_talent_programme_are_counted_not_aimed_at():
    text = (
        "某市2021年国民经济和社会发展统计公报\n\n"
        "年末全市拥有两院院士2人、千人计划专家31人、百千万人才工程国家级人选5人、双百计划人才86人。"
        "全年计划新增就业岗位1.2万个。\n"
    )
    got = _facts("gb.txt", text)
    assert {got[k].kind.value for k in ("31人", "5人", "86人")} == {"actual"}
    assert got["31人"].indicator.endswith("千人计划专家")


def test_rates_per_thousand_and_per_hundred_thousand_written_as_fractions():
    text = (
        "某县2012年国民经济和社会发展统计公报\n\n"
        "全年人口自然增长率为千分之6.3，孕产妇死亡率为十万分之42，传染病发病率为万分之18。"
        "农村人口约占三分之二。\n"
    )
    got = _facts("gb.txt", text)
    assert (got["千分之6.3"].value, got["千分之6.3"].unit) == (6.3, "‰")
    assert (got["十万分之42"].value, got["十万分之42"].unit) == (42, "/10万")
    assert (got["万分之18"].value, got["万分之18"].unit) == (18, "/万")
    assert (got["三分之二"].value, got["三分之二"].unit) == (66.7, "%")


def test_a_pace_named_after_its_figure_is_a_growth_of_that_noun():
    text = (
        "某市2021年政府工作报告\n\n"
        "过去五年，全市以年均1.9%的能源消费增长支撑了年均7.2%的经济增长，"
        "保持了年均9.5%的GDP增速。消费实现了8%的经济增长贡献率。\n"
    )
    got = _facts("wr.txt", text)
    energy, economy, gdp = got["1.9%"], got["7.2%"], got["9.5%"]
    assert {f.measure.value for f in (energy, economy, gdp)} == {"growth"}
    assert (energy.indicator, economy.indicator) == ("能源消费", "经济")
    assert "GDP" in gdp.indicator and energy.period_start == 2016
    assert got["8%"].measure.value == "level"  # (a share of the growth, no growth)


def test_a_story_on_a_communique_just_out_dates_its_last_year_by_the_page():
    text = (
        "《2016年某市国民经济和社会发展统计公报》今日发布。《公报》显示，去年我市人均地区生产总值"
        "首次突破1万美元，比上年增长7.9%。\n据统计，2016年，全年实现地区生产总值3124.50亿元。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert got["1万美元"].year == 2016 and got["7.9%"].year == 2016


def test_a_note_on_a_two_year_averages_base_dates_no_later_sentence():
    text = (
        "统计局：2021年某市经济运行情况\n\n日期:2022-01-25\n\n"
        "全年全市实现地区生产总值5123.40亿元，比上年增长7.1%，两年平均增长5.0%（两年平均增速是指以"
        "2019年相应同期数为基数，采用几何平均的方法计算的增速，下同）。其中，第一产业实现增加值"
        "412.30亿元，增长6.9%，两年平均增长5.2%。\n"
    )
    got = _facts("news.txt", text)
    assert got["412.30亿元"].year == 2021 and got["6.9%"].year == 2021
    assert (got["5.2%"].year, got["5.2%"].period_start) == (2021, 2020)


_FISCAL_TABLE = (
    "某县2010年国民经济和社会发展统计公报\n\n"
    "全县财政总收入4.12亿元，增长21.3%（见表3）。\n\n表3:财政收支情况\n\n"
    "指    标    名    称\n\n单位\n\n2010年\n\n2009年\n\n增长%\n\n"
    "一。财政总收入\n\n万元\n\n41230\n\n33990\n\n21.3\n\n"
    "#县级一般预算收入\n\n万元\n\n20310\n\n17020\n\n19.3\n\n"
    "国内增值税\n\n万元\n\n5120\n\n4380\n\n16.9\n\n"
    "营业税\n\n万元\n\n4061\n\n3595\n\n13.0\n"
)


def test_a_table_one_cell_a_line_under_a_spaced_out_header_cell():
    got = _facts("gb.txt", _FISCAL_TABLE)
    assert (got["5120"].indicator, got["5120"].unit, got["5120"].year) == (
        "国内增值税",
        "万元",
        2010,
    )
    assert got["4380"].year == 2009


def test_a_growth_column_after_this_years_and_last_years_columns_is_this_years():
    got = _facts("gb.txt", _FISCAL_TABLE)
    assert (got["16.9"].measure.value, got["16.9"].year) == ("growth", 2010)
    assert got["13.0"].year == 2010


def test_a_numbered_group_row_with_its_unit_cell_holds_its_own_total():
    got = _facts("gb.txt", _FISCAL_TABLE)
    total = got["41230"]
    assert (total.indicator, total.unit, total.year) == ("财政总收入", "万元", 2010)
    assert got["21.3"].year == 2010


def test_an_area_table_whose_columns_name_their_year_and_an_aim():
    text = (
        "国家发展和改革委员会\n二○一○年七月二十七日\n"
        "附表: 2009年各省（区、市）节能目标完成情况 | |\n"
        "地 区 | 2009年万元GDP能耗 降低目标(%) | 2009年万元GDP能耗 降低率(%) |\n|\n"
        "北 京 | -5.00 | -5.61 |\n|\n天 津 | -4.40 | -4.72 |\n|\n"
        "河 南 | -4.0~-4.5 | -4.37 |\n|\n湖 北 | -4.00 | -4.15 |\n"
    )
    got = _facts("national.txt", text)
    aim, done = got["-5.00"], got["-5.61"]
    assert (aim.kind.value, aim.year, aim.measure.value) == ("target", 2009, "growth")
    assert (done.kind.value, done.year, done.measure.value) == ("actual", 2009, "growth")
    assert aim.indicator == "万元GDP能耗降低目标" and done.indicator == "万元GDP能耗降低率"
    assert done.jurisdiction == "北京市" and got["-4.72"].jurisdiction == "天津市"


def test_a_range_of_falls_in_a_table_cell_gives_both_bounds():
    text = (
        "地 区 | 2009年万元GDP能耗 降低目标(%) | 2009年万元GDP能耗 降低率(%) |\n"
        "北 京 | -5.00 | -5.61 |\n河 南 | -4.0~-4.5 | -4.37 |\n湖 北 | -4.00 | -4.15 |\n"
    )
    got = _facts("national.txt", text)
    low, high = got["-4.0"], got["-4.5"]
    assert (low.value, low.comparator.value) == (-4.0, "ge")
    assert (high.value, high.comparator.value) == (-4.5, "le")
    assert low.jurisdiction == "河南省" and got["-4.15"].jurisdiction == "湖北省"


def test_areas_each_told_with_a_figure_in_a_list_of_clauses_are_each_ones():
    text = "江苏省2015年国民经济和社会发展统计公报\n\n南京增长8.1%、苏州增长7.4%、无锡增长6.9%。\n"
    got = _facts("gb.txt", text)
    assert [got[k].jurisdiction for k in ("8.1%", "7.4%", "6.9%")] == ["南京市", "苏州市", "无锡市"]


def test_a_list_of_names_before_one_figure_stays_the_documents():
    text = "江苏省2015年国民经济和社会发展统计公报\n\n2015年南京、苏州地区生产总值均增长8%左右。\n"
    got = _facts("gb.txt", text)
    assert got["8%左右"].jurisdiction != "苏州市"


def test_areas_each_with_its_figure_in_brackets_take_the_indicator_before():
    text = (
        "2012年全国节能目标完成情况\n\n"
        "超额完成目标较多的地区分别为：北京（超额12.35%，下同）、天津（6%）、山西（4.1%）。\n"
    )
    got = _facts("national.txt", text)
    assert (got["6%"].jurisdiction, got["4.1%"].jurisdiction) == ("天津市", "山西省")
    assert got["6%"].indicator == got["12.35%"].indicator


def test_news_of_a_series_looking_back_on_a_plan_period_is_a_final_evaluation():
    text = (
        "中新社北京10月20日电/2015年10月14日，在北京举行的“辉煌十二五”系列报告会上，某部部长介绍，"
        "全国高等教育毛入学率达到36.8%，比2010年提高10.3个百分点。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert (got["36.8%"].kind.value, got["36.8%"].year) == ("actual", 2015)


def test_a_programme_quoted_by_its_name_sets_no_aim():
    text = (
        "——2018年1月16日在某市第四届人民代表大会第三次会议上\n各位代表：\n一、2017年工作回顾\n"
        "2017年，全市地区生产总值增长8.5%。\n一年来，我们主要做了以下工作：\n"
        "(一)综合施策稳增长。狠抓实体帮扶，及早制定帮扶企业“三个行动计划”，出台“稳增长20条”，"
        "帮助企业融资近32亿元、招工2.1万人，全市规模以上工业企业新增87户。\n"
    )
    got = _facts("wr.txt", text)
    assert {got[k].kind.value for k in ("32亿元", "2.1万人", "87户")} == {"actual"}
    assert got["87户"].year == 2017


def test_a_growth_whose_percent_sign_the_page_dropped():
    text = (
        "某县2012年国民经济和社会发展统计公报\n\n"
        "全年实现农业增加值8431万元，同比增长3.4；邮电业务总量51203万元，比上年增长6.1，"
        "其中邮政业务总量2210万元，增长37。入境游客9.62万人次，下降12.5。\n"
        "常住人口性别比由第六次全国人口普查的110.21下降3.05。\n"
    )
    got = _facts("gb.txt", text)
    assert (got["3.4"].measure.value, got["3.4"].unit, got["3.4"].value) == ("growth", "%", 3.4)
    assert got["37"].value == 37 and got["37"].indicator == "邮政业务总量"
    assert got["12.5"].value == -12.5
    assert got["3.05"].unit is None  # (a ratio's bare change keeps the ratio's reading)


def test_a_bare_figure_wrapped_before_its_percent_sign_is_no_dropped_sign():
    text = "某县2012年国民经济和社会发展统计公报\n\n全年社会消费品零售总额增长7\n%，固定资产投资增长6%。\n"
    got = _facts("gb.txt", text)
    assert all(f.unit == "%" for f in got.values())


def test_power_in_kilowatt_hours_written_long_and_parts_named_inside_their_whole():
    text = (
        "某县2022年国民经济和社会发展统计公报\n\n全年用电量41236万千瓦小时，增长3.2%。"
        "在第三产业中交通运输仓储和邮政业、批发和零售业增加值分别增长9.3%、2.8%。\n"
    )
    got = _facts("gb.txt", text)
    assert (got["41236万千瓦小时"].unit, got["41236万千瓦小时"].indicator) == ("万千瓦时", "用电量")
    assert got["9.3%"].indicator == "交通运输仓储和邮政业增加值"


def test_areas_set_against_the_wholes_average_take_the_paragraphs_indicator():
    text = (
        "2021年1-2月份某盟县域经济运行情况\n\n"
        "1-2月份，全盟县域规模以上工业增加值同比增长21.4%。从各旗县市看，突泉县、扎赉特旗高于全盟"
        "平均水平，同比分别增长95.2%、43.1%；乌兰浩特市、阿尔山市分别增长12.3%、6.8%。"
        "全县工业增加值高于全市平均水平，增长8%。\n"
    )
    got = _facts("news.txt", text)
    for k, area in (("95.2%", "突泉县"), ("43.1%", "扎赉特旗"), ("12.3%", "乌兰浩特市")):
        assert (got[k].indicator, got[k].jurisdiction) == ("县域规模以上工业增加值", area)
    assert got["8%"].indicator.startswith("工业增加值")  # (an indicator before the frame)


def test_a_growth_against_the_plan_before_ends_names_its_figure():
    text = (
        "某区国民经济和社会发展第十二个五年规划纲要\n\n“十一五”期间，全区地区生产总值预计完成56亿元，"
        "比“十五”末期增长2.6倍，年均增长21.3%。\n"
    )
    got = _facts("plan.txt", text)
    assert got["2.6倍"].indicator == "地区生产总值" and got["2.6倍"].period_start == 2006
    assert got["21.3%"].indicator == "地区生产总值"


def test_an_undated_release_measured_against_the_year_two_before_is_of_that_years_plus_two():
    text = (
        "来源:某市日报\n原标题:《一季度某市经济实现“开门红”》\n"
        "某市统计局发布一季度全市经济运行分析。今年一季度，全市GDP完成1269.8亿元，增长16.4%，"
        "比2019年同期增长8.3%，两年平均增长4.1%。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.reference_year == 2021
    assert got["1269.8亿元"].year == 2021 and got["16.4%"].year == 2021


_DISTRICT_TABLE = (
    "某市2012年国民经济和社会发展统计公报\n\n表1 2012年分区地区生产总值\n单位:亿元 %\n"
    "地区 | 地区生产总值 | | 第一产业 | |\n| 绝对值 | 比上年增长 | 绝对值 | 比上年增长 |\n"
    "全市 | 3950.08 | 9.0 | 45.56 | -8.2 |\n福田区 | 1374.24 | 8.0 | 0.79 | 5.8 |\n"
    "罗湖区 | 642.31 | 7.1 | 0.12 | 3.2 |\n"
)


def test_an_area_table_whose_indicators_span_their_measures_on_a_lower_line():
    got = _facts("gb.txt", _DISTRICT_TABLE)
    level, growth = got["1374.24"], got["8.0"]
    assert (level.indicator, level.unit, level.measure.value) == ("地区生产总值", "亿元", "level")
    assert (growth.indicator, growth.unit, growth.measure.value) == ("地区生产总值", "%", "growth")
    assert level.jurisdiction == "福田区" and got["5.8"].measure.value == "growth"


def test_a_unit_line_listing_units_with_a_space_gives_each_column_its_own():
    text = _DISTRICT_TABLE.replace(
        "地区 | 地区生产总值 | | 第一产业 | |\n| 绝对值 | 比上年增长 | 绝对值 | 比上年增长 |\n",
        "地区 | 地区生产总值 | 地区生产总值增长 | 第一产业 | 第一产业增长 |\n",
    )
    got = _facts("gb.txt", text)
    assert (got["642.31"].unit, got["7.1"].unit) == ("亿元", "%")
    assert got["7.1"].indicator == "地区生产总值"  # (its name not doubled)


def test_a_table_of_small_whole_counts_under_residents_columns_is_read():
    text = (
        "某市2010年国民经济和社会发展统计公报\n\n表15 2010年城乡居民每百户主要耐用消费品拥有量\n\n"
        "品名 | 单位 | 城镇居民 | 农村居民\n洗衣机 | 台 | 97 | 81\n电冰箱 | 台 | 90 | 35\n"
        "摩托车 | 辆 | 58 | 84\n"
    )
    got = _facts("gb.txt", text)
    assert (got["97"].indicator, got["97"].unit, got["97"].year) == ("城镇居民洗衣机", "台", 2010)
    assert got["84"].indicator == "农村居民摩托车" and got["84"].kind.value == "actual"
