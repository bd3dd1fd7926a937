"""Aims and years in the clauses of evaluations and round-ups (round 31), composed here in the
style of a final evaluation and of a news round-up of provinces' targets (the figures are this
file's own)."""

from __future__ import annotations

from planwatch.core.data import Comparator, Kind
from planwatch.pipeline import analyse_text

_FINAL = (
    "某市国民经济和社会发展第十四个五年规划纲要实施情况总结评估报告\n"
    "发布时间：2025-11-20\n"
    "二、主要指标完成情况\n"
    "（一）转型发展。数字经济核心产业增加值占地区生产总值比重达到7.2%，完成7%的目标。"
    "全社会研发经费投入年均增长9.1%，低于规划目标12%以上。\n"
    "（二）经济发展。2024年全市地区生产总值为412.5亿元。2025年1—9月，全市地区生产总值同比增长5.2%。"
    "预计2025年全市地区生产总值达到436亿元。预计社会消费品零售总额达到158亿元。\n"
    "（三）难以完成的指标。一是全社会固定资产投资。受项目接续不足影响，2021—2024年年均下降2.1%。"
    "二是常住人口城镇化率。预计2025年为48.3%，低于53%的规划目标。\n"
    "三、存在的主要问题\n"
    "一是经济增速低于预期，地区生产总值年均增速与规划目标相差0.8个百分点，工业增加值仍占地区生产总值的41.5%。\n"
)

_ROUNDUP = (
    "地方两会密集召开 多省份2025年增长目标出炉\n"
    "2025-01-26 10:00　来源：某财经网\n"
    "甲省：2024年地区生产总值增长5.4%；2025年预期目标为增长5.5%左右，报告同时提出规上工业增加值增长6.5%左右。\n"
    "乙省：2024年地区生产总值增长5.2%；2025年预期目标为增长5%以上。\n"
    "报告提出社会消费品零售总额增长5%。\n"
)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_a_result_before_the_aim_it_met_is_a_result():
    got = _facts("某市总结评估.txt", _FINAL)
    assert (got["7.2%"].kind, got["7%"].kind) == (Kind.ACTUAL, Kind.TARGET)


def test_an_aim_after_the_words_weighing_a_result_against_it_is_an_aim():
    got = _facts("某市总结评估.txt", _FINAL)
    assert got["12%以上"].kind is Kind.TARGET
    assert got["53%"].kind is Kind.TARGET and got["53%"].comparator is Comparator.EQ


def test_a_later_sentence_opening_with_its_year_dates_the_sentences_after_it():
    got = _facts("某市总结评估.txt", _FINAL)
    assert (got["412.5亿元"].year, got["436亿元"].year, got["158亿元"].year) == (2024, 2025, 2025)
    assert got["158亿元"].kind is Kind.ACTUAL


def test_a_run_on_points_heading_names_its_figures():
    got = _facts("某市总结评估.txt", _FINAL)
    assert got["48.3%"].indicator == "常住人口城镇化率"
    assert got["53%"].indicator == "常住人口城镇化率"


def test_an_aim_an_earlier_clause_measured_a_gap_to_is_no_aim_of_the_next():
    got = _facts("某市总结评估.txt", _FINAL)
    assert got["41.5%"].kind is Kind.ACTUAL


def test_a_later_aim_of_the_sentence_takes_the_aims_year_and_not_the_next_sentence():
    got = _facts("两会目标.txt", _ROUNDUP)
    assert (got["6.5%左右"].kind, got["6.5%左右"].year) == (Kind.TARGET, 2025)
    assert (got["5.4%"].kind, got["5.4%"].year) == (Kind.ACTUAL, 2024)


def test_the_pace_still_needed_to_reach_an_aim_is_an_aim_over_the_years_left():
    text = (
        "某市“十三五”规划中期评估报告\n发布时间：2018-08-28\n"
        "2017年，城镇、农村常住居民人均可支配收入分别达到29860元、10240元，"
        "与2020年40000元、14500元的目标相比，分别还需年均增长10.2%和12.3%。\n"
        "2017年全市地区生产总值达到350亿元，实现2020年目标需年均增长9.5%。\n"
    )
    got = _facts("中期评估.txt", text)
    for value in ("10.2%", "12.3%", "9.5%"):
        f = got[value]
        assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2020, 2018), value
    assert (got["350亿元"].kind, got["350亿元"].year) == (Kind.ACTUAL, 2017)
