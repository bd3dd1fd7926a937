"""Figures found and figures that are no facts, by the form of the figure (issue 10, round 14).

Sentences composed in the style of sector plans, evaluations and communiqués: counts in the
measure words of buildings, lessons and train runs (古民居1500幢, 课程4200节, 班列开行320班);
a capacity per day (供水能力3.5万立方米/日; 日 alone after a number stays a date's day) and a
coal rate per kilowatt-hour (298克标准煤/千瓦时); a threshold that defines a group counted
after it, the group glued or named by any short noun (超1亿美元外资项目32个, 超10亿元的商业
中心6个, 超百亿元企业达到9户); a small count in Chinese numerals told last, after what it
counts (储能电站两座。), not before a noun (三大工程, 两个中心); a whole split in two in
percent (招生比例55：45); the level of an average a figure is compared to (低于全省2.61人的
平均水平); indicators set apart from the rest that fared (除…4项指标外，其余…均已完成).
"""

from __future__ import annotations

import pytest

from planwatch.core.units import match_unit_at
from planwatch.pipeline import analyse_text


def _facts(text: str) -> list[tuple[str, float, str | None]]:
    analysed = analyse_text("t.txt", text)
    return [(text[f.span.start : f.span.end], f.value, f.unit) for f in analysed.facts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2023年，全县修缮传统村落民居860幢，录制网络课程3100节。",
            [("860幢", 860.0, "幢"), ("3100节", 3100.0, "节")],
        ),
        ("2023年，中欧班列全年开行415班以上。", [("415班以上", 415.0, "班")]),
    ],
)
def test_counts_in_measure_words(sentence: str, expected: list) -> None:
    assert _facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2023年，全市新增城镇供水能力4.2万立方米/日，污水处理能力达到9.5万吨/日。",
            [("4.2万立方米/日", 4.2, "万立方米/日"), ("9.5万吨/日", 9.5, "万吨/日")],
        ),
        (
            "到2025年，全省煤电机组平均供电煤耗降至295克标准煤/千瓦时。",
            [("295克标准煤/千瓦时", 295.0, "克标准煤/千瓦时")],
        ),
    ],
)
def test_a_rate_per_day_or_per_kilowatt_hour(sentence: str, expected: list) -> None:
    assert _facts(sentence) == expected


def test_a_day_alone_is_no_unit() -> None:
    # 日 is a rate's base only after a slash: 15日 is a date's day, no unit of a figure.
    assert match_unit_at("15日召开", 2) is None
    assert match_unit_at("万立方米/日，", 0).unit == "万立方米/日"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A size class glued to its group, counted in 户 (as firm registers count them).
        ("2023年，全市产值超百亿元企业达到9户。", [("9户", 9.0, "户")]),
        # A word or two before the group's noun, then the count.
        ("“十四五”期间，新引进总投资超1亿美元外资项目32个。", [("32个", 32.0, "个")]),
        # Any short noun after 的, counted right after it.
        ("到2025年，培育年销售额超10亿元的商业中心6个。", [("6个", 6.0, "个")]),
        # The area's own figure passed: a fact with ge.
        ("2023年，全县地区生产总值突破300亿元。", [("300亿元", 300.0, "亿元")]),
    ],
)
def test_a_threshold_that_defines_a_counted_group(sentence: str, expected: list) -> None:
    assert _facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A count told last, after what it counts, before the clause ends: a result.
        (
            "2023年，全县新建投用储能电站两座，改造提升农贸市场三个。",
            [("两座", 2.0, "座"), ("三个", 3.0, "个")],
        ),
        # Before a noun, a sequence or a group word: names, no counts.
        ("2023年，全县实施三大工程，引进一批企业，建成两个中心。", []),
        ("2023年，全县前两家企业投产，修缮其中的两座。", []),
    ],
)
def test_a_small_chinese_count_told_last(sentence: str, expected: list) -> None:
    assert _facts(sentence) == expected


def test_a_whole_split_in_two_is_two_shares() -> None:
    # Parts adding up to 100 split a whole (as 三次产业结构 does in three): a share each.
    assert _facts("2023年，全市普通高中与中职学校招生比例为55：45。") == [
        ("55", 55.0, "%"),
        ("45", 45.0, "%"),
    ]
    # Against 1, one value with no unit; other two-part ratios are no facts.
    assert _facts("2023年，城乡居民收入比缩小到1.9:1。") == [("1.9:1", 1.9, None)]
    assert _facts("2023年，全市户籍与常住人口之比为3:2。") == []


def test_the_level_of_an_average_a_figure_is_compared_to() -> None:
    # The figure before 的平均水平 is the average's own level; after it, the gap (negative).
    found = {
        text: (f.value, f.measure.value)
        for text, f in _by_text("2022年，每千人口执业医师数仍低于全省2.61人的平均水平。").items()
    }
    assert found == {"2.61人": (2.61, "level")}
    found = {
        text: (f.value, f.measure.value)
        for text, f in _by_text("2022年，每千人口执业医师数比全省平均水平低0.4人。").items()
    }
    assert found == {"0.4人": (-0.4, "change")}


def _by_text(text: str) -> dict:
    return {text[f.span.start : f.span.end]: f for f in analyse_text("t.txt", text).facts}


def test_indicators_set_apart_from_the_rest_that_fared() -> None:
    # Set apart from the rest whose outcome the next clause tells: a count by status.
    assert _facts("经评估，除受疫情影响较大的4项指标外，其余28项指标均已完成。") == [
        ("4项", 4.0, "项"),
        ("28项", 28.0, "项"),
    ]
    # The plan's own make-up stays no fact.
    assert _facts("《纲要》确定了25项主要指标，其中约束性指标9项。") == []
