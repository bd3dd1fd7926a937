"""Forms of round 47, composed here in the style of speeches, work reports, communiqués and
statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def test_a_year_end_speech_planning_next_year_speaks_in_the_year_it_sums_up():
    # (The page plans 2025's work at the end of 2024: its 今年 is 2024.)
    text = (
        "在某县商会年度会员大会上的讲话\n在新年即将到来之际，我们召开年度会员大会，总结本年度的工作，"
        "研究部署2025年的工作安排。\n今年以来，全县实现地区生产总值215.6亿元，同比增长6.2%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2024
    assert got["215.6亿元"].year == 2024


def test_a_plan_for_next_year_without_year_end_words_speaks_in_that_year():
    # (Guard: a work report setting 2025's work, read early in 2025, reviews 2024.)
    text = (
        "某县人民政府工作报告\n各位代表：现在我就2025年的工作安排作简要报告。\n"
        "去年，全县实现地区生产总值215.6亿元，同比增长6.2%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2025
    assert got["215.6亿元"].year == 2024


def test_final_accounts_of_a_year_are_reported_after_it():
    # (A report on 2023's final accounts: its figures are that year's results.)
    text = (
        "主任、各位委员：受县人民政府委托，我作关于2023年县本级决算的报告。\n"
        "全县一般公共预算收入28.4亿元，增长7.5%。\n"
    )
    meta, got = _analysed("b.txt", text)
    assert meta.reference_year == 2024
    assert got["28.4亿元"].year == 2023


def test_a_budget_s_carried_over_lines_are_no_year_before():
    # (上年结转收入 is a line of this year's account, as its other lines are.)
    text = (
        "某县决算报告\n一、2023年一般公共预算收支决算情况\n"
        "全县一般公共预算收入28.4亿元。加上级补助收入16.2亿元、上年结转收入3.1亿元，"
        "收入总量为47.7亿元。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["3.1亿元"].year == got["16.2亿元"].year == 2023
    assert got["47.7亿元"].year == 2023


def test_a_heading_run_into_the_line_opens_on_its_year_and_names_nothing():
    # (One line as a page gives it: 今年以来 in the opening, then a numbered heading of last year.)
    text = (
        "各位委员：受县人民政府委托，我作关于2023年县本级决算和2024年上半年预算执行情况的报告。"
        "今年以来，全县财政运行总体平稳。现将有关情况报告如下： 一、2023年决算情况 "
        "全县一般公共预算收入28.4亿元，增长7.5%。一般公共预算支出41.5亿元，增长3.2%。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["41.5亿元"].year == 2023
    assert got["28.4亿元"].indicator == "一般公共预算收入"


def test_a_year_opening_a_paragraph_that_sets_its_aims_is_the_page_s_own():
    # (2018年，…定下了目标：… is news of that year's aims, not a review of 2018.)
    text = (
        "2018年，某区给自己定下了目标：地区生产总值增长8%以上，一般公共预算收入增长5%以上，"
        "固定资产投资增长8%以上。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2018
    assert got["5%以上"].kind.value == "target"
    assert got["5%以上"].year == 2018


def test_a_year_opening_a_paragraph_of_results_is_still_reviewed():
    # (Guard: 2018年，… with results and no aims set is a look back from the year after.)
    text = "2018年，某区地区生产总值增长8.2%，一般公共预算收入增长5.1%。\n"
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2019
    assert got["5.1%"].kind.value == "actual"


def test_the_years_since_a_congress_first_session_end_the_term():
    # (A report looking back on the five years since the term's first session: five years on.)
    text = (
        "某自治区人民政府工作报告\n各位代表：本届政府任期即将结束。\n一、过去五年工作回顾\n"
        "自治区十届人大一次会议以来的五年，是不平凡的五年。全区生产总值由2002年的1940.9亿元"
        "增加到2007年的6018.8亿元，年均增长20%。\n"
    )
    meta, got = _analysed("r.txt", text)
    assert meta.reference_year == 2008
    assert got["6018.8亿元"].kind.value == "actual"


def test_a_part_of_a_year_published_is_told_in_that_year():
    # (公布了2013年一季度…: the first quarter's figures, told in April of that year.)
    text = (
        "某日报杭州4月22日讯 今天，省政府新闻办召开新闻发布会，公布了2013年一季度全省经济运行情况。"
        "一季度，全省实现生产总值7261.5亿元，比去年同期增长8.3%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2013
    assert got["7261.5亿元"].year == 2013


def test_a_two_year_average_with_no_year_named_is_of_2021():
    # (Releases measured against 2019 through 2021 only: 两年平均 dates a page that names no year.)
    text = (
        "一季度，全省生产总值为743.88亿元，同比增长12.8%，两年平均增长5.1%。"
        "其中，第一产业增加值29.87亿元，同比增长4.3%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["29.87亿元"].year == 2021


def test_news_hailing_a_plan_s_results_looks_back_on_the_whole_plan():
    # (A series named 辉煌“十三五”, held after the plan's end: a final look back.)
    text = (
        "某市新闻网讯\n1月13日，记者从“辉煌十三五 奋进新时代”主题系列新闻发布会上获悉，“十三五”期间，"
        "某市综合实力稳步提升。预计2020年地区生产总值达245亿元，年均增长7.5%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert meta.reference_year == 2021
    assert got["245亿元"].kind.value == "actual"


def test_a_plan_s_pace_told_as_done_looks_back_on_the_whole_plan():
    text = (
        "1月18日，某市“十三五”发展成就新闻发布会举行，“十三五”时期，某市地区生产总值年均增长5.8%，"
        "一般公共预算收入年均增长5%。累计新增市场主体2.7万家。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["5.8%"].kind.value == "actual"
    assert got["2.7万家"].year == 2020


def test_a_plan_naming_its_own_making_is_a_plan_not_a_look_back():
    # (制定本规划 in the preamble: the plan speaks, though its first part hails the plan before.)
    text = (
        "“十四五”时期，是全面建设社会主义现代化国家的开局时期，为推进我县教育事业高质量发展，"
        "依据有关工作方案，制定本规划。\n一、发展基础和面临困难\n（一）基本情况\n"
        "全县现有各级各类学校512所。\n（二）“十三五”教育发展成绩\n"
        "“十三五”时期是我县教育改革发展取得显著成效的五年。新增学位1.2万个。\n"
    )
    meta, got = _analysed("p.txt", text)
    assert meta.doc_type.value in ("plan_outline", "sector_plan")
    assert got["512所"].year == 2020


def test_a_change_told_done_dates_an_undated_article_after_its_end():
    # (An article with no date that opens on a change from one year to a later one.)
    text = (
        "文|某区主席 某某\n——综合实力提升最快的时期。全区生产总值从2007年的6423.2亿元增加到2012年的"
        "1.6万亿元，年均增长15.1%。人均生产总值由3300美元提高到10189美元。\n"
    )
    meta, got = _analysed("a.txt", text)
    assert meta.reference_year == 2013
    assert got["1.6万亿元"].kind.value == "actual"
    assert got["10189美元"].year == 2012


def test_a_paragraph_of_points_goes_on_in_the_time_of_the_one_before():
    # (今年上半年，… then 一是…: the half year's results point by point.)
    text = (
        "发布时间：2018-07-24 来源：某省新闻网\n"
        "某省新闻网7月24日讯 7月24日，省长向会议报告了上半年经济社会发展情况。\n"
        "据悉，今年上半年，全省地区生产总值增长8.2%，主要经济指标好于预期。\n"
        "一是经济保持平稳较快增长。全社会固定资产投资增长10.6%、高于预期0.6个百分点。\n"
        "二是结构调整持续推进。第三产业增加值增长9.9%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2018
    assert got["10.6%"].kind.value == "actual"
    assert got["9.9%"].year == got["8.2%"].year == 2018


def test_a_county_s_half_year_news_is_no_plan_s_mid_term_evaluation():
    # (双过半: half the year gone, half its tasks done; the page's own half year.)
    text = (
        "某县奋力实现全年目标“双过半”\n发布时间：2012-07-24\n据市统计局评估认定，2012年上半年某县实现"
        "生产总值20.378亿元，同比增长15.8%。\n园区建设全面提速。园区入驻企业32户，完成固定资产投资2.91亿元。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert got["32户"].year == 2012


def test_a_figure_as_of_a_year_s_end_dates_an_undated_page_after_it():
    text = (
        "今年，经开区扎实有序推进企业复工复产。\n全区148家入园企业，其中规模以上企业66家，"
        "2019年底期末用工人数统计18310人。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2020
    assert got["18310人"].year == 2019


def test_a_year_s_programme_in_progress_is_no_year_over():
    # (2018年度…重点项目已开工62个: that year's programme under way, not a year reported done.)
    text = (
        "记者从省住房城乡建设厅获悉，今年上半年，全省棚户区改造开工建设45.7万套，开工率54.1%。\n"
        "重点工程加快落地开工。2018年度全省住建系统70个重点项目已开工62个，开工率88.6%。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year != 2019


def test_what_a_figure_so_far_passed_last_year_is_a_base_not_its_time():
    # (今年前11月…超去年全年 heads the story: the months are this year's.)
    text = (
        "原标题：今年前11月某市社会消费品零售总额超去年全年\n"
        "24日，某市统计局公布1—11月份经济运行情况。前11月全市规模以上工业增加值同比增长11.6%，"
        "两年平均增长7.9%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["11.6%"].year == 2021


def test_a_release_opening_on_the_year_so_far_reports_that_year():
    text = (
        "今年以来，全县主要指标保持较快增长，经济运行保持稳定恢复态势。\n一、主要经济指标完成情况\n"
        "地区生产总值（GDP）314.4亿元，同比增长15.1%，两年平均增长6.2%；\n"
        "规上工业增加值39.5亿元，同比增长32.0%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["39.5亿元"].year == 2021


def test_the_same_months_of_years_over_date_a_release_after_them():
    text = (
        "今年以来，全盟县域经济持续恢复性增长。\n二、县域投资项目开工较早\n"
        "2018-2020年同期全盟均无投资活动，今年1-2月份，全盟共有15个5000万以上项目开复工。\n"
        "1-2月份，全盟县域规模以上工业增加值按可比价格计算，同比增长30.2%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["30.2%"].year == 2021
    assert got["30.2%"].indicator == "县域规模以上工业增加值"


def test_a_budget_s_sum_quoted_in_a_share_of_it_is_the_budget_aim():
    # (占年初预算N万元的X%: N is the year's budget for the revenue; X% is how much came in;
    # the growth after it is the revenue's again.)
    text = (
        "2024年1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。"
        "一般公共预算支出占调整预算数539267万元的95.1%。\n"
    )
    _, got = _analysed("b.txt", text)
    budget = got["10065万元"]
    assert (budget.kind.value, budget.indicator) == ("target", "财政总收入年初预算")
    assert got["43.2%"].kind.value == "actual"
    assert got["43.2%"].indicator == "财政总收入完成预算比例"
    assert got["6.5%"].indicator == "财政总收入"
    assert got["539267万元"].kind.value == "target"
    assert got["95.1%"].indicator == "一般公共预算支出完成预算比例"


def test_a_share_of_a_whole_told_after_a_result_stays_a_share():
    # (Guard: 占全市经济总量的39.1% is a share of the economy, not of an aim.)
    text = "2024年，全区工业增加值可比增长4.3%，占全区经济总量的39.1%。\n"
    _, got = _analysed("s.txt", text)
    assert "完成" not in got["39.1%"].indicator


def test_an_aim_s_value_met_in_prose_makes_no_plan_table():
    text = (
        "2022年，是具有特殊重要意义的一年，某区卫生健康局坚持公益，多项工作成绩明显。目前，全区共有"
        "医疗机构787间，相比2021年末增加66间。居民健康素养水平稳步提升，2022年达38.2%，提前实现了"
        "2030年的目标值。\n一、主要工作\n（一）强化政治引领。全面督导29个单位。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.doc_type.value != "plan_table"
    assert got["787间"].year == 2022


def test_a_meeting_summing_up_a_year_is_held_after_it_and_a_listed_county_is_no_issuer():
    text = (
        "3月20日，我市召开全市外贸工作会议，总结2021年工作，部署今年任务。佛山海关和禅城区、南海区、"
        "顺德区政府有关负责同志发言。\n2021年，全市进出口总值6100.5亿元，增长20.1%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2022
    assert meta.area is not None and meta.area.name == "佛山市"


def test_a_year_s_work_told_with_next_year_s_plan_is_a_summary_at_the_year_s_end():
    # (…2024年工作开展情况和2025年工作计划报告如下: its 今年 is 2024, its results 2024's; funds
    # won from above under the review are results.)
    text = (
        "现将2024年工作开展情况和2025年工作计划报告如下：\n一、工作开展情况\n"
        "预计今年全区粮食播种面积可达16.15万亩。全区完成早稻种植面积0.34万亩。"
        "争取到省级耕地轮作项目任务1.8万亩，资金270万元。争取资金181万元，推广地膜6万亩。\n"
        "二、2025年工作计划\n全区粮食播种面积稳定在16万亩以上。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2024
    assert got["16.15万亩"].year == 2024
    assert got["0.34万亩"].year == 2024
    assert (got["270万元"].kind.value, got["181万元"].kind.value) == ("actual", "actual")
    assert got["16万亩以上"].kind.value == "target"
    assert got["16万亩以上"].year == 2025


def test_this_year_said_to_complete_a_plan_s_tasks_is_the_plan_s_last():
    text = (
        "在昨日的政府工作报告中，市长为今年的工作立下了具体指标。今年是特区建立30周年，也是全面完成"
        "“十一五”任务、为“十二五”发展打好基础的关键一年。全市生产总值增长11%左右。\n"
        "过去5年，全市生产总值年均增长13.8%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2010
    assert got["11%左右"].kind.value == "target"
    assert got["13.8%"].kind.value == "actual"


def test_a_pace_said_to_be_needed_is_an_aim():
    text = (
        "2013年，33个县的平均人均地区生产总值约为29019元，需整体保持年均10.56%的增速，"
        "其中11个县人均地区生产总值增速须达17.66%，方可实现倍增。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["29019元"].kind.value == "actual"
    assert got["10.56%"].kind.value == "target"
    assert got["17.66%"].kind.value == "target"


def test_a_year_end_word_left_of_a_relative_year_names_nothing():
    # (预计今年年底将达到90%: the year's end, no part of the name; 年末常住人口 keeps its 年末.)
    text = (
        "发布时间：2010-06-20\n到去年年底，全省乡镇公路通畅率达80.3%，预计今年年底将达到90%。\n"
        "年末全县常住人口50.1万人。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["90%"].indicator == "乡镇公路通畅率"
    assert got["50.1万人"].indicator.startswith("年末")


def test_this_year_named_by_what_it_marks_dates_the_page():
    # (今年是…脱贫攻坚收官之年: 2020; 今年是建党一百周年: 2021; data/year_milestones.csv.)
    text = (
        "今年是全面建成小康社会目标实现之年，是脱贫攻坚收官之年。\n"
        "去年，全市贫困发生率由16.83%下降至0.14%，892个贫困村全部出列。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2020
    assert got["0.14%"].kind.value == "actual"
    assert got["0.14%"].year == 2019
    meta, _ = _analysed("m.txt", "今年是建党一百周年，全县新增就业1.2万人。\n")
    assert meta.reference_year == 2021


def test_a_majority_in_number_is_no_mid_term_cue_and_our_province_s_year_is_over():
    text = (
        "某报5月31日讯 今天，省政府新闻办召开“2021年某省生态环境状况”新闻发布会。\n"
        "2021年，全省优良天数达到269天，比2020年增加15天。12个市中生态质量为良的首次实现个数过半。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value != "plan_midterm_evaluation"
    assert got["269天"].year == 2021


def test_the_year_s_plan_sum_quoted_in_a_share_of_it_is_the_aim():
    text = (
        "据省交通厅消息，2017年我省交通建设投资291.3亿元，占全年计划230亿元的126.7%，"
        "比2016年增长27.4%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2018
    assert (got["230亿元"].kind.value, got["230亿元"].indicator) == (
        "target",
        "交通建设投资全年计划",
    )
    assert got["291.3亿元"].kind.value == "actual"
    assert got["27.4%"].indicator == "交通建设投资"


def test_a_report_a_story_cites_gives_no_title_year():
    # (…县人民政府2022年政府工作报告中提到, in a story before the 2023 congress: the story's year
    # is the session's.)
    text = (
        "【编者按】开局就要精彩。某省十四届人大一次会议将于1月14日开幕。\n"
        "某县人民政府2022年政府工作报告中提到，某县在过去五年里，生产总值由180.6亿元增加到258.33亿元。\n"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year == 2023


def test_a_year_opening_its_aim_s_own_figure_is_the_page_s_year():
    # (2024年，…投资目标2600亿元。: the year's aims, told in it; a result beside an aim is not.)
    text = (
        "今年以来，全省交通运输系统抓项目促投资。\n\n2024年，全省公路水运建设投资目标2600亿元。"
        "其中，高速公路1500亿元，国省干线620亿元。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2024
    assert got["1500亿元"].kind.value == "target"
    text = "记者：请谈谈成就。\n县长：2005年，全县共完成生产总值19.33亿元，超计划目标3.73亿元。\n"
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2006
    assert got["19.33亿元"].kind.value == "actual"
