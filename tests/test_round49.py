"""Forms of round 49, composed here in the style of work reports copied onto web pages,
two-sessions news and statistics releases (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Kind
from readhelp import analysed as _analysed


def test_a_report_s_title_run_into_its_text_is_no_time_of_its_review():
    # (A copy that ran the title, salutation and review into one line: the title's year is
    # the year the report was delivered in; the figures are of the year it reviews.)
    text = (
        "某县2023年政府工作报告各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"
        "一、2022年工作回顾2022年，是本届政府履职的第一年。预计全年：地区生产总值实现86亿元，"
        "同比增长3.1%；一般公共预算收入实现4.2亿元，同比下降8.5%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2023
    assert got["86亿元"].year == got["3.1%"].year == got["4.2亿元"].year == 2022
    assert got["86亿元"].kind is Kind.ACTUAL


def test_a_year_s_report_named_in_a_sentence_dates_its_aims():
    # (Guard: the year of a report named as having its aims carried out is their year.)
    text = (
        "2017年全国两会开幕在即，国务院1日对外公布2016年《政府工作报告》量化指标任务的落实情况，"
        "40多项硬指标有的达标完成，有的超额完成。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["40多项"].year == 2016
    assert got["40多项"].kind is Kind.ACTUAL


def test_indicators_counted_after_the_plan_s_end_aim_they_have_reached():
    # (A newspaper's account of a mid-term evaluation: 已达 for 已达到, the status before the
    # count of indicators; a result of the evaluation's year, not an aim of the plan's end.)
    text = (
        "2018年11月，某省“十三五”规划纲要实施情况中期评估报告提请审议。报告显示，"
        "已达期末目标的指标有5项，即森林覆盖率、劣Ⅴ类水体比例等；"
        "已达到期末目标的指标有3项。\n"
    )
    _, got = _analysed("m.txt", text)
    assert got["5项"].kind is got["3项"].kind is Kind.ACTUAL
    assert got["5项"].year == got["3项"].year == 2018


def test_a_year_given_its_epithet_without_its_character_is_a_year():
    # (News of a report's outlook: the plan's aims to 2030, then the first year's tasks under
    # a headline's 2026开局之年, its 年 dropped.)
    text = (
        "2026-01-21 08:57 来源：某市晚报\n某市讯 1月20日，市长在市人民代表大会上作政府工作报告，提出到2030年经济总量达到"
        "3000亿元以上。2026开局之年，某市将聚焦七大重点领域，通过实施新增学位6000个以上、"
        "完成营造林32万亩等具体举措，推动高质量发展。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2026
    assert got["3000亿元以上"].year == 2030
    assert got["6000个以上"].year == got["32万亩"].year == 2026
    assert got["6000个以上"].period_start is None
    assert got["32万亩"].kind is Kind.TARGET


def test_a_bare_name_shared_by_a_city_and_its_county_is_the_city():
    # (长沙 is 长沙市 or its 长沙县; the county's parent is no context for it: the city.)
    text = "长沙一季度经济运行平稳\n记者从市统计局获悉，一季度全市地区生产总值为3204.6亿元。\n"
    meta, _ = _analysed("n.txt", text)
    assert meta.area is not None and meta.area.code == "430100"


def test_the_county_written_in_full_keeps_its_bare_name():
    # (Guard: a county's own page names it in full; its bare name is then the county.)
    text = "长沙县一季度经济运行平稳\n据长沙统计，一季度全县地区生产总值为504.6亿元。\n"
    meta, _ = _analysed("n.txt", text)
    assert meta.area is not None and meta.area.code == "430121"


def test_an_index_s_base_year_heading_a_table_is_no_time():
    # (A communiqué's price-index table one cell a line under 上年同期=100: the sections after
    # it are of the communiqué's year, not the year before.)
    text = (
        "2020年某县国民经济和社会发展统计公报\n某县统计局\n2021年4月\n"
        "全年全县居民消费价格总指数同比上涨2.5%。\n表1：2020年某县居民消费价格指数\n"
        "项目名称 |\n上年同期=100 |\n居民消费价格总指数 |\n102.5 |\n一、食品烟酒 |\n106.1 |\n"
        "二、农业\n全年全县粮食种植面积112.4万亩，比上年增加0.32万亩。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["112.4万亩"].year == got["0.32万亩"].year == 2020


def test_a_province_named_with_the_title_it_gives_a_county_casts_no_vote():
    # (A county's tourism plan aims at its province's title, 创建某省旅游强县: the province is
    # the title's grantor, not the plan's area.)
    text = (
        "一、目标任务\n到2018年，新增旅游固定资产投资12亿元，把我县打造成生态养生目的地。\n"
        "到2020年，全县服务业增加值实现30亿元，创建湖南省旅游强县；成功创建为湖南省"
        "全域旅游示范县，把炎陵打造成为国际生态度假目的地，炎陵接待游客突破300万人次。\n"
    )
    meta, _ = _analysed("p.txt", text)
    assert meta.area is not None and meta.area.code == "430225"


def test_a_mark_aimed_at_or_passed_in_short_is_a_figure():
    # (A sector plan's news: 冲万亿 in its headline and text, 力争超万亿元 after the floor it
    # keeps; a headline's 首破万亿元.)
    text = (
        "2022-03-04 来源：某日报\n某市锚定新目标：全部工业开票冲万亿\n"
        "到2025年，全部工业开票销售保8000亿元力争超万亿元。2021年，某市地区生产总值首破万亿元。\n"
    )
    meta, got = _analysed("n.txt", text)
    facts = [f for f in got.values() if f.value == 1 and f.unit in ("万亿", "万亿元")]
    assert len(facts) >= 2
    assert all(f.comparator.value == "ge" for f in facts)
    assert any(f.indicator == "全部工业开票" for f in facts)


def test_a_share_s_row_under_growth_columns_is_the_share():
    # (An implementation report's table of the year's aims and results, one cell a line, its
    # columns growths in %: the R&D share's row gives the share aimed at and reached.)
    text = (
        "关于某市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n\n"
        "发布时间: 2020-05-29 11:10:41\n\n"
        "表1:2019年国民经济和社会发展主要预期目标完成情况\n\n指标名称\n\n2019年目标增长(%)\n\n"
        "2019年实际增长(%)\n\n指标属性\n\n地区生产总值\n\n7左右\n\n6.6\n\n预期性\n\n"
        "一般公共预算收入\n\n7.5\n\n7.9\n\n预期性\n\n研究与试验发展经费支出占地区生产总值比重\n\n"
        "3.2左右\n\n3.3\n\n预期性\n\n城镇居民人均可支配收入\n\n7左右\n\n8.2\n\n预期性\n\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["3.2左右"].measure.value == got["3.3"].measure.value == "level"
    assert got["3.3"].period_start is None
    assert got["6.6"].measure.value == "growth"


def test_a_scale_reached_and_machines_counted_by_the_set():
    # (万亿级规模 reached is the figure's mark; 台套 counts machines by the set.)
    text = (
        "2025-01-19 来源：某省发展改革委\n2024年，全省地区生产总值达12.7万亿元，"
        "一般公共预算收入再次达到万亿级规模。完成工业领域设备更新28.4万台套。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["万亿"].indicator == "一般公共预算收入"
    assert got["万亿"].comparator.value == "ge"
    assert got["28.4万台套"].unit == "万台套"


def test_a_line_of_a_growth_alone_goes_on_the_figure_above_it():
    # (A phone's layout of a report's highlights, one clause a line: the growth on its own
    # line is the growth of the figure on the line before.)
    text = (
        "2025-02-10 来源：某市融媒体中心\n回首2024年\n地区生产总值增长6.7%\n"
        "完成地方一般公共预算收入21.4亿元\n增长8.5%\n全国百强排名跃居第72位\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["8.5%"].indicator == got["21.4亿元"].indicator
    assert got["8.5%"].measure.value == "growth"


def test_a_state_told_as_of_a_month_of_the_year_is_a_result():
    # (An undated report of a term's results whose latest whole year is 2017: 截至2018年8月 is
    # a state already reached, in the year of writing.)
    text = (
        "经济持续平稳增长。全市生产总值由2013年的2140.8亿元增加到2017年的2943.1亿元、年均增长8.2%。"
        "截至2018年8月，全市金融机构人民币各项存款余额3557.8亿元、贷款余额2873.1亿元。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2018
    assert got["3557.8亿元"].kind is got["2873.1亿元"].kind is Kind.ACTUAL
    assert got["3557.8亿元"].year == 2018


def test_a_change_in_points_told_in_words_in_a_table_cell():
    # (An outline's review table: 提高/降低 X个百分点 under the plan's 年均增长 column is the share's
    # change over the plan's years, signed by its word.)
    text = (
        "某区国民经济和社会发展第十四个五年规划纲要\n表1 “十三五”主要指标完成情况\n"
        "指标 | 2015年 | 2020年 | “十三五”年均增长(%) | 指标属性 |\n"
        "地区生产总值(亿元) | 210.4 | 322.5 | 8.9 | 预期性 |\n"
        "服务业增加值占地区生产总值比重(%) | 31.2 | 42.6 | 提高11.4个百分点 | 预期性 |\n"
        "战略性新兴产业增加值占地区生产总值比重(%) | 18 | 15.2 | 降低2.8个百分点 | 预期性 |\n"
    )
    _, got = _analysed("o.txt", text)
    up, down = got["11.4个百分点"], got["2.8个百分点"]
    assert up.measure.value == down.measure.value == "change"
    assert (up.value, down.value) == (11.4, -2.8)
    assert up.year == 2020 and up.period_start == 2016


def test_an_amount_s_row_in_per_cent_is_its_growth():
    # (An outline's review table whose investment row is printed in %: the growths of the base
    # year, the last year and the plan's average.)
    text = (
        "某县国民经济和社会发展第十四个五年规划纲要\n表1 “十三五”主要指标完成情况\n"
        "指标 | 2015年 | 2020年 | “十三五”年均增长(%) | 指标属性 |\n"
        "地区生产总值(亿元) | 210.4 | 322.5 | 8.9 | 预期性 |\n"
        "累计全社会固定资产投资(%) | 12 | 11.6 | 12.8 | 预期性 |\n"
    )
    _, got = _analysed("o.txt", text)
    assert got["12"].measure.value == got["11.6"].measure.value == "growth"
    assert got["12.8"].measure.value == "growth" and got["12.8"].period_start == 2016


def test_a_place_among_the_top_n_entered_is_a_rank():
    # (进入全国城市50强: a rank of at most 50; 百强 is left alone, an honour list as often.)
    text = "2016-01-10 来源：某日报\n到2020年，某市综合实力进入全国城市40强。\n"
    _, got = _analysed("n.txt", text)
    rank = got["40强"]
    assert (rank.value, rank.unit, rank.comparator.value) == (40, "位", "le")
    assert rank.kind is Kind.TARGET


def test_a_plan_setting_its_aims_in_stages_is_dated_by_its_last_stage():
    # (A county's tourism plan naming no plan of its own: 到2017年：… / 到2018年：… / 到2020年：…
    # stages its aims; those its later tasks name with no year are the last stage's.)
    text = (
        "一、目标任务\n到2017年：新增旅游固定资产投资6亿元，建成2个成熟景区。\n"
        "到2018年：新增旅游固定资产投资9亿元。\n到2020年：新增旅游固定资产投资15亿元。\n"
        "二、工作重点\n1.建成一批成熟景区。新增3个国家4A级景区，创建1个国家5A级景区。\n"
    )
    meta, got = _analysed("p.txt", text)
    assert (meta.period_start, meta.period_end) == (2016, 2020)
    assert got["3个"].year == 2020 and got["3个"].kind is Kind.TARGET
    assert got["6亿元"].year == 2017


def test_a_plan_s_aims_and_its_vision_are_no_stages():
    # (Guard: 到2025年… / 到2035年… are an outline's aims and vision, not stages of one period.)
    text = (
        "到2025年，某都市圈地区生产总值突破1.3万亿元，常住人口达到900万人左右。\n"
        "到2035年，某都市圈地区生产总值达到2万亿元左右。\n"
    )
    meta, _ = _analysed("p.txt", text)
    assert meta.period_end != 2035


def test_an_equivalence_names_the_figure_before_it():
    # (相当于2005年的3倍, 相当于5.88万亿美元: the same indicator told another way.)
    text = (
        "——2011年1月12日在某市第十四届人民代表大会第四次会议上\n过去五年，我们实现了历史性跨越。"
        "地区生产总值年均增长21%，相当于2005年的2.6倍；全市经济总量2010年达到了3980亿元，"
        "相当于588亿美元。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["2.6倍"].indicator == got["21%"].indicator == "地区生产总值"
    assert got["588亿美元"].indicator == got["3980亿元"].indicator


def test_a_province_named_as_the_domain_of_a_sub_centre_casts_no_vote():
    # (A city's report aims to be its province's sub-centre, 建设某省域副中心城市: the province
    # is the title's domain; the city, named bare three times, is the report's.)
    text = (
        "2015年，全市经济运行保持良好态势。预计生产总值增长9%，宜昌外贸出口增长19.3%。"
        "一批知名企业纷纷落户宜昌。\n今后五年，我们要加快建设湖北省域副中心城市，"
        "宜昌生产总值年均增长9%左右。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.area is not None and meta.area.code == "420500"


def test_an_outline_s_preamble_saying_what_it_is_makes_it_the_plan():
    # (本纲要主要阐述…，是今后五年…的行动纲领: the outline itself, even with its review of the
    # plan before judged against that plan's aims, heading its first chapter.)
    text = (
        "2011至2015年是国民经济和社会发展第十二个五年规划时期。本纲要主要阐述政府战略意图，"
        "明确政府工作重点，是今后五年我县经济社会发展的行动纲领。\n"
        "第一篇 指导方针与发展目标\n第一章 规划背景\n第一节 “十一五”发展成就\n"
        "“十一五”时期是我县发展最快、变化巨大的五年，“十一五”规划主要目标圆满完成。"
        "1、经济发展跃上新台阶。地区生产总值从2005年的57.2亿元增加到2010年的151亿元，年均增长14.2%，"
        "增速高于规划目标2.2个百分点。财政收入年均增长21.9%，提前一年完成“十一五”规划目标，"
        "增速高于规划目标2.9个百分点。固定资产投资年均增长33%，增速高于规划目标9个百分点。\n"
        "第二章 发展目标\n到2015年，全县地区生产总值达到380亿元，年均增长13%。\n"
    )
    meta, got = _analysed("o.txt", text)
    assert meta.doc_type.value == "plan_outline"
    assert meta.reference_year == 2011
    assert got["380亿元"].kind is Kind.TARGET and got["14.2%"].kind is Kind.ACTUAL


def test_a_name_loses_the_area_s_own_scope():
    # (全省地区生产总值 is 地区生产总值, as gold names it; 全市生产总值 keeps its scope, which
    # stands for 地区 there.)
    text = (
        "2013-11-27 来源：某日报\n2012年全省地区生产总值达到11937.8亿元，全省城镇化率达到53.7%。"
        "全市生产总值增长9.5%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["11937.8亿元"].indicator == "地区生产总值"
    assert got["53.7%"].indicator == "城镇化率"
    assert got["9.5%"].indicator == "全市生产总值"
