"""Forms of round 46, composed here in the style of work reports, communiqués and congress
news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def test_a_later_change_of_a_review_starts_where_the_first_named_its_start():
    # (The first change names both years; the next sentence's leaves them out.)
    text = (
        "某省政府工作报告\n——2013年1月20日在某省第十二届人民代表大会第一次会议上\n各位代表：\n"
        "过去的五年，是全省经济实力跨上新台阶的五年。全省生产总值由2007年的5210.4亿元增加到"
        "2012年的9876.5亿元，年均增长11.5%。地方财政收入由412.6亿元增加到1031.2亿元，增长1.5倍。\n"
    )
    _, got = _analysed("w.txt", text)
    assert got["412.6亿元"].year == 2007
    assert got["1031.2亿元"].year == 2012


def test_a_change_named_by_other_years_gives_no_start():
    # (The earlier change ends in another year than the value's: its start is not this one's.)
    text = (
        "某市2016年国民经济和社会发展统计公报\n"
        "全市常住人口由2010年的310.2万人增加到2015年的321.6万人。"
        "2016年，全市城镇化率由上年的52.1%提高到53.4%。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["52.1%"].year == 2015


def test_a_share_of_the_year_s_plan_is_a_result_and_sets_no_aim_after_it():
    text = (
        "某区2008年国民经济和社会发展统计公报\n一、综合\n"
        "全区生产总值完成25亿元，为年计划的101.2%，同比增长12.5%。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["101.2%"].kind.value == "actual"
    assert got["12.5%"].kind.value == "actual"
    assert got["12.5%"].year == 2008


def test_a_share_of_the_annual_plan_done_sets_no_aim_for_the_growth_after_it():
    text = (
        "某区2008年国民经济和社会发展统计公报\n一、综合\n"
        "全区生产总值完成25亿元，完成年度计划的101.2%，比上年增长12.5%。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["12.5%"].kind.value == "actual"


def test_a_region_counting_its_own_congress_terms_dates_its_session():
    # (西藏's and 宁夏's congresses count their terms behind the national one.)
    text = (
        "本报拉萨1月25日电 记者从西藏自治区第十一届人民代表大会第一次会议获悉：去年全区生产总值"
        "达到1150.2亿元，增长9.8%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2018
    assert got["1150.2亿元"].year == 2017
    text = "宁夏回族自治区第十届人民代表大会第三次会议开幕。去年全区生产总值达到1098.5亿元。\n"
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year == 2010


def test_a_province_counting_the_national_terms_keeps_them():
    text = "某省第十三届人民代表大会第二次会议开幕。去年全省生产总值达到3.2万亿元。\n"
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year == 2019


def test_a_lead_in_naming_aims_but_no_year_takes_the_horizon_of_its_first_item():
    text = (
        "编稿时间：2021-08-04\n"
        "市委工作报告提出，通过五年的努力奋斗，实现“四个明显提升”。报告指出，“四个明显提升”具体目标为：\n"
        "一是经济实力明显提升。到“十四五”末，全市生产总值突破480亿元，年均增长9.6%。\n"
        "二是城乡治理能力明显提升。常住人口城镇化率达到62%左右。\n"
        "三是生态环境质量明显提升。森林覆盖率达到55%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert {got[t].kind.value for t in ("480亿元", "62%左右", "55%")} == {"target"}
    assert {got[t].year for t in ("480亿元", "62%左右", "55%")} == {2025}


def test_a_lead_in_whose_first_item_looks_back_leads_in_no_aims():
    text = (
        "编稿时间：2021-08-04\n"
        "报告回顾了过去五年的工作，主要目标任务完成情况为：\n"
        "一是经济实力明显提升。2020年全市生产总值达到410亿元。\n"
        "二是城乡治理能力明显提升。常住人口城镇化率达到58%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["58%"].kind.value == "actual"


def test_farming_and_industry_helping_each_other_names_no_district():
    # (工农区 is a district; 工农互促、城乡互补 and 工农城乡关系 are a policy's words.)
    text = (
        "编稿时间：2021-08-04\n某县召开乡村振兴推进会。会议提出，加快形成工农互促、城乡互补、"
        "协调发展的新型工农城乡关系，全县农村居民人均可支配收入达到1.86万元。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.area is None or meta.area.name != "工农区"


def test_a_municipality_s_congress_term_is_read_on_its_own_count():
    # (上海's and 北京's terms run two ahead of the national count, 重庆's eight behind.)
    text = (
        "上海市十五届人大二次会议今天上午开幕。市长作政府工作报告。一年来，全市生产总值增长6.5%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2019
    assert got["6.5%"].year == 2018
    meta, _ = _analysed("n.txt", "重庆市第五届人民代表大会第三次会议开幕。全市生产总值增长6.1%。\n")
    assert meta.reference_year == 2020


def test_an_expenditure_s_change_by_an_amount_is_a_change_of_it():
    text = (
        "某区2006年国民经济和社会发展统计公报\n"
        "全年财政总支出5.4亿元，比上年增支1.27亿元，增长30.4%。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["1.27亿元"].measure.value == "change"
    assert got["1.27亿元"].indicator == got["5.4亿元"].indicator
    assert got["30.4%"].indicator == got["5.4亿元"].indicator


def test_a_class_s_line_in_a_bracket_is_no_figure_and_no_part_of_the_name():
    text = (
        "某区2012年国民经济和社会发展统计公报\n"
        "全区规模以上工业企业（年主营业务收入2000万元及以上）完成增加值12.3亿元，增长11.2%。"
        "全年规模以上工业（年主营业务收入500万元以上）利润总额3.4亿元。\n"
    )
    _, got = _analysed("c.txt", text)
    assert "2000万元及以上" not in got and "500万元以上" not in got
    assert "（" not in got["3.4亿元"].indicator
    assert got["3.4亿元"].indicator.startswith("规模以上工业")


def test_a_note_of_what_a_name_leaves_out_is_dropped_but_one_of_what_it_takes_in_stays():
    text = (
        "某区2008年国民经济和社会发展统计公报\n"
        "全年第三产业（除一、二产业外的行业）增加值64.6亿元。年末全区拥有卫生机构（含村卫生室）298个。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["64.6亿元"].indicator == "第三产业增加值"
    assert "含村卫生室" in got["298个"].indicator


def test_a_dateline_from_the_capital_leaves_the_national_congress_count_alone():
    text = "新华社北京3月5日电 十四届全国人大一次会议5日开幕。去年国内生产总值增长3.1%。\n"
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2023
    assert got["3.1%"].year == 2022


def test_a_plan_s_aim_said_met_at_a_sentence_s_end_dates_nothing_after_it():
    # (The plan's name dates the aim it set, not the year's figures in the sentences after.)
    text = (
        "某区2008年国民经济和社会发展统计公报\n"
        "2008年是“十一五”规划的第三年，一年来全区经济平稳较快发展，实现了“十一五”规划确定的年度预期目标。"
        " 一、综合 全区生产总值完成25亿元，同比增长12.5%。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["25亿元"].kind.value == "actual"
    assert {got[t].year for t in ("25亿元", "12.5%")} == {2008}


def test_a_share_of_a_year_s_investment_plan_named_with_its_object_is_a_result():
    text = (
        "某县人民政府工作报告\n——2023年1月10日在某县第十八届人民代表大会第二次会议上\n"
        "过去一年，全县32个重点项目均完成年度计划投资125%以上。全年完成年度投资计划118%。\n"
        "四川经济网讯 2月15日，某县召开人大会议。报告指出，2022年，全县重点项目均完成年度计划投资"
        "131%以上。\n"
    )
    _, got = _analysed("w.txt", text)
    assert {got[t].kind.value for t in ("125%以上", "118%", "131%以上")} == {"actual"}


def test_figures_written_in_traditional_chinese_numerals_are_read_whole():
    # (A Hong Kong page's report: 萬 and 億, 百分之 with a decimal point 點.)
    text = (
        "廣東省2006年國民經濟和社會發展統計公報\n"
        "全省生產總值達到二萬五千九百六十八點五五億元，比上年增長百分之十四點一。"
        "地方一般預算收入二千一百七十五億元，增長百分之二十點五。\n"
    )
    _, got = _analysed("t.txt", text)
    assert got["二萬五千九百六十八點五五億元"].value == 25968.55
    assert got["二萬五千九百六十八點五五億元"].unit == "亿元"
    assert got["百分之十四點一"].value == 14.1
    assert got["百分之二十點五"].measure.value == "growth"


def test_a_percent_written_out_with_a_decimal_point_is_read():
    text = "某省2006年国民经济和社会发展统计公报\n全省生产总值比上年增长百分之十四点一。\n"
    _, got = _analysed("c.txt", text)
    assert got["百分之十四点一"].value == 14.1


def test_a_chronicle_of_years_dates_the_page_after_its_last_year():
    text = (
        "某日报讯 “十二五”，见证一个省份的跨越。\n"
        "这是跨越发展的五年。2011年，经济总量1.62万亿元，位列全国第12；2012年，经济总量1.85万亿元，"
        "位列全国第11；2013年，经济总量2.08万亿元，全国第10；2014年，经济总量2.31万亿元，增速9.2%；"
        "2015年前三季度，增速8.1%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2015
    assert got["2.31万亿元"].kind.value == "actual"
    assert got["1.62万亿元"].year == 2011


def test_a_table_one_cell_a_line_whose_columns_name_what_they_count_is_read():
    text = (
        "某市2018年国民经济和社会发展统计公报\n九、教育和科学技术\n"
        "表7 2018年各类学校招生和在校生情况\n单位:万人\n指标\n招生数\n在校生数\n毕业生数\n"
        "普通高校\n2.4\n8.6\n2.1\n普通高中\n3.2\n9.4\n2.9\n普通初中\n6.1\n18.3\n5.7\n"
        "全市共有独立研究开发机构12个。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["8.6"].indicator == "普通高校在校生数"
    assert got["5.7"].indicator == "普通初中毕业生数"
    assert got["9.4"].unit == "万人"
    assert got["12个"].indicator.endswith("独立研究开发机构")


def test_the_columns_are_told_from_the_rows_by_the_layout_alone():
    from planwatch.extract.table_quantity_columns import quantity_columns

    rows = "普通高校\n2.4\n8.6\n2.1\n普通高中\n3.2\n9.4\n2.9\n"
    assert quantity_columns("指标\n招收\n在读\n结业\n" + rows, 0) == 4
    # (A row short of a figure: no rows of the header's width, no header read so.)
    uneven = "普通高校\n2.4\n8.6\n普通高中\n3.2\n成人高校\n1.1\n2.2\n3.3\n"
    assert quantity_columns("指标\n招收\n在读\n结业\n" + uneven, 0) == 0
    # (Not a name column's word first: a list of words and figures.)
    assert quantity_columns("说明\n招收\n在读\n结业\n" + rows, 0) == 0


def test_a_release_titled_by_a_part_of_the_year_and_a_statistical_subject_is_news():
    text = (
        # (A mirror's copy whose lost characters print as ??: no paragraph opens on the part.)
        "[某省统计局]2019年上半年居民收入和消费支出情况\n\n发布时间:2019-07-16\n\n??一、居民收入情况\n\n"
        "??2019年上半年，全省居民人均可支配收入12345元，比上年同期名义增长8.6%。\n\n"
        "??按收入来源分，上半年，全省居民人均工资性收入6789元，增长8.1%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert got["6789元"].year == 2019


def test_a_half_year_plan_implementation_report_is_not_statistics_news():
    text = (
        "某县2025年上半年国民经济和社会发展计划执行情况报告\n"
        "上半年，全县实现地区生产总值132.4亿元，同比增长5.3%，低于全年目标6%。\n"
    )
    meta, _ = _analysed("r.txt", text)
    assert meta.doc_type.value != "statistical_news"


def test_a_story_s_dateline_is_of_the_year_its_two_year_comparison_tells():
    text = (
        "8月5日，记者从上半年全市国民经济运行情况新闻发布会上获悉，我市农业生产形势良好。\n"
        "上半年，全市实现农林牧渔业总产值96.3亿元，同比增长8.4%，比2019年同期增长11.2%，"
        "两年平均增长5.4%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert {got[t].year for t in ("96.3亿元", "8.4%")} == {2021}


def test_a_story_of_a_meeting_summing_up_a_sector_s_year_is_no_sector_plan():
    text = (
        "某市新闻网讯 16日上午，我市召开全市交通运输工作会议，总结去年全市交通运输工作，安排今年相关工作。\n"
        "2017年，全市交通运输系统奋力推动交通建设攻坚大会战，完成交通投资29.4亿元，同比增长25%，"
        "建成县乡道392公里。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value != "sector_plan"
    assert {got[t].kind.value for t in ("29.4亿元", "25%")} == {"actual"}
    assert meta.area is None or meta.area.name != "成县"  # (建成县乡道: roads built)


def test_aims_of_the_years_ahead_named_with_their_subject_hold_for_the_sentences_after():
    text = (
        "2月16日，某市第十四届人民代表大会第一次会议开幕。\n"
        "据介绍，过去五年，全市生产总值年均增长12.1%。2016年，全市生产总值增长11.7%。\n"
        "从会上了解到，今后五年某市经济社会发展的主要目标是：围绕创新型中心城市，建成全面小康社会。"
        "全市生产总值年均增长10%左右，总量突破4800亿元，森林覆盖率超过52%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert {got[t].kind.value for t in ("10%左右", "4800亿元", "52%")} == {"target"}
    assert got["4800亿元"].year == 2021


def test_a_heading_of_the_year_s_aims_ends_the_five_years_aims_before_it():
    text = (
        "某县人民政府工作报告\n——2022年1月10日在某县第十八届人民代表大会第一次会议上\n"
        "二、今后五年的奋斗目标\n"
        "今后五年政府工作的主要目标是：到2026年，地区生产总值达到150亿元，年均增长7%以上。\n"
        "三、2022年主要预期目标\n"
        "地区生产总值增长7.5%，固定资产投资增长10%。\n"
    )
    _, got = _analysed("w.txt", text)
    assert got["150亿元"].year == 2026
    assert {got[t].year for t in ("7.5%", "10%")} == {2022}


def test_a_campaign_s_quoted_aim_sets_no_aim_for_the_work_done_under_it():
    text = (
        "本报讯 近日，某街道召开2023年度议政会。记者从会上了解到，今年以来，街道经济稳中向好。\n"
        "围绕“产业项目攻坚突破年”目标，街道紧抓充电站等12个产业项目，其中新建项目10个，"
        "新建项目开工率100%，7个项目已竣工。\n"
    )
    _, got = _analysed("n.txt", text)
    assert {got[t].kind.value for t in ("12个", "10个", "100%", "7个")} == {"actual"}


def test_a_year_whose_aims_are_told_fully_done_is_over():
    text = (
        "五年砥砺奋进，五年跨越发展。随着2025年主要目标任务的全面完成，某县为“十四五”画上了圆满句号。\n"
        "这五年，某县累计完成固定资产投资69.6亿元。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year == 2026


def test_a_growth_against_the_trend_is_the_growth_of_the_figure_before():
    text = "某街道2023年工作报告\n一、2022年工作回顾\n全年实现税收24亿元，其中产业税收12.5亿元，逆势增长5%。\n"
    _, got = _analysed("w.txt", text)
    assert got["5%"].indicator == got["12.5亿元"].indicator
    assert got["5%"].measure.value == "growth"


def test_a_revenue_s_change_against_a_named_year_is_a_change_of_it():
    text = (
        "某市2018年财政预算执行情况\n全市一般公共预算收入25.3亿元，比2017年增收12423万元，增长10.59%。"
        "全市一般公共预算支出48.1亿元，比上年决算数增支8807万元。\n"
        "全年发展特色产业，带动农户户均增收2000元。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["12423万元"].measure.value == "change"
    assert got["12423万元"].indicator == got["25.3亿元"].indicator
    assert got["8807万元"].indicator == got["48.1亿元"].indicator
    assert got["2000元"].measure.value == "level"  # (income gained, no base)


def test_a_percent_run_on_into_the_next_figure_s_name_keeps_its_own():
    # (A page's table set as prose without stops: 增长5.8%工业增加值87.6亿元增长5.5%固定资产投资…)
    text = (
        "某区2022年上半年国民经济和社会发展计划执行情况\n"
        "第三产业增加值112亿元，增长5.8%工业增加值87.6亿元增长5.5%固定资产投资增长15.2%，"
        "其中工业投资增长43.7%。固定资产投资增长2.7%810个省重点项目年度投资完成率63.4%。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["87.6亿元"].indicator == "工业增加值"
    assert got["5.5%"].indicator == "工业增加值"
    assert got["15.2%"].indicator == "固定资产投资"
    assert got["810个"].indicator.startswith("省重点项目")


def test_a_base_of_the_same_months_two_years_before_is_no_part_of_the_name():
    text = (
        "2021年8月5日，记者从上半年全市国民经济运行情况新闻发布会上获悉。\n"
        "上半年，全市实现农林牧渔业总产值96.3亿元，同比增长8.4%，比2019年同期增长11.2%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["11.2%"].indicator == got["96.3亿元"].indicator


def test_a_year_reviewed_then_the_next_year_s_aims_is_no_chronicle():
    text = (
        "本报讯 2月25日，某高新区召开2019年经济工作会议。\n"
        "2018年，某高新区取得新进展，全年技工贸总收入同比增长37.9%。2019年，全年经济增长的预期目标是"
        "实现技工贸总收入增长30%，规模工业增加值增长10%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2019
    assert got["10%"].kind.value == "target"


def test_a_communique_s_part_heading_run_into_its_line_is_no_part_of_the_name():
    text = (
        "某区2008年国民经济和社会发展统计公报\n"
        "2008年全区经济平稳较快发展。 一、综合 全区生产总值完成25亿元，同比增长12.5%。"
        " 二、农业 全年粮食产量3.2万吨。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["25亿元"].indicator == "全区生产总值"
    assert "农业" not in got["3.2万吨"].indicator
