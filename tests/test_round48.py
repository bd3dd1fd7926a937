"""Forms of round 48, composed here in the style of two-sessions news, departments' accounts
of their year so far and implementation reports (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Kind
from readhelp import analysed as _analysed
from readhelp import facts_by_text


def test_a_session_past_the_fifth_sits_in_its_term_s_last_year():
    # (A term's sixth session follows an extra one: the 13th term's last year, 2022.)
    text = (
        "20日上午，某省第十三届人民代表大会第六次会议在省会开幕。政府工作报告显示，"
        "去年全省地区生产总值36120亿元、增长7.6%，今年全省地区生产总值预期增长6%左右。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2022
    assert got["36120亿元"].year == 2021
    assert got["6%左右"].year == 2022


def test_a_fifth_session_keeps_its_own_year():
    # (Guard: the yearly sessions count from the term's first year.)
    text = (
        "20日上午，某省第十三届人民代表大会第四次会议在省会开幕。政府工作报告显示，"
        "去年全省地区生产总值36120亿元、增长3.6%。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year == 2021


def test_a_report_on_this_year_s_first_half_reports_that_year():
    # (An implementation report of September on 今年上半年: its figures are the year's own.)
    text = (
        "——2016年9月5日在县十五届人大常委会第十二次会议上\n尊敬的常委会各位组成人员：\n"
        "我受县政府委托，将我县今年上半年国民经济和社会发展计划执行情况报告如下，请予审议。\n"
        "全县完成生产总值81.3亿元，增长7.2%；完成固定资产投资52.6亿元，增长11.4%。\n"
    )
    meta, got = _analysed("p.txt", text)
    assert meta.as_of_year == 2016
    assert got["81.3亿元"].year == 2016
    assert got["52.6亿元"].kind is Kind.ACTUAL


def test_a_department_s_account_of_the_year_so_far_tells_that_year():
    # (2021年是… then 今年以来: the section after it, naming no time, is 2021's work.)
    text = (
        "某市农业农村局\n2021年是“十四五”规划开局之年。今年以来，全市上下认真落实各项部署，"
        "扎实推进乡村振兴。\n（一）健全防止返贫监测机制。组织7个县（市、区）干部1.2万人次开展"
        "集中排查，新增监测对象315户842人。\n"
    )
    meta, got = _analysed("d.txt", text)
    assert meta.as_of_year == 2021
    assert got["315户"].year == got["842人"].year == 2021
    assert got["315户"].kind is Kind.ACTUAL


def test_the_year_so_far_after_last_year_s_accounts_reviews_last_year():
    # (Guard: a report on 2021's final accounts names that year before its 今年以来.)
    text = (
        "主任、各位委员：我受区人民政府的委托，作关于2021年区本级决算和2022年上半年预算执行情况的"
        "报告。今年以来，我们坚持稳中求进。\n区本级一般公共预算收入18.6亿元，增长4.1%。\n"
    )
    meta, _ = _analysed("b.txt", text)
    assert meta.as_of_year != meta.reference_year


def test_the_parts_of_an_aim_and_its_year_s_plans_are_aims_in_a_page_of_the_year_so_far():
    # (今年以来 then the year's aim, 其中 its parts and 力争完成: aims of the year in progress.)
    text = (
        "今年以来，某省交通运输系统全面落实工作会议部署，抓项目促投资。\n\n"
        "2024年，某省交通建设投资目标1800亿元。其中，高速公路900亿元，普通国省道420亿元。\n\n"
        "2024年，普通公路力争完成投资640亿元，计划新改建普通公路6000公里。\n"
    )
    meta, got = _analysed("t.txt", text)
    assert meta.as_of_year == 2024
    assert got["1800亿元"].kind is Kind.TARGET
    assert got["900亿元"].kind is got["420亿元"].kind is Kind.TARGET
    assert got["640亿元"].kind is Kind.TARGET
    assert got["900亿元"].year == 2024


def test_parts_of_a_result_after_an_aim_s_clause_are_results():
    # (Guard: 其中 after a clause (；) breaks down the result, not the aim quoted before it.)
    text = (
        "关于某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "——2023年1月6日在某县第十八届人民代表大会第二次会议上\n（一）主要指标完成情况\n"
        "——规模以上工业增加值。增长5.1%，年度计划为增长8%，未完成；其中装备制造业增加值增长"
        "10.3%。\n"
    )
    _, got = _analysed("i.txt", text)
    assert got["10.3%"].kind is Kind.ACTUAL
    assert got["8%"].kind is Kind.TARGET


def test_a_statistics_release_of_its_year_so_far_keeps_its_results():
    # (Guard: a release's whole year named with a result verb is a result.)
    text = (
        "某省统计局\n今年以来，全省经济运行总体平稳。\n"
        "2023年国庆假期，全省共接待游客1520.3万人次，实现旅游总收入68.42亿元。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["68.42亿元"].kind is Kind.ACTUAL


def test_a_story_on_a_year_s_communique_reports_that_year():
    # (News of March on the 2016 communiqué: its figures are 2016's, not the year before's.)
    text = (
        "本报记者 某某\n3月20日，某省统计局发布2016年某省国民经济和社会发展统计公报。记者从中"
        "了解到，年末全省常住人口2630万人。\n全年旅游总人数3.12亿人次，比上年增长28.4%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2017
    assert got["3.12亿人次"].year == 2016


def test_a_finance_story_on_the_months_so_far_reports_its_own_year():
    # (A page of April headed 1-3月: the later paragraphs, naming no year, are 2021's.)
    text = (
        "1-3月某省县区一般公共预算收入比上年同期增长18.2%\n时间：2021-04-16 10:21:05\n"
        "记者从省财政厅获悉，2021年1-3月，全省县区一般公共预算收入完成402.6亿元，增长18.2%。\n"
        "在县收支完成情况上，一般公共预算收入完成121亿元，同比增长15.1%。\n"
    )
    meta, got = _analysed("f.txt", text)
    assert meta.as_of_year == 2021
    assert got["121亿元"].year == 2021


def test_a_bare_autonomous_region_s_congress_counts_its_own_terms():
    # (西藏 counts two terms behind the national count: its 12th term's fourth session, 2026.)
    text = (
        "2026-01-30 18:02:11 来源：某某网\n某社拉萨1月30日电 西藏自治区主席某某30日向自治区第十二届"
        "人民代表大会第四次会议作政府工作报告时提出，今年地区生产总值增长7%以上。\n"
        "2025年全区实现生产总值3012.5亿元，同比增长6.8%。\n"
    )
    meta, got = _analysed("x.txt", text)
    assert meta.reference_year == 2026
    assert got["3012.5亿元"].kind is Kind.ACTUAL
    assert got["7%以上"].year == 2026


def test_a_bare_autonomous_region_s_congress_elsewhere_counts_the_national_terms():
    # (Guard: 广西 counts its terms with the nation: its 14th term's second session, 2024.)
    text = (
        "某社南宁1月20日电 广西壮族自治区主席某某20日向自治区第十四届人民代表大会第二次会议作政府"
        "工作报告。去年全区生产总值27202亿元，增长4.1%。\n"
    )
    meta, _ = _analysed("g.txt", text)
    assert meta.reference_year == 2024


def test_a_part_of_the_year_s_own_aim_is_an_aim():
    # (二季度…目标增速: the quarter's aim, set beside the months' result after it.)
    text = (
        "2022年上半年工作总结及下半年工作计划\n一、工作开展情况\n（一）经济指标完成情况。"
        "二季度社会消费品零售总额目标增速7.5%，1-4月，全区社会消费品零售总额16.32亿元，增速1.2%。\n"
    )
    _, got = _analysed("q.txt", text)
    assert got["7.5%"].kind is Kind.TARGET
    assert got["16.32亿元"].kind is Kind.ACTUAL


def test_a_part_of_the_year_s_result_against_its_aim_stays_a_result():
    # (Guard: 完成年度目标 before the figure: how much of the aim the half year did.)
    text = "2022年上半年工作总结\n上半年，全区完成固定资产投资38.5亿元，完成年度目标52%。\n"
    _, got = _analysed("h.txt", text)
    assert got["38.5亿元"].kind is Kind.ACTUAL
    assert got["52%"].kind is Kind.ACTUAL


def test_streets_schools_and_the_ancient_town_name_no_area():
    # (滨河南路 holds 河南, 芙蓉学校 芙蓉 (芙蓉区), 古城城门 古城 (古城区): none is the page's area.)
    text = (
        "今年以来，我县完成固定资产投资32.5亿元，同比增长8.1%。滨河南路改造工程完工，"
        "芙蓉学校新建教学楼投用，古城城门修缮工程启动，古城边线标识展示工程完成60%。\n"
    )
    meta, _ = _analysed("c.txt", text)
    assert meta.area is None


def test_a_province_named_by_its_short_name_still_names_it():
    # (Guard: 河南 before a word of its own, not a street's, is the province.)
    text = "今年以来，河南经济运行总体平稳，全省完成固定资产投资1.2万亿元，同比增长6.4%。\n"
    meta, _ = _analysed("h.txt", text)
    assert meta.area is not None and meta.area.name == "河南省"


def test_a_peer_the_county_passed_is_not_its_area():
    # (我县…总量首次超过某县: the county passed is a peer; the page names no area of its own.)
    text = (
        "今年上半年，我县实现地区生产总值186亿元，同比增长9.2%，在市属五县（市）中，总量首次超过"
        "肥东县，跃居第一。\n"
    )
    meta, _ = _analysed("p.txt", text)
    assert meta.area is None or meta.area.name != "肥东县"


def test_a_county_named_as_the_subject_before_a_comparison_is_its_area():
    # (Guard: the county that passed the others is named itself, in full.)
    text = "今年上半年，长丰县实现地区生产总值186亿元，同比增长9.2%，总量超过全市平均水平。\n"
    meta, _ = _analysed("q.txt", text)
    assert meta.area is not None and meta.area.name == "长丰县"


def test_a_trend_since_a_year_is_told_in_a_later_year():
    # (延续2023年以来…态势: a page of 2024 on its first quarter.)
    text = (
        "市统计局昨日发布一季度经济运行分析。今年一季度全市实现地区生产总值3218.6亿元，同比增长5.9%。"
        "全市上下靠前发力，经济运行整体延续2023年以来持续回升向好态势，主要指标稳中有进。\n"
    )
    meta, got = _analysed("t.txt", text)
    assert meta.reference_year == 2024
    assert got["3218.6亿元"].year == 2024


def test_a_year_so_far_named_by_its_number_is_its_own():
    # (Guard: 2021年以来，… opening a clause is the year so far, told in it.)
    text = (
        "2021年以来，全市上下坚持稳中求进，经济运行总体平稳。上半年全市实现地区生产总值1523.4亿元，"
        "同比增长11.2%。\n"
    )
    meta, _ = _analysed("u.txt", text)
    assert meta.reference_year == 2021


def test_a_zone_s_account_opening_on_this_year_tells_that_year():
    # (今年，经开区…: the zone's work this year; 2019年底 dates the page after 2019, in 2020.)
    text = (
        "今年，经开区统筹做好疫情防控和复工复产，较好完成各项主要经济指标。\n"
        "全区入园企业136家，其中规模以上企业58家，2019年底期末用工人数统计16420人。截止3月底开工复产"
        "企业128家，新增工业企业5家。\n"
    )
    meta, got = _analysed("z.txt", text)
    assert meta.reference_year == 2020
    assert got["136家"].year == got["128家"].year == 2020


def test_last_year_named_as_a_multiple_s_base_dates_nothing_after_it():
    # (为去年全年的4.8倍: last year is the base; the figures after it stay this half year's.)
    text = (
        "云南省2023年上半年经济运行情况新闻发布会\n上半年，全省新能源并网投产652.3万千瓦、为去年全年的"
        "4.2倍，火电增发电量96亿千瓦时。\n"
    )
    _, got = _analysed("y.txt", text)
    assert got["4.2倍"].year == 2023
    assert got["96亿千瓦时"].year == 2023


def test_counts_of_racks_spindles_logs_and_trains_take_wan():
    # (32万架, 200万锭, 1260万袋, 6000万棒, 1万列: counts in their own words, scaled by 万.)
    text = (
        "到2025年，数据中心标准机架规模达到28万架，新增纺纱产能150万锭，食用菌种植规模达到1100万袋、"
        "5200万棒，海铁联运班列年开行量达到1.2万列。\n"
    )
    got = facts_by_text("u.txt", text)
    assert (got["28万架"].value, got["28万架"].unit) == (28, "万架")
    assert got["150万锭"].unit == "万锭" and got["1100万袋"].unit == "万袋"
    assert got["5200万棒"].unit == "万棒" and got["1.2万列"].unit == "万列"


def test_the_nation_as_a_standing_and_a_province_in_an_event_s_name_name_no_area():
    # (全国领先, 全国典型, 中国(安徽)科交会: the city's standing and an event's name; 合肥 twice.)
    text = (
        "2021年工作回顾\n设立合肥科技创新日，举办首届中国（安徽）科交会。新型显示综合实力全国领先，"
        "营商环境便利化成为全国典型。年度十大科技重大突破合肥独占三席，全市地区生产总值增长9%左右。\n"
    )
    meta, _ = _analysed("h.txt", text)
    assert meta.area is not None and meta.area.name == "合肥市"


def test_a_release_of_a_year_s_figures_and_its_year_before():
    # (发布了2015年某省经济运行情况: released in 2016; 由上年的… is 2014's, the year before 2015.)
    text = (
        "1月20日，某省统计局发布了2015年某省经济运行情况：全省实现生产总值15230.5亿元，同比增长8.6%。\n"
        "产业结构进一步优化，三次产业结构由上年的11.2∶51.9∶36.9调整为10.9∶50.2∶38.9。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2016
    assert got["15230.5亿元"].kind is Kind.ACTUAL and got["15230.5亿元"].year == 2015
    assert got["11.2"].year == 2014 and got["10.9"].year == 2015


def test_a_year_s_plan_released_is_written_before_it():
    # (Guard: 发布2016年工作要点 sets that year's work: no year over.)
    text = "1月8日，某县发布2016年工作要点：全县地区生产总值增长8%左右。\n"
    meta, _ = _analysed("p.txt", text)
    assert meta.reference_year != 2017


def test_a_part_year_release_posted_years_later_is_of_its_part_s_year():
    # (A release on 2018's first quarter, reposted on a page of 2021: its figures are 2018's.)
    text = (
        "2018年1-3月某市经济运行简况\n\n2021-06-10 09:33:57 来源：某市统计局\n\n"
        "一季度，某市经济运行稳中趋缓。全市实现生产总值652.3亿元，同比增长3.1%。\n"
    )
    meta, got = _analysed("z.txt", text)
    assert meta.reference_year == 2018
    assert got["652.3亿元"].year == 2018


def test_a_part_year_release_posted_soon_keeps_its_page_s_date():
    # (Guard: a release of 2021's first quarter posted in April 2021 stays dated so.)
    text = (
        "2021年1-3月某市经济运行简况\n\n2021-04-20 09:33:57 来源：某市统计局\n\n"
        "一季度，全市实现生产总值652.3亿元，同比增长13.1%。\n"
    )
    meta, _ = _analysed("y.txt", text)
    assert meta.reference_date.startswith("2021-04")


def test_a_pace_compared_with_two_bases_keeps_the_year_and_the_growth_s_name():
    # (分别比去年同期、去年全年加快: both bases; the changes are this year's pace's.)
    text = (
        "某市统计局发布2024年1-2月经济运行情况。1-2月，全市规模以上工业增加值同比增长7.9%，增速分别比"
        "去年同期、去年全年加快1.6、1.4个百分点。\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["1.6"].year == got["1.4个百分点"].year == 2024
    assert got["1.4个百分点"].indicator.startswith("规模以上工业增加值增速比")


def test_a_report_s_plans_after_a_colon_in_a_story_are_aims():
    # (…作政府工作报告，展示了…的蓝图：…；开工建设4万套以上；优良天数达到220天以上。)
    text = (
        "某省十四届人大一次会议开幕\n某网讯 1月20日，某省十四届人大一次会议开幕，省长某某作政府工作报告，"
        "展示了新时代的发展蓝图：启动机场三期工程；大力推进人才公寓建设，开工建设4万套以上；"
        "优良天数达到220天以上。\n报告显示，初步核算，全省2022年生产总值达到6.1万亿元。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["4万套以上"].kind is got["220天以上"].kind is Kind.TARGET
    assert got["6.1万亿元"].kind is Kind.ACTUAL


def test_what_a_report_shows_after_a_colon_is_a_result():
    # (Guard: 报告显示： leads in results.)
    text = "1月20日，省长某某作政府工作报告。报告显示：去年全省生产总值增长4.5%；城镇新增就业110万人。\n"
    _, got = _analysed("c.txt", text)
    assert got["110万人"].kind is Kind.ACTUAL


def test_a_story_on_a_plan_s_total_done_looks_back_on_the_plan():
    # (“十二五”…完成投资 in the headline, dated after the plan: its results, not its aims.)
    text = (
        "某县：“十二五”交通建设完成投资近19亿元\n来源： 时间：2016-04-12\n\n"
        "记者从县交通工作会议上了解到，“十二五”期间，我县交通建设累计完成投资18.76亿元。到“十二五”末，"
        "全县公路通车总里程达6120公里，较2010年底增加2810.5公里，成功将3100公里道路纳入全省交通发展规划。\n"
    )
    meta, got = _analysed("j.txt", text)
    assert got["18.76亿元"].kind is Kind.ACTUAL and got["18.76亿元"].year == 2015
    assert got["6120公里"].kind is Kind.ACTUAL


def test_a_year_opening_its_plan_s_sum_is_the_page_s_year():
    # (近日，…了解到，2015年，我县计划投资…: that year's plan, told in it.)
    text = (
        "本报讯 近日，记者从有关部门了解到，2015年，我县计划投资1.52亿元实施水利项目建设。其中，"
        "水库除险加固项目投资4820万元；中小河流治理项目投资3960万元。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2015
    assert got["1.52亿元"].kind is got["3960万元"].kind is Kind.TARGET


def test_a_year_opening_its_results_is_reviewed_after_it():
    # (Guard: 2015年，全县完成水利投资…: that year's result, told after it.)
    text = "本报讯 近日，记者从有关部门了解到，2015年，全县累计完成水利投资3.47亿元。\n"
    meta, _ = _analysed("v.txt", text)
    assert meta.reference_year == 2016


def test_a_year_s_work_wound_up_is_no_plan_s_close():
    # (工业生产实现完美收官: the year's close; 过去的2013年 is the year reviewed, told in 2014.)
    text = (
        "晚报讯 过去的2013年，面对复杂局面，我市确保了全市工业经济平稳运行。2013年全部工业实现增加值"
        "588.2亿元，占GDP比重46.2%。1-12月份全市规模以上工业增加值增长14.1%，工业生产实现完美收官。\n"
    )
    meta, got = _analysed("g.txt", text)
    assert meta.doc_type.value != "plan_final_evaluation"
    assert got["588.2亿元"].kind is Kind.ACTUAL and got["588.2亿元"].year == 2013


def test_a_year_opening_a_sentence_of_aims_holds_past_its_semicolons():
    # (“十二五”时期… named a sentence before; 2011年…主要目标是：A；B；C: all 2011's.)
    text = (
        "某市市长16日表示，“十二五”时期地区生产总值年均增长8%。2011年全市经济社会发展的主要目标是："
        "地区生产总值增长8%；城镇登记失业率控制在2.6%以内；地方财政一般预算收入增长9.5%。\n"
    )
    _, got = _analysed("k.txt", text)
    assert got["2.6%以内"].year == got["9.5%"].year == 2011


def test_a_plan_a_pace_is_measured_against_is_a_base_and_paces_listed_are_growths():
    # (高于“十五”时期平均增速: a base; 年均增长分别为5.2%、19.5%: the plan's paces, growths.)
    text = (
        "某市2010年国民经济和社会发展统计公报\n“十一五”期间，全市地区生产总值年均增长14.2%，"
        "高于“十五”时期平均增速4.1个百分点。其中第一、二、三产业年均增长分别为5.1%、18.7%和13.6%。\n"
    )
    _, got = _analysed("m.txt", text)
    assert got["18.7%"].measure.value == "growth"
    assert (got["18.7%"].year, got["18.7%"].period_start) == (2010, 2006)


def test_a_report_titled_by_the_year_it_reviews_is_delivered_after_it():
    # (某区2012年政府工作报告 over 2012年及过去五年政府工作回顾: delivered in 2013.)
    text = (
        "某区2012年政府工作报告(全文)\n各位代表：本届政府于2007年12月组成，任期即将结束。\n"
        "2012年及过去五年政府工作回顾\n2012年是本届政府任期的最后一年。全区实现地区生产总值305亿元，"
        "增长12%。\n"
    )
    meta, got = _analysed("o.txt", text)
    assert meta.reference_year == 2013
    assert got["305亿元"].year == 2012


def test_a_report_titled_by_its_own_year_is_delivered_in_it():
    # (Guard: 2012年政府工作报告 over 2011年工作回顾: delivered in 2012.)
    text = "某区2012年政府工作报告\n各位代表：\n一、2011年工作回顾\n全区实现地区生产总值272亿元，增长13%。\n"
    meta, _ = _analysed("p.txt", text)
    assert meta.reference_year == 2012


def test_a_year_opening_its_running_total_is_told_after_it():
    # (2015年，累计完成水利投资…: the year's results, told in 2016; 去年 is 2015.)
    text = (
        "某县水利化程度明显改善 2015年，累计完成水利投资31280万元，改善灌溉面积2.6万亩\n"
        "去年，某县不断加大资金投入力度，全县累计完成投资31280万元，新增灌溉面积0.76万亩。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2016
    assert got["0.76万亩"].year == 2015


def test_a_plan_entered_as_the_text_speaks_dates_it_to_the_plan_s_first_year():
    # (“十三五”期间…。开启“十四五”，…: written in 2021; its undated results are 2020's.)
    text = (
        "粮食产量连续4年超过1200亿斤……“十三五”期间，某省“三农”工作成绩亮眼。开启“十四五”，某省有哪些"
        "“小目标”？\n农村居民人均可支配收入15420元，增速连续8年高于城镇居民。\n"
    )
    meta, got = _analysed("e.txt", text)
    assert meta.reference_year == 2021
    assert got["15420元"].year == 2020


def test_a_plan_about_to_open_is_not_entered():
    # (Guard: 即将开启“十四五” is said in the year before it.)
    text = "即将开启“十四五”，某省农村居民人均可支配收入达到15420元。\n"
    meta, _ = _analysed("f.txt", text)
    assert meta.reference_year != 2021


def test_a_retrospective_s_opening_year_is_no_year_it_reviews():
    # (1949年，… opens seventy years of history; 2018年全市…达到 dates the page after 2018.)
    text = (
        "一、综合实力显著增强\n新中国成立初期，某市经济基础十分薄弱。经过70年的艰苦奋斗，2018年全市地区"
        "生产总值达到2410.6亿元。\n1949年，全市常住人口仅7.2万人。全市常住人口增加到2018年的266.4万人。\n"
    )
    meta, got = _analysed("h.txt", text)
    assert meta.reference_year == 2019
    assert got["2410.6亿元"].kind is Kind.ACTUAL


def test_a_report_s_year_opening_its_review_is_kept_beside_a_far_horizon():
    # (Guard: 2021年，… then 2035年远景目标: the horizon is no year printed as a result.)
    text = (
        "某县政府工作报告\n各位代表：\n2021年，全县地区生产总值增长7.8%。展望2035年远景目标，"
        "全县将基本实现现代化。\n"
    )
    meta, _ = _analysed("i.txt", text)
    assert meta.reference_year == 2022


def test_a_year_s_aims_laid_out_after_a_colon_and_a_budget_approved_are_aims():
    # (…按照高于全省平均水平来安排：A增长8%左右, 会议批准的2024年县级预算安排为：收入14.1亿元.)
    text = (
        "某新区管理委员会2023年工作报告\n——2023年2月6日在某新区2023年工作会议上\n二、2023年主要目标\n"
        "2023年，新区主要经济指标按照高于全省平均水平来安排：地区生产总值增长7.5%左右，固定资产投资"
        "增长11%。\n会议批准的2024年县级预算安排为：一般公共预算收入14.1亿元，比上年增长5.5%。\n"
    )
    _, got = _analysed("a.txt", text)
    assert got["7.5%左右"].kind is got["11%"].kind is Kind.TARGET
    assert got["14.1亿元"].kind is Kind.TARGET


def test_a_span_from_its_old_value_is_a_result():
    # (由原来的2.5小时缩短到1小时左右: where it started, a result; not 由原6%调整为5%, an aim's.)
    text = (
        "“十三五”时期交通建设成效\n高速公路开通后，某县至市区车程由原来的2.5小时缩短到1小时左右。"
        "预期目标由原6%左右调整为5%左右。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["1小时左右"].kind is Kind.ACTUAL
    assert got["6%左右"].kind is Kind.TARGET


def test_a_rate_s_unit_normalises_by_its_parts():
    # (公斤/亩 is 千克/亩, as the extractor writes a rate: 单产268公斤/亩.)
    from planwatch.core.units import normalise_unit, same_quantity

    assert normalise_unit("公斤/亩") == normalise_unit("千克/亩") == "千克/亩"
    assert same_quantity(268, "公斤/亩", 268, "千克/亩")
    assert not same_quantity(268, "公斤/亩", 268, "千克/公顷")
    got = facts_by_text("d.txt", "小春农作物单产提高到268公斤/亩。\n")
    assert got["268公斤/亩"].unit == "千克/亩"


def test_counts_of_times_per_thing_keep_their_words():
    # (检测794批次, 地铁开行652580列次, 送书280万册次: counts in their own units, 次 and all.)
    text = "全年开展检测612批次，地铁开行583260列次，送书230万册次，液晶显示屏5120.6万片，吉他30.2万把。\n"
    got = facts_by_text("c.txt", text)
    assert got["612批次"].unit == "批次" and got["583260列次"].unit == "列次"
    assert got["230万册次"].unit == "万册次" and got["5120.6万片"].unit == "万片"
    assert got["30.2万把"].unit == "万把"


def test_a_mobile_page_s_clauses_set_as_paragraphs_read_as_one_sentence():
    # (2023年， / 全市实现地区生产总值 / 6815.4亿元， / 按可比价计算，同比增长5.8%。 / 一产增加值…， / 同比增长…)
    text = (
        "某市2023年国民经济和社会发展统计公报\n\n  2023年,\n\n  全市实现地区生产总值\n\n  6815.4亿元,\n\n"
        "  按可比价计算,同比增长5.8%。\n\n  分产业看,\n\n  一产增加值312.5亿元,\n\n  同比增长3.4%;\n\n"
        "  二产增加值3201.2亿元,\n\n  同比增长6.1%。\n"
    )
    got = facts_by_text("m.txt", text)
    assert got["6815.4亿元"].indicator.endswith("地区生产总值")
    assert got["5.8%"].indicator == got["6815.4亿元"].indicator
    assert got["3.4%"].indicator == got["312.5亿元"].indicator


def test_lines_of_a_tidy_text_ending_in_a_comma_once_keep_their_breaks():
    # (Guard: one line ending in a comma, a heading's, is no mobile layout.)
    from planwatch.read.wrap import clause_gaps

    assert clause_gaps("一、综合实力显著增强，\n全市地区生产总值增长6%。\n二、民生持续改善\n") == []


def test_a_statistics_office_s_summary_with_a_year_on_year_table_is_statistics_news():
    # (一、工业经济运行简况 and a table's 同比±% column: no plan's 指标名称 table.)
    text = (
        "一、工业经济运行简况\n2020年1-10月某区本级产值1012.6亿元，同比增长-6.2%。\n"
        "指标名称 |\n企业数 |\n10月(亿元) |\n同比±% |\n电气机械和器材制造业 |\n118 |\n17.2 |\n-30.5 |\n"
    )
    meta, got = _analysed("y.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert got["1012.6亿元"].year == 2020


def test_a_plan_s_aims_told_well_done_look_back_on_the_whole_plan():
    # (1月28日…介绍“十四五”时期的发展成就，较好完成了“十四五”规划确定的主要目标任务: after 2025.)
    text = (
        "1月27日，某市人民政府新闻办公室召开新闻发布会，介绍某市“十四五”时期的经济社会发展成就。"
        "“十四五”时期，某市较好完成了“十四五”规划确定的主要目标任务。全市地区生产总值年均增长5.6%。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2026
    assert got["5.6%"].year == 2025 and got["5.6%"].kind is Kind.ACTUAL


def test_a_year_s_first_crossing_is_told_after_it():
    # (全县地区生产总值年均增长6.1%，2025年首次突破320亿元: told in 2026.)
    text = "经济运行稳中有进。\n▶全县地区生产总值年均增长6.1%，2025年首次突破320亿元，在全省排名上升到第38位。\n"
    meta, _ = _analysed("x.txt", text)
    assert meta.reference_year == 2026


def test_two_base_years_listed_are_bases_and_no_part_of_the_name():
    # (比2020和2019年分别增长17%和33%: both bases; the figures after are last year's.)
    text = (
        "1月20日，某省十三届人大六次会议开幕。\n去年某省建设项目数量达到10250个，比2020和2019年分别增长15%和31%。"
        "工业投资增长4.8%。\n"
    )
    _, got = _analysed("l.txt", text)
    assert got["15%"].indicator.endswith("建设项目数量")
    assert got["4.8%"].year == 2021


def test_a_mark_passed_names_no_figure_after_it():
    # (跨过5万元台阶、突破6万元关口: both the per-capita output's marks.)
    got = facts_by_text("t.txt", "某市人均生产总值跨过4万元台阶、突破5万元关口。\n")
    assert got["5万元"].indicator == got["4万元"].indicator == "某市人均生产总值"


def test_members_of_a_group_counted_by_how_they_moved_are_named_so():
    # (40个工业行业大类中有31个行业增加值实现增长: the industries that grew, their move and all.)
    text = "从行业看，38个工业行业大类中有29个行业增加值实现增长。14种主要工业产品中9种产品产量呈增长态势。\n"
    got = facts_by_text("g.txt", text)
    assert got["29个"].indicator == "行业增加值实现增长"
    assert got["9种"].indicator == "产品产量呈增长态势"


def test_a_review_heading_run_into_a_line_dates_the_clauses_after_it():
    # (…2025年要…。根据相关目录分别进行总结 2024年工作回顾 - …增长5.7%；第一产业…增长2.5%: 2024's.)
    text = (
        "2025年某省政府工作报告(全文)\n某研究院·2025-02-07 08:05\n\n"
        "报告的核心观点 2024年某省经济运行稳中向好；2025年要全方位扩大内需，推动经济持续回升向好。"
        "根据相关目录分别进行总结 2024年工作回顾 - 经济运行稳中向好:全省地区生产总值增长5.4%，"
        "经济总量达61200亿元；第一、二、三产业增加值分别增长2.3%、6.1%、5.9%\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["2.3%"].year == got["61200亿元"].year == 2024


def test_the_centre_acting_on_a_province_is_not_its_voice():
    # (受到国务院联防联控机制表扬: the State Council named as the one praising, no national text.)
    text = (
        "奋斗2022\n2022年，面对艰巨繁重的任务，湖南坚持稳中求进。全年派出医疗队员支援10个省市区，"
        "受到国务院联防联控机制表扬。地区生产总值增长4.5%。\n"
    )
    meta, _ = _analysed("c.txt", text)
    assert meta.area is not None and meta.area.name == "湖南省"


def test_a_year_s_answer_sheet_handed_in_is_told_after_it():
    # (2020年长沙 / 交答卷!: the year's results, told in 2021.)
    text = (
        "极简版政府工作报告来了\n\n某市政府工作报告\n\n  2020年某市\n\n  交答卷!\n\n  经济恢复增长\n\n"
        "  地区生产总值增长4.2%\n"
    )
    meta, got = _analysed("j.txt", text)
    assert meta.reference_year == 2021
    assert got["4.2%"].kind is Kind.ACTUAL and got["4.2%"].year == 2020


def test_a_press_conference_on_a_year_s_achievements_is_held_after_it():
    # (…从2月23日在全市2022年经济社会发展成就系列新闻发布会…获悉: told in 2023.)
    text = (
        "某网讯 2022年，经开区多项经济指标增速均居七区第2位：固定资产投资增速20.5%，高于全市7.1个百分点。"
        "这是记者从2月23日在全市2022年经济社会发展成就系列新闻发布会经开区专场上获悉的。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2023
    assert got["20.5%"].year == 2022 and got["20.5%"].kind is Kind.ACTUAL


def test_a_year_opening_its_expected_pace_is_the_page_s_year():
    # (…初步统计2018年全市…。\n2019年，某市地区生产总值预期增长7.5%: a report of 2019.)
    text = (
        "某报讯 昨日，某市第九届人民代表大会第七次会议开幕。报告指出，初步统计2018年全市实现地区生产总值"
        "2712亿元、增长7.8%。\n2019年，某市地区生产总值预期增长7.2%，将进一步全面深化改革开放。\n"
    )
    meta, got = _analysed("p.txt", text)
    assert meta.reference_year == 2019
    assert got["7.2%"].kind is Kind.TARGET and got["2712亿元"].year == 2018
