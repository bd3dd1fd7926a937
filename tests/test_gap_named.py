"""A gap in points to an aim or a wider area keeps the sign it is printed with and carries its
direction and what it is compared with in its name (GOLD_SPEC: only a stated 下降/减少/降低 is
negative; a direction word in the name keeps the printed sign). Sentences composed for these
tests in the style of evaluation reports' problem sections."""

from __future__ import annotations

from planwatch.core.data import Measure
from prosefacts import analysed_facts

_HEAD = "某县“十四五”规划纲要实施中期评估报告\n\n三、存在的主要问题\n"


def test_a_gap_below_an_aim_is_named_by_it_and_keeps_its_printed_sign() -> None:
    text = _HEAD + "地区生产总值两年平均增长6.2%，低于年均增长7%左右的规划目标0.8个百分点。\n"
    gap = analysed_facts("中期评估.txt", text)["0.8个百分点"]
    assert (gap.measure, gap.value) == (Measure.CHANGE, 0.8)
    assert gap.indicator.endswith("低于规划目标")


def test_a_gap_told_after_the_area_compared_with_is_below_it() -> None:
    text = _HEAD + (
        "研发经费投入强度为1.41%，比全省平均水平低1.05个百分点，"
        "每万人口高价值发明专利拥有量2.3件。\n"
    )
    facts = analysed_facts("中期评估.txt", text)
    gap = facts["1.05个百分点"]
    assert gap.value == 1.05
    assert gap.indicator == "研发经费投入强度低于全省平均水平"
    assert "低于" not in facts["2.3件"].indicator  # the next figure names itself


def test_a_list_shares_the_areas_compared_with_in_order() -> None:
    text = _HEAD + "全县生产总值增长8.1%，比全国和全省分别高5.1个和3.6个百分点。\n"
    facts = analysed_facts("中期评估.txt", text)
    assert facts["5.1个"].indicator.endswith("高于全国")
    assert facts["3.6个百分点"].indicator.endswith("高于全省")
    assert facts["3.6个百分点"].value == 3.6


def test_a_stated_fall_stays_negative() -> None:
    text = _HEAD + "规模以上工业增加值占比较2020年下降1.6个百分点。\n"
    assert analysed_facts("中期评估.txt", text)["1.6个百分点"].value == -1.6


def test_a_rate_moving_since_an_earlier_part_of_the_year_is_the_figures() -> None:
    text = (
        "2027年前三季度某市经济运行情况\n\n"
        "前三季度，全市地区生产总值1234.5亿元，按不变价格计算，同比增长5.6%，"
        "增速比上半年加快0.4个百分点，高于全省1.1个百分点。"
        "固定资产投资下降12.4%，降幅比上半年收窄9.2个百分点。\n"
    )
    facts = analysed_facts("统计.txt", text)
    assert facts["0.4个百分点"].indicator == "地区生产总值增速比上半年加快"
    assert facts["1.1个百分点"].indicator == "地区生产总值增速高于全省"
    assert facts["9.2个百分点"].indicator == "固定资产投资降幅比上半年收窄"


def test_the_figures_after_a_gap_take_its_indicator_not_the_gap() -> None:
    text = _HEAD + (
        "2022年全县地区生产总值年均增长7.9%，低于规划目标0.1个百分点；"
        "今年前三季度增长6.1%，比全省平均水平高0.2个百分点。"
        "新能源公交车占比比全国平均水平高出33个百分点。\n"
    )
    facts = analysed_facts("中期评估.txt", text)
    assert facts["0.1个百分点"].indicator.endswith("地区生产总值低于规划目标")
    assert facts["0.2个百分点"].indicator.endswith("地区生产总值高于全省平均水平")
    assert facts["33个百分点"].indicator == "新能源公交车占比比全国平均水平高出"


def test_a_move_told_without_its_rate_word_is_the_growths() -> None:
    text = (
        "2027年上半年某市经济运行情况\n\n"
        "上半年，全市地区生产总值156.3亿元，按不变价格计算，同比增长5.8%，"
        "比一季度加快0.7个百分点，高于全省平均水平0.6个百分点。\n"
    )
    facts = analysed_facts("统计.txt", text)
    assert facts["0.7个百分点"].indicator == "地区生产总值增速比一季度加快"
    assert facts["0.6个百分点"].indicator == "地区生产总值增速高于全省平均水平"
