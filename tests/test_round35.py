"""Forms of round 35, composed here in the style of mid-term and final evaluations, a
local news site's page and an annual plan report (every figure is this file's own)."""

from __future__ import annotations

from planwatch.extract.time_marks import time_marks
from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


_ADJUSTING = (
    "某市人民政府门户网站\n"
    "发布时间：2023-10-30 15:02:11  来源：某市发展和改革局\n"
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告（节选）\n"
    "三、规划指标调整建议\n"
    "（一）地区生产总值年均增长。原目标7%，建议调整为5%左右；相应地，2025年地区生产总值"
    "由原目标255亿元调整为235亿元。\n"
    "（二）研发经费投入强度。原目标1.5%，建议调整为1.1%。\n"
)


def test_an_aim_proposed_for_adjustment_is_named_by_its_item_over_the_whole_plan():
    got = _facts("某市中期评估.txt", _ADJUSTING)
    old, new = got["7%"], got["5%左右"]
    for aim in (old, new):
        assert (aim.indicator, aim.kind.value, aim.measure.value) == (
            "地区生产总值年均增长",
            "target",
            "growth",
        )
        assert (aim.year, aim.period_start) == (2025, 2021)
    assert [got[v].indicator for v in ("1.5%", "1.1%")] == ["研发经费投入强度"] * 2


def test_an_aim_adjusted_from_its_old_figure_is_named_without_the_old_aims_words():
    got = _facts("某市中期评估.txt", _ADJUSTING)
    assert got["255亿元"].indicator == "地区生产总值"
    assert got["235亿元"].indicator == "地区生产总值"


def test_a_local_news_sites_name_beside_its_navigation_gives_the_area():
    text = (
        "某某新闻网  首页 > 本地新闻\n"
        "“十四五”时间过半 我市主要指标总体符合预期\n"
        "来源：某某日报  2023-09-07 08:32\n"
        "2022年全市地区生产总值达到2520.7亿元，两年年均增长6%。\n"
    )
    # (Any city of the national list whose short name fits 某某 would do; 马鞍山 is one.)
    page = text.replace("某某", "马鞍山")
    meta = analyse_text("新闻.txt", page).document.meta
    assert meta.area is not None and meta.area.name == "马鞍山市"
    nav_only = page.replace("马鞍山新闻网  首页 > 本地新闻", "首页 > 本地新闻")
    nav_only = nav_only.replace("马鞍山日报", "本报")
    assert analyse_text("新闻.txt", nav_only).document.meta.area is None


def test_a_nominal_average_growth_needed_is_a_growth():
    text = (
        "某市“十四五”规划中期评估新闻发布会\n"
        "2023年9月6日\n"
        "力争到2025年地区生产总值达到3300亿元，后三年年均名义增长需达到9.4%左右。\n"
    )
    pace = _facts("发布会.txt", text)["9.4%左右"]
    assert (pace.kind.value, pace.measure.value, pace.year, pace.period_start) == (
        "target",
        "growth",
        2025,
        2023,
    )


def test_the_year_of_a_multiples_base_is_not_the_multiples():
    text = (
        "某县“十四五”规划纲要实施情况总结评估报告\n"
        "2026年3月\n"
        "2025年全县地区生产总值达到241.5亿元，是2020年180.5亿元的1.34倍，五年年均增长6%。\n"
    )
    got = _facts("总结评估.txt", text)
    assert got["180.5亿元"].year == 2020
    assert (got["1.34倍"].year, got["6%"].year, got["6%"].period_start) == (2025, 2025, 2021)


def test_a_multiples_base_year_is_a_base_mark():
    line = "高新技术企业数量是2015年的4.2倍"
    kinds = [(m.kind, m.year) for m in time_marks(line)]
    assert kinds == [("base", 2015)]
    # (with the base's own figure: that figure's year, then the base of what follows)
    line = "是2015年120家的4.2倍"
    assert [(m.kind, m.year) for m in time_marks(line)] == [("baseval", 2015), ("base", 2015)]
    # (a year after 是 with no multiple is an ordinary year)
    assert [m.kind for m in time_marks("今年是2025年，增长5%")] == ["rel", "year"]


