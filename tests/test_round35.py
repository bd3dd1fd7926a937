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
