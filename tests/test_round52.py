"""Forms of round 52, composed here in the style of press conferences on a plan's results,
ministries' bulletins, census releases, sector plans and news of them, and copies on
document-sharing sites (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from planwatch.describe import plan_period
from readhelp import analysed as _analysed


def test_a_press_conference_on_a_plan_s_achievements_is_its_final_review():
    # (The page prints only its month and day; the conference sums up the whole plan.)
    text = (
        "某县举办主题新闻发布会\n发布时间: 06-28\n"
        "6月25日，某县举办新闻发布会，全面总结过去5年的工作。\n"
        "发布会全面介绍了某县“十三五”期间取得的成绩。过去5年，某县推动经济社会快速发展，"
        "生产总值从52.4亿元增至91.3亿元，年均增长7.4%。累计完成固定资产投资512亿元。\n"
    )
    meta, got = _analysed("p.txt", text)
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert got["91.3亿元"].kind is Kind.ACTUAL and got["91.3亿元"].year == 2020
    assert got["7.4%"].kind is Kind.ACTUAL and got["7.4%"].year == 2020
    assert got["512亿元"].kind is Kind.ACTUAL


def test_a_plan_named_in_corner_brackets_as_a_base_is_not_the_document_s_plan():
    # (Taiwan-style quotes 『』: 比『十五』期末 names the plan before as a base.)
    text = (
        "某地区2010年經濟社會發展實現了『十一五』規劃的完美收官。地區生產總值實現88.6億元，"
        "總量比『十五』期末翻了一番；財政收入是『十五』期末的3.9倍，分別比『十五』期末增加"
        "2960元。\n"
    )
    assert plan_period(text) == (2006, 2010)


def test_a_news_story_on_last_year_s_results_citing_a_plan_it_carries_out_is_no_plan():
    text = (
        "某網2月8日訊(記者 某某)2010年，某地區堅持生態優先，實現了『十一五』規劃的完美收官。"
        "地區生產總值實現88.6億元，增長15%，總量比『十五』期末翻了一番；財政一般預算收入實現"
        "4.8億元，增長41.2%。\n今年及『十二五』時期，是某地區加速轉型的關鍵時期，要搶抓國家實施"
        "《某林區生態保護與經濟轉型規劃》的機遇。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type is not DocType.SECTOR_PLAN
    assert got["88.6億元"].kind is Kind.ACTUAL and got["88.6億元"].year == 2010
    assert got["4.8億元"].kind is Kind.ACTUAL and got["4.8億元"].year == 2010


def test_what_there_is_now_is_a_result_in_a_story_on_a_plan():
    text = (
        "某区“十四五”教育规划：5年将新增学位近3万个\n发布时间:2020-11-19 13:38:00\n"
        "“十四五”时期，某区将继续加快教育设施建设，计划实施基建项目48个。\n"
        "某区教育体量大、类型全，现有幼儿园186所、小学79所、中学64所。\n"
    )
    meta, got = _analysed("e.txt", text)
    assert got["186所"].kind is Kind.ACTUAL and got["186所"].year == 2020
    assert got["79所"].kind is Kind.ACTUAL and got["79所"].year == 2020
    assert "现有" not in got["186所"].indicator
    assert got["48个"].kind is Kind.TARGET


def test_later_items_of_a_numbered_list_of_aims_keep_the_first_item_s_year():
    text = (
        "1、到2020年，城市空气质量优良天数比例达到72%，重度及以上污染天数不超过14天；\n"
        "2、集中式饮用水水源水质达到或好于III类的比例达到100%；\n"
        "3、受污染耕地安全利用率达到93%；\n"
        "4、主要污染物排放总量指标完成省政府下达目标。\n"
        "5、重点生态功能区所属县域生态环境状况指数达到64.2以上。\n"
    )
    _, got = _analysed("l.txt", text)
    for value in ("72%", "100%", "93%", "64.2以上"):
        assert got[value].kind is Kind.TARGET and got[value].year == 2020, value


def test_a_numbered_list_of_results_is_not_read_as_aims():
    # (Guard: the items go on a year ahead only; a list under a year reviewed keeps its own.)
    text = (
        "2023年，全市经济运行稳中有进。\n1、全市地区生产总值达到612亿元，增长5.6%；\n"
        "2、一般公共预算收入41.3亿元，增长7.2%。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["41.3亿元"].kind is Kind.ACTUAL


def test_latin_unit_symbols_of_a_ministry_s_bulletin_are_its_units():
    text = (
        "2020年5月12日，某部发布了《2019年交通运输行业发展统计公报》。\n"
        "全国公路总里程达到496.8万km，比上年增加15.2万km。公路密度为5 175 km/万km2。"
        "全国公路桥梁86.1万座、6 012.3万m，其中特大桥梁5 532座、1 021.4万m，大桥107 122座。"
        "完成营业性货运量455.6亿t，增长4.1%。\n"
    )
    meta, got = _analysed("b.txt", text)
    assert got["496.8万km"].unit == "万公里" and got["496.8万km"].value == 496.8
    assert got["6 012.3万m"].unit == "万米"
    assert got["455.6亿t"].unit == "亿吨"
    assert got["5 175 km/万km2"].unit == "公里/万平方公里"


def test_a_bulletin_s_title_year_is_the_year_before_the_title_not_the_release_date():
    text = (
        "2020年5月12日，某部发布了《2019年交通运输行业发展统计公报》。\n"
        "全国公路总里程达到496.8万公里，比上年增加15.2万公里。\n"
    )
    meta, got = _analysed("b.txt", text)
    assert meta.reference_year == 2020
    assert got["496.8万公里"].year == 2019 and got["496.8万公里"].kind is Kind.ACTUAL


def test_a_census_s_data_are_of_its_own_census_not_the_one_it_compares_with():
    text = (
        "第六次人口普查数据\n一、总人口\n全国总人口为1352418765人。\n二、人口增长\n"
        "同第五次全国人口普查2000年11月1日零时的1254318726人相比，十年共增加7231亿人。\n"
    )
    meta, got = _analysed("c.txt", text)
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert got["1352418765人"].year == 2010 and got["1352418765人"].kind is Kind.ACTUAL


def test_a_year_s_release_citing_a_census_revision_keeps_its_own_year():
    # (Guard: 据第二次全国经济普查资料修订及2009年各项数据初步核算 is no census bulletin.)
    text = (
        "某省政府新闻办公室1月24日召开新闻发布会，发布了2009年某省经济和社会发展情况，据第二次"
        "全国经济普查资料修订及2009年各项数据初步核算，2009年全省地区生产总值11230.5亿元，"
        "增长12.9%。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["11230.5亿元"].year == 2009 and got["11230.5亿元"].kind is Kind.ACTUAL


def test_a_sector_plan_copied_onto_a_document_sharing_site_years_later_is_still_the_plan():
    text = (
        "某市环境保护“十二五”规划\n\n上传人:沈*** 文档编号:61234567 上传时间:2022-04-05 "
        "格式:DOC 页数:18\n资源描述:\n一、总体目标\n到2015年，主要污染物排放得到基本控制。"
        "化学需氧量排放总量为98023吨，比2010年的104850吨减少6.5%。\n"
    )
    meta, got = _analysed("d.txt", text)
    assert meta.doc_type is DocType.SECTOR_PLAN
    assert got["98023吨"].kind is Kind.TARGET and got["98023吨"].year == 2015
    assert got["104850吨"].kind is Kind.ACTUAL and got["104850吨"].year == 2010


def test_an_office_named_for_planning_is_no_plan_and_no_aim():
    # (水利部规划计划司: a ministry's department; its director tells last year's results.)
    text = (
        "中新网12月12日电 国新办12日举行新闻发布会，水利部规划计划司司长在会上介绍，2022年，"
        "全国水利建设完成投资10562亿元。2023年1—11月，全国水利建设完成投资10714亿元，跟去年"
        "同期比，增加了832亿元。今年完成的投资主要投向4个领域。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.doc_type is not DocType.SECTOR_PLAN
    assert got["10562亿元"].kind is Kind.ACTUAL and got["10562亿元"].year == 2022
    assert got["832亿元"].kind is Kind.ACTUAL and got["832亿元"].year == 2023
    assert meta.reference_year == 2023


def test_a_year_s_aims_named_after_a_year_spoken_in_still_date_the_page():
    # (Guard: 2025年是…，今年的主要预期目标: the year the page speaks in.)
    text = (
        "2025年是“十四五”规划收官之年，今年全市经济社会发展的主要预期目标是：地区生产总值增长"
        "5.5%左右。\n"
    )
    meta, got = _analysed("a.txt", text)
    assert got["5.5%左右"].kind is Kind.TARGET and got["5.5%左右"].year == 2025


def test_an_undated_page_telling_a_year_s_figures_was_written_after_that_year():
    # (A self-media page on a province's poorest cities: no date, only the year its figures are.)
    text = (
        "某某地区地处黑龙江省西北部，是中国最北端的地级行政区。2023年某某地区生产总值为"
        "148.60亿元，位列全省倒数第一。\n"
    )
    _, got = _analysed("u.txt", text)
    assert got["148.60亿元"].kind is Kind.ACTUAL and got["148.60亿元"].year == 2023


def test_another_city_named_after_its_clause_s_year_is_its_figure_s_subject():
    text = (
        "七台河市是黑龙江省的地级市。2023年七台河市实现地区生产总值258.4亿元，其第一产业增加值"
        "41.2亿元。\n"
    )
    _, got = _analysed("q.txt", text)
    assert got["258.4亿元"].jurisdiction == "七台河市"
    assert got["258.4亿元"].kind is Kind.ACTUAL and got["258.4亿元"].year == 2023


def test_a_year_opening_a_story_of_the_work_set_for_it_is_the_year_spoken_in():
    # (No figure and no result in the sentence: the year's work set out, not a year reviewed.)
    text = (
        "2月11日，记者从刚刚闭幕的某县人民代表大会上了解到，2015年，某县继续把为群众办实事作为"
        "工作的出发点，更加注重改善民生，将集中力量办好十件民生实事。\n"
    )
    meta, _ = _analysed("y.txt", text)
    assert meta.reference_year == 2015


def test_a_year_opening_a_review_of_its_results_is_still_the_year_reviewed():
    # (Guard: the sentence tells results, 实现…增长: the page is of the year after.)
    text = "1月20日，记者从某县两会上获悉，2014年，某县实现地区生产总值86.2亿元，增长8.5%。\n"
    meta, got = _analysed("y.txt", text)
    assert meta.reference_year == 2015
    assert got["86.2亿元"].kind is Kind.ACTUAL and got["86.2亿元"].year == 2014


def test_the_second_amount_added_beside_a_change_is_a_change_too():
    text = (
        "2019年，全国公路桥梁86.12万座、6012.35万米，比上年增加2.51万座、482.14万米。"
        "其中特大桥梁5532座。\n"
    )
    _, got = _analysed("k.txt", text)
    assert got["2.51万座"].measure is Measure.CHANGE
    assert got["482.14万米"].measure is Measure.CHANGE
    assert got["6012.35万米"].measure is Measure.LEVEL


def test_the_five_years_a_review_names_at_its_sentence_s_end_date_a_start_point():
    text = (
        "某县2022年政府工作报告\n一、本届政府和2021年工作回顾\n过去五年，是某县发展历程中极不平凡的"
        "五年。\n这是凝心聚力、综合实力显著增强的五年。地区生产总值从121.4亿元增长到306亿元，"
        "是2016年的2.5倍。\n"
    )
    _, got = _analysed("f.txt", text)
    assert got["121.4亿元"].year == 2016 and got["121.4亿元"].kind is Kind.ACTUAL
    assert got["306亿元"].year == 2021


def test_a_speaker_going_on_about_a_plan_s_years_keeps_them():
    text = (
        "发布时间: 2021-02-05 13:39:27\n"
        "2021年2月5日，在某市人民代表大会上，市长某某指出：“十三五”时期，某市地区生产总值年均"
        "增长7.1%。\n某某称，全市地区生产总值从862.3亿元增加到1288.5亿元，年均增长7.1%。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["862.3亿元"].year == 2015 and got["862.3亿元"].kind is Kind.ACTUAL
    assert got["1288.5亿元"].year == 2020 and got["1288.5亿元"].kind is Kind.ACTUAL


def test_an_assessment_against_set_aims_is_a_name_not_an_aim():
    text = (
        "某县召开总结表彰大会\n发布时间:2022-02-10\n"
        "会议指出，2021年，某县目标管理考核跃居全市第3位，位列全市第一方阵。\n"
    )
    _, got = _analysed("t.txt", text)
    assert got["第3位"].kind is Kind.ACTUAL and got["第3位"].year == 2021


def test_amounts_added_by_a_list_joined_with_he_are_changes():
    text = "全年粮食播种面积1248.6万亩、总产量503.1万吨，分别比上年增加2.9万亩和1.4万吨。\n"
    _, got = _analysed("g.txt", text)
    assert got["2.9万亩"].measure is Measure.CHANGE
    assert got["1.4万吨"].measure is Measure.CHANGE


def test_a_story_telling_a_plan_s_first_year_s_achievements_is_of_the_year_after():
    text = (
        "2月3日，某市十三届人大二次会议开幕，市长代表市人民政府向大会作《政府工作报告》。《报告》"
        "客观总结我市在“十二五”开局之年所取得的成绩，描绘出新一年的发展蓝图。\n"
        "2012年，是实施“十二五”规划承上启下的重要一年。\n"
        "地区生产总值持续增长。预计完成地区生产总值655亿元，同比增长14%。\n"
    )
    meta, got = _analysed("k.txt", text)
    assert meta.reference_year == 2012
    assert got["655亿元"].kind is Kind.ACTUAL and got["655亿元"].year == 2011


def test_a_rank_s_start_before_the_band_it_entered_is_at_the_review_s_start():
    text = (
        "某市2021年政府工作报告\n一、“十三五”时期工作回顾\n"
        "五年来，经济总量从全国第38位跨入30强，三产结构比由12.4∶47.1∶40.5调整为8.2∶45.3∶46.5。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["第38位"].year == 2015 and got["第38位"].kind is Kind.ACTUAL
    assert got["30强"].year == 2020 and got["30强"].value == 30
    assert got["12.4"].indicator == "第一产业比重" and got["46.5"].indicator == "第三产业比重"


def test_a_planner_counting_a_plan_s_aims_done_is_its_final_review():
    text = (
        "某某表示，在“十一五”时期，我国面临的国内外环境十分复杂，经济社会发展仍然取得了明显的成效。"
        "在“十一五”规划中确定的20个主要目标的主要指标，除了服务业增加值比重和研发经费占GDP的比重"
        "与目标有一定差距，其他的主要指标都完成了。研发经费支出比重实际达到了1.76%。\n"
    )
    meta, got = _analysed("e.txt", text)
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert got["1.76%"].kind is Kind.ACTUAL and got["1.76%"].year == 2010


def test_news_of_a_new_plan_hailing_the_last_one_s_close_is_the_new_plan():
    # (Guard: “十三五”胜利收官 ties with the outline's words, but the plan it closes is not
    # the one the page is about.)
    text = (
        "某市定下未来五年目标\n2021/2/4 14:06:09\n"
        "导读:“十三五”胜利收官！迈入“十四五”时期，某市又该如何发展？在昨天召开的市十三届人大六次会议"
        "上，描绘了某市“十四五”规划和二〇三五年远景目标。\n主要目标\n"
        "全市地区生产总值突破2.1万亿元，人均生产总值突破17万元；常住人口城镇化率达到80%以上。\n"
    )
    meta, got = _analysed("h.txt", text)
    assert meta.doc_type is not DocType.FINAL_EVALUATION
    assert got["2.1万亿元"].kind is Kind.TARGET and got["2.1万亿元"].year == 2025


def test_a_line_of_years_set_in_under_two_measures_shares_them_out():
    text = (
        "2020年某区统计公报\n一、综合\n表一\n某区2020年GDP构成表\n行业  增速%  结构\n"
        "  2020年  2019年  2020年  2019年\n地区生产总值  0.6  7.9  100  100\n"
        "农林牧渔业  4.2  5.1  18.7  19.2\n工业  1.3  5.4  15.1  17.2\n"
    )
    _, got = _analysed("t.txt", text)
    cells = {f.value: f for f in got.values() if "农林牧渔业" in f.indicator}
    assert cells[4.2].measure is Measure.GROWTH and cells[4.2].year == 2020
    assert cells[5.1].measure is Measure.GROWTH and cells[5.1].year == 2019
    assert cells[18.7].measure is Measure.LEVEL and cells[18.7].year == 2020
    assert cells[19.2].year == 2019


def test_the_same_table_printed_one_space_apart_is_read_alike():
    text = (
        "2020年某区统计公报\n一、综合\n表一\n某区2020年GDP构成表\n行业 增速% 结构\n"
        "  2020年 2019年 2020年 2019年\n地区生产总值 0.6 7.9 100 100\n"
        "农林牧渔业 4.2 5.1 18.7 19.2\n工业 1.3 5.4 15.1 17.2\n"
    )
    _, got = _analysed("t.txt", text)
    cells = {f.value: f for f in got.values() if "农林牧渔业" in f.indicator}
    assert cells[4.2].measure is Measure.GROWTH and cells[4.2].year == 2020
    assert cells[5.1].measure is Measure.GROWTH and cells[5.1].year == 2019
    assert cells[18.7].measure is Measure.LEVEL and cells[18.7].year == 2020
