"""Classes of writing in plan outlines and sector plans, round 10. Every text is composed
for these tests in the style of 规划纲要 and 专项规划 issued as official documents.

- The date an official document gives itself: its issue number (发文字号) under the title,
  某府发〔2022〕21号, or after 发文字号：, names the year it was issued, and a date line
  closing on 印发 is an issue line (a plan of 2021–2025 issued in 2022 reviews 2021).
- A main-indicator table whose name column is headed 主要指标 (领域 | 主要指标 | 2020年 |
  2025年 | 性质, as sector plans print it), flattened one cell per line, a unit wrapped
  onto a line of its own in brackets (孕产妇死亡率 / （/10万）).
- The aim a plan's look back at the plan before was held to: the aim between 完成 and 目标
  (超额完成下降15%的目标任务) or in brackets after 接近规划目标 is the earlier plan's, for
  the year in force, not a target of the new plan.
- A row whose name closes on (五年累计) sums the plan's years, bracketed or not: the
  bracket is no unit (the unit cell is), the base-year column sums the plan before; a
  单位 line listing the table's units (单位：亿元、%、元) gives the rows printing none the
  first.
- A count of things that all did one thing (全省21个地级以上市全部通高铁, 全县312个行政村均
  通光纤) is named by the things and what they did, not by the area before the count.
- A life expectancy's start point (由2015年的76.8岁提高到2020年的78.6岁) is a figure, not
  an age class (60岁老人).
- A radius that defines a coverage rate (公交站点500米覆盖率) is part of the rate's name,
  no figure of its own.
- A growth word alone before a comparison (增速高于全省1.8个百分点, 增幅高于全国) is the
  growth of the figure named before it in the sentence, and so is a rank after it.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline
from planwatch.describe import describe, reference_date
from planwatch.extract.table_header import is_header_word
from planwatch.extract.tables import recover_tables
from prosefacts import COMMUNIQUE_2023, prose_facts

# --- the issue number and the 印发 date line -------------------------------------------------

PLAN_BODY = (
    "第一章　发展基础\n“十三五”期间，全市卫生健康事业稳步发展，"
    "每千人口医疗卫生机构床位数达到6.9张。\n"
)


@pytest.mark.parametrize(
    ("head", "year", "iso", "basis"),
    [
        ("某市“十四五”卫生健康事业发展规划\n某府发〔2022〕21号\n", 2022, "2022", "issue_number"),
        (
            "某市“十四五”综合交通发展规划\n索引号：01234/2022-00087　　"
            "发文字号：某政办字[2022]45号\n",
            2022,
            "2022",
            "issue_number",
        ),
        (
            "某市“十四五”综合交通运输体系发展规划\n某府办〔2022〕3号　　2022年1月14日印发\n",
            2022,
            "2022-01-14",
            "issue_line",
        ),
        (
            "某县“十四五”生态环境保护规划\n某县生态环境局　　2022年3月2日发布\n",
            2022,
            "2022-03-02",
            "issue_line",
        ),
    ],
)
def test_an_official_documents_issue_number_or_issue_line_dates_it(head, year, iso, basis):
    text = head + PLAN_BODY
    ref = reference_date(text, DocType.SECTOR_PLAN, period=(2021, 2025))
    assert ref.year == year and ref.date is not None and ref.date.iso() == iso
    assert ref.evidence[0].basis == basis
    meta = describe(text, name="t")
    assert meta.reference_year == year


def test_a_cited_documents_number_inside_a_sentence_does_not_date_the_plan():
    text = (
        "某市“十四五”综合交通发展规划\n第一章　发展基础\n按照《某省交通发展规划》"
        "（某政办字〔2016〕162号）部署，全市交通运输系统加快建设。\n"
    )
    ref = reference_date(text, DocType.SECTOR_PLAN, period=(2021, 2025))
    assert ref.year == 2021 and ref.evidence[0].basis == "plan_period"


# --- a 主要指标 name column in a table flattened one cell per line ---------------------------

BEFORE = "全市卫生健康事业发展的主要指标见下表。\n"
AFTER = "\n注：本表2025年数据为统计年报数。\n第三章　主要任务\n"

DOMAIN_TABLE = (
    "表2　某市“十五五”卫生健康发展主要指标\n领域\n主要指标\n2025年\n2030年\n性质\n"
    "健康水平\n人均预期寿命（岁）\n79.1\n＞80\n预期性\n"
    "孕产妇死亡率\n（/10万）\n9.6\n＜9\n预期性\n"
    "健康服务\n每千人口执业（助理）医师数（人）\n3.4\n3.9\n约束性"
)
INDEXED_TABLE = (
    "表3　某县“十四五”教育事业发展主要指标\n序号\n主要指标\n单位\n2020年\n2025年\n属性\n"
    "1\n学前教育毛入园率\n%\n91.5\n≥95\n预期性\n"
    "2\n高中阶段教育毛入学率\n%\n92\n96\n约束性\n"
    "3\n劳动年龄人口平均受教育年限\n年\n10.6\n11.2\n预期性"
)


def _table_facts(table: str) -> set[tuple]:
    text = BEFORE + table + AFTER
    ctx = ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())
    facts = [f for t in recover_tables(text, ctx) for f in t.facts]
    return {(f.indicator, f.kind.value, f.year, f.value, f.unit, f.comparator.value) for f in facts}


def test_a_domain_and_main_indicator_header_one_cell_per_line():
    facts = _table_facts(DOMAIN_TABLE)
    assert ("人均预期寿命", "actual", 2025, 79.1, "岁", "eq") in facts
    assert ("人均预期寿命", "target", 2030, 80.0, "岁", "ge") in facts
    # (the unit wrapped onto its own line, in brackets)
    assert ("孕产妇死亡率", "actual", 2025, 9.6, "/10万", "eq") in facts
    assert ("孕产妇死亡率", "target", 2030, 9.0, "/10万", "le") in facts
    assert ("每千人口执业（助理）医师数", "target", 2030, 3.9, "人", "eq") in facts
    assert len(facts) == 6


def test_an_indexed_main_indicator_header_one_cell_per_line():
    facts = _table_facts(INDEXED_TABLE)
    assert ("学前教育毛入园率", "actual", 2020, 91.5, "%", "eq") in facts
    assert ("学前教育毛入园率", "target", 2025, 95.0, "%", "ge") in facts
    assert ("劳动年龄人口平均受教育年限", "target", 2025, 11.2, "年", "eq") in facts
    assert len(facts) == 6


def test_a_line_saying_main_indicators_is_no_header_when_it_is_a_title():
    # (主要指标 alone is a header cell; a title naming them is not.)
    assert is_header_word("主要指标")
    assert not is_header_word("主要指标表")
    assert not is_header_word("“十四五”主要指标")


# --- the earlier plan's aim in a new plan's look back ---------------------------------------

PLAN_2021 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)
SECTOR_2022 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2022, period_start=2021, period_end=2025
)


@pytest.mark.parametrize(
    ("text", "meta", "value"),
    [
        (
            "“十三五”时期，全市单位地区生产总值能耗五年累计下降17.1%，超额完成下降16%的目标任务。",
            PLAN_2021,
            "16%",
        ),
        (
            "“十三五”以来，全县营运车辆单位运输周转量能耗比2015年下降8.2%，"
            "超额完成下降7%的规划目标。",
            SECTOR_2022,
            "7%",
        ),
    ],
)
def test_the_aim_a_look_back_was_held_to_is_the_earlier_plans(text, meta, value):
    fact = prose_facts(text, meta)[value]
    assert (fact.kind, fact.measure, fact.year, fact.period_start) == (
        Kind.TARGET,
        Measure.GROWTH,
        2020,
        2016,
    )


def test_an_aim_in_brackets_after_drawing_near_it_is_the_earlier_plans():
    text = (
        "“十三五”期间，每千常住人口执业（助理）医师数由2015年的2.4人提高到2020年的2.9人，"
        "已接近规划目标（3人）。"
    )
    fact = prose_facts(text, SECTOR_2022)["3人"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.TARGET, 2020, None)


def test_an_aim_of_the_new_plan_keeps_its_years():
    text = "到2025年，全市单位地区生产总值能耗比2020年下降14%，完成省下达的目标任务。"
    fact = prose_facts(text, PLAN_2021)["14%"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.TARGET, 2025, 2021)


# --- rows of five-year sums and a unit line listing several units ---------------------------

SUMMED_SPACED = (
    "表4　某县“十四五”经济社会发展主要指标\n指标名称 单位 2020年 2025年 年均增长（%） 属性\n"
    "地区生产总值 亿元 210.5 300 7.5 预期性\n"
    "固定资产投资（五年累计） 亿元 820.4 1200 — 预期性\n"
    "常住人口城镇化率 % 48.2 55 — 预期性"
)
SUMMED_UNIT_LINE = (
    "表5　某市“十四五”主要指标\n（单位：亿元、%、元）\n"
    "指标 2020年 2025年 年均增长 属性\n"
    "地区生产总值 5120.3 7000 6.5 预期性\n"
    "全社会固定资产投资（五年累计） — [16800] — 预期性\n"
    "居民人均可支配收入（元） 38200 52000 6.4 预期性"
)


def _full_facts(table: str) -> set[tuple]:
    text = BEFORE + table + AFTER
    ctx = ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())
    facts = [f for t in recover_tables(text, ctx) for f in t.facts]
    return {
        (f.indicator, f.kind.value, f.measure.value, f.year, f.period_start, f.value, f.unit)
        for f in facts
    }


def test_a_row_of_five_year_sums_not_bracketed():
    facts = _full_facts(SUMMED_SPACED)
    assert ("固定资产投资", "actual", "level", 2020, 2016, 820.4, "亿元") in facts
    assert ("固定资产投资", "target", "level", 2025, 2021, 1200.0, "亿元") in facts
    assert ("地区生产总值", "actual", "level", 2020, None, 210.5, "亿元") in facts


def test_a_unit_line_listing_the_tables_units_and_a_bracketed_sum():
    facts = _full_facts(SUMMED_UNIT_LINE)
    assert ("地区生产总值", "target", "level", 2025, None, 7000.0, "亿元") in facts
    # (bracketed: a change; the row's bare figures of test_a_row_of_five_year_sums_not_bracketed
    # stay the period's totals)
    assert ("全社会固定资产投资", "target", "change", 2025, 2021, 16800.0, "亿元") in facts
    assert ("居民人均可支配收入", "target", "level", 2025, None, 52000.0, "元") in facts


# --- a count of things that all did one thing -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("截至2020年底，全省16个地级以上市全部通高铁。", "16个", "地级以上市通高铁"),
        (
            "“十三五”期间农村公路提档升级，全县428个建制村全部通硬化路、通客车。",
            "428个",
            "建制村通硬化路、通客车",
        ),
        ("2020年，全市312个行政村均通光纤。", "312个", "行政村通光纤"),
    ],
)
def test_a_count_of_things_that_all_did_one_thing_is_named_by_both(text, value, name):
    fact = prose_facts(text, SECTOR_2022)[value]
    assert fact.indicator == name and fact.kind is Kind.ACTUAL


def test_a_count_that_all_fared_badly_keeps_its_status_name():
    text = "“十三五”时期，全市5项约束性指标均已完成。"
    fact = prose_facts(text, PLAN_2021)["5项"]
    assert fact.indicator == "全市约束性指标"  # (how they fared is no deed of the things)


# --- a life expectancy's start point ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("“十三五”期间，全市居民人均预期寿命由2015年的76.8岁提高到2020年的78.6岁。", "76.8岁"),
        ("全区人均预期寿命从2015年的75.2岁增加到2020年的77.1岁，高于全国平均水平。", "75.2岁"),
    ],
)
def test_a_life_expectancys_start_point_is_a_figure(text, start):
    fact = prose_facts(text, SECTOR_2022)[start]
    assert (fact.kind, fact.year, fact.unit) == (Kind.ACTUAL, 2015, "岁")


def test_an_age_before_whom_it_is_the_age_of_is_still_no_figure():
    facts = prose_facts("全市60岁老人和0-14岁人口全部纳入家庭医生签约服务。", SECTOR_2022)
    assert "60岁" not in facts and "14岁" not in facts


# --- a radius inside a coverage rate's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "radius", "rate"),
    [
        ("2020年，中心城区公交站点500米覆盖率达到96%。", "500米", "96%"),
        ("到2025年，城区公交站点300米半径覆盖率达到100%。", "300米", "100%"),
    ],
)
def test_a_radius_inside_a_coverage_rates_name_is_no_figure(text, radius, rate):
    facts = prose_facts(text, SECTOR_2022)
    assert radius not in facts
    assert radius in facts[rate].indicator and facts[rate].unit == "%"


def test_a_length_built_is_still_a_figure():
    facts = prose_facts(
        "“十三五”期间，全市新建城市绿道500米以上的有12条，新建步道800米。", SECTOR_2022
    )
    assert facts["800米"].unit == "米"


# --- a growth word alone before a comparison ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gap", "name"),
    [
        (
            "初步核算，全年全市地区生产总值2874.3亿元，比上年增长6.1%，增速高于全省1.2个百分点，"
            "居全省第4位。",
            "1.2个百分点",
            "地区生产总值增速高于全省",
        ),
        (
            "全年规模以上工业增加值比上年增长8.4%，增幅高于全国3.8个百分点。",
            "3.8个百分点",
            "规模以上工业增加值增幅高于全国",
        ),
    ],
)
def test_a_growth_word_before_a_comparison_is_the_growth_of_the_figure_before(text, gap, name):
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts[gap].indicator == name
    if "第4位" in facts:
        assert facts["第4位"].indicator.startswith(name)


def test_a_growth_compared_with_no_figure_before_it_keeps_its_words():
    facts = prose_facts(
        "三、存在的问题\n一是经济增速回落，增速低于全国0.8个百分点。", COMMUNIQUE_2023
    )
    assert facts["0.8个百分点"].indicator.startswith("增速低于全国")
