"""Precision on evaluation reports: an aim quoted after its result, named by the kind of aim
it is (的约束性目标, 的计划目标, 的调控目标) or framed by what the result did to it (超额完成,
未能实现, 优于, 与…的目标基本相当) — how final evaluations and annual plan reports weigh a
result against what was set. The aim's figure is of the indicator the result before it
named, not of the framing words. Text composed for these tests in the style such reports
are published in; and the false-positive lister of ``bench/`` reads development files only."""

from __future__ import annotations

import csv
from pathlib import Path

from benchscripts import bench_module
from planwatch.core.data import Kind, Measure
from prosefacts import analysed_facts as _facts

ROOT = Path(__file__).resolve().parents[1]

_FINAL_HEAD = (
    "某县国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
    "——2021年3月18日在某县人民代表大会常务委员会会议上\n\n"
    "一、主要指标完成情况\n"
)
_ANNUAL_HEAD = (
    "关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "——2024年1月16日在某市第十七届人民代表大会第三次会议上\n\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
)


def _name_and_kind(fact: object) -> tuple[str, Kind]:
    return fact.indicator, fact.kind  # type: ignore[attr-defined]


def test_aims_named_by_their_kind_take_the_results_indicator():
    text = _FINAL_HEAD + (
        "单位地区生产总值能耗五年累计下降17.9%，超额完成省下达的16%的约束性目标。\n"
        "外贸进出口总额五年年均增长5.2%，未完成年均增长8%的计划目标。\n"
        "居民消费价格年均上涨2.1%，控制在3%以内的调控目标。\n"
    )
    facts = _facts("a1.txt", text)
    name, kind = _name_and_kind(facts["16%"])
    assert "能耗" in name and kind == Kind.TARGET
    name, kind = _name_and_kind(facts["8%"])
    assert name.startswith("外贸进出口总额") and kind == Kind.TARGET
    name, kind = _name_and_kind(facts["3%以内"])
    assert name.startswith("居民消费价格") and kind == Kind.TARGET
    assert facts["3%以内"].measure == Measure.GROWTH  # type: ignore[attr-defined]


def test_aims_framed_by_what_the_result_did_take_the_results_indicator():
    text = _FINAL_HEAD + (
        "旅游总收入2020年受疫情影响下降至86亿元，未能实现2020年150亿元的规划目标。\n"
        "细颗粒物年均浓度下降到2020年的31微克/立方米，优于40微克/立方米的规划目标。\n"
        "全县地区生产总值五年年均增长7.6%，与规划确定的年均增长7.5%的目标基本相当。\n"
    )
    facts = _facts("a2.txt", text)
    name, kind = _name_and_kind(facts["150亿元"])
    assert name.startswith("旅游总收入") and kind == Kind.TARGET
    name, kind = _name_and_kind(facts["40微克/立方米"])
    assert "细颗粒物" in name and kind == Kind.TARGET
    name, kind = _name_and_kind(facts["7.5%"])
    assert "地区生产总值" in name and kind == Kind.TARGET


def test_a_years_aim_after_a_cut_result_keeps_the_results_indicator():
    text = _ANNUAL_HEAD + (
        "——单位地区生产总值能耗预计下降3.4%，完成省下达的下降3.2%的年度目标。\n"
        "——一般公共预算收入增长9.6%，超额完成增长7%的计划目标。\n"
    )
    facts = _facts("a3.txt", text)
    name, kind = _name_and_kind(facts["3.2%"])
    assert "能耗" in name and kind == Kind.TARGET
    name, kind = _name_and_kind(facts["7%"])
    assert name.startswith("一般公共预算收入") and kind == Kind.TARGET


def test_an_aim_named_by_its_own_noun_keeps_it():
    # (the noun after 的 names the aim itself when it is more than the kind of aim)
    text = _FINAL_HEAD + "纲要提出了8%的经济增速预期目标，实际年均增长7.1%。\n"
    facts = _facts("a4.txt", text)
    assert "经济增速" in facts["8%"].indicator  # type: ignore[attr-defined]


# -- how much of an aim is done, in a clause of its own after the result ------------------

_MIDTERM_HEAD = (
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "——2023年9月26日在某市人民代表大会常务委员会会议上\n\n"
    "一、主要指标完成情况\n"
)


