"""Numbered indicator lists and aims named only as aims, on text written for these tests.

An evaluation often sets out its main indicators as a numbered list, each item opening with
the indicator's name as a run-in heading (1.地区生产总值。规划目标为…，2017年达到…); the
clauses after it name nothing of their own, or only say that a figure is the aim (规划目标为,
预期目标是). Those words name no indicator: the item's heading does.
"""

from planwatch.core.data import DocType, DocumentMeta, Measure
from planwatch.extract.naming_lines import item_heading
from planwatch.extract.prose_names import hollow_name
from prosefacts import prose_facts

MIDTERM = DocumentMeta(
    doc_type=DocType("plan_midterm_evaluation"), reference_year=2023, reference_date="2023-09-10"
)


def test_an_items_figures_take_its_heading_as_their_name():
    text = (
        "二、主要指标实施进展\n"
        "1.港口货物吞吐量。规划目标为年均增长6%，2021—2022年年均增长4.2%，2022年达到1.35亿吨。\n"
        "（二）人均公园绿地面积。2022年为14.6平方米，规划目标为16平方米。\n"
        "3、城镇生活垃圾分类覆盖率。预期目标是2025年达到90%，目前已达到72%。\n"
    )
    facts = prose_facts(text, MIDTERM)
    for v in ("6%", "4.2%", "1.35亿吨"):
        assert facts[v].indicator == "港口货物吞吐量", v
    assert facts["6%"].measure == Measure.GROWTH
    for v in ("14.6平方米", "16平方米"):
        assert facts[v].indicator == "人均公园绿地面积", v
    for v in ("90%", "72%"):
        assert facts[v].indicator == "城镇生活垃圾分类覆盖率", v


def test_an_item_heading_holds_only_for_its_own_line():
    text = (
        "1.港口货物吞吐量。2022年达到1.35亿吨。\n全年完成交通投资86亿元，规划目标为年均增长5%。\n"
    )
    facts = prose_facts(text, MIDTERM)
    assert facts["1.35亿吨"].indicator == "港口货物吞吐量"
    assert facts["5%"].indicator != "港口货物吞吐量"


def test_a_share_of_the_aim_keeps_its_own_words():
    # 完成规划目标的60%: the lead verb makes the words a name of their own.
    text = "两年来城镇累计新增就业18.2万人，完成规划目标的61%。"
    facts = prose_facts(text, MIDTERM)
    assert "目标" in facts["61%"].indicator


def test_hollow_names():
    for name in ("规划目标", "预期目标", "目标值", "年度目标"):
        assert hollow_name(name), name
    for name in ("完成规划目标", "规划目标完成率", "目标任务完成情况", ""):
        assert not hollow_name(name), name


def test_item_headings():
    def head(line: str) -> str:
        return item_heading(line, 0, line.index("。"))

    assert head("1.港口货物吞吐量。规划目标为…") == "港口货物吞吐量"
    assert head("（三）人均公园绿地面积。2022年为…") == "人均公园绿地面积"
    assert head("四、城镇生活垃圾分类覆盖率。预期…") == "城镇生活垃圾分类覆盖率"
    # No number before it, a heading closing its line, or a phrase with a predicate: no name.
    assert head("港口货物吞吐量。规划目标为…") == ""
    assert head("1.港口货物吞吐量。") == ""
    assert head("2.生态环境持续改善。细颗粒物…") == ""


ANNUAL = DocumentMeta(
    doc_type=DocType("plan_implementation_report"),
    reference_year=2025,
    reference_date="2025-01-18",
)


def test_a_colon_heading_names_the_items_figures_after_an_aim_clause():
    # The first clause states the aim without a figure (保持稳定, 与经济增长同步); the
    # figures after it are of the item's indicator, not of "the annual aim".
    text = (
        "一、2024年主要指标完成情况\n"
        "3.外贸进出口总额：年度目标保持稳定，预计下降1.6%。\n"
        "5.农村居民人均可支配收入：年度目标与经济增长同步，预计达到31200元，增长6.4%。\n"
        "（六）新增城镇就业：年度目标2.5万人，全年实际新增2.7万人。\n"
    )
    facts = prose_facts(text, ANNUAL)
    assert facts["1.6%"].indicator == "外贸进出口总额"
    assert facts["1.6%"].value == -1.6
    assert facts["31200元"].indicator == "农村居民人均可支配收入"
    assert facts["6.4%"].indicator == "农村居民人均可支配收入"
    assert facts["2.5万人"].indicator == facts["2.7万人"].indicator == "新增城镇就业"


def test_a_same_basis_growth_is_of_the_figure_before():
    text = "全县税收收入完成58.3亿元，同口径增长4.7%；按同口径计算，非税收入下降2.1%。"
    facts = prose_facts(text, ANNUAL)
    assert facts["4.7%"].indicator == "税收收入"
    assert facts["2.1%"].indicator == "非税收入"


def test_within_the_year_is_no_part_of_a_name():
    facts = prose_facts("年内完成植树造林2.4万亩，年内新建口袋公园18个。", ANNUAL)
    assert facts["2.4万亩"].indicator == "植树造林"
    assert facts["18个"].indicator == "新建口袋公园"


def test_aim_words_with_what_the_aim_is_are_hollow():
    assert hollow_name("年度目标与经济增长同步")
    assert hollow_name("年度目标保持稳定")
    assert not hollow_name("目标人群筛查率")


def test_a_gap_below_an_aim_is_named_by_it_what_is_missing_is_as_printed():
    text = (
        "两年来全县一般公共预算收入年均增长5.4%，慢于年均增长8%的规划目标2.6个百分点。"
        "常住人口城镇化率距规划目标尚差3.2个百分点。"
        "研发经费投入强度高于全省平均水平0.3个百分点。"
    )
    facts = prose_facts(text, MIDTERM)
    gap = facts["2.6个百分点"]
    # (慢于 compares, it states no fall: the sign as printed, the direction in the name)
    assert (gap.measure, gap.value) == (Measure.CHANGE, 2.6)
    assert gap.indicator == facts["5.4%"].indicator + "慢于规划目标"
    assert facts["3.2个百分点"].value == 3.2  # 尚差: what is still missing, not a fall
    assert facts["0.3个百分点"].value == 0.3


def test_a_count_of_indicators_not_yet_judged_is_a_status_count():
    text = "《纲要》确定的28项主要指标中，21项达到序时进度，5项进展滞后，2项因统计口径调整暂不具备评估条件。"
    facts = prose_facts(text, MIDTERM)
    assert "暂不具备评估条件" in facts["2项"].indicator
    assert facts["21项"].indicator == "达到序时进度"
    assert "28项" not in facts  # (the plan's own composition)


def test_an_aim_in_brackets_and_a_gap_still_to_go_are_of_the_figure_before():
    text = (
        "全县森林蓄积量达到312万立方米，已提前实现规划目标（300万立方米）。"
        "农村自来水普及率为88.5%，距92%的规划目标还有3.5个百分点。"
    )
    facts = prose_facts(text, MIDTERM)
    assert facts["300万立方米"].indicator == facts["312万立方米"].indicator
    gap = facts["3.5个百分点"]
    assert gap.indicator == facts["88.5%"].indicator == "农村自来水普及率"
    assert gap.value == 3.5  # 还有: what is still missing, as printed