def test_an_aim_named_only_by_aim_words_after_a_growth_is_a_growth():
    text = (
        "某区2024年国民经济和社会发展计划执行情况\n"
        "2025年1月\n"
        "2024年，规模以上工业增加值增长7.1%，完成计划目标7%；"
        "单位地区生产总值能耗累计下降14.5%，完成市下达的14%任务。\n"
    )
    got = _facts("计划执行.txt", text)
    aim = got["7%"]
    assert (aim.indicator, aim.kind.value, aim.measure.value) == (
        "规模以上工业增加值",
        "target",
        "growth",
    )
    task = got["14%"]
    assert (task.indicator, task.kind.value, task.measure.value) == (
        "单位地区生产总值能耗",
        "target",
        "growth",
    )


def test_an_autonomous_prefecture_is_named_by_its_short_name_and_zizhizhou():
    text = (
        "某省2015年国民经济和社会发展统计公报\n"
        "分市州看，怀化市地区生产总值1268.4亿元，湘西自治州568.7亿元，张家界市446.1亿元。\n"
    )
    got = _facts("公报.txt", text)
    assert got["568.7亿元"].jurisdiction == "湘西土家族苗族自治州"
    assert got["568.7亿元"].indicator == "地区生产总值"


_PROBLEMS = (
    "某市“十三五”规划纲要实施情况中期评估报告\n"
    "发布日期：2018-09-12\n"
    "2017年全市地区生产总值201.3亿元，年均增长6.2%。\n"
    "三、存在问题\n"
    "财政增收乏力，一般公共预算收入后三年需年均增长10.4%才能完成目标；"
    "城镇常住居民人均可支配收入31240元，年均增长7.9%，略低于预期。\n"
)


def test_a_pace_needed_in_the_years_left_dates_only_its_own_clause():
    got = _facts("中期评估.txt", _PROBLEMS)
    pace = got["10.4%"]
    assert (pace.indicator, pace.kind.value, pace.year, pace.period_start) == (
        "一般公共预算收入",
        "target",
        2020,
        2018,
    )
    income, growth = got["31240元"], got["7.9%"]
    assert (income.kind.value, income.year) == ("actual", 2017)
    assert (growth.kind.value, growth.year, growth.period_start) == ("actual", 2017, 2016)


def test_a_count_of_the_plans_expected_indicators_done_is_a_result():
    text = (
        "某县2023年政府工作报告解读\n"
        "2023年1月10日\n"
        "报告坦言，2022年受疫情等超预期因素影响，14项主要预期指标中有9项完成或超额完成，5项未完成。\n"
    )
    done = _facts("解读.txt", text)["9项"]
    assert (done.kind.value, done.year) == ("actual", 2022)


def test_problems_of_the_plans_implementation_are_results_and_a_named_plans_aim_its_end():
    text = (
        "某市人民代表大会财政经济委员会关于某市2013年国民经济和社会发展计划执行情况"
        "与2014年计划草案的审查报告\n"
        "——2014年1月18日在某市第十四届人民代表大会第四次会议主席团第二次会议上通过\n"
        "财政经济委员会认为，2013年全市计划执行情况总体较好。\n"
        "同时也要看到，计划执行中还存在一些问题：规模以上工业增加值增长11.2%，"
        "低于年度计划1.8个百分点；城镇化率为64.1%，距“十二五”规划目标68%差距较大。\n"
    )
    got = _facts("审查报告.txt", text)
    assert (got["11.2%"].kind.value, got["11.2%"].year) == ("actual", 2013)
    assert (got["68%"].kind.value, got["68%"].year) == ("target", 2015)


