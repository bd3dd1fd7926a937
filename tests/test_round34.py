"""Forms of round 34, composed here in the style of a county statistics bureau's monthly page
and a national bureau's quarterly release (every figure is this file's own)."""

from __future__ import annotations

from planwatch.extract.naming_each import comma_listed, list_parts
from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


_MONTHLY = (
    "某县统计局 > 统计信息 > 统计月报\n"
    "发布时间：2021-10-20\n"
    "2021年9月某县统计月报\n"
    "指标 | 单位 | 1-9月 | 增长% | 规模以上工业增加值 | % | — | 7.3 | "
    "社会消费品零售总额 | 亿元 | 52.18 | 11.6 | 城镇调查失业率 | % | 4.9 | — | "
    "一般公共预算收入 | 亿元 | 6.42 | 8.8 |\n"
)


def test_a_row_in_per_cent_whose_amount_is_left_out_gives_its_growth():
    got = _facts("某县统计月报.txt", _MONTHLY)
    industry = got["7.3"]
    assert (industry.indicator, industry.measure.value, industry.year) == (
        "规模以上工业增加值",
        "growth",
        2021,
    )
    assert got["52.18"].measure.value == "level"
    assert got["11.6"].measure.value == "growth"


def test_a_rate_in_per_cent_under_the_amount_column_stays_a_level():
    rate = _facts("某县统计月报.txt", _MONTHLY)["4.9"]
    assert (rate.indicator, rate.measure.value) == ("城镇调查失业率", "level")


def test_industries_holding_a_joiner_are_listed_whole_before_a_each():
    text = (
        "2022年前三季度国民经济运行情况\n"
        "前三季度，服务业增加值同比增长3.9%。其中，批发和零售业，住宿和餐饮业，"
        "交通运输、仓储和邮政业增加值分别增长2.4%、-1.6%、1.1%。\n"
    )
    got = _facts("某省统计新闻.txt", text)
    assert [got[v].indicator for v in ("2.4%", "-1.6%", "1.1%")] == [
        "批发和零售业增加值",
        "住宿和餐饮业增加值",
        "交通运输、仓储和邮政业增加值",
    ]


def test_list_parts_keep_an_industry_name_whole():
    assert list_parts("电力、热力、燃气及水生产和供应业、建筑业", 2) == [
        "电力、热力、燃气及水生产和供应业",
        "建筑业",
    ]
    assert list_parts("城镇、农村居民", 2) == ["城镇", "农村居民"]


def test_names_at_commas_join_only_when_they_make_up_the_figures():
    items = ["交通运输、仓储和邮政业增加值"]
    before = "其中，金融业，信息传输、软件和信息技术服务业，"
    assert comma_listed(before, items, 3) == ["金融业", "信息传输、软件和信息技术服务业", *items]
    # (Fewer figures than the names: the commas part other clauses.)
    assert comma_listed(before, items, 4) == items
    # (Plain names alone at commas are clauses of their own.)
    assert comma_listed("其中，工业，建筑业，", ["服务业增加值"], 3) == ["服务业增加值"]


def test_a_site_menu_bar_after_the_sites_name_is_no_title():
    text = (
        "某省发展和改革委员会网站首页 | 政务公开 | 发展规划 | 互动交流\n"
        "发布时间：2021-05-10\n"
        "某省国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
        "“十三五”时期，全省地区生产总值年均增长6.9%，2020年达到41200亿元。\n"
    )
    a = analyse_text("某省总结评估.txt", text)
    assert a.document.meta.doc_type.value == "plan_final_evaluation"
    assert {f.year for f in a.facts if f.value == 41200} == {2020}


_FINAL = (
    "某市“十三五”规划纲要实施情况总结评估报告\n"
    "发布时间：2021-06-02\n"
    "“十三五”时期，一般公共预算收入2020年达到612.4亿元，为规划目标800亿元的76.6%。"
    "常住人口城镇化率达到58.1%，比规划目标56%高出2.1个百分点；研发经费投入强度为1.92%，"
    "距规划目标2.2%差0.28个百分点。\n"
)


def test_an_aim_quoted_between_its_words_and_the_results_gap_or_share_is_an_aim():
    got = _facts("某市总结评估.txt", _FINAL)
    for aim in ("800亿元", "56%", "2.2%"):
        assert (got[aim].kind.value, got[aim].year) == ("target", 2020), aim
    assert got["76.6%"].kind.value == "actual"
    assert got["2.1个百分点"].kind.value == "actual"
    assert got["0.28个百分点"].kind.value == "actual"


