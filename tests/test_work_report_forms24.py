"""Round 24's forms of work reports, on text written for these tests (in the style of a
city's published report, no sentence copied)."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

# A report whose title, meeting line and first section a web page ran into one paragraph:
# the day the report was delivered (in the year after the one reviewed) stands in the text.
RUN_TOGETHER = (
    "政府工作报告 ——2031年1月21日在临川市第九届人民代表大会第五次会议上 临川市市长 某某 "
    "各位代表： 现在，我代表市人民政府向大会报告工作，请予审议。 一、2030年工作回顾 "
    "过去一年，全市经济运行稳中有进。全市地区生产总值达到1680亿元、增长5.6%，一般公共预算"
    "收入达到96.4亿元、增长3.2%，居民消费价格上涨0.4%。\n"
)


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("r.txt", text).facts}


def test_the_day_a_report_was_delivered_dates_none_of_its_figures():
    facts = _facts(RUN_TOGETHER)
    for key in ((1680.0, "亿元"), (5.6, "%"), (96.4, "亿元"), (0.4, "%")):
        assert facts[key].kind is Kind.ACTUAL, key
        assert facts[key].year == 2030, key


def test_a_year_and_day_outside_a_meeting_line_still_dates_its_sentence():
    text = RUN_TOGETHER + "2030年9月18日，全市新开工项目126个，总投资达到412亿元。\n"
    assert _facts(text)[(126.0, "个")].year == 2030


def test_words_linking_a_clause_to_the_one_before_are_no_part_of_the_name():
    text = (
        "2030年工作回顾\n2030年，全县地区生产总值完成96.3亿元，增长6.1%；特别是农村居民人均"
        "可支配收入达到18650元，增长8.2%；尤其是规模以上工业增加值增长11.4%。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("r.txt", text).facts}
    assert names[18650.0] == "农村居民人均可支配收入"
    assert names[11.4] == "规模以上工业增加值"


def test_a_growth_after_the_share_of_the_plan_done_is_of_the_indicator_before():
    text = (
        "一、2030年工作回顾\n2030年，全县实现地区生产总值286亿元，完成年度计划的100.4%，增长5.8%；"
        "规上工业总产值310亿元，占计划的101%，同比增长7.2%；一般公共预算收入18.6亿元，"
        "为年度预算的102.3%，增长4.4%。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("r.txt", text).facts}
    assert names[5.8] == "地区生产总值"
    assert names[7.2] == "规上工业总产值"
    assert names[4.4] == "一般公共预算收入"
    assert names[102.3].startswith("一般公共预算收入完成")


def test_a_share_of_a_larger_whole_keeps_its_own_change():
    text = (
        "2030年，全县高新技术产业增加值达到42亿元，占规上工业增加值比重达到36.5%，"
        "提高2.1个百分点。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("r.txt", text).facts}
    assert names[2.1] == names[36.5]


def test_the_nation_as_a_yardstick_is_not_the_area_a_page_is_about():
    text = (
        "政府工作报告摘要\n日报 2031年01月15日\n■ 2030年成绩单\n●预计全省地区生产总值增长5.8%左右\n"
        "●规上工业增加值、固定资产投资增速均高于全国平均水平\n"
        "■ 2031年主要预期目标\n●经济增长5.5%左右\n"
    )
    area = analyse_text("r.txt", text).document.meta.area
    assert area is None or area.name != "全国"


# A county paper's story on its congress, undated but for the years the report names.
SESSION_NEWS = (
    "记者 某某\n昨日，县第十八届人民代表大会第三次会议在县会堂开幕，来自全县各条战线的"
    "212名人大代表出席会议。县长某某作政府工作报告。\n"
    "“2030年，全县实现生产总值318亿元，增长6.2%；一般公共预算收入21.4亿元，增长5.5%……”\n"
    "“2031年我县经济社会发展的主要预期目标是：生产总值增长6%以上，"
    "社会消费品零售总额增长7%以上……”\n"
)


def test_a_years_aims_named_with_the_area_speaking_of_itself_date_the_page():
    a = analyse_text("n.txt", SESSION_NEWS)
    assert a.document.meta.reference_year == 2031
    facts = {(f.value, f.unit): f for f in a.facts}
    assert facts[(318.0, "亿元")].kind is Kind.ACTUAL
    assert facts[(318.0, "亿元")].year == 2030
    assert facts[(6.0, "%")].kind is Kind.TARGET
    assert facts[(6.0, "%")].year == 2031


def test_a_head_count_named_before_its_attendants_is_of_the_meeting():
    facts = {(f.value, f.unit): f for f in analyse_text("n.txt", SESSION_NEWS).facts}
    assert facts[(212.0, "人")].year == 2031


def test_a_year_characterised_before_this_years_aims_is_the_pages_own():
    text = (
        "某市第八届人大五次会议于2月20日上午开幕，市长作政府工作报告。\n"
        "2030 年是“十五五”规划的收官之年。报告提出今年的主要预期目标：全市地区生产总值"
        "增长5.5%左右，一般公共预算收入增长4%。\n"
    )
    a = analyse_text("n.txt", text)
    assert a.document.meta.reference_year == 2030
    assert {(f.kind, f.year) for f in a.facts} == {(Kind.TARGET, 2030)}


def test_a_year_characterised_before_its_review_is_the_year_reviewed():
    text = (
        "各位代表：\n2030年是极不平凡的一年。一年来，全市地区生产总值达到1260亿元，增长5.1%。"
        "今年是“十六五”开局之年。\n"
    )
    assert analyse_text("r.txt", text).document.meta.reference_year == 2031


def test_a_speech_at_an_economic_work_meeting_is_no_communique():
    text = (
        "在全县经济工作会议上的讲话\n同志们：\n今天召开全县经济工作会议，总结2030年经济工作。\n"
        "据初步核算，预计全年实现地区生产总值236亿元，同比增长5.6%；规模以上工业增加值增长"
        "6.9%。\n"
    )
    a = analyse_text("s.txt", text)
    assert a.document.meta.doc_type.value == "other"
    assert {f.kind for f in a.facts} == {Kind.ACTUAL}


def test_the_aims_named_before_the_first_with_no_colon_are_no_part_of_its_name():
    text = (
        "2031年全市经济社会发展的主要预期目标是地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
        "报告说，今年发展主要预期目标是城镇新增就业3万人以上。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("r.txt", text).facts}
    assert names[6.0] == "地区生产总值"
    assert names[3.0] == "城镇新增就业"


def test_a_pages_date_run_into_its_text_is_no_figure():
    text = " date 2031-03-05 十五届全国人大二次会议今天上午开幕。\n2031/3/5 人大会议开幕。\n"
    assert analyse_text("n.txt", text).facts == ()


def test_sectors_listed_share_the_measure_named_after_the_last():
    text = (
        "2030年，高技术制造业、装备制造业增加值分别增长9.6%、7.3%；工业、服务业投资分别"
        "增长8.1%和5.2%。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("r.txt", text).facts}
    assert names[9.6] == "高技术制造业增加值"
    assert names[7.3] == "装备制造业增加值"
    assert names[8.1] == "工业投资"
    assert names[5.2] == "服务业投资"


def test_a_care_of_sign_printed_for_a_per_cent_sign_is_one():
    text = "2030年，全县生产总值实现152346万元，同比增长9℅；财政总收入增长12.5℅。\n"
    facts = {f.value: f for f in analyse_text("r.txt", text).facts}
    assert facts[9.0].unit == "%" and facts[9.0].measure.value == "growth"
    assert facts[12.5].unit == "%"


def test_the_members_of_a_congress_named_with_its_term_are_counted_at_the_meeting():
    text = (
        "记者 某某\n1月18日上午，某县第十九届人民代表大会第四次会议开幕。此次应出席会议的十九届"
        "人大代表251人，实到236人；180多名人大代表齐聚一堂。县长作政府工作报告，回顾了2030年"
        "工作：全县生产总值增长6.1%。\n"
    )
    facts = {f.value: f for f in analyse_text("n.txt", text).facts}
    assert facts[6.1].year == 2030
    assert facts[251.0].year == facts[236.0].year == facts[180.0].year == 2031


# A provincial paper's story: last year's results as bullets, then this year's aims led in by
# the report's words and listed one item a line, each with its figure.
AIMS_LISTED = (
    "1月20日上午，某省十五届人大四次会议开幕。省长作政府工作报告。\n"
    "●2030年全省地区生产总值达到6.2万亿元、增长5.1%；\n"
    "●地方一般公共预算收入增长3.8%；\n"
    "报告提出，今年全省经济社会发展的主要预期目标是：\n"
    "◆地区生产总值增长5%左右；\n"
    "◆固定资产投资增长4%，社会消费品零售总额增长5.5%；\n"
    "◆城镇新增就业65万人以上。\n"
)


def test_aims_led_in_by_the_reports_words_and_listed_one_a_line_are_this_years():
    facts = {(f.value, f.unit): f for f in analyse_text("n.txt", AIMS_LISTED).facts}
    for key in ((6.2, "万亿元"), (5.1, "%"), (3.8, "%")):
        assert (facts[key].kind, facts[key].year) == (Kind.ACTUAL, 2030), key
    for key in ((5.0, "%"), (4.0, "%"), (5.5, "%"), (65.0, "万人")):
        assert (facts[key].kind, facts[key].year) == (Kind.TARGET, 2031), key


def test_a_milestone_passed_names_no_county():
    text = (
        "各位代表：\n一、2030年工作回顾\n过去一年，全市工业总产值突破2000亿元大关，机场旅客吞吐量"
        "突破200万大关，县人大关于加大关心关爱力度的决定得到落实。\n"
    )
    area = analyse_text("r.txt", text).document.meta.area
    assert area is None or area.name != "大关县"


def test_a_rise_written_as_hong_kong_papers_write_it_is_a_growth():
    text = "報告指，今年發展主要預期目標是：城鎮調查失業率5.5%左右；居民消費價格升幅2%左右。\n"
    facts = {f.value: f for f in analyse_text("n.txt", text).facts}
    assert facts[2.0].measure.value == "growth"
    assert facts[5.5].measure.value == "level"


def test_a_streak_of_quarters_is_no_count():
    text = "2030年，全市地区生产总值增长5.4%，连续10个季度高于全省平均水平。\n"
    assert [f.value for f in analyse_text("r.txt", text).facts] == [5.4]


def test_the_government_work_report_as_the_subject_is_no_part_of_a_name():
    text = "展望今年，政府工作报告提出国内生产总值增长5%左右的目标。\n"
    names = {f.value: f.indicator for f in analyse_text("n.txt", text).facts}
    assert names[5.0] == "国内生产总值"


def test_points_abbreviated_in_a_list_each_with_its_verb_share_the_last_unit():
    text = "2030年，第一、二、三产业增加值占GDP的比重较上年分别下降0.3个、下降0.5个、提高0.8个百分点。\n"
    units = {f.value: f.unit for f in analyse_text("c.txt", text).facts}
    assert units == {-0.3: "个百分点", -0.5: "个百分点", 0.8: "个百分点"}