def test_share_of_an_aim_done_is_named_by_the_result_before_it():
    text = _MIDTERM_HEAD + (
        "2021—2022年全市一般公共预算收入累计完成312.6亿元，完成《纲要》确定的五年累计目标的"
        "41.8%。\n"
        "两年新改建农村公路1860公里，完成规划目标的47%。\n"
        "每千人口拥有执业（助理）医师数两年增加0.26人，已完成规划增量的68.4%。\n"
        "单位地区生产总值能耗两年累计下降4.1%，完成“十四五”下降14%目标的进度不足三成。\n"
    )
    facts = _facts("p1.txt", text)
    for share, subject in (
        ("41.8%", "一般公共预算收入"),
        ("47%", "农村公路"),
        ("68.4%", "执业（助理）医师数"),
        ("三成", "能耗"),
    ):
        fact = facts[share]
        assert subject in fact.indicator, share  # type: ignore[attr-defined]
        assert "完成" in fact.indicator, share  # type: ignore[attr-defined]
        assert (fact.kind, fact.measure) == (Kind.ACTUAL, Measure.LEVEL), share  # type: ignore[attr-defined]


def test_share_of_a_higher_levels_task_keeps_who_set_it():
    text = _MIDTERM_HEAD + "两年累计压减粗钢产能420万吨，完成省下达任务的84%。\n"
    name = _facts("p2.txt", text)["84%"].indicator  # type: ignore[attr-defined]
    assert "粗钢产能" in name and "省下达任务" in name


def test_a_share_with_a_subject_of_its_own_keeps_its_name():
    # (the clause names what the share is of: 占…比重 is no share of an aim done)
    text = (
        _MIDTERM_HEAD
        + "全市高新技术企业达到612家，高新技术产业增加值占规模以上工业增加值比重达到41.2%。\n"
    )
    name = _facts("p3.txt", text)["41.2%"].indicator  # type: ignore[attr-defined]
    assert name.startswith("高新技术产业增加值") and "完成" not in name


# -- an evaluation's proposals to adjust the plan's aims ----------------------------------


