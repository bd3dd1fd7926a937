"""Classes of writing in plan outlines, sector plans and communiqués, round 8: a
communiqué's 上年 as a start point, the earlier plan's aims a look back is measured against
(完成“十三五”规划目标（600公里）的93.7%, 与规划目标1.5%相差), a difference against what a
figure is compared with (高于全国平均水平约0.1万元), areas listed before one indicator
(分区县看), communiqué units (万重量箱, 亿吨公里), a reason where a name stands (受疫情影响) and
a ratio's bare change (比上年缩小0.05). Each class fixed misses in more than one development
document. Every sentence is composed for these tests in the style of 规划纲要, 专项规划 and
统计公报."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from prosefacts import COMMUNIQUE_2023, prose_facts

SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


# --- a communiqué: 上年 is the year before the one it covers ------------------------------


@pytest.mark.parametrize(
    ("text", "start", "reached"),
    [
        ("全年全市城乡居民收入比由上年的2.11缩小至2.06。", "2.11", "2.06"),
        ("年末全市森林覆盖率从上年的43.6%提高到44.1%。", "43.6%", "44.1%"),
    ],
)
def test_a_communiques_start_point_of_last_year_is_the_year_before_the_one_it_covers(
    text, start, reached
):
    facts = prose_facts(text + "全年全市地区生产总值比上年增长5.3%。", COMMUNIQUE_2023)
    assert (facts[start].kind, facts[start].year) == (Kind.ACTUAL, 2022)
    assert facts[reached].year == 2023
    # (The start point sets no time for the sentences after it: 比上年 is growth in 2023.)
    assert facts["5.3%"].year == 2023


def test_a_ratio_from_last_year_and_the_clause_after_it():
    text = (
        "三次产业结构由上年的5.1：41.3：53.6调整为4.9：40.8：54.3，"
        "全年一般公共预算收入比上年增长6.2%。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["5.1"].year == 2022 and facts["53.6"].year == 2022
    assert facts["4.9"].year == 2023 and facts["54.3"].year == 2023
    assert (facts["6.2%"].measure, facts["6.2%"].year) == (Measure.GROWTH, 2023)


# --- the earlier plan's aim a look back is measured against --------------------------------


@pytest.mark.parametrize(
    ("sentence", "aim", "done", "aim_year"),
    [
        (
            "全市高速公路通车里程由2015年的410公里增加到2020年的585公里，"
            "完成“十三五”规划目标（600公里）的97.5%。",
            "600公里",
            "97.5%",
            2020,
        ),
        (
            "五年累计投入校舍建设资金186亿元，完成规划目标（150亿元）的124%。",
            "150亿元",
            "124%",
            2020,
        ),
        (
            "“十三五”期间，每千人口拥有执业医师数2020年为2.6人，仅完成规划目标（3人）的86.7%。",
            "3人",
            "86.7%",
            2020,
        ),
    ],
)
def test_an_earlier_plans_aim_in_brackets_is_of_the_year_looked_back_on(
    sentence, aim, done, aim_year
):
    text = "一、“十三五”发展成就\n\n“十三五”时期，全市发展成效显著。" + sentence + "\n"
    facts = prose_facts(text, SECTOR_2021)
    assert (facts[aim].kind, facts[aim].year) == (Kind.TARGET, aim_year)
    assert (facts[done].kind, facts[done].year) == (Kind.ACTUAL, aim_year)


def test_an_aim_of_the_plan_being_set_keeps_its_own_year():
    # (No look back measured against it: the plan's own aim, for its last year.)
    text = "第二章　发展目标\n\n到2025年，全市高速公路通车里程达到700公里。\n"
    f = prose_facts(text, SECTOR_2021)["700公里"]
    assert (f.kind, f.year) == (Kind.TARGET, 2025)


# --- areas listed before one indicator ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "values"),
    [
        (
            "分区县看，张店区、临淄区一般公共预算收入分别完成58.3亿元和49.7亿元。",
            "一般公共预算收入",
            ("58.3亿元", "49.7亿元"),
        ),
        (
            "分地区看，海安市、如皋市、启东市学前教育公办率分别达到83.5%、80.1%和79.6%。",
            "学前教育公办率",
            ("83.5%", "80.1%", "79.6%"),
        ),
    ],
)
def test_areas_listed_before_one_indicator_each_take_its_name(text, name, values):
    facts = prose_facts(text, COMMUNIQUE_2023)
    for v in values:
        assert facts[v].indicator == name


def test_indicators_listed_before_shared_values_keep_their_own_names():
    # (No areas in the list: the items are the indicators.)
    facts = prose_facts("全年粮食、油料产量分别增长2.1%和3.4%。", COMMUNIQUE_2023)
    assert facts["2.1%"].indicator != facts["3.4%"].indicator


# --- units of communiqués -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年平板玻璃产量1875万重量箱，增长2.4%。", "1875万重量箱", "万重量箱"),
        ("全年货物周转量312.6亿吨公里，旅客周转量41.8亿人公里。", "312.6亿吨公里", "亿吨公里"),
        ("全年旅客周转量41.8亿人公里。", "41.8亿人公里", "亿人公里"),
        ("全年减税降费惠及经营主体23.5万户次。", "23.5万户次", "万户次"),
        ("全年举办群众性文化活动1.4万场次，体育赛事活动980场次。", "980场次", "场次"),
    ],
)
def test_communique_units_are_read_whole(text, value, unit):
    f = prose_facts(text, COMMUNIQUE_2023)[value]
    assert f.unit == unit


# --- a reason where a name would stand -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一、“十三五”发展成就\n\n社会消费品零售总额2020年为3860.5亿元，受疫情影响比上年下降6.2%。\n",
        "一、“十三五”发展成就\n\n社会消费品零售总额2020年为3860.5亿元，由于疫情冲击比上年下降6.2%。\n",
    ],
)
def test_a_reason_names_nothing_the_figure_before_names_it(text):
    f = prose_facts(text, SECTOR_2021)["6.2%"]
    assert f.indicator == "社会消费品零售总额"
    assert (f.measure, f.value, f.year) == (Measure.GROWTH, -6.2, 2020)


# --- a difference against what a figure is compared with ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        ("2020年全区人均地区生产总值7.6万元，高于全国平均水平约0.4万元。", "0.4万元", 0.4),
        ("一般公共预算收入五年累计比“十二五”时期多860亿元。", "860亿元", 860),
        ("农村学校专任教师平均年龄45.1岁，比城区学校高出4.6岁。", "4.6岁", 4.6),
        ("五年累计财政教育支出超出规划预期约48亿元。", "48亿元", 48),
    ],
)
def test_a_difference_against_a_comparison_is_a_change(sentence, value, expected):
    text = "一、“十三五”发展成就\n\n" + sentence + "\n"
    f = prose_facts(text, SECTOR_2021)[value]
    assert (f.kind, f.measure, f.value) == (Kind.ACTUAL, Measure.CHANGE, expected)


def test_a_threshold_passed_is_no_difference():
    text = "一、“十三五”发展成就\n\n2020年全县地区生产总值超过300亿元。\n"
    f = prose_facts(text, SECTOR_2021)["300亿元"]
    assert f.measure is Measure.LEVEL


@pytest.mark.parametrize(
    ("text", "meta", "aim", "gap", "year"),
    [
        (
            "一、“十三五”发展成就\n\n研发经费投入强度2020年为1.12%，与规划目标1.8%相差0.68个百分点。\n",
            SECTOR_2021,
            "1.8%",
            "0.68个百分点",
            2020,
        ),
        (
            "从年度目标完成情况看，全年地区生产总值增速与预期目标相差0.4个百分点。",
            COMMUNIQUE_2023,
            None,
            "0.4个百分点",
            2023,
        ),
    ],
)
def test_a_gap_named_after_the_aim_is_a_result(text, meta, aim, gap, year):
    facts = prose_facts(text, meta)
    g = facts[gap]
    # (相差 says no direction: the gap stays as printed.)
    assert (g.kind, g.measure, g.value, g.year) == (
        Kind.ACTUAL,
        Measure.CHANGE,
        float(gap[:-4]),
        year,
    )
    if aim is not None:
        assert (facts[aim].kind, facts[aim].year) == (Kind.TARGET, year)


# --- a communiqué's bare figures: a ratio's change, death rates -----------------------------


@pytest.mark.parametrize(
    ("text", "ratio", "change"),
    [
        ("全年城乡居民人均收入比值为2.08，比上年缩小0.04。", "2.08", "0.04"),
        ("城乡居民收入比为1.93:1，较上年缩小0.03。", "1.93:1", "0.03"),
    ],
)
def test_a_ratios_change_on_last_year_is_read_bare(text, ratio, change):
    facts = prose_facts(text, COMMUNIQUE_2023)
    f = facts[change]
    assert (f.measure, f.value, f.unit, f.year) == (Measure.CHANGE, -float(change), None, 2023)
    assert f.indicator == facts[ratio].indicator


# --- the share of the indicators counted before it --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("“十三五”规划确定的24项主要指标中，21项完成或超额完成，完成率87.5%。", "87.5%"),
        ("“十三五”专项规划确定的20项主要指标中，17项完成或超额完成，占85%。", "85%"),
    ],
)
def test_the_share_of_indicators_counted_before_it_is_a_level(sentence, share):
    text = "一、“十三五”发展成就\n\n" + sentence + "\n"
    f = prose_facts(text, SECTOR_2021)[share]
    assert (f.kind, f.measure, f.year) == (Kind.ACTUAL, Measure.LEVEL, 2020)


def test_a_share_after_an_amount_is_no_share_of_a_count():
    # (占 after a sum of money: the share of the money, whatever measure the sum's name gives.)
    text = "一、“十三五”发展成就\n\n2020年全市财政教育支出183.5亿元，占一般公共预算支出的19.6%。\n"
    f = prose_facts(text, SECTOR_2021)["19.6%"]
    assert f.measure is Measure.LEVEL
