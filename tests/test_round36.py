"""Forms of round 36, composed here in the style of a city news site's page on a plan
proposal and of plan outlines (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


_PROPOSAL_NEWS = (
    "某市新闻网\n"
    "首页 > 时政要闻\n"
    "市委全会审议“十五五”规划建议\n"
    "2025-12-06 09:10　来源：某市融媒体中心\n"
    "12月5日，中共某市委全体（扩大）会议审议通过了《中共某市委关于制定某市国民经济和社会发展"
    "第十五个五年规划的建议》。说明指出，预计今年全市地区生产总值达到352亿元，五年年均增长6.8%；"
    "到2030年，全市地区生产总值力争突破480亿元。\n"
)


def test_this_year_in_news_of_a_plan_proposal_dated_before_the_plan_is_the_pages_year():
    got = _facts("某市.txt", _PROPOSAL_NEWS)
    gdp, pace, aim = got["352亿元"], got["6.8%"], got["480亿元"]
    assert (gdp.kind.value, gdp.year) == ("actual", 2025)
    assert (pace.kind.value, pace.year) == ("actual", 2025)
    assert (aim.kind.value, aim.year) == ("target", 2030)


def test_this_year_in_an_outline_of_the_plans_first_year_is_that_year():
    text = (
        "某县国民经济和社会发展第十五个五年规划纲要\n"
        "（2026年2月10日某县第十八届人民代表大会第五次会议批准）\n"
        "今年是“十五五”开局之年。今年全县地区生产总值预期增长6%左右。\n"
    )
    aim = _facts("某县纲要.txt", text)["6%左右"]
    assert (aim.kind.value, aim.year) == ("target", 2026)


def test_a_fall_glued_to_an_intensity_in_an_outline_is_negative():
    text = (
        "某县国民经济和社会发展第十四个五年规划纲要\n"
        "到2025年，单位地区生产总值能耗降低13.5%，森林覆盖率达到21.6%。\n"
    )
    fall = _facts("某县纲要.txt", text)["13.5%"]
    assert (fall.indicator, fall.value, fall.measure.value) == (
        "单位地区生产总值能耗",
        -13.5,
        "growth",
    )


def test_a_span_in_a_later_item_counts_back_from_the_year_opening_its_sentence():
    text = (
        "某县“十二五”规划中期评估\n"
        "2013-09-12\n"
        "评估显示，2011—2012年全县地区生产总值年均增长11.8%，今年上半年增长10.6%。"
        "2012年全县地区生产总值达到196.4亿元；规模以上工业增加值年均增长14.7%，"
        "全社会固定资产投资两年累计完成268.5亿元，年均增长21.3%。\n"
    )
    got = _facts("某县评估.txt", text)
    for value in ("14.7%", "268.5亿元", "21.3%"):
        assert (got[value].year, got[value].period_start) == (2012, 2011)
    assert got["10.6%"].year == 2013


def test_news_opening_with_a_years_review_was_told_after_that_year():
    text = (
        "某区新闻网讯 2012年，面对复杂严峻的宏观形势，全区上下千方百计保增长、促转型，"
        "经济运行总体平稳。数据显示，去年全区实现生产总值496.18亿元，较上年增长7.1%。\n"
    )
    analysed = analyse_text("某区.txt", text)
    assert analysed.document.meta.reference_year == 2013
    got = {text[f.start : f.end]: f for f in analysed.facts}
    assert (got["496.18亿元"].year, got["7.1%"].year) == (2012, 2012)


def test_news_opening_with_a_year_of_its_own_aims_is_not_moved():
    text = "某区新闻网讯 2024年，全区将力争地区生产总值增长6%左右。\n"
    assert analyse_text("某区.txt", text).document.meta.reference_year == 2024


def test_a_title_naming_a_plan_under_way_up_to_now_looks_back():
    text = (
        "“十二五”实施至今 某市人均地区生产总值迈向6万元\n"
        "2013-12-26 22:11:27  来源：某市新闻网\n"
        "  某市新闻网讯 26日，市人大常委会会议审议了市政府关于“十二五”规划纲要实施情况中期评估报告。\n"
        "  城市建设水平不断提高。两年来,三环快速路主线贯通;新增公交专用道7条,"
        "新增、更新公交车1962辆,市区公交出行率达24.91%。\n"
    )
    got = _facts("某市.txt", text)
    for value in ("7条", "1962辆", "24.91%"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2012)


def test_news_of_a_plans_progress_without_its_evaluations_name_is_an_evaluation():
    text = (
        "某县站1月3日讯 自2011年正式实施“十二五”规划以来,某县经济社会保持较快发展。近日,记者从县人大常委会"
        "会议获悉,《某县国民经济和社会发展第十二个五年规划纲要》中确定的目标任务总体进展顺利,34项主要指标中,"
        "4项已提前完成规划目标,26项指标预计可如期完成。2011—2012年,全县GDP年均增长约为14%,"
        "低于规划目标1个百分点。\n"
    )
    analysed = analyse_text("某县.txt", text)
    assert analysed.document.meta.doc_type.value == "plan_midterm_evaluation"
    got = {text[f.start : f.end]: f for f in analysed.facts}
    assert (got["4项"].kind.value, got["14%"].kind.value) == ("actual", "actual")


def test_a_december_report_on_next_years_aims_is_dated_the_year_before_them():
    text = (
        "某网讯（记者 某某）12月19日,某市某区十届人大二次会议开幕。\n"
        "当天出炉的政府工作报告指出,2023年是贯彻党的二十大精神的开局之年。\n"
        "2023年,某区经济社会发展主要预期目标是:力争固定资产投资增幅16%以上、"
        "规上工业产值增幅13%以上,财政总收入达到20亿元。\n"
    )
    analysed = analyse_text("某区.txt", text)
    assert analysed.document.meta.reference_date == "2022-12-19"
    got = {text[f.start : f.end]: f for f in analysed.facts}
    for value in ("16%以上", "13%以上", "20亿元"):
        assert (got[value].kind.value, got[value].year) == ("target", 2023)


_MIDTERM_NEWS = (
    "某省新闻网12月19日电 省发改委主任作了关于某省“十一五”规划纲要实施情况的中期评估报告。\n"
    "据统计,到“十一五”中期,全省城镇职工基本养老保险覆盖人数达到398.25万人,"
    "提前两年基本完成《纲要》提出的400万人目标;新农合覆盖全省100%的县(市、区),"
    "人口覆盖率达到90%,超额完成目标。数字显示,2007年全省非公经济占经济总量比重达到52.4%。\n"
)


def test_the_plans_middle_named_in_news_written_then_is_the_date_results_stand_at():
    got = _facts("某省.txt", _MIDTERM_NEWS)
    assert (got["398.25万人"].kind.value, got["398.25万人"].year) == ("actual", 2008)
    assert (got["400万人"].kind.value, got["400万人"].year) == ("target", 2010)


def test_an_aim_met_years_ahead_by_the_year_of_writing_dates_a_result_not_an_aim():
    got = _facts("某省.txt", _MIDTERM_NEWS)
    for value in ("100%", "90%"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2008)


def test_will_in_an_estimate_of_the_current_year_makes_no_aim():
    text = (
        "某县站1月3日讯 自2011年正式实施“十二五”规划以来,某县经济社会保持较快发展。"
        "记者从县人大常委会会议获悉,《纲要》中确定的目标任务总体进展顺利。"
        "预计2013年利用外资将达到4.7亿元,提前两年时间完成4.5亿元的目标任务。\n"
    )
    got = _facts("某县.txt", text)
    assert (got["4.7亿元"].kind.value, got["4.7亿元"].year) == ("actual", 2013)
    assert (got["4.5亿元"].kind.value, got["4.5亿元"].year) == ("target", 2015)


def test_an_aim_said_to_be_met_sets_no_aim_for_the_figures_after_it():
    text = (
        "某县站1月3日讯 县人大常委会听取“十二五”规划中期评估报告。总体来看,《纲要》所提出的指标任务"
        "完成情况较好。城乡基本养老和医疗覆盖率也上升较快,提前实现目标,其中参加城镇职工基本养老保险"
        "的人数达15万人,增长34.8%。\n"
    )
    got = _facts("某县.txt", text)
    assert (got["15万人"].kind.value, got["34.8%"].kind.value) == ("actual", "actual")


def test_a_pace_aimed_at_by_a_plans_end_runs_over_the_plans_years():
    text = (
        "某市为新的五年征程定下目标\n1月20日上午,某市人代会开幕。市长表示,到“十四五”末,"
        "全市地区生产总值要达到300亿元。其中,一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元。\n"
    )
    got = _facts("某市.txt", text)
    assert (got["2.6%以上"].year, got["2.6%以上"].period_start) == (2025, 2021)
    assert (got["300亿元"].year, got["300亿元"].period_start) == (2025, None)


def test_a_rate_column_beside_columns_of_results_holds_results():
    text = (
        "某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
        "表1：“十三五”期间经济社会发展的主要目标\n"
        "指标\t2015年完成\t2020年完成\t“十三五”年均增长(%)\t指标属性\n"
        "地区生产总值(亿元)\t300.41\t469.5\t9.3\t预期性\n"
        "人均地区生产总值(元)\t132339\t189195\t7.4\t预期性\n"
    )
    got = _facts("某区纲要.txt", text)
    rate = got["9.3"]
    assert (rate.kind.value, rate.measure.value, rate.year, rate.period_start) == (
        "actual",
        "growth",
        2020,
        2016,
    )


def test_a_rate_column_beside_an_aims_column_stays_an_aim():
    text = (
        "某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
        "表1：“十四五”经济社会发展主要指标\n"
        "指标\t2020年完成\t2025年目标\t年均增长(%)\t指标属性\n"
        "地区生产总值(亿元)\t469.5\t690\t8\t预期性\n"
    )
    assert _facts("某区纲要.txt", text)["8"].kind.value == "target"


def test_a_length_of_years_under_a_horizon_opening_its_sentence_counts_back_from_it():
    text = (
        "某县新闻网 2016-08-11 综合实力显著提升。经济增长保持中高速,到2020年,全县地区生产总值达到"
        "178亿元;社会消费品零售总额达到60亿元;全社会固定资产投资五年累计突破400亿元。\n"
    )
    total = _facts("某县.txt", text)["400亿元"]
    assert (total.kind.value, total.year, total.period_start) == ("target", 2020, 2016)


def test_a_round_magnitude_counted_with_liang_is_twice_it():
    text = "2009年，全市金融机构本外币存款突破两千亿元，贷款余额达到两万亿元。\n"
    got = _facts("某市.txt", text)
    assert (got["两千亿元"].value, got["两千亿元"].unit) == (2000.0, "亿元")
    assert (got["两万亿元"].value, got["两万亿元"].unit) == (2.0, "万亿元")


def test_a_list_shared_out_as_shares_of_a_whole_names_each_share():
    text = "2012年，一、二、三产业增加值分别占全县生产总值的13.4%、63.9%、22.7%。\n"
    got = _facts("某县公报.txt", text)
    first = got["13.4%"]
    assert (first.indicator, first.measure.value) == ("第一产业增加值占全县生产总值比重", "level")
    assert got["22.7%"].indicator == "第三产业增加值占全县生产总值比重"


def test_an_evaluation_naming_the_plans_middle_as_now_reports_as_of_its_own_year():
    text = _MIDTERM_NEWS.replace(
        "某省新闻网12月19日电 ",
        "某省新闻网12月19日电 全省城镇职工基本养老保险覆盖人数达到398.25万人。",
    )
    got = {}
    for f in analyse_text("某省.txt", text).facts:
        got.setdefault(text[f.start : f.end], f)
    assert got["398.25万人"].year == 2008


def test_a_news_dateline_is_no_part_of_the_name_after_it():
    text = "某省新闻网12月19日电 全省城镇职工基本养老保险覆盖人数达到398.25万人。\n"
    assert _facts("某省.txt", text)["398.25万人"].indicator == "城镇职工基本养老保险覆盖人数"


def test_a_count_of_indicators_going_slowly_is_a_result():
    text = (
        "某县“十二五”规划中期评估\n2013-09-12\n"
        "预期性指标中，8项进度超过规划要求，9项达到规划要求，另有6项进度偏慢。\n"
    )
    assert _facts("某县评估.txt", text)["6项"].kind.value == "actual"


def test_indicators_done_counted_without_de_are_a_status_count():
    text = (
        "某市“十三五”规划《纲要》预计完成31项指标\n某市网 2020-12-24 08:17:00\n"
        "  某市网讯 2020年是“十三五”规划收官之年。对照《纲要》确定的主要指标，预计31项指标顺利完成规划目标。\n"
    )
    first = next(f for f in analyse_text("某市.txt", text).facts if text[f.start : f.end] == "31项")
    assert first.kind.value == "actual"


def test_a_slogan_heading_its_run_in_paragraph_and_a_sprint_verb_name_nothing():
    text = (
        "2017年，百姓富——城镇居民人均可支配收入达到39001元。到2025年，地区生产总值冲刺630亿元。\n"
    )
    got = _facts("某省.txt", text)
    assert got["39001元"].indicator == "城镇居民人均可支配收入"
    assert got["630亿元"].indicator == "地区生产总值"


def test_a_conjunction_before_a_county_of_one_character_names_no_county():
    text = (
        "关于某县2017年上半年国民经济和社会发展计划执行情况的审查意见\n"
        "县人大常委会听取和审议了县人民政府所作的《关于某县2017年上半年计划执行情况的报告》和县人大常委会"
        "财政和城建工作委员会的初审报告。上半年全县地区生产总值增长6.5%。\n"
    ).replace("某县", "崇信县")
    meta = analyse_text("审查意见.txt", text).document.meta
    assert meta.area is not None and meta.area.name == "崇信县"


def test_a_local_news_sites_lead_names_the_area():
    text = "某区新闻网讯（记者 王某）2012年，全区实现生产总值496.18亿元。\n".replace("某区", "海曙")
    meta = analyse_text("海曙.txt", text).document.meta
    assert meta.area is not None and meta.area.name == "海曙区"


def test_plans_named_as_a_base_do_not_outvote_the_plan_a_page_reviews():
    text = (
        "看家乡事，品故乡情\n\nGDP福祉下的民生答卷 ——某县“十一五”经济社会发展综述\n\n某日报 2011-01-04 16:13\n"
        "某县“十一五”的“成绩单”，可圈可点。回望“十一五”，全县实现生产总值31.6亿元，较“十五”末净增15.91亿元；大口径财政收入2.52亿元，"
        "是“十五”末的4.65倍；财政支出13亿元，较“十五”末净增10.5亿元；全社会固定资产投资是“十五”期间的7.1倍。\n"
    )
    assert analyse_text("某县.txt", text).document.meta.reference_year == 2011
    got = _facts("某县.txt", text)
    assert (got["31.6亿元"].kind.value, got["31.6亿元"].year) == ("actual", 2010)
    assert (got["15.91亿元"].year, got["15.91亿元"].period_start) == (2010, 2006)


def test_a_whole_plans_results_estimated_were_told_in_its_last_year():
    text = (
        "“十一五”期间，某省地区生产总值增长预计将在14%左右，成为历史上发展最快的时期。昨日，"
        "省政府召开新闻发布会，通报了全省“十一五”期间经济社会发展成就。\n"
        "2009年，全省实现地区生产总值13059.69亿元，增长13.7%。\n"
    )
    meta = analyse_text("某省.txt", text).document.meta
    assert meta.reference_year == 2010
    assert _facts("某省.txt", text)["13059.69亿元"].kind.value == "actual"


def test_a_two_column_table_closed_by_its_bars_is_read():
    text = (
        "表1：2020年全区主要农产品产量\n单位：吨 | |\n产品名称 | 产量 |\n"
        "粮食 | 143972 |\n#稻谷 | 118787 |\n小麦 | 11200 |\n"
    )
    got = _facts("某区公报.txt", text)
    assert (got["143972"].indicator, got["143972"].unit, got["143972"].year) == ("粮食", "吨", 2020)
    assert "11200" in got


def test_a_plan_named_as_the_nth_five_year_development_plan_dates_the_news_of_it():
    text = (
        "日前，《某区国民经济和社会发展第十三个五年发展规划纲要》正式发布。\n到2020年，全面建成小康社会。\n"
        "今年经济社会发展主要预期目标\n地区生产总值712亿元，比上年增长13%；公共财政预算收入66.7亿元，增长15%。\n"
    )
    meta = analyse_text("某区.txt", text).document.meta
    assert (meta.period_start, meta.period_end) == (2016, 2020)
    got = _facts("某区.txt", text)
    assert (got["712亿元"].kind.value, got["712亿元"].year) == ("target", 2016)


def test_an_area_whose_record_was_set_is_no_subject():
    text = (
        "报告指出，“十一五”时期，全市农民人均纯收入达到5287元。洪洞小麦最高亩产达705.9公斤，"
        "创山西省水地小麦单产新记录。\n"
    )
    meta = analyse_text("某市.txt", text).document.meta
    assert meta.area is None or meta.area.name != "山西省"


def test_news_opening_with_a_years_result_of_the_area_was_told_after_that_year():
    text = (
        "报告指出，“十一五”时期是某市发展最快的时期。与“十五”末相比，2010年全市农民人均纯收入达到5287元，"
        "增长58.9%。过去的五年，粮食产量连创新高，达到20.74亿公斤。\n"
    )
    meta = analyse_text("某市.txt", text).document.meta
    assert meta.reference_year == 2011
    got = _facts("某市.txt", text)
    assert (got["5287元"].kind.value, got["5287元"].year) == ("actual", 2010)


def test_a_look_back_under_a_headline_aim_ends_by_the_time_of_writing():
    text = (
        "“十四五”末某市高速公路通车里程将达1300公里以上\n2021-11-29 17:14:22  来源：某新闻网\n"
        "  “十三五”以来，某市交通运输事业取得长足发展。全市交通建设累计完成投资680多亿元，公路总里程达到21036公里。\n"
    )
    got = _facts("某市.txt", text)
    assert got["680多亿元"].kind.value == "actual"
    assert got["21036公里"].kind.value == "actual"


def test_a_byline_over_a_paragraph_names_no_figure():
    text = "□特约记者某某\n\n0.7998亿元、1.46亿元、2.5亿元，从2007年到2010年，大口径财政收入增长近四倍。\n"
    names = {f.indicator for f in analyse_text("某县.txt", text).facts}
    assert not any("记者" in (n or "") for n in names)


def test_will_after_an_estimate_in_the_figures_own_clause_makes_no_aim():
    text = (
        "某区第八届人民代表大会第四次会议开幕。\n区长说，2018年，我们完成一般公共预算收入160.5亿元，"
        "同比增长6.2%；预计地区生产总值将达到1400亿元，同比增长5.3%。\n"
    )
    got = _facts("某区.txt", text)
    assert (got["1400亿元"].kind.value, got["1400亿元"].year) == ("actual", 2018)