def test_proposed_adjustments_move_an_aim_from_one_value_to_another():
    text = (
        "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
        "——2023年8月29日在某县人民代表大会常务委员会会议上\n\n"
        "四、规划指标调整建议\n"
        "（一）规模以上工业增加值年均增速。建议由9%调整为6%，同时将高新技术产业增加值占比"
        "目标提高到42%。\n"
        "（二）农村居民人均可支配收入。按照2023—2025年年均增长7.2%测算，建议目标值由"
        "26000元调整为23800元。\n"
        "（三）森林覆盖率。2022年已达58.4%，建议将目标值由58%提高到59%。\n"
    )
    facts = _facts("j1.txt", text)
    for aim in ("9%", "6%", "42%", "26000元", "23800元", "58%", "59%"):
        fact = facts[aim]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), aim  # type: ignore[attr-defined]
    assert facts["58.4%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]
    for aim in ("26000元", "23800元"):
        assert facts[aim].indicator == "农村居民人均可支配收入", aim  # type: ignore[attr-defined]


# -- an annual plan report's item naming two indicators, its aims and results 分别 ---------


def test_item_heading_naming_two_indicators_is_shared_out_by_each():
    text = _ANNUAL_HEAD + (
        "5.一般公共预算收入：计划增长6.5%，预计增长5.1%。\n"
        "6.城镇、农村常住居民人均可支配收入：计划分别增长5.5%、7%，"
        "预计分别达到46210元、21350元。\n"
    )
    facts = _facts("e1.txt", text)
    for figure, whose in (
        ("5.5%", "城镇"),
        ("7%", "农村"),
        ("46210元", "城镇"),
        ("21350元", "农村"),
    ):
        name = facts[figure].indicator  # type: ignore[attr-defined]
        assert name == f"{whose}常住居民人均可支配收入", figure
    assert facts["5.5%"].kind == Kind.TARGET  # type: ignore[attr-defined]
    assert facts["46210元"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_a_total_with_no_owner_in_its_sentence_is_the_paragraphs_last_figures():
    text = _MIDTERM_HEAD + (
        "全县地区生产总值2021年、2022年分别增长7.9%、4.6%，两年平均增长6.2%。"
        "2022年总量达到286.3亿元，在全市县市区中排第3位。\n"
    )
    facts = _facts("t1.txt", text)
    assert "地区生产总值" in facts["286.3亿元"].indicator  # type: ignore[attr-defined]


# -- a count of indicators by status named before it, in the closing measures ------------


def test_lagging_indicators_counted_in_the_measures_are_a_result():
    text = _MIDTERM_HEAD + (
        "《纲要》确定的24项主要指标中，20项达到或快于序时进度，进度滞后的有4项。\n"
        "四、推进《纲要》后半程实施的主要举措\n"
        "（五）健全实施机制。对进展滞后的4项指标实行清单化管理、按季调度，确保目标如期完成。\n"
    )
    # (a later fact of the same characters replaces an earlier: "4项" is the measures' count)
    lagging = _facts("c1.txt", text)["4项"]
    assert (lagging.kind, lagging.year) == (Kind.ACTUAL, 2022)  # type: ignore[attr-defined]
    assert "滞后" in lagging.indicator  # type: ignore[attr-defined]


def test_status_counts_with_long_reasons_are_named_by_the_status():
    text = _MIDTERM_HEAD + (
        "《纲要》确定的26项主要指标中，18项进展符合或好于预期，5项进展滞后，"
        "2项受疫情冲击、原材料价格波动等因素影响难以实现预期；"
        "另有1项因统计口径调整或数据尚未发布暂无法评价。\n"
    )
    facts = _facts("r1.txt", text)
    assert facts["2项"].indicator == "难以实现预期"  # type: ignore[attr-defined]
    assert facts["1项"].indicator == "暂无法评价"  # type: ignore[attr-defined]


def test_words_of_a_basis_an_adjustment_or_a_streak_name_nothing():
    text = _MIDTERM_HEAD + (
        "2022年一般公共预算收入完成96.4亿元，扣除留抵退税因素后同口径增长7.6%。"
        "实际使用外资12.8亿美元，按可比口径增长4.9%。\n"
        "人均地区生产总值由2020年的52360元提高到2022年的58910元，按此趋势预计到2025年"
        "可突破6.8万元。2022年粮食总产量达到48.2亿斤，连续多年稳定在45亿斤以上。\n"
    )
    facts = _facts("r2.txt", text)
    for figure, name in (
        ("7.6%", "一般公共预算收入"),
        ("4.9%", "外资"),
        ("6.8万元", "人均地区生产总值"),
        ("45亿斤以上", "粮食总产量"),
    ):
        assert name in facts[figure].indicator, figure  # type: ignore[attr-defined]


def test_the_line_a_counted_part_of_a_group_passes_is_no_fact():
    text = _MIDTERM_HEAD + (
        "全市12个县（市、区）中，有8个两年年均增速超过6%。7个县城中有4个城区常住人口不足"
        "15万人。城区学位供给紧张，部分学校班额超过50人。全市地区生产总值超过2000亿元。\n"
    )
    facts = _facts("g1.txt", text)
    for line in ("6%", "15万人", "50人"):
        assert line not in facts, line
    assert "8个" in facts and "4个" in facts
    assert facts["2000亿元"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_a_count_weighed_against_its_aim_with_jiao_is_a_gap():
    text = _FINAL_HEAD + "二级以上医院数量为46个，较规划目标少4个。\n"
    gap = _facts("g2.txt", text)["4个"]
    assert (gap.measure, gap.value) == (Measure.CHANGE, 4)  # type: ignore[attr-defined]


def test_a_second_each_list_of_a_generic_pace_reuses_the_names_shared_out():
    text = _MIDTERM_HEAD + (
        "2022年，城镇和农村常住居民人均可支配收入分别达到43150元和19870元，分别增长5.1%和"
        "6.7%，“十四五”前两年年均增速分别为6.2%和7.4%。\n"
    )
    facts = _facts("d1.txt", text)
    for pace, whose in (("6.2%", "城镇"), ("7.4%", "农村")):
        assert facts[pace].indicator == f"{whose}常住居民人均可支配收入", pace  # type: ignore[attr-defined]


# -- the lister reads development files only ----------------------------------------------


def _lister():
    return bench_module("false_positives")


def test_false_positive_lister_never_lists_check_files_or_held_halves():
    shared = ROOT.parent / "shared" / "devcorpus"
    if not (shared / "CHECK.txt").exists():
        return  # (no shared reference data on this machine)
    check = set((shared / "CHECK.txt").read_text(encoding="utf-8").split())
    held = set()
    for index in (ROOT / "bench" / "composed").glob("*/INDEX.tsv"):
        with open(index, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["split"] != "dev":
                    held.add((index.parent.name, row["doc"]))
    docs = _lister().dev_documents()
    assert docs
    for d in docs:
        if d.set == "devcorpus":
            assert d.doc.name not in check
        else:
            assert (d.set, d.doc.name) not in held
