"""Forms of round 53, composed here in the style of reposted features on a plan's close,
statistics news and news of the two sessions (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from planwatch.describe import plan_period
from planwatch.describe.area_hints import province_abbreviations
from readhelp import analysed as _analysed


def test_a_plan_said_to_close_at_this_year_s_end_dates_a_look_back_not_an_outline():
    # (A feature with no date line: the plan it names ends this year, so the text looks back.)
    text = (
        "國民經濟和社會發展第十三個五年規劃即將在今年年底劃上句號，第十四個五年規劃提上日程。"
        "5年來，某省經濟保持較快增長。“十三五”前4年全省地區生產總值年均增長7.6%，"
        "經濟總量居全國位次由2015年的第16位提升到2019年的第12位。"
        "2019年全年生產總值超過2.9萬億元。\n"
    )
    meta, got = _analysed("f.txt", text)
    assert meta.doc_type is not DocType.FIVE_YEAR_PLAN
    assert got["第12位"].kind is Kind.ACTUAL and got["第12位"].year == 2019
    assert got["2.9萬億元"].kind is Kind.ACTUAL and got["2.9萬億元"].year == 2019


def test_an_undated_story_of_a_year_s_figure_past_a_threshold_is_of_the_year_after():
    text = (
        "昨日，某市政府新闻发布会举行。\n某市2011年GDP迈过了5000亿门槛。\n"
        "据初步测算，去年全年地区生产总值5012亿元，增长13.6%。今年全市生产总值预期增长12%。\n"
    )
    meta, got = _analysed("g.txt", text)
    assert meta.reference_year == 2012
    assert got["5012亿元"].kind is Kind.ACTUAL and got["5012亿元"].year == 2011
    assert got["12%"].kind is Kind.TARGET and got["12%"].year == 2012


def test_a_year_aimed_past_a_threshold_is_not_told_as_over():
    # (An aim for a year: the text is written before it.)
    text = (
        "某市召开经济工作会议。力争2012年GDP突破5000亿元。\n"
        "今年全市生产总值预期增长12%，去年增长13.6%。\n"
    )
    meta, got = _analysed("h.txt", text)
    assert meta.reference_year != 2013
    assert got["5000亿元"].kind is Kind.TARGET


def test_a_report_s_part_on_a_year_s_development_reviews_it():
    # (A development report's chapter on one city: its first part tells the year carried out;
    # the plans it names were issued that year, none of them is the text.)
    text = (
        "一、2010年经济社会发展情况\n（一）经济保持较快增长\n"
        "某市生产总值达856.3亿元，比上年增长11.2%。实现规模以上工业总产值1650.4亿元，增长14.1%。"
        "出台《某市产业发展指导目录》、《某市先进制造业规划》等文件，引导产业发展。\n"
        "（二）投资较快增长\n全市完成全社会固定资产投资402.6亿元，增长19.5%。\n"
    )
    meta, got = _analysed("d.txt", text)
    assert meta.doc_type is DocType.IMPLEMENTATION_REPORT
    assert meta.reference_year == 2011
    for value in ("856.3亿元", "1650.4亿元", "402.6亿元"):
        assert got[value].kind is Kind.ACTUAL and got[value].year == 2010


def test_a_plan_told_as_issued_is_no_sector_plan_of_the_text():
    text = (
        "某区去年出台《某区城市更新规划》，全年接待游客320万人次，增长8.5%。\n"
        "今年全区旅游收入预期增长10%。\n"
    )
    meta, _ = _analysed("s.txt", text)
    assert meta.doc_type is not DocType.SECTOR_PLAN


def test_a_communique_posted_years_later_reporting_two_year_averages_covers_2021():
    # (A copy on a health-advice site: its crumb cut before the title's year, its page dated
    # two years on; the two-year averages are the measure of 2021's releases.)
    text = (
        "首页 » 常识 » 某省国民经济\n某某 - 2023/2/14 10:21:00\n\n"
        "年，面对复杂的外部环境，全省经济稳步恢复。\n\n一、综合\n\n"
        "全年生产总值3210.5亿元，比上年增长6.1%，两年平均增长4.2%。第一产业增加值312.4亿元，"
        "同比增长5.2%，两年平均增长4.8%。年末常住人口580万人，比上年末增加2万人。\n"
    )
    meta, got = _analysed("q.txt", text)
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert got["3210.5亿元"].year == 2021 and got["6.1%"].year == 2021
    assert got["580万人"].year == 2021


def test_a_communique_published_the_year_after_its_two_year_averages_keeps_its_year():
    text = (
        "某县2021年国民经济和社会发展统计公报\n发布时间：2022-03-25\n\n一、综合\n\n"
        "全年生产总值210.5亿元，比上年增长7.1%，两年平均增长5.2%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2022
    assert got["210.5亿元"].year == 2021


def test_a_release_of_the_first_months_going_on_from_last_year_s_end_is_of_the_year_after():
    # (No year of its own: the months follow the quarter and the December it names.)
    text = (
        "记者从某省统计局获悉，1至2月份，某省工业生产增速延续2014年四季度走势，低位平稳运行。"
        "全省规模以上工业完成增加值1288.4亿元，比上年同期增长5.1%。装备制造业完成增加值"
        "265.2亿元，同比增长8.3%，比2014年12月份回升2.6个百分点。\n"
    )
    meta, got = _analysed("m.txt", text)
    assert meta.reference_year == 2015
    for value in ("1288.4亿元", "5.1%", "265.2亿元", "2.6个百分点"):
        assert got[value].kind is Kind.ACTUAL and got[value].year == 2015


def test_a_share_of_the_plan_s_task_done_named_without_de_is_a_result():
    # (A sector plan's review of the plan before: each kind of talent's count and its share done.)
    text = (
        "某州人才发展“十四五”规划\n第一章 人才现状\n"
        "截止2020年12月，全州人才总量达48.6万人，其中：专业技术人才11.7万人，完成规划目标任务"
        "82%；技能人才15.1万人，完成规划目标任务103%。\n"
        "第二章 发展目标\n到2025年，全州人才总量达到60万人。\n"
    )
    _, got = _analysed("t.txt", text)
    for value in ("82%", "103%"):
        assert got[value].kind is Kind.ACTUAL and got[value].year == 2020
    assert got["60万人"].kind is Kind.TARGET


def test_a_multiple_of_five_years_before_starts_its_period_then():
    text = (
        "某省政府工作报告\n——2016年1月24日在某省第十二届人民代表大会第四次会议上\n"
        "去年技术交易额652.3亿元，是五年前的6倍。\n"
    )
    _, got = _analysed("w.txt", text)
    assert got["6倍"].year == 2015 and got["6倍"].period_start == 2011


def test_multiples_of_a_base_share_out_over_the_figures_named_first():
    text = (
        "某省政府工作报告\n——2016年1月24日在某省第十二届人民代表大会第四次会议上\n"
        "去年技术交易额652.3亿元、专利授权量3.12万件，分别是五年前的6倍和2.7倍。\n"
    )
    _, got = _analysed("x.txt", text)
    assert got["6倍"].indicator == "技术交易额" and got["2.7倍"].indicator == "专利授权量"


def test_a_revenue_s_move_alone_opening_its_clause_is_a_change():
    text = (
        "某县2022年财政预算执行情况\n2022年，全县地方一般公共预算收入完成3.21亿元，同比增长9.5%，"
        "增收2798万元；税收收入2.1亿元，减收1200万元。产业项目带动农户增收2000元。\n"
    )
    _, got = _analysed("v.txt", text)
    assert got["2798万元"].measure is Measure.CHANGE and got["2798万元"].value > 0
    assert got["1200万元"].measure is Measure.CHANGE and got["1200万元"].value < 0
    assert got["2000元"].measure is Measure.LEVEL


def test_a_county_broadcaster_reposting_its_city_s_release_is_no_subject():
    text = (
        "固始县电视台|信阳市1—5月份经济运行成绩单出炉\n\n固始县电视台|信阳市1—5月份经济运行成绩单出炉\n"
        "6月26日，记者从市统计局获悉，1—5月份，全市规模以上工业增加值同比增长3.2%，"
        "全市固定资产投资同比增长5.6%。\n"
    )
    meta, _ = _analysed("u.txt", text)
    assert meta.area is not None and meta.area.code == "411500"


def test_a_rank_after_its_move_and_group_ranks_the_figure_before():
    text = (
        "某市2015年统计公报解读\n2015年，某市地方一般公共预算收入1876.2亿元，增长21.4%，"
        "上升至国内城市第四位。电子商务交易额突破8000亿元，居中部第2位。\n"
    )
    _, got = _analysed("k.txt", text)
    assert got["第四位"].indicator.startswith("某市地方一般公共预算收入")
    assert got["第2位"].indicator.startswith("电子商务交易额")


def test_how_a_branch_fares_is_no_part_of_its_name():
    text = (
        "某地区2022年经济运行情况\n2022年，全地区建筑业发展势头迅猛，同比增长18%；金融业、工业、"
        "房地产业生产形势较好，同比分别增长7.2%、6.8%、4.1%。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["18%"].indicator.endswith("建筑业")
    assert got["4.1%"].indicator == "房地产业"


def test_a_share_to_be_done_listed_among_the_year_s_aims_is_an_aim():
    text = (
        "某省第十一届人大第二次会议1月15日上午开幕。\n"
        "2009年全省经济社会发展的主要预期目标：全省生产总值增长9%，完成灾后重建主要目标任务的65%。"
        "城镇新增就业58万人，人口自然增长率控制在千分之五点二以内。\n"
    )
    _, got = _analysed("a.txt", text)
    for value in ("9%", "65%", "58万人"):
        assert got[value].kind is Kind.TARGET and got[value].year == 2009
    rate = got["千分之五点二"]
    assert rate.kind is Kind.TARGET and rate.value == 5.2 and rate.unit == "‰"


def test_a_year_characterised_under_a_december_dateline_is_that_year_s_review():
    text = (
        "12月26日上午，某市某区第十六届人民代表大会第四次会议开幕。区长向大会作政府工作报告。"
        "报告指出，2024年是某区负重前行、突围奋进的一年。\n"
        "报告指出，一年来，预计实现地区生产总值860亿元、增长5.2%左右。\n"
    )
    meta, got = _analysed("z.txt", text)
    assert meta.reference_year == 2024
    assert got["860亿元"].kind is Kind.ACTUAL and got["860亿元"].year == 2024


def test_a_plan_reviewing_the_plan_before_against_its_own_predecessor_is_the_next_plan():
    # (The plan before last is named only as bases: 较“十一五”增长, 由“十一五”末的, an aside.)
    text = (
        "“十二五”期间，自治区水利事业蓬勃发展，取得了显著成绩。\n"
        "——全社会水利投入累计达512.4亿元，较“十一五”增长186.2%（“十一五”全社会累计水利投入"
        "179亿元）。\n——解决了402.3万农牧民和28.6万学校师生的安全饮水问题。农村自来水普及率由"
        "“十一五”末的55.2%提高到了66%。\n——新增节水灌溉面积1820万亩，较“十一五”末增长48.3%。\n"
        "为了大力发展自治区水利事业，水利厅制定了“十三五”主要目标。\n"
        "——全社会水利投入达到1200亿元。农村自来水普及率达到78%以上。\n"
    )
    assert plan_period(text) == (2016, 2020)
    meta, got = _analysed("p.txt", text)
    assert meta.area is None or meta.area.code != "630222"  # (农牧民和: no 民和县)
    assert got["512.4亿元"].kind is Kind.ACTUAL and got["512.4亿元"].year == 2015
    assert got["78%以上"].kind is Kind.TARGET and got["78%以上"].year == 2020


def test_years_typed_with_arabic_zeros_among_chinese_digits_are_years():
    text = "某省生產總值由二00二年的一萬零五百多億元增加到二00七年的二萬四千六百多億元。\n"
    _, got = _analysed("h.txt", text)
    assert got["一萬零五百多億元"].year == 2002 and got["二萬四千六百多億元"].year == 2007


def test_a_report_looking_back_on_a_plan_and_drawing_the_next_is_of_the_next_plan_s_first_year():
    # (The year it calls the plan's last is a statement about that year, reviewed.)
    text = (
        "某市第十五届人民代表大会第九次会议上，政府工作报告系统回顾了过去一年乃至“十四五”时期"
        "我市的发展足迹，擘画出“十五五”及2026年砥砺奋发的路线图。\n"
        "2025年作为“十四五”规划收官之年，某市交出了亮眼答卷。2025年引进科技成果18项，"
        "PM2.5平均浓度降至19.2微克/立方米。\n"
    )
    meta, got = _analysed("y.txt", text)
    assert meta.reference_year == 2026
    assert got["18项"].kind is Kind.ACTUAL and got["18项"].year == 2025


def test_an_aim_s_figure_in_brackets_beside_a_share_done_is_that_year_s_aim():
    text = (
        "某市重点项目推进情况\n发布时间：2014-01-13 10:21\n截至12月底，186个省市重点项目已完成投资198.6亿元，"
        "占年度计划投资（172.4亿元）的115.2%。\n"
    )
    _, got = _analysed("j.txt", text)
    assert got["172.4亿元"].kind is Kind.TARGET and got["172.4亿元"].year == 2013
    share = got["115.2%"]
    assert share.kind is Kind.ACTUAL and share.measure is Measure.LEVEL and share.year == 2013


def test_a_province_s_abbreviation_paired_with_another_s_names_no_one_province():
    paired = "落实成渝地区双城经济圈建设，川渝共建重点项目320个，推动川渝毗邻地区合作。"
    assert province_abbreviations(paired) == []
    alone = "全省推动渝货出山，引客入渝，渝字号品牌增至120个。"
    assert {row.code for _, _, row in province_abbreviations(alone)} == {"500000"}


def test_a_breakdown_s_lead_before_its_first_row_is_no_part_of_the_row_s_name():
    text = (
        "某县2023年国民经济和社会发展统计公报\n表1 2023年末人口数及其构成\n"
        "指标 | 年末数(人) | 比重(%)\n常住人口 | 412086 | 100.0\n按城乡分:城镇 | 176320 | 42.79\n"
        "乡村 | 235766 | 57.21\n按年龄组分:0-14岁 | 90316 | 21.92\n"
    )
    _, got = _analysed("t.txt", text)
    assert got["176320"].indicator == "城镇" and got["90316"].indicator == "0-14岁"


def test_air_quality_in_milligrams_a_plan_end_s_bare_start_and_a_rank_in_our_province():
    text = (
        "2010年某区国民经济和社会发展统计公报\n全年空气中可吸入颗粒物为0.087毫克/立方米，"
        "二氧化硫为0.011毫克/立方米。农田灌溉水有效利用系数由“十一五”末的0.48提高到0.51。"
        "某区以我省第2名、全国第41名的成绩入选百强区。\n"
    )
    _, got = _analysed("q.txt", text)
    assert got["0.087毫克/立方米"].unit == "mg/m3"
    assert got["0.48"].year == 2010 and "系数" in got["0.48"].indicator
    assert got["第2名"].value == 2 and got["第41名"].value == 41


def test_shares_out_after_bi_zeng_and_ranks_listed_after_a_rank():
    text = (
        "2020年，全县生产总值、固定资产投资、本级一般公共预算收入分别比增2.1%、3.4%和1.9%，"
        "增速分别排在全市第六、第三和第二。民间投资占比增至44.6%。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["3.4%"].indicator == "固定资产投资" and got["3.4%"].measure is Measure.GROWTH
    assert got["第三"].value == 3 and got["第二"].value == 2
    assert got["第六"].indicator == "全县生产总值增速排名"
    assert got["第二"].indicator == "本级一般公共预算收入增速排名"
    assert got["44.6%"].measure is Measure.LEVEL


def test_areas_listed_after_a_colon_head_take_its_indicator():
    text = (
        "2021年，全市实现生产总值6210.4亿元。各县市区生产总值完成情况：潍城区312.0亿元，"
        "寒亭区(含经济开发区)241.3亿元，坊子区198.6亿元。全年出生人口5.8万人，出生人口性别比108.7。\n"
    )
    _, got = _analysed("w.txt", text)
    for value in ("312.0亿元", "241.3亿元", "198.6亿元"):
        assert got[value].indicator == "生产总值"
    assert got["241.3亿元"].jurisdiction == "寒亭区"
    assert got["108.7"].indicator == "出生人口性别比"


def test_a_portal_s_date_with_its_weekday_over_the_crumbs_is_its_clock():
    text = (
        "新闻源 财富源\n\n2024年06月23日 星期天\n\n财经 > 滚动新闻 > 正文\n\n"
        "某县：“十三五”基础很坚实\n\n  • 发布时间:2016-03-20 23:31:01  来源:某某商报\n\n"
        "  “十二五”时期，某县超额完成了各项目标任务。2015年，全县实现生产总值112亿元，"
        "是2010年的2.1倍。\n"
    )
    meta, got = _analysed("k.txt", text)
    assert meta.reference_year == 2016
    assert got["112亿元"].year == 2015


def test_an_undated_story_s_later_year_reached_dates_it_after_that_year():
    text = (
        "9月19日，省新闻办举行“砥砺奋进的五年”系列新闻发布会。\n5年来，某市保持了经济中高速发展，"
        "生产总值2012年突破千亿元，2016年达1210.4亿元，年均增长8.2%。\n"
    )
    meta, got = _analysed("l.txt", text)
    assert meta.reference_year == 2017
    assert got["1210.4亿元"].kind is Kind.ACTUAL and got["1210.4亿元"].year == 2016


def test_the_county_after_its_city_s_name_is_still_named():
    # (市民和 is no false friend: 海东市民和回族土族自治县 names the county after its city.)
    meta, _ = _analysed("m.txt", "海东市民和回族土族自治县2023年地区生产总值增长5.2%。\n")
    assert meta.area is not None and meta.area.code == "630222"
