"""Forms of round 51, composed here in the style of yearbook tables, work summaries, portal
pages and reports copied onto web pages (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from readhelp import analysed as _analysed


def test_a_yearbook_table_s_english_lines_are_no_cells():
    # (A statistical yearbook's table copied one cell a line, each cell closed by a bar:
    # every title, row name and column head is printed twice, in Chinese and in English.)
    text = (
        "5-2\n某省居民消费价格分类指数(2015年) |\nConsumer Price Indices by\nCategory (2015) |\n"
        "|\n|\n上年=100 |\n(preceding year=100) |\n项 目 |\nItem |\n全 省 |\n城 市 |\n农 村 |\n"
        "Province |\nUrban |\nRural |\n|\n居民消费价格总指数 |\nGeneral Index |\n101.8 |\n"
        "101.6 |\n102.1 |\n食品 |\nFood |\n103.4 |\n103.1 |\n103.9 |\n油脂 |\nOil or Fat |\n"
        "97.6 |\n97.2 |\n98.3 |\n"
    )
    _, got = _analysed("y.txt", text)
    for value in ("101.8", "101.6", "102.1", "103.4", "97.6", "98.3"):
        assert got[value].kind is Kind.ACTUAL and got[value].year == 2015
        assert got[value].measure is Measure.LEVEL
        assert "Oil" not in got[value].indicator and "Index" not in got[value].indicator
    assert "油脂" in got["97.6"].indicator and "食品" not in got["97.6"].indicator


def test_an_english_row_name_of_capitals_is_still_a_row():
    # (GDP alone on its line is a row's name, not a translation.)
    text = (
        "表1 2015年某市主要经济指标\n指 标\n绝对值\n比上年增长(%)\nGDP（亿元）\n812.5\n7.6\n"
        "财政收入（亿元）\n61.2\n5.1\n"
    )
    _, got = _analysed("g.txt", text)
    assert got["812.5"].kind is Kind.ACTUAL and got["812.5"].year == 2015
    assert "GDP" in got["812.5"].indicator


def test_a_year_s_work_summary_posted_early_the_next_year_is_dated_by_its_page():
    # (A street office's summary of its year and plan for the next, posted in February: it
    # was read out at the year's meetings; its review is still of the year it names.)
    text = (
        "某街道2024年工作总结和2025年工作计划\n- 时间:2025-02-18\n一、2024年工作回顾\n"
        "一年来，全年完成财政收入8.6亿元，增长12%。\n二、2025年工作计划\n"
        "今年力争完成财政收入9.2亿元。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2025
    assert got["8.6亿元"].year == 2024 and got["8.6亿元"].kind is Kind.ACTUAL
    assert got["9.2亿元"].year == 2025 and got["9.2亿元"].kind is Kind.TARGET


def test_a_summary_posted_later_in_the_next_year_keeps_its_title_s_year():
    text = (
        "某街道2024年工作总结\n发布时间:2025-07-18\n一、2024年工作回顾\n"
        "全年完成财政收入8.6亿元，增长12%。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2024
    assert got["8.6亿元"].year == 2024


def test_a_portal_s_clock_over_its_crumbs_is_no_date_of_the_page():
    # (The date a portal prints over its navigation is the day the page was viewed; the page
    # was posted years before, and its five years ahead run from then.)
    text = (
        "2026年03月09日\n当前位置: 首页 > 新闻中心 > 本地 > 正文\n\n"
        "锚定目标，奋力推进全面现代化\n\n来源: 发布日期:2023-01-05   打印\n\n"
        "  未来五年主要目标任务\n\n"
        "  ●在速度指标上，地区生产总值年均增长6.5%以上，2027年全市经济总量达到1800亿元左右\n\n"
        "  ●在质量指标上，人均地区生产总值要达到9.6万元，居民收入增长和经济增长基本同步\n"
    )
    meta, got = _analysed("p.txt", text)
    assert meta.reference_year == 2023
    assert got["9.6万元"].kind is Kind.TARGET and got["9.6万元"].year == 2027
    assert got["6.5%以上"].year == 2027


def test_a_headline_looking_ahead_with_a_figure_still_dates_nothing_below():
    # (The guard: a headline's aim with its figure is the page's message; the story's
    # undated figures below are the year reviewed.)
    text = (
        "某县：到2027年地区生产总值突破500亿元\n发布时间：2023-01-10\n\n"
        "会议指出，全县地区生产总值达到312亿元。\n"
    )
    _, got = _analysed("h.txt", text)
    assert got["312亿元"].kind is Kind.ACTUAL


def test_a_report_s_own_review_heading_wins_over_a_copy_s_title_year():
    # (A copy site titled a report by a year it was not delivered in; the report's chapter
    # heading names the year it reviews.)
    text = (
        "2019年某市政府工作报告(全文)\n更新时间:2023-04-02 10:21:08\n各位代表:\n"
        "现在,我代表市人民政府向大会作工作报告,请予审议。\n一、2015年工作回顾\n"
        "过去一年,全市完成地区生产总值1533.4亿元,增长7.5%;固定资产投资1210.6亿元,增长15.2%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2016
    assert got["1533.4亿元"].year == 2015 and got["1533.4亿元"].kind is Kind.ACTUAL


def test_a_report_titled_by_the_year_it_reviews_keeps_that_reading():
    text = (
        "某区2015年政府工作报告\n各位代表:\n一、2015年工作回顾\n"
        "过去一年,全区完成地区生产总值533.4亿元,增长7.5%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2016
    assert got["533.4亿元"].year == 2015


def test_where_a_figure_stands_is_a_result_even_in_a_plan():
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要\n\n到2025年，经济总量力争进入全国50强。\n"
        "某市经济总量位居全省第三，仅次于省会。\n到2025年，力争位居全省第二。\n"
    )
    _, got = _analysed("o.txt", text)
    assert got["第三"].kind is Kind.ACTUAL
    assert got["第二"].kind is Kind.TARGET and got["第二"].year == 2025


def test_a_place_held_among_the_top_n_is_a_rank():
    text = "2025年，某市地区生产总值稳居全国城市30强，规模以上工业增加值增长6.1%。\n"
    _, got = _analysed("t.txt", text)
    assert got["30强"].value == 30 and got["30强"].unit == "位"
    assert got["30强"].comparator.value == "le"


def test_a_figure_reached_by_is_named_by_the_noun_after_it():
    # (某省以X%的GDP增速位列全国第N: the growth is the GDP's, not the province's name.)
    text = "2015年，某省以8.9%的GDP增速位列全国第五位，经济总量居全国第十二位。\n"
    _, got = _analysed("s.txt", text)
    assert "GDP" in got["8.9%"].indicator
    assert got["8.9%"].measure is Measure.GROWTH


def test_an_indicator_clause_without_its_figure_names_the_growth_after_it():
    # (A revenue counted on a comparable basis: its name in one clause, its growth in the next.)
    text = (
        "2022年，全县社会消费品零售总额增长2.4%，地方一般公共预算收入扣除留抵退税，"
        "同口径增长8.8%，城乡居民人均可支配收入分别增长4%和6.5%。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["8.8%"].indicator.startswith("地方一般公共预算收入")
    assert got["2.4%"].indicator == "社会消费品零售总额"


def test_a_clause_of_how_it_is_counted_still_names_nothing():
    # (The guard: a price basis between a level and its growth leaves the level's name.)
    text = "2022年，全县地区生产总值212.5亿元，按可比价格计算，增长4.1%。\n"
    _, got = _analysed("g.txt", text)
    assert got["4.1%"].indicator == "地区生产总值"


def test_a_size_class_by_a_bare_magnitude_before_a_kind_of_firm_is_no_figure():
    # (规上 explained in brackets: firms of 20 million yuan of revenue and more, 元 left out.)
    text = (
        "前三季度，规上(指年主营业务收入2000万及以上工业企业)工业科技活动经费支出86.2亿元，"
        "同比增长11.3%。\n"
    )
    _, got = _analysed("k.txt", text)
    assert "2000万及以上" not in got and "2000万" not in got
    assert got["86.2亿元"].indicator.endswith("工业科技活动经费支出")
    assert got["11.3%"].measure is Measure.GROWTH


def test_a_yearbook_s_english_beside_its_row_names_is_read_past():
    # (A yearbook's table set as one row a line: each row's English name between its Chinese
    # name and its figures; the column heads are bare years over an English word.)
    text = (
        "8-2  2016-2020年某州农村基本情况\n"
        " Basic Statistics of Rural Area (2016-2020)\n"
        "  Item 2016 2017 2018 2019 2020\n"
        "  乡镇数            Number of Township Governments        112 114 113 116 115\n"
        "  村民委员会        Number of Villagers' Committees       1263 1270 1267 1266 1243\n"
        "  乡村人口数 (万人) Number of Rural Population (10 000 persons) 185.2 185.9 183.7 181.6 179.3\n"
    )
    _, got = _analysed("b.txt", text)
    for value, year in (("112", 2016), ("115", 2020), ("1263", 2016), ("179.3", 2020)):
        assert got[value].year == year and got[value].kind is Kind.ACTUAL
    assert got["179.3"].indicator.startswith("乡村人口数")
    assert "Number" not in got["1243"].indicator


def test_three_digit_cells_of_a_row_are_no_grouped_figure():
    # (A row of three-digit cells parted by single spaces is cells, not 366,365,365…; a
    # grouped figure before its unit still reads grouped.)
    text = (
        "表3 2016-2020年某县乡镇数\n  项目 2016 2017 2018 2019 2020\n"
        "  乡镇数  366 365 365 364 366\n  镇数  138 137 140 141 143\n"
        "全县财政收入达12 345 678元，增长5.1%。\n"
    )
    _, got = _analysed("t.txt", text)
    assert "366" in got and got["366"].value == 366
    assert got["12 345 678元"].value == 12345678


def test_bare_years_over_a_plan_s_rows_stay_a_plan_s_columns():
    # (The guard: a plan outline's table of bare years keeps its base and aim.)
    text = (
        "某县国民经济和社会发展第十四个五年规划纲要\n\n表1 主要指标\n"
        "指标 2020 2025 属性\n地区生产总值（亿元） 210 300 预期性\n"
        "森林覆盖率（%） 40.1 42 约束性\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["300"].kind is Kind.TARGET and got["300"].year == 2025


def test_a_report_s_breakdown_paragraph_keeps_the_aims_of_the_one_before():
    # (A round-up of the provinces' aims: the paragraph opening with 其中 lists them.)
    text = (
        "新年新目标，31个省区市2024年经济增长预期目标均已出炉。\n"
        "从各地GDP目标来看，多数省份为5%左右。\n其中，甲省为7%左右，乙省为6.5%左右。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["7%左右"].kind is Kind.TARGET and got["6.5%左右"].kind is Kind.TARGET


def test_the_verb_an_aim_strives_for_is_no_result_of_it():
    # (确保完成: what the half-year's aim strives for, not how an aim fared.)
    text = (
        "7月28日，省政府报告今年上半年经济工作情况和下半年经济工作安排。"
        "上半年全省完成生产总值2780亿元，同比增长8.8%。\n"
        "按照计划，今年下半年，全省将确保完成生产总值3420亿元。\n"
        "全省年度目标完成率达到104%。\n"
    )
    _, got = _analysed("h.txt", text)
    assert got["3420亿元"].kind is Kind.TARGET
    assert got["2780亿元"].kind is Kind.ACTUAL


def test_a_rate_s_range_written_compactly_is_a_floor_and_a_ceiling():
    text = "2019年主要预期目标：全省生产总值增长7-7.5%，新建3-4所学校。\n"
    _, got = _analysed("r.txt", text)
    assert got["7"].value == 7 and got["7"].comparator.value == "ge"
    assert got["7.5%"].comparator.value == "le"
    assert got["7"].measure is Measure.GROWTH and got["7"].kind is Kind.TARGET
    assert got["3-4所"].value == 3  # (a count so written stays one figure, a floor)


def test_short_of_the_aim_by_is_a_result_s_gap():
    text = (
        "2022年，全县地区生产总值同比增长5.9%，差计划目标2.1个百分点，增速比全州高0.4个百分点。\n"
    )
    _, got = _analysed("g.txt", text)
    gap = got["2.1个百分点"]
    assert gap.kind is Kind.ACTUAL and gap.measure is Measure.CHANGE
    assert gap.indicator.startswith("地区生产总值")
    assert "高于全州" in got["0.4个百分点"].indicator


def test_a_price_table_of_the_city_proper_reads_its_column():
    text = (
        "表2 2019年市区居民消费价格比上年涨跌幅度(%)\n指标\n市区\n居民消费价格总水平\n2.1\n"
        "一、食品烟酒\n5.6\n二、衣着\n-0.7\n三、居住\n0.3\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["5.6"].measure is Measure.GROWTH and got["5.6"].year == 2019
    assert got["-0.7"].value == -0.7 and "衣着" in got["-0.7"].indicator


def test_a_communique_s_table_of_year_on_year_growth_is_of_the_year_reported():
    # (同比增长% in a year's communiqué is that year's growth, not a monthly table's: the
    # communiqué's issue line, a month of the next year, dates no figure.)
    text = (
        "2021年某县国民经济和社会发展统计公报 某县统计局 (2022年4月28日)\n一、综合\n"
        "初步核算，全年全县实现生产总值(GDP)80.39亿元，同比增长8.8%。\n"
        "表1 生产总值及行业构成 单位:亿元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 80.39 | 8.8 | "
        "其中:第一产业 | 20.02 | 7.0 | 第二产业 | 16.78 | 15.9 | 第三产业 | 43.59 | 8.2 |\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["20.02"].year == 2021 and got["15.9"].year == 2021
    assert got["15.9"].measure is Measure.GROWTH


def test_groups_over_runs_of_years_share_them_out():
    # (A county communiqué's GDP table: 增长% and 结构% each over two years, their spans lost.)
    text = (
        "2024年某县国民经济和社会发展统计公报\n一、综合\n全县地区生产总值184.97亿元，比上年增长4.2%。\n"
        "表1 某县2024年GDP构成表 | ||||\n分行业 | 增长% | 结构% | ||\n"
        "2024年 | 2023年 | 2024年 | 2023年 | |\n地区生产总值 | 4.2 | 3.6 | 100 | 100 |\n"
        "工业 | 7.1 | -10.5 | 13.2 | 8.1 |\n建筑业 | -6.2 | 1.4 | 8.3 | 10.2 |\n"
    )
    _, got = _analysed("g.txt", text)
    assert got["7.1"].measure is Measure.GROWTH and got["7.1"].year == 2024
    assert got["-10.5"].measure is Measure.GROWTH and got["-10.5"].year == 2023
    assert got["13.2"].measure is Measure.LEVEL and got["13.2"].year == 2024
    assert got["8.1"].year == 2023 and got["8.1"].measure is Measure.LEVEL


def test_a_white_circle_typed_for_zero_reads_as_the_numeral():
    # (A Taiwan paper's story on a city's report: the years and figures in characters, 〇
    # typed as ○, a trillion as 兆, the currency named before the amount.)
    text = (
        "某市人大會議昨日登場，市長公布二○二六年經濟社會發展主要預期目標。"
        "二○二五年某市ＧＤＰ增長百分之五點二，全市生產總值達人民幣二點六七兆元，"
        "消費者物價指數上漲百分之○點三。\n"
    )
    _, got = _analysed("t.txt", text)
    assert got["百分之五點二"].year == 2025 and got["百分之五點二"].kind is Kind.ACTUAL
    total = got["二點六七兆元"]
    assert total.value == 2.67 and total.unit == "万亿元" and total.indicator == "全市生產總值"
    assert got["百分之○點三"].value == 0.3


def test_a_celebration_of_an_anniversary_is_held_in_its_year():
    text = (
        "某某信息港讯 昨日，庆祝中国共产党成立100周年系列新闻发布会某州专场发布会举行。"
        "“十三五”以来，某州森林覆盖率提高到2020年的68.2%，人均GDP全省排名第5位。\n"
    )
    meta, got = _analysed("c.txt", text)
    assert meta.reference_year == 2021
    assert got["68.2%"].kind is Kind.ACTUAL and got["68.2%"].year == 2020


def test_a_celebration_without_its_count_names_no_year():
    meta, _ = _analysed("c.txt", "某州隆重庆祝建党节，全州新增党员1200名。\n")
    assert meta.reference_year is None


def test_a_rate_s_own_figure_in_a_shared_out_list_is_a_level():
    text = (
        "2024年，城镇调查失业率、居民消费价格涨幅分别控制在5.2%和2.6%以内，"
        "地区生产总值、一般公共预算收入分别增长6.1%和8.3%。\n"
    )
    _, got = _analysed("l.txt", text)
    assert got["5.2%"].measure is Measure.LEVEL and got["5.2%"].indicator == "城镇调查失业率"
    assert got["6.1%"].measure is Measure.GROWTH and got["8.3%"].measure is Measure.GROWTH


def test_a_sector_plan_told_of_after_its_years_is_its_final_review():
    # (An environment bureau's results of a clean-air plan of 2013-2017, told in 2018.)
    text = (
        "某市环保局：重污染天数五年来减少30天\n2018年01月05日 10:18   来源:某某日报\n"
        "据了解，《某市2013年至2017年清洁空气行动计划》确定的目标任务全面完成。"
        "2017年全市达标天数为216天，比2013年增加了48天；PM2.5年平均浓度为52微克/立方米。\n"
    )
    meta, got = _analysed("e.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert got["216天"].kind is Kind.ACTUAL and got["216天"].year == 2017


def test_a_consumer_price_level_in_per_cent_is_its_rise():
    text = "2012年主要预期目标：居民消费价格总水平控制在4%左右，城镇登记失业率控制在4.3%以内。\n"
    _, got = _analysed("p.txt", text)
    assert got["4%左右"].measure is Measure.GROWTH and got["4%左右"].kind is Kind.TARGET
    assert got["4.3%以内"].measure is Measure.LEVEL


def test_xiangjiaoyu_before_a_year_is_a_base():
    text = "2022年，某区地区生产总值达4600亿元，相较于2020年增长超800亿元，相比于2020年增长21%。\n"
    _, got = _analysed("b.txt", text)
    assert got["800亿元"].year == 2022 and got["800亿元"].measure is Measure.CHANGE
    assert got["21%"].year == 2022


def test_a_multiple_of_a_wider_area_s_figure_is_a_level():
    text = "2022年，全区每万人发明专利拥有量是全市的3.2倍、全国的18.4倍，地区生产总值是2015年的2.1倍。\n"
    _, got = _analysed("m.txt", text)
    assert got["3.2倍"].measure is Measure.LEVEL and got["18.4倍"].measure is Measure.LEVEL
    assert got["2.1倍"].measure is Measure.GROWTH


def test_the_starts_of_a_list_s_changes_are_each_at_the_period_s_start():
    text = (
        "2016年2月25日\n过去五年，全区地区生产总值完成145.08亿元，年均增长17%。"
        "城镇、农村居民人均可支配收入分别从15518元和6129元提高到25410元和10810元。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["15518元"].year == 2010 and got["6129元"].year == 2010
    assert got["25410元"].year == 2015 and got["10810元"].year == 2015