def test_an_amount_below_an_aim_larger_than_it_quotes_the_aim_not_the_gap():
    text = (
        "某县“十四五”规划纲要实施中期评估报告\n"
        "发布时间：2023-11-20\n"
        "2022年全县地区生产总值为86.2亿元。按现有增速测算，预计2025年可达104亿元，"
        "低于规划目标120亿元。每千人口拥有3岁以下婴幼儿托位数2022年为1.6个，"
        "低于规划目标0.9个。\n"
    )
    got = _facts("某县中期评估.txt", text)
    aim = got["120亿元"]
    assert (aim.kind.value, aim.measure.value, aim.value, aim.year) == (
        "target",
        "level",
        120,
        2025,
    )
    # (A figure smaller than the result below it is how far off: the gap, a change.)
    assert got["0.9个"].measure.value == "change"


def test_an_evaluations_estimate_of_the_year_it_is_written_in_is_a_result():
    text = (
        "某州“十四五”规划纲要实施中期评估情况\n"
        "发布时间：2023-12-15\n"
        "全州地区生产总值2022年为1480亿元，预计到2023年底达到1560亿元左右，"
        "距2025年1800亿元的目标仍有差距。\n"
    )
    got = _facts("某州中期评估.txt", text)
    assert (got["1560亿元左右"].kind.value, got["1560亿元左右"].year) == ("actual", 2023)
    assert (got["1800亿元"].kind.value, got["1800亿元"].year) == ("target", 2025)


_EXCERPT = (
    "二、主要目标指标完成情况\n"
    "《规划》确定的20项主要指标中，截至2022年底已提前完成6项，符合进度要求11项。\n"
    "1.大气环境。截至2022年底，城市空气质量优良天数比例为97.6%，已高于2025年不低于96%的目标；"
    "细颗粒物年均浓度为24微克/立方米，比2020年下降3微克/立方米。\n"
)


def test_an_undated_evaluation_excerpt_is_dated_after_the_year_of_its_results():
    a = analyse_text("评估节选.txt", _EXCERPT)
    assert a.document.meta.reference_year == 2023


def test_an_aims_year_before_its_figure_dates_that_clause_only():
    got = _facts("评估节选.txt", _EXCERPT)
    assert (got["96%"].kind.value, got["96%"].year) == ("target", 2025)
    after = got["24微克/立方米"]
    assert (after.kind.value, after.year) == ("actual", 2022)


def test_a_span_of_results_set_against_an_aim_gives_no_plan_period():
    from planwatch.describe.doctype import plan_period

    text = "1.地区生产总值。2021—2022年年均增长4.9%，低于规划目标7.5%。\n"
    assert plan_period(text) is None
    assert plan_period("2027年至2029年，全省将力争新增就业30万人。\n") == (2027, 2029)


_LAGGING = (
    "某县“十四五”规划纲要实施中期评估报告\n"
    "发布时间：2023-10-12\n"
    "（三）进度滞后的指标\n"
    "1.数字经济核心产业增加值占地区生产总值比重。2022年为5.2%，比2020年提高0.4个百分点。"
    "按现有增速测算，预计2025年为6%左右，低于规划目标8%。\n"
    "2.实际利用外资。2022年为860万美元，两年累计完成1530万美元。\n"
    "评估指出，能耗强度两年累计仅下降3.6%。评估建议，后半程要着力扩大有效投资，"
    "确保全县固定资产投资年均增长9%以上。\n"
)


def test_a_numbered_items_long_or_lead_word_heading_names_its_figures():
    got = _facts("某县中期评估.txt", _LAGGING)
    share = "数字经济核心产业增加值占地区生产总值比重"
    assert (got["5.2%"].indicator, got["5.2%"].year) == (share, 2022)
    assert got["0.4个百分点"].indicator == share
    assert got["860万美元"].indicator == "实际利用外资"


def test_the_basis_of_a_projection_names_no_figure():
    got = _facts("某县中期评估.txt", _LAGGING)
    assert got["6%左右"].indicator == "数字经济核心产业增加值占地区生产总值比重"


def test_an_aim_cue_in_its_own_clause_beats_a_look_back_named_a_sentence_before():
    aim = _facts("某县中期评估.txt", _LAGGING)["9%以上"]
    assert (aim.kind.value, aim.year) == ("target", 2025)