def test_a_span_opening_a_sentence_of_items_dates_the_items_after_its_semicolons():
    text = (
        "某县召开人代会 “十二五”圆满收官\n"
        "2016-01-20\n"
        "县长说，2015年各项任务的完成，标志着“十二五”规划圆满收官。五年来，地区生产总值年均增长"
        "10.2%；财政总收入年均增长12.4%；累计完成固定资产投资568亿元；"
        "城镇化率由32.5%提高到40.1%。\n"
    )
    got = _facts("新闻.txt", text)
    assert (got["12.4%"].year, got["12.4%"].period_start) == (2015, 2011)
    assert (got["568亿元"].year, got["568亿元"].period_start) == (2015, 2011)
    assert (got["32.5%"].year, got["40.1%"].year) == (2010, 2015)


def test_a_count_in_a_bullet_line_is_no_heading_year():
    text = (
        "一图读懂2023年某省政府工作报告\n"
        "发布时间：2023-01-13\n"
        "【今年这样干】\n"
        "●实施省级重点项目2000个\n"
        "●研发经费投入强度提高到2.1%\n"
    )
    got = _facts("图解.txt", text)
    for value in ("2000个", "2.1%"):
        assert (got[value].kind.value, got[value].year) == ("target", 2023), value


def test_a_monthly_tables_year_so_far_column_is_a_level():
    text = (
        "某县人民政府网\n"
        "首页 > 信息公开 > 统计信息 > 统计月报\n"
        "发布时间：2025-12-16\n"
        "某县2025年1—11月主要经济指标\n"
        "指标名称\n单位\n本月\n累计\n同比增长（%）\n"
        "规模以上工业总产值\n亿元\n28.6\n305.4\n7.2\n"
        "社会消费品零售总额\n亿元\n6.83\n70.12\n5.6\n"
    )
    got = _facts("月报.txt", text)
    assert (got["305.4"].measure.value, got["305.4"].indicator) == ("level", "规模以上工业总产值")
    assert got["70.12"].measure.value == "level"
    assert got["5.6"].measure.value == "growth"


def test_five_years_under_a_look_back_on_a_plan_are_that_plans_years():
    text = (
        "某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要（摘要）\n"
        "发布日期：2021-05-20\n"
        "一、“十三五”时期发展成就\n"
        "“十三五”以来，全市经济社会发展取得显著成效。2020年实现地区生产总值118.6亿元；"
        "一般公共预算收入达到8.4亿元，是2015年的1.9倍。五年累计完成固定资产投资412亿元，"
        "年均增长11.3%。\n"
    )
    got = _facts("纲要.txt", text)
    for value in ("412亿元", "11.3%"):
        assert (got[value].kind.value, got[value].year, got[value].period_start) == (
            "actual",
            2020,
            2016,
        ), value


def test_a_share_of_a_task_done_is_a_level():
    text = (
        "某州“十四五”生态环境保护规划中期评估\n"
        "2023年9月\n"
        "2022年，全州两年累计削减化学需氧量1.26万吨、氨氮0.09万吨，分别完成五年任务的54.3%和47.4%。\n"
    )
    got = _facts("评估.txt", text)
    for value in ("54.3%", "47.4%"):
        assert (got[value].measure.value, got[value].value) == ("level", float(value[:-1]))


def test_a_project_opening_a_box_item_names_its_total_investment():
    text = (
        "某市国民经济和社会发展第十三个五年规划纲要\n"
        "2016年4月\n"
        "专栏6 “十三五”重大项目\n"
        "（一）产业转型项目。年产15万吨高档文化用纸项目，总投资22亿元；"
        "城区集中供热二期工程，新增供热面积300万平方米，总投资6.5亿元。\n"
    )
    got = _facts("纲要.txt", text)
    assert got["22亿元"].indicator == "年产15万吨高档文化用纸项目总投资"
    assert got["6.5亿元"].indicator.endswith("集中供热二期工程总投资")


