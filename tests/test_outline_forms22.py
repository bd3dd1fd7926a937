"""Forms of plan outlines and sector plans (round 22), on sentences and tables composed for
these tests in the style of a county's 十四五 outline."""

from planwatch.pipeline import analyse_text

_HEAD = (
    "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
    "第一章 发展基础\n\n“十三五”时期，全县经济社会发展取得显著成就。"
)


def _facts(body: str) -> dict[str, tuple]:
    text = _HEAD + body + "\n"
    return {
        text[f.start : f.end]: (f.indicator, f.kind.value, f.measure.value, f.value, f.unit)
        for f in analyse_text("o.txt", text).facts
    }


def test_a_reduction_counted_up_in_an_outline_review_is_the_work_done():
    facts = _facts("脱贫攻坚成效显著，累计减少农村贫困人口3.4万人。")
    assert facts["3.4万人"] == ("减少农村贫困人口", "actual", "level", 3.4, "万人")


def test_a_reduction_not_counted_up_stays_a_fall():
    facts = _facts("脱贫攻坚成效显著，五年减少农村贫困人口1.1万人。")
    assert facts["1.1万人"][2:4] == ("change", -1.1)


_STACKED = """某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
表 1 某县“十四五”时期主要指标
类别 序号 指 标 2020 年 2025 年 年均增长
/〔累计〕 属性
经济
发展
1 地区生产总值（亿元） 210.5 300 7 左右 预期性
2 一般公共预算收入（亿元） 12.40 16.6 6 预期性
3 常住人口城镇化率（%） 48.5 55 〔6.5〕 预期性
"""


def test_a_lower_header_line_printed_flush_left_joins_the_last_value_columns():
    facts = analyse_text("t.txt", _STACKED).facts
    got = {(f.indicator, f.value): (f.measure.value, f.unit) for f in facts}
    assert got[("一般公共预算收入", 6.0)] == ("growth", "%")
    assert got[("常住人口城镇化率", 6.5)][0] == "change"
    assert got[("一般公共预算收入", 16.6)] == ("level", "亿元")


def test_a_comparator_spaced_off_from_its_figure_in_a_pdf_row_is_the_figures():
    got = {
        (f.indicator, f.value): f.comparator.value for f in analyse_text("t.txt", _STACKED).facts
    }
    assert got[("地区生产总值", 7.0)] == "approx"
    assert got[("地区生产总值", 300.0)] == "eq"


_AIMS = "某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n\n第二章 主要目标\n\n"


def test_a_margin_over_the_provinces_aim_in_a_plans_aims_is_an_aim():
    text = _AIMS + "“十五五”时期，全市地区生产总值年均增长7%左右，高于全省预期目标1个百分点。\n"
    facts = {text[f.start : f.end]: f for f in analyse_text("a.txt", text).facts}
    gap = facts["1个百分点"]
    assert (gap.kind.value, gap.measure.value, gap.year) == ("target", "change", 2030)


def test_a_result_over_the_plans_aim_stays_a_result():
    text = (
        "某市“十四五”规划实施中期评估报告\n\n一、主要指标完成情况\n\n"
        "2021—2023年全市地区生产总值年均增长7.2%，高于规划目标1.2个百分点。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("e.txt", text).facts}
    assert facts["1.2个百分点"].kind.value == "actual"


def test_a_span_after_a_from_years_figure_counts_back_from_the_time_before_it():
    text = (
        _HEAD.replace(
            "第一章 发展基础\n\n", "第一章 发展基础\n\n第一节 “十三五”时期取得的主要成就\n\n"
        )
        + "细颗粒物平均浓度由2015年的52微克/立方米下降到37微克/立方米，"
        "单位地区生产总值能耗五年累计下降15.8%。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("o.txt", text).facts}
    fall = facts["15.8%"]
    assert (fall.year, fall.period_start) == (2020, 2016)
    assert facts["52微克/立方米"].year == 2015


def test_short_of_a_figure_is_at_most_it():
    text = (
        _HEAD
        + "但短板仍然突出，多式联运货运量占比不足4%，规模以上文化企业平均营业收入不到2500万元。\n"
    )
    got = {
        text[f.start : f.end]: (f.indicator, f.comparator.value)
        for f in analyse_text("o.txt", text).facts
    }
    assert got["4%"] == ("多式联运货运量占比", "le")
    assert got["2500万元"] == ("规模以上文化企业平均营业收入", "le")


def _comparators(body: str) -> dict[str, str]:
    text = _AIMS + body + "\n"
    return {text[f.start : f.end]: f.comparator.value for f in analyse_text("a.txt", text).facts}


def test_a_comparator_written_once_covers_every_figure_listed_with_each():
    got = _comparators(
        "到2025年，城镇和农村居民人均可支配收入年均分别增长6.5%和8%以上，"
        "一般工业固体废物和建筑垃圾综合利用率分别达到92%和75%左右，"
        "规模以上工业增加值和服务业增加值分别突破600亿元和900亿元。"
    )
    assert got["6.5%"] == got["8%以上"] == "ge"
    assert got["92%"] == got["75%左右"] == "approx"
    assert got["900亿元"] == "ge"


def test_a_figure_without_each_keeps_its_own_comparator():
    got = _comparators("到2025年，粮食产量稳定在120万吨，蔬菜产量达到80万吨以上。")
    assert got["120万吨"] == "eq"


def test_a_ratio_against_one_within_a_bound_is_at_most_it():
    got = _comparators("到2025年，城乡居民收入比缩小到2.15:1以内。")
    assert list(got.values()) == ["le"]


def test_at_least_with_a_verb_before_the_figure_is_a_floor():
    got = _comparators("到2025年，每个乡镇至少办好1所公办中心幼儿园，新建学校12所。")
    assert got["1所"] == "ge"
    assert got["12所"] == "eq"
