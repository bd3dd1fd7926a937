"""Forms of round 37, composed here in the style of county work reports, their newspaper
stories and energy plans (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _analysed(name: str, text: str):
    return analyse_text(name, text)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_and_before_the_countys_organs_names_no_county():
    text = (
        "政府工作报告\n"
        "过去一年，在县委的正确领导和县人大、县政协的监督支持下，全县地区生产总值达到"
        "86.4亿元，增长7.2%。\n"
    )
    got = _analysed("报告.txt", text)
    assert got.document.meta.area is None
    assert all(f.jurisdiction is None for f in got.facts)


def test_the_county_named_he_keeps_its_own_government():
    text = "和县人民政府工作报告\n2023年，和县人民政府坚持稳中求进，全县地区生产总值达到320亿元。\n"
    area = _analysed("和县.txt", text).document.meta.area
    assert area is not None and area.name == "和县"


def test_a_figure_opening_a_wrapped_line_is_named_by_the_clause_begun_above():
    text = (
        "过去五年，主要经济指标较快增长。全县地区生产总值由“十二五”末的\n"
        "\n"
        "23.6亿元增加到35.1亿元，年均增长8.6%。\n"
    )
    got = _facts("报告.txt", text)
    assert {k: got[k].indicator for k in ("23.6亿元", "35.1亿元", "8.6%")} == {
        "23.6亿元": "地区生产总值",
        "35.1亿元": "地区生产总值",
        "8.6%": "地区生产总值",
    }


def test_a_list_number_needs_no_digit_after_its_stop():
    text = "主要指标\n1.全县粮食产量达到28.5万吨。\n12.6万亩高标准农田建成。\n"
    got = _facts("报告.txt", text)
    assert got["28.5万吨"].indicator == "粮食产量"
    assert "12.6万亩" in got


def test_megawatts_and_gigawatts_stay_as_printed():
    got = _facts("规划.txt", "到2025年，全县光伏装机达到350兆瓦，新能源装机容量达到1.2吉瓦。\n")
    assert (got["350兆瓦"].value, got["350兆瓦"].unit) == (350.0, "兆瓦")
    assert (got["1.2吉瓦"].value, got["1.2吉瓦"].unit) == (1.2, "吉瓦")


def test_a_base_year_after_a_five_year_look_back_dates_the_look_backs_end():
    text = (
        "数说某市五年成就\n"
        "五年来，全市地区生产总值年均增长8.7%，一般公共预算收入是2012年的1.8倍，"
        "规模以上工业企业达到1260家。\n"
    )
    got = _analysed("某市.txt", text)
    assert got.document.meta.reference_year == 2018
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["8.7%"].year, facts["8.7%"].period_start) == (2017, 2013)
    assert facts["1260家"].year == 2017


def test_a_base_year_alone_is_no_time_of_writing():
    text = "数说某市\n全市一般公共预算收入是2012年的1.8倍，规模以上工业企业达到1260家。\n"
    assert _analysed("某市.txt", text).document.meta.reference_year != 2012


_BARRED_RUNON = (
    "某县2023年国民经济和社会发展统计公报\n"
    "年末全县常住人口41.26万人。全年出生人口3120人，人口出生率为7.56‰。"
    " 表1 2023年年末常住人口数及其构成 指 标 | 年末数(万人) | 比重(%) | 全县常住人口 | 41.26 | 100.00 | 按城乡分 |\n"
    "|\n"
    "| 城 镇 | 20.35 | 49.32 | 乡 村 | 20.91 | 50.68 | 按年龄段分 |\n"
    "|\n"
    "| 0-15岁(含不满16周岁) | 7.42 | 17.98 | 60周岁及以上 | 9.87 | 23.92 |\n"
    "全年城镇新增就业4260人。\n"
)


def test_a_table_run_on_one_line_with_bars_reads_row_by_row():
    got = _facts("公报.txt", _BARRED_RUNON)
    rows = {
        k: (got[k].indicator, got[k].unit, got[k].year)
        for k in ("41.26", "100.00", "20.35", "50.68", "7.42", "9.87", "23.92")
    }
    assert rows == {
        "41.26": ("全县常住人口", "万人", 2023),
        "100.00": ("全县常住人口", "%", 2023),
        "20.35": ("城镇", "万人", 2023),
        "50.68": ("乡村", "%", 2023),
        "7.42": ("0-15岁", "万人", 2023),
        "9.87": ("60周岁及以上", "万人", 2023),
        "23.92": ("60周岁及以上", "%", 2023),
    }
    # (the age band's bracket, 含不满16周岁, holds no figure)
    assert "16" not in {_BARRED_RUNON[f.start : f.end] for f in got.values()}


def test_bars_of_a_one_row_per_line_table_are_no_run_on():
    text = (
        "表2 主要农产品产量\n"
        "指标 | 产量(万吨) | 比上年增长(%)\n"
        "粮食 | 28.6 | 1.2\n"
        "油料 | 3.4 | -0.8\n"
        "蔬菜 | 41.7 | 3.1\n"
    )
    got = _facts("公报.txt", text)
    assert (got["28.6"].indicator, got["28.6"].unit) == ("粮食", "万吨")
    assert got["3.1"].indicator == "蔬菜"


def _product_table(header: list[str], rows: list[list[str]]) -> str:
    cells = header + [c for r in rows for c in r]
    return (
        "某县2019年国民经济和社会发展统计公报\n\n2019年主要工业产品产量\n\n"
        + "\n\n".join(cells)
        + "\n"
    )


_PRODUCTS = [
    ["白酒", "千升", "2316", "1980", "16.97"],
    ["水泥", "万吨", "42.5", "47.10", "-9.77"],
    ["发电量", "亿度", "12.64", "11.05", "14.39"],
    ["原煤", "万吨", "31.2", "28.40", "9.86"],
]
_HALF = ["产品名称", "单位", "产量", "同期", "同比±%"]


def test_a_same_period_column_holds_the_year_before_and_plus_minus_is_a_growth():
    text = _product_table(_HALF, _PRODUCTS)
    got = _facts("公报.txt", text)
    assert (got["2316"].year, got["1980"].year) == (2019, 2018)
    assert (got["16.97"].measure.value, got["16.97"].unit, got["16.97"].year) == (
        "growth",
        "%",
        2019,
    )
    assert (got["-9.77"].value, got["12.64"].unit) == (-9.77, "亿度")


def test_a_header_printed_twice_side_by_side_is_one_halfs():
    text = _product_table(_HALF + _HALF, _PRODUCTS)
    got = _facts("公报.txt", text)
    assert [
        (got[v].indicator, got[v].year, got[v].measure.value) for v in ("42.5", "47.10", "-9.77")
    ] == [
        ("水泥", 2019, "level"),
        ("水泥", 2018, "level"),
        ("水泥", 2019, "growth"),
    ]


_THINK_TANK = (
    "“十三五”规划指标完成率超预期 生态环境进展滞后\n"
    "在“十三五”规划的后半期，必须加快补齐短板。依据“十三五”前两年的发展形势，规划的六大目标中"
    "有五大目标进展顺利，在25个主要指标中有19个完成进度目标，进展略有滞后的指标有4个，"
    "进展明显滞后的指标有2个。\n"
)


def test_a_retold_mid_term_finding_is_an_evaluation_as_of_the_years_it_stands_on():
    got = _analysed("评估.txt", _THINK_TANK)
    meta = got.document.meta
    assert meta.doc_type.value == "plan_midterm_evaluation"
    facts = {_THINK_TANK[f.start : f.end]: f for f in got.facts}
    assert (facts["4个"].kind.value, facts["4个"].year) == ("actual", 2017)
    assert facts["2个"].year == 2017


def test_a_figures_own_first_years_say_nothing_of_the_reviews():
    text = (
        "某省“十三五”规划纲要实施中期评估报告\n"
        "2018年，全省服务业增加值达到3250亿元，“十三五”前两年年均增长9.1%。\n"
    )
    meta = _analysed("评估.txt", text).document.meta
    assert meta.as_of_year != 2017


def test_a_told_page_is_written_after_the_latest_year_it_tells_done():
    text = (
        "某市经济总量突破5000亿元\n"
        "今天上午，市发改委负责人介绍，2019年本市地区生产总值已突破5000亿元；一般公共预算收入"
        "连续跨越百亿级大关，2020年达到468.2亿元。\n"
    )
    got = _analysed("某市.txt", text)
    assert got.document.meta.reference_year == 2021
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["468.2亿元"].kind.value, facts["468.2亿元"].year) == ("actual", 2020)


def test_an_issue_date_set_one_part_a_line_gives_no_section_its_year():
    text = (
        "某省统计局\n2024\n年\n3\n月\n18\n日\n"
        "一、综 合\n初步核算，2023年全省生产总值完成6120亿元，比上年增长5.6%。\n"
        "图1 2019-2023年生产总值及其增长速度\n"
        "全省一般公共预算收入完成486.3亿元，比上年增长7.2%。\n"
    )
    got = _facts("公报.txt", text)
    assert (got["486.3亿元"].kind.value, got["486.3亿元"].year) == ("actual", 2023)
    assert got["7.2%"].year == 2023


_COUNTY_COMMUNIQUE = (
    "某县2023年国民经济和社会发展统计公报\n"
    "全年全县地区生产总值186.4亿元，比上年增长5.9%，人均GDP52318元（折合7424美元）。"
    "三次产业结构由14.2:38.6:47.2调整为13.8:39.1:47.1。服务业增加值87.8亿元，增长6.4%，占GDP的47.1%。\n"
    "全年一般公共预算收入12.36亿元，比上年增收1.05亿元，增长9.3%。带动农户增收3200元。\n"
)


def test_a_communiques_figures_told_in_its_own_words():
    got = _facts("公报.txt", _COUNTY_COMMUNIQUE)
    assert (got["52318元"].indicator, got["52318元"].unit) == ("人均GDP", "元")
    first, then = got["14.2"], got["13.8"]
    assert (first.indicator, first.year, then.year) == ("第一产业比重", 2022, 2023)
    share = got["47.1%"]
    assert (share.measure.value, share.indicator) == ("level", "服务业增加值占GDP比重")
    gain = got["1.05亿元"]
    assert (gain.measure.value, gain.indicator) == ("change", "一般公共预算收入")
    assert got["3200元"].measure.value == "level"  # (income gained, no base: a level)


def test_a_dated_start_of_an_aims_change_is_a_result_before_the_texts_year():
    text = (
        "某县冲刺全国百强县\n"
        "他们确定的主要指标：地区生产总值由2023年的128亿元增加到2026年的186亿元，年均增长13.3%。\n"
    )
    got = _facts("某县.txt", text)
    assert (got["128亿元"].kind.value, got["128亿元"].year) == ("actual", 2023)
    assert (got["186亿元"].kind.value, got["186亿元"].year) == ("target", 2026)


def test_a_start_after_the_texts_year_stays_an_aim():
    text = (
        "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "（2021年2月5日某市第十六届人民代表大会第六次会议批准）\n"
        "展望2035年，研发经费投入强度由2025年的2.6%提高到2035年的3.2%。\n"
    )
    got = _facts("纲要.txt", text)
    assert got["2.6%"].kind.value == "target"


def test_status_counts_told_after_the_status_or_as_not_met():
    text = (
        "某县“十四五”规划纲要实施中期评估报告\n"
        "2023年10月\n"
        "约束性指标中有9个已提前完成目标或满足进度要求，有2个指标未满足规划进度要求。"
        "进展略有滞后（完成率在30%到40%）的指标有3个，明显滞后（完成率低于30%）的有2个。\n"
    )
    got = _analysed("评估.txt", text)
    counted = [(text[f.start : f.end], f.kind.value) for f in got.facts if text[f.end - 1] == "个"]
    assert counted == [("9个", "actual"), ("2个", "actual"), ("3个", "actual"), ("2个", "actual")]


def test_a_plans_results_told_as_done_date_the_text_after_its_end():
    text = (
        "某市“十四五”GDP年均增长6.1%\n"
        "某某 某某新闻网\n"
        "某市市长21日在某市第七届人民代表大会第四次会议上作政府工作报告，公布当地“十四五”成绩单："
        "地区生产总值达到4860亿元。"
        "“十四五”期间，某市通过实施数字经济行动计划，集聚数字经济企业3200余家。\n"
    )
    got = _analysed("某市.txt", text)
    assert got.document.meta.reference_year == 2026
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["3200余家"].kind.value, facts["3200余家"].year) == ("actual", 2025)


def test_a_plan_review_telling_a_late_years_result_was_written_after_it():
    text = (
        "原标题：“十三五”某省经济取得五大成就\n"
        "记者10月8日从国家统计局某省调查总队获悉，“十三五”时期是某省经济增长较快的时期。"
        "某省经济总量进入三万亿元俱乐部，2019年达到31690亿元，五年翻了一番；"
        "全省城镇化率突破60%，2019年达到61.3%。\n"
    )
    got = _analysed("某省.txt", text)
    assert got.document.meta.reference_year == 2020
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["31690亿元"].kind.value, facts["31690亿元"].year) == ("actual", 2019)
    assert facts["61.3%"].kind.value == "actual"


def test_a_plans_end_named_with_its_year_is_one_base():
    text = (
        "某县国民经济和社会发展第十一个五年规划纲要\n"
        "一、“十五”时期发展回顾\n"
        "2005年全县实现生产总值22.6亿元，比“九五”期末的2000年增加8.4亿元，增长59.4%，年均增长9.8%。\n"
    )
    got = _facts("纲要.txt", text)
    change = got["8.4亿元"]
    assert (change.kind.value, change.year, change.period_start) == ("actual", 2005, 2001)
    assert got["9.8%"].year == 2005


_CENSUS = (
    "某县第七次全国人口普查公报\n"
    "根据第七次全国人口普查结果，现将2020年11月1日零时全县人口的基本情况公布如下：\n"
    "一、常住人口\n"
    "全县常住人口为412386人，与2010年第六次全国人口普查相比，减少21547人，减少4.97%，年平均减少0.51%。\n"
    "表1 各乡镇常住人口\n"
    "地区\n常住人口\n比重\n2020年\n2010年[1]\n"
    "城关镇\n86312\n20.93\n18.41\n"
    "河口镇\n30215\n7.33\n7.52\n"
    "二、乡镇常住人口变化\n"
    "与2010年第六次全国人口普查相比，12个乡镇中，有4个乡镇常住人口增加，分别增加6120人、2087人、966人、431人。\n"
)


def test_a_census_bulletin_counts_as_of_its_moment_from_the_census_before():
    got = _analysed("公报.txt", _CENSUS)
    assert got.document.meta.reference_year == 2021
    facts = {_CENSUS[f.start : f.end]: f for f in got.facts}
    assert facts["412386人"].year == 2020
    for v in ("21547人", "4.97%", "0.51%"):
        assert (facts[v].year, facts[v].period_start) == (2020, 2011), v
    # (a cell 2087 set alone on its line and a year column's head cell head no section)
    assert facts["6120人"].year == 2020 and facts["4个"].year == 2020


def test_the_years_ahead_the_aims_are_set_for_date_the_aims_after():
    text = (
        "某区2023年政府工作报告解读\n"
        "我们对今后五年的发展提出了细化量化的具体目标。总体来说，要实现地区生产总值超过1800亿元，"
        "人均地区生产总值达13万元。\n"
    )
    got = _facts("解读.txt", text)
    gdp = got["1800亿元"]
    assert (gdp.indicator, gdp.kind.value, gdp.year) == ("地区生产总值", "target", 2027)
    assert got["13万元"].year == 2027


def test_years_left_after_a_shortfall_stay_their_clauses():
    text = (
        "某县“十四五”规划中期评估\n"
        "2023年高速公路通车里程达到121公里，距规划目标仍差79公里，后三年任务较重。"
        "全县城镇化率达到52.3%。\n"
    )
    got = _facts("评估.txt", text)
    assert got["52.3%"].year != 2025


def test_indicators_beating_the_plans_pace_are_counted():
    text = (
        "某市“十四五”规划纲要实施情况新闻发布会\n"
        "研发支出与生产总值之比等9项指标超出预期，地区生产总值等13项指标进展符合预期。\n"
    )
    got = _facts("发布会.txt", text)
    assert got["9项"].kind.value == "actual" and got["13项"].kind.value == "actual"


def test_an_area_table_with_note_marks_and_a_listed_unit_line():
    text = (
        "某县第七次全国人口普查公报\n"
        "表1-1 各镇常住人口数\n"
        "单位:人、%\n"
        "地区 | 常住人口 | 比重[4] |\n"
        "鼎屏镇 | 239523 | 33.85 |\n"
        "城北镇 | 18495 | 2.61 |\n"
        "城南镇 | 12991 | 1.84 |\n"
    )
    got = _analysed("公报.txt", text)
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["239523"].indicator, facts["239523"].unit) == ("鼎屏镇常住人口", "人")
    assert (facts["33.85"].indicator, facts["33.85"].unit) == ("鼎屏镇常住人口比重", "%")
    # (城北镇 is a town of the county, not 北镇市)
    area = got.document.meta.area
    assert area is None or area.name != "北镇市"


def test_sex_ratios_are_bare_values_and_a_figure_reached_is_a_level():
    got = _facts(
        "公报.txt",
        "全市常住人口性别比（以女性为100，男性对女性的比例）为102.08，出生婴儿性别比为108.18。\n",
    )
    assert (got["102.08"].indicator, got["102.08"].unit) == ("常住人口性别比", None)
    assert "100" not in got and got["108.18"].indicator == "出生婴儿性别比"
    aims = _facts(
        "纲要.txt",
        "到2030年，城镇化率年均提高1.2个百分点，达到72%。森林覆盖率年均提高0.5%，达到45%。\n",
    )
    assert aims["72%"].measure.value == "level" and aims["45%"].measure.value == "level"


def test_a_columns_own_unit_beats_the_tables_unit_line():
    text = (
        "某县2023年国民经济和社会发展统计公报\n"
        "2023年末全县人口及构成\n"
        "单位:万人\n"
        "指 标 | 年末数 | 比重(%) |\n"
        "年末常住人口 | 48.6 | |\n"
        "其中:城镇 | 26.21 | 53.93 |\n"
        "乡村 | 22.39 | 46.07 |\n"
    )
    got = _facts("公报.txt", text)
    assert (got["26.21"].unit, got["53.93"].unit, got["46.07"].unit) == ("万人", "%", "%")


def test_a_pace_kept_is_a_growth_and_a_start_per_head_is_the_base():
    text = (
        "国民经济和社会发展第十五个五年规划纲要\n"
        "“十五五”时期经济年均增长保持在5%左右，全员劳动生产率从人均16.2万元提高到21万元以上。\n"
    )
    got = _facts("纲要.txt", text)
    assert (got["5%左右"].measure.value, got["5%左右"].period_start) == ("growth", 2026)
    base = got["16.2万元"]
    assert (base.indicator, base.kind.value, base.year) == ("全员劳动生产率", "actual", 2025)