def test_a_reposted_story_is_dated_when_it_first_ran():
    text = (
        "某河在线 > 资讯 > 往期回顾      2022-03-08 转载\n"
        "本文转自某县融媒体中心，原文发布于2019年1月17日\n"
        "某县十八届人大三次会议开幕 2019年地区生产总值增长7%\n"
        "报告显示，2018年全县地区生产总值完成218.6亿元，增长6.8%。"
        "报告提出，2019年全县经济社会发展的主要预期目标是：地区生产总值增长7%；"
        "固定资产投资增长8%。\n"
    )
    doc = analyse_text("转载.txt", text)
    assert doc.document.meta.reference_year == 2019
    got = {text[f.start : f.end]: f for f in doc.facts}
    assert (got["8%"].kind.value, got["8%"].year) == ("target", 2019)
    assert (got["218.6亿元"].kind.value, got["218.6亿元"].year) == ("actual", 2018)


def test_a_bracketed_five_year_sum_in_prose_is_a_change_over_the_plan():
    text = (
        "某省国民经济和社会发展第十四个五年规划纲要\n"
        "2021年2月\n"
        "“十四五”期间全社会固定资产投资累计完成[2.2万亿元]；"
        "单位地区生产总值能源消耗五年累计降低[13.5%]。\n"
    )
    got = _facts("纲要.txt", text)
    invest, energy = got["2.2万亿元"], got["13.5%"]
    assert (invest.indicator, invest.measure.value, invest.kind.value) == (
        "全社会固定资产投资",
        "change",
        "target",
    )
    assert (invest.year, invest.period_start) == (2025, 2021)
    assert (energy.indicator, energy.measure.value, energy.value) == (
        "单位地区生产总值能源消耗",
        "change",
        13.5,
    )


def test_the_plans_expectation_a_result_falls_short_of_is_an_aim():
    text = (
        "某市“十四五”规划中期评估报告\n"
        "2023年9月\n"
        "2022年规模以上工业增加值两年年均增长7.6%，略低于规划预期8%。\n"
    )
    aim = _facts("评估.txt", text)["8%"]
    assert (aim.indicator, aim.kind.value, aim.measure.value, aim.year) == (
        "规模以上工业增加值",
        "target",
        "growth",
        2025,
    )


def test_quanzhou_of_a_prefectures_text_is_the_whole_prefecture_not_a_county():
    text = (
        "恩施日报  2018年1月16日  第01版：要闻\n"
        "州八届人大三次会议开幕\n"
        "报告指出，2017年全州生产总值812.6亿元，增长8.1%。\n"
    )
    # (the masthead's 恩施 is the prefecture, over its seat 恩施市; never 全州县's city, 桂林市)
    assert analyse_text("日报.txt", text).document.meta.area.name == "恩施土家族苗族自治州"
    unnamed = text.replace("恩施日报  2018年1月16日  第01版：要闻\n", "")
    assert analyse_text("日报.txt", unnamed).document.meta.area is None
    named = unnamed.replace("州八届", "恩施州八届")
    assert analyse_text("日报.txt", named).document.meta.area.name == "恩施土家族苗族自治州"


def test_what_a_report_asks_for_in_news_is_an_aim():
    text = (
        "某县十八届人大三次会议开幕\n"
        "2019-01-17\n"
        "报告显示，2018年全县地区生产总值完成218.6亿元，增长6.8%。\n"
        "报告要求，全年实施过千万元项目120个以上，新改建农村公路200公里。\n"
    )
    got = _facts("新闻.txt", text)
    for value in ("120个以上", "200公里"):
        assert (got[value].kind.value, got[value].year) == ("target", 2019), value


def test_an_evaluation_titles_bracketed_year_dates_no_result():
    text = (
        "某县人民政府网 >> 园区动态\n"
        "发布时间：2023-09-26\n"
        "某高新技术产业开发区“十四五”发展规划中期评估情况综述（2023年）\n"
        "\n"
        "2022年园区实现营业收入386.5亿元，比2020年增长41.2%。\n"
        "集约发展水平提升。园区亩均税收达到18.6万元，亩均营业收入561万元。\n"
    )
    got = _facts("综述.txt", text)
    for value in ("386.5亿元", "18.6万元", "561万元"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2022), value