def test_a_share_of_an_aim_quoted_with_its_figure_is_named_after_the_figure_before():
    got = _facts("某市总结评估.txt", _FINAL)
    share = got["76.6%"]
    assert (share.indicator, share.measure.value) == ("一般公共预算收入完成规划目标比例", "level")


def test_an_amount_a_result_beats_by_less_than_itself_is_the_aim():
    text = (
        "某省“十三五”规划纲要实施情况总结评估报告\n"
        "发布时间：2021-04-20\n"
        "五年累计城镇新增就业412.5万人，超过规划目标380万人；常住人口城镇化率年均提高1.4个"
        "百分点，超过规划目标0.2个百分点。\n"
    )
    got = _facts("某省总结评估.txt", text)
    assert (got["380万人"].kind.value, got["380万人"].year) == ("target", 2020)
    assert got["0.2个百分点"].kind.value == "actual"


def test_a_heading_of_one_status_counts_the_indicators_in_brackets():
    text = (
        "某区“十四五”规划纲要实施中期评估报告\n"
        "发布时间：2023-11-02\n"
        "（一）提前完成目标的指标（6项）\n"
        "截至2022年底，《纲要》确定的30项主要指标中，有6项已提前完成2025年目标值。\n"
    )
    at = text.index("（6项）") + 1
    (count,) = [f for f in analyse_text("某区中期评估.txt", text).facts if f.start == at]
    assert (count.kind.value, count.year, count.indicator) == ("actual", 2022, "提前完成目标")


def test_a_years_release_telling_its_quarters_as_its_course_reports_that_year():
    text = (
        "某市新闻网 | 首页 > 新闻中心\n"
        "某县2023年地区生产总值达152.6亿元 增长5.1%\n"
        "2024-02-08 09:30  来源：某市日报\n"
        "日前，记者从某县统计局获悉，2023年某县实现地区生产总值152.6亿元，比上年增长5.1%。"
        "从全年走势看，一季度、上半年、前三季度分别增长3.8%、4.4%和4.9%。"
        "其中，第一产业增加值36.2亿元，增长4.0%。\n"
    )
    got = _facts("某县新闻.txt", text)
    assert got["36.2亿元"].year == 2023
    # (A release opening with the quarter of its own year still reports that year.)
    spring = (
        "某市统计局\n2024-04-22\n一季度，全市地区生产总值增长5.3%。其中，第二产业增加值增长6.0%。\n"
    )
    assert {f.year for f in analyse_text("一季度.txt", spring).facts} == {2024}


def test_an_evaluation_titled_without_mid_term_or_final_is_placed_by_its_date():
    text = (
        "某县人民政府\n首页 > 信息公开 > 规划评估\n发布时间：2019-11-20\n"
        "某县国民经济和社会发展第十三个五年规划纲要实施情况评估报告\n"
        "本次评估以2018年统计数据为主要依据。纲要确定的三十项主要指标中，18项已完成或有望完成。"
        "全县生产总值2016—2018年年均增长6.1%，低于规划目标8%。\n"
    )
    a = analyse_text("某县评估.txt", text)
    assert a.document.meta.doc_type.value == "plan_midterm_evaluation"
    aim = {text[f.start : f.end]: f for f in a.facts}["8%"]
    assert (aim.kind.value, aim.year) == ("target", 2020)


def test_aims_an_evaluation_weighs_results_against_in_other_words():
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n发布时间：2023-11-03\n"
        "一般公共预算收入两年年均增长3.6%，滞后于6%的规划增速；数字经济核心产业增加值占GDP"
        "比重达到6.6%，接近7%的2025年目标；外贸进出口总额比2020年下降3.2%，而规划要求年均增长"
        "6%以上；地级城市空气质量优良天数比率92.4%，高于约束性目标90%。\n"
    )
    got = _facts("某市中期评估.txt", text)
    for aim in ("6%", "7%", "6%以上", "90%"):
        assert (got[aim].kind.value, got[aim].year) == ("target", 2025), aim
    assert got["6%"].indicator == "一般公共预算收入"


def test_the_years_plan_a_result_fell_short_of_is_an_aim():
    text = (
        "某县2022年政府工作报告\n"
        "——2022年1月10日在某县第十八届人民代表大会第一次会议上\n"
        "过去一年，社会消费品零售总额增长12.3%，未完成13%的计划；固定资产投资增长9.6%。\n"
    )
    got = _facts("某县政府工作报告.txt", text)
    assert got["13%"].kind.value == "target"
    assert got["12.3%"].kind.value == "actual"
