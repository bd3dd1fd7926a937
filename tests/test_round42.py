"""Forms of round 42, composed here in the style of county communiqués, plan evaluations and
statistics news (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts


def test_revenue_gained_against_the_same_period_of_last_year_is_a_change():
    text = (
        "某县2011年国民经济和社会发展统计公报\n"
        "全县财政收入累计完成98765万元，比上年同期增收21234万元，增长27.4%；"
        "其中非税收入完成12345万元，比去年同期减收2345万元，下降16.0%。"
    )
    got = _facts("c.txt", text)
    gained, lost = got["21234万元"], got["2345万元"]
    assert (gained.measure.value, gained.value) == ("change", 21234)
    assert "财政收入" in gained.indicator
    assert (lost.measure.value, lost.value) == ("change", -2345)
    assert "非税收入" in lost.indicator


def test_an_income_gained_with_no_base_stays_a_level():
    # (带动农户增收: what the households gained, not a change against a year before.)
    text = "某县2019年统计公报\n全年发展特色种植业，带动农户户均增收3200元。"
    got = _facts("c.txt", text)
    assert got["3200元"].measure.value == "level"


def test_a_monthly_standard_keeps_its_time_base():
    text = "某区2022年统计公报\n年末城镇低保标准每人735元/月，农村低保标准每人6120元/年。"
    got = _facts("c.txt", text)
    assert got["735元/月"].unit == "元/月"
    assert got["6120元/年"].unit == "元/年"


def test_a_dated_month_is_still_no_unit():
    text = "某区2022年统计公报\n5月全区规模以上工业增加值增长6.1%。"
    got = _facts("c.txt", text)
    assert "5月" not in got
    assert got["6.1%"].measure.value == "growth"


def test_a_programme_named_by_what_it_improves_sets_no_aim():
    # (营养改善计划覆盖…县: the programme's reach, a result.)
    text = (
        "某省教育厅2020年新闻发布会介绍“十三五”教育发展情况。"
        "农村义务教育学生营养改善计划覆盖68个县、3100多所学校，受益学生超过95万人。"
    )
    got = _facts("n.txt", text)
    assert {got[t].kind.value for t in ("68个", "3100多所", "95万人")} == {"actual"}


def test_last_year_as_the_ground_built_on_dates_no_figure():
    text = (
        "某省统计局2023年7月26日发布上半年经济运行情况。\n"
        "上半年，全省在去年较快增长的基础上继续保持平稳增长，实现地区生产总值6120亿元，"
        "比上年同期增长6.3%。"
    )
    got = _facts("n.txt", text)
    assert got["6120亿元"].year == 2023
    assert got["6.3%"].year == 2023


def test_an_as_of_year_end_holds_past_its_semicolons_over_a_plan_in_force():
    text = (
        "2025年7月，某省召开新闻发布会，介绍“十四五”时期交通发展成效。\n"
        "截至2024年底，全省铁路营业里程达到6200公里，其中高铁增加了800公里；"
        "公路总里程达到21.5万公里，其中高速公路增加了1200公里；民用运输机场达到9个。"
    )
    got = _facts("n.txt", text)
    assert {got[t].year for t in ("6200公里", "21.5万公里", "9个")} == {2024}
    added = got["1200公里"]
    assert (added.year, added.measure.value) == (2024, "change")


def test_a_base_figure_in_brackets_is_the_base_years_and_the_fall_after_it_a_growth():
    text = (
        "某县2011年国民经济和社会发展统计公报\n"
        "全年粮食产量120450吨，比上年(125310吨)减少3.9%。"
        "化学需氧量排放总量2.31万吨，比2010年同期（2.38万吨）降低2.94%。"
    )
    got = _facts("c.txt", text)
    assert (got["125310吨"].year, got["125310吨"].indicator) == (2010, "粮食产量")
    fall = got["3.9%"]
    assert (fall.year, fall.measure.value, fall.value) == (2011, "growth", -3.9)
    assert got["2.38万吨"].year == 2010
    assert (got["2.94%"].year, got["2.94%"].value) == (2011, -2.94)


def test_a_plan_quoted_in_double_prime_marks_is_a_plan():
    text = "某区2011年政府工作报告\n“十一五〞期间，全区完成生产总值186.4亿元，是〝十五〞期末的2.1倍，年均增长16%。"
    got = _facts("w.txt", text)
    times = got["2.1倍"]
    assert (times.measure.value, times.year, times.period_start) == ("growth", 2010, 2006)
    assert "十五" not in times.indicator


def test_a_plans_yearly_implementation_report_is_one_and_its_results_are_actuals():
    text = (
        "某省生态保护规划实施报告发布\n时间:2021-06-12\n"
        "近日，省发展改革委编写的《某省生态保护规划实施报告(2019—2020年)》出版发布。"
        "《报告》显示，《某省生态保护规划(2019—2023年)》实施稳步推进。"
        "全省森林覆盖率达到61.2%，秸秆综合利用率达到88%。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_implementation_report"
    assert {(got[t].kind.value, got[t].year) for t in ("61.2%", "88%")} == {("actual", 2020)}


def test_a_release_of_a_half_year_citing_the_plan_is_statistics_news():
    text = (
        "某部通报2012年上半年全省主要污染物减排情况\n更新时间:2013-03-02\n"
        "这位负责人介绍说，《国民经济和社会发展第十二个五年规划纲要》提出，“十二五”期间对四种主要"
        "污染物实施排放总量控制。结果显示：2012年1至6月份，全省化学需氧量排放总量62.4万吨，"
        "比2011年同期(63.1万吨)减少1.11%；氨氮排放总量7.3万吨，比2011年同期(7.4万吨)减少1.35%。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "statistical_news"
    later = got["7.3万吨"]
    assert (later.kind.value, later.year) == ("actual", 2012)
    assert (got["1.35%"].kind.value, got["1.35%"].year, got["1.35%"].value) == (
        "actual",
        2012,
        -1.35,
    )
    assert got["7.4万吨"].year == 2011


def test_a_look_back_saying_its_year_is_the_plans_last_is_of_that_year():
    text = (
        "二、公路建设成就 2015 年是“十二五”规划的最后一年，全行业超额完成“十二五”规划确定的"
        "目标任务。全省公路总里程达 16.2 万公里，比上年末增加 0.8 万公里。"
    )
    meta, got = _analysed("r.txt", text)
    assert (meta.doc_type.value, meta.reference_year) == ("plan_final_evaluation", 2015)
    assert (got["16.2 万公里"].kind.value, got["16.2 万公里"].year) == ("actual", 2015)


def test_a_year_said_to_be_another_plans_last_moves_no_look_back():
    # (the last year of the plan before the one evaluated: the evaluation keeps its own year)
    text = (
        "某市“十三五”规划纲要实施中期评估报告\n“十三五”规划实施以来，全市经济总量稳步提升。"
        "回顾起点，2015年是“十二五”规划的最后一年，全市生产总值为300亿元。"
    )
    meta, _ = _analysed("r.txt", text)
    assert (meta.doc_type.value, meta.reference_year) == ("plan_midterm_evaluation", 2018)


def test_a_plans_results_released_after_it_ended_are_a_final_look_back():
    text = (
        "2021年1月25日，某省统计局发布“十三五”时期全省经济社会发展成就。\n"
        "“十三五”时期，全省地区生产总值实现从3.2万亿元到4.6万亿元的跨越，"
        "人均地区生产总值从5万元增加到7万元。"
    )
    meta, got = _analysed("n.txt", text)
    assert (meta.doc_type.value, meta.reference_year) == ("plan_final_evaluation", 2021)
    start, end = got["3.2万亿元"], got["4.6万亿元"]
    assert (start.year, end.year) == (2015, 2020)
    assert start.indicator == end.indicator == "地区生产总值"
    assert {start.kind.value, end.kind.value} == {"actual"}


def test_a_plans_answer_sheet_told_at_its_end_is_a_final_look_back():
    text = (
        "“十四五”某市答卷:实施重大项目860个\n\n2025-11-20 10:05:11 来源:某某在线\n\n"
        "本报讯(记者 王某)11月19日，某市高质量完成“十四五”规划系列新闻发布会举行。五年来，"
        "全市推动“十四五”规划主要目标进展符合预期。全市固定资产投资年均增速有望超过9%。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    pace = got["9%"]
    assert (pace.kind.value, pace.year) == ("actual", 2025)


_TOWN_TABLE = (
    "某县第七次全国人口普查公报(第二号)\n一、人口分布\n表2-1各乡(镇、街道)人口 | |||\n"
    "单位:人、% | |||\n乡(镇、街道) | 人口数 | 比重[4] | |\n2020年 | 2010年 | ||\n"
    "全县 | 286412 | 100.00 | 100.00 |\n甲街道 | 80123 | 27.97 | 22.41 |\n"
    "乙镇 | 41230 | 14.40 | 15.12 |\n丙乡 | 27345 | 9.55 | 10.06 |\n"
)


def test_a_piped_census_table_of_towns_under_a_two_line_header_is_read():
    got = _facts("pc.txt", _TOWN_TABLE)
    count, now, then = got["80123"], got["27.97"], got["22.41"]
    assert (count.unit, count.year, count.kind.value) == ("人", 2020, "actual")
    assert (now.unit, now.year, then.unit, then.year) == ("%", 2020, "%", 2010)
    assert "比重" in now.indicator and "甲街道" in count.indicator
    # (the count is named by the title's noun, its web row's bars cut: 表2-1各乡(镇、街道)人口 | |||)
    assert got["286412"].indicator == "人口"


def test_age_bands_in_a_population_table_one_cell_a_line_are_rows():
    text = (
        "某市2018年国民经济和社会发展统计公报\n年末常住人口152.6万人。\n"
        "2018年末全市常住人口及构成\n指标\n年末数(万人)\n比重(%)\n"
        "年末常住人口\n152.6\n100.0\n其中:城镇\n80.1\n52.5\n乡村\n72.5\n47.5\n"
        "其中:0-14岁\n21.3\n14.0\n15-59岁\n99.8\n65.4\n60岁及以上\n31.5\n20.6\n"
        "初步核算，全年地区生产总值612亿元。"
    )
    got = _facts("c.txt", text)
    young, working, old = got["21.3"], got["99.8"], got["31.5"]
    assert (young.unit, working.unit, old.unit) == ("万人", "万人", "万人")
    assert "60岁" in old.indicator and "0-14岁" in young.indicator
    assert (got["20.6"].unit, got["20.6"].indicator) == ("%", old.indicator)


def test_a_story_summing_up_a_plans_years_against_the_plan_before_is_a_look_back():
    text = (
        "新华社北京12月20日电 (记者 李某) “十一五”时期，各地积极增加交通投入。据交通运输部统计，"
        "“十一五”交通总投入约3.2万亿元，是“十五”的2.1倍。如期完成专项规划内新改建农村公路180万公里，"
        "新增港口泊位2100个。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    built = got["2100个"]
    assert (built.kind.value, built.year) == ("actual", 2010)


def test_a_start_point_last_year_under_a_year_in_force_is_the_year_before_it():
    text = (
        "某市2009年政府工作报告\n2008年，全市第三产业比重由上年的38.2%提高到39.5%，"
        "三次产业结构由上一年的12.1∶50.3∶37.6调整为11.8∶49.7∶38.5。"
    )
    got = _facts("w.txt", text)
    assert (got["38.2%"].year, got["39.5%"].year) == (2007, 2008)
    assert (got["12.1"].year, got["11.8"].year) == (2007, 2008)


def test_looking_back_on_a_year_dates_a_news_page_after_it():
    text = (
        "今天上午\n某市第九届人民代表大会第五次会议开幕\n市长向大会作《政府工作报告》\n"
        "回首2024年\n是某市承压前行的奋进之年\n地区生产总值增长6.9%\n规上工业增加值增长9.2%\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2025
    assert {(got[t].kind.value, got[t].year) for t in ("6.9%", "9.2%")} == {("actual", 2024)}


def test_a_list_of_industries_whose_last_two_are_joined_by_ji_shares_out_each():
    text = (
        "某市2016年国民经济和社会发展统计公报\n第三产业中交通运输仓储和邮政、批发和零售、"
        "金融、房地产及营利性服务业分别增长2.1%、7.4%、15.2%、9.8%和11.3%。"
    )
    got = _facts("c.txt", text)
    names = [got[v].indicator for v in ("2.1%", "7.4%", "15.2%", "9.8%", "11.3%")]
    assert names == ["交通运输仓储和邮政", "批发和零售", "金融", "房地产", "营利性服务业"]


def test_passing_the_thousand_hundred_million_mark_is_a_floor_and_no_county():
    # (大关县 is a county; 突破千亿大关 and 千亿级大关 are milestones passed)
    text = (
        "某县2019年国民经济和社会发展统计公报\n全年地区生产总值突破千亿大关，达到1027.8亿元。"
        "服务业增加值总量突破千亿级大关。全县培育千亿级产业集群1个。"
    )
    meta, got = _analysed("c.txt", text)
    assert meta.area is None or meta.area.name != "大关县"
    gdp = got["千亿"]
    assert (gdp.value, gdp.unit, gdp.comparator.value) == (1000, "亿元", "ge")
    passed = [f for f in analyse_text("c.txt", text).facts if text[f.start : f.end] == "千亿"]
    assert len(passed) == 2  # (the two marks passed; the cluster's 千亿级 is a category)


def test_a_plans_aim_said_done_closing_its_clause_leaves_the_figures_after_results():
    text = (
        "某省2010年交通运输行业发展统计公报\n二级及以上公路里程 8.12 万公里，完成“十一五”规划目标，"
        "比上年末增加 0.41 万公里，占公路总里程的 10.6%。力争完成“十二五”规划目标，新增高速公路 2000 公里。"
    )
    got = _facts("c.txt", text)
    assert {got[t].kind.value for t in ("0.41 万公里", "10.6%")} == {"actual"}


def test_a_gap_below_a_bracketed_figure_keeps_its_size():
    text = (
        "某市2020年卫生健康发展评估\n2020年全市人均预期寿命达到76.1岁，"
        "但仍比全国平均水平（77.93岁）低1.8岁。"
    )
    got = _facts("e.txt", text)
    assert got["1.8岁"].value == 1.8  # (its size: a gap below is no fall)


def test_a_range_closed_by_its_end_year_holds_with_grouped_digits_in_its_figures():
    text = (
        "某州人大常委会审议“十四五”规划纲要实施中期评估报告\n发布时间：2023-11-14\n"
        "报告显示，“十四五”以来，全州主要指标总体符合预期。全州地区生产总值由2020年的2 417.5亿元"
        "增加到2022年的2 748.6亿元，年均增长5.8%；常住人口城镇化率50.3%，比2020年提高1.9个百分点；"
        "粮食总产量稳定在218.6万吨。"
    )
    got = _facts("e.txt", text)
    assert {got[t].year for t in ("50.3%", "218.6万吨")} == {2022}
