"""Forms of round 55, composed here in the style of communiqués, round-ups of the provinces'
aims, plan reviews and county news (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from readhelp import analysed as _analysed


def test_a_three_sector_ratio_keeps_a_negative_part_and_its_unit():
    # (A sector that shrank: its contribution printed with a minus; a pull in points.)
    text = (
        "某县2019年国民经济和社会发展统计公报\n"
        "全年全县地区生产总值86.2亿元。三次产业可比价贡献率分别是-2.4:15.0:87.4，"
        "分别拉动经济增长-0.2:0.9:5.6个百分点。三次产业结构为11.3:39.5:49.2。\n"
    )
    _, got = _analysed("a.txt", text)
    first = got["-2.4"]
    assert first.value == -2.4 and first.indicator == "第一产业可比价贡献率"
    assert got["87.4"].indicator == "第三产业可比价贡献率"
    pull = got["5.6个百分点"]
    assert pull.value == 5.6 and pull.unit == "个百分点" and pull.measure is Measure.CHANGE
    assert got["-0.2"].value == -0.2 and got["-0.2"].indicator.startswith("第一产业拉动")
    assert got["11.3"].indicator == "第一产业比重" and got["49.2"].indicator == "第三产业比重"


def test_a_look_back_at_a_plan_that_says_this_is_its_last_year_is_of_that_year():
    # (A press conference on a plan about to end: undated, its 今年 the plan's last year.)
    text = (
        "一组数据看“十四五”成就\n"
        "“十四五”以来，某省粮食产量连续保持在700亿斤以上。今年是“十四五”规划收官之年，"
        "某省发展改革委在新闻发布会上介绍，规划纲要各项主要指标进展总体符合预期。"
        "全省经济总量今年预计可以达到6.5万亿元左右。\n"
    )
    meta, got = _analysed("b.txt", text)
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert meta.reference_year == 2025
    assert got["6.5万亿元左右"].year == 2025


def test_a_round_up_s_list_of_the_provinces_aims_goes_on_past_a_line_break():
    # (The provinces' aims listed over two paragraphs; the second names no aim word.)
    text = (
        "新华网1月20日电 目前，各省区市政府工作报告相继出炉，2025年经济增长预期目标均已公布。\n"
        "从各地目标来看，西藏为7%左右，湖北、安徽为6.5%左右，"
        "四川、河南、福建等9个省区市目标同时锚定6%，其余省份为5.5%左右。\n"
        "北京为5%以上，天津、上海为5%左右，辽宁为4.5%左右。\n"
    )
    _, got = _analysed("d.txt", text)
    for printed in ("5%以上", "4.5%左右"):
        fact = got[printed]
        assert fact.kind is Kind.TARGET and fact.year == 2025, printed
    six = got["6%"]
    assert six.kind is Kind.TARGET and six.measure is Measure.GROWTH
    assert "锚定" not in six.indicator and "省区市" not in six.indicator
    assert got["5.5%左右"].measure is Measure.GROWTH


def test_a_news_paragraph_of_results_opening_on_an_area_stays_results():
    # (A guard: a paragraph that names an area and a result is no list of aims going on.)
    text = (
        "新华网2月3日电 某省今年经济增长预期目标为6%左右。\n"
        "去年全省地区生产总值增长5.8%，其中某市增长6.2%。\n"
    )
    _, got = _analysed("e.txt", text)
    assert got["5.8%"].kind is Kind.ACTUAL and got["6.2%"].kind is Kind.ACTUAL


def test_a_congress_session_named_as_where_a_leader_spoke_dates_no_report():
    # (Every report of the next years cites the speech; its own meeting is dated by its parts.)
    text = (
        "1月6日上午，某市第十六届人民代表大会第四次会议隆重开幕。\n"
        "会上，市长代表市政府作政府工作报告。报告分为三部分：一、2019年工作回顾；"
        "二、2020年主要工作。报告提出，要认真落实习近平总书记在参加十三届全国人大二次会议"
        "福建代表团审议时的重要讲话精神。\n"
        "报告指出，全市地区生产总值预计完成2860亿元，增长7.6%。\n"
    )
    meta, got = _analysed("f.txt", text)
    assert meta.reference_year == 2020
    assert got["2860亿元"].kind is Kind.ACTUAL and got["2860亿元"].year == 2019


def test_a_zone_s_account_of_its_year_and_next_year_s_plan_reviews_the_first_year():
    # (A December account: its 今年以来 is the year all but whole, its title's second year the plan's.)
    text = (
        "高新区2023年经济社会发展总体情况和2024年工作打算\n"
        "今年以来，在市委市政府坚强领导下，高新区经济社会保持良好发展势头。"
        "预计全年实现地区生产总值512亿元，增长7.5%左右；实现固定资产投资180亿元，增长12%。\n"
    )
    meta, got = _analysed("g.txt", text)
    assert meta.reference_year == 2023 and meta.reference_month == 12
    for printed in ("512亿元", "12%"):
        assert got[printed].kind is Kind.ACTUAL and got[printed].year == 2023, printed


def test_ranks_listed_each_with_its_own_name_are_all_read():
    text = (
        "2023年1月，某县人民政府工作报告。过去一年，全县位居全国百强县投资潜力第3、"
        "新型城镇化质量第4、县域经济基本竞争力第6、工业百强第9。\n"
    )
    _, got = _analysed("h.txt", text)
    ranks = {t: f for t, f in got.items() if f.unit == "位"}
    assert sorted(f.value for f in ranks.values()) == [3, 4, 6, 9]
    assert any("新型城镇化质量" in f.indicator for f in ranks.values() if f.value == 4)


def test_after_a_list_of_commas_ji_joins_the_last_two_names_and_he_stays_inside_one():
    text = (
        "某省2009年国民经济和社会发展统计公报\n"
        "在第三产业中，金融保险、批发和零售、住宿和餐饮、交通运输仓储和邮电及其他服务业"
        "分别增长21.5%、15.2%、13.1%、4.2%和8.8%。"
        "水资源工程和水土保持及生态工程完成投资分别增长6.1%和9.3%。\n"
    )
    _, got = _analysed("i.txt", text)
    assert got["15.2%"].indicator.startswith("批发和零售")
    assert got["4.2%"].indicator.startswith("交通运输仓储和邮电")
    assert got["8.8%"].indicator.startswith("其他服务业")
    # (alone, with no list of commas before it, the first joiner parts the two names)
    assert got["6.1%"].indicator == "水资源工程" and got["9.3%"].indicator.startswith("水土保持")


def test_a_plan_s_completion_rate_and_an_undated_page_s_as_of_state_are_results():
    text = (
        "截至2017年10月底，中央水利建设投资计划完成率为62.3%。"
        "其中重大节水工程、重大引调水工程中央投资计划完成率分别为55.1%、49.7%。\n"
    )
    _, got = _analysed("j.txt", text)
    for printed in ("62.3%", "55.1%", "49.7%"):
        assert got[printed].kind is Kind.ACTUAL and got[printed].year == 2017, printed


def test_a_unit_spread_by_a_text_layer_s_spaces_is_read_whole():
    text = (
        "某省2012年统计公报\n"
        "全年第三产业 增 加 值 7964.8 亿 元 ，增长11.2%；全年 粮 食 产 量 3315 万 吨。\n"
    )
    _, got = _analysed("k.txt", text)
    assert got["7964.8 亿 元"].unit == "亿元" and got["7964.8 亿 元"].value == 7964.8
    assert got["3315 万 吨"].unit == "万吨"


def test_a_page_setting_out_a_sector_plan_s_aims_after_its_words_is_the_plan_s():
    # (News of a plan's issue quoting its aims: they are for the plan's last year.)
    text = (
        "来源：某网\n"
        "某部门近日发布某省节能降耗“十四五”规划。\n"
        "规划提出总体目标：\n"
        "——控总量：全省能源消费总量控制在2.1亿吨标准煤以内。\n"
        "——提效率：单位地区生产总值能耗较2020年降低14%。\n"
    )
    meta, got = _analysed("l.txt", text)
    assert meta.doc_type is DocType.SECTOR_PLAN and meta.period_end == 2025
    assert got["14%"].kind is Kind.TARGET and got["14%"].year == 2025
    assert got["2.1亿吨标准煤以内"].year == 2025


def test_a_mark_the_figure_passed_after_its_words_is_at_least_that_figure_s():
    text = "2010年全省人均生产总值23644元，按现行汇率折算为3505美元，登上了3000美元的新台阶。\n"
    _, got = _analysed("m.txt", text)
    mark = got["3000美元"]
    assert mark.indicator == "人均生产总值" and mark.comparator.value == "ge"
