"""Classes of writing in plan outlines and sector plans, round 7: indicator tables typed with
one space between cells, five-year sums in brackets (a sum of money, a plan's fall in %, a
comparator inside the bracket, the plan before under the base year) and caption numbers.
Every table and sentence is composed for these tests in the style of 规划纲要 and 专项规划."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline
from planwatch.extract.table_cells import read_values
from planwatch.extract.tables import recover_tables
from prosefacts import prose_facts as facts_of

PLAN_2026 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2026, period_start=2026, period_end=2030
)
SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)
MIDTERM_2023 = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION, reference_year=2023, period_start=2021, period_end=2025
)


def _facts(text: str, meta: DocumentMeta) -> dict[tuple[str, float], object]:
    """The table facts of ``text``, keyed by (indicator, value) — one per key in these tables."""
    tables = recover_tables(text, ExtractContext(doc="t", meta=meta, outline=Outline()))
    return {(f.indicator, f.value): f for t in tables for f in t.facts}


def _rows(sep: str, grouped: bool) -> str:
    group = ("经济发展" + sep) if grouped else ""
    rows = [
        f"{group}1.地区生产总值{sep}亿元{sep}2860{sep}3700{sep}5.5左右{sep}预期性",
        f"2.全员劳动生产率{sep}万元/人{sep}14.1{sep}18.6{sep}5.7{sep}预期性",
        f"3.常住人口城镇化率{sep}%{sep}63.2{sep}67{sep}〔3.8〕{sep}预期性",
        f"4.城镇新增就业{sep}万人{sep}—{sep}—{sep}〔28〕{sep}预期性",
    ]
    header = sep.join(["类别", "指标", "单位", "2025年", "2030年", "年均增长〔累计〕", "属性"])
    return "表2 “十五五”时期主要指标\n" + header + "\n" + "\n".join(rows) + "\n\n第三章 产业\n"


@pytest.mark.parametrize("sep", [" ", "　", "\t"])
@pytest.mark.parametrize("grouped", [True, False])
def test_a_name_cell_one_space_from_its_unit_and_group_cells_is_cut_from_them(sep, grouped):
    # A table typed with one (half- or full-width) space between cells: the 类别 before a
    # numbered name and the 单位 after it are cells of their own, not part of the name.
    facts = _facts(_rows(sep, grouped), PLAN_2026)
    gdp = facts[("地区生产总值", 3700)]
    assert (gdp.kind, gdp.measure, gdp.year, gdp.unit) == (Kind.TARGET, Measure.LEVEL, 2030, "亿元")
    assert facts[("全员劳动生产率", 14.1)].unit == "万元/人"
    urban = facts[("常住人口城镇化率", 3.8)]
    assert (urban.measure, urban.unit, urban.period_start) == (Measure.CHANGE, "%", 2026)
    assert facts[("城镇新增就业", 28)].unit == "万人"
    assert {k[0] for k in facts} == {
        "地区生产总值",
        "全员劳动生产率",
        "常住人口城镇化率",
        "城镇新增就业",
    }


def _money_table(layout: str) -> str:
    if layout == "bars":
        return (
            "表1 交通运输“十四五”发展主要指标\n"
            "序号 | 类别 | 指标 | 单位 | 2020年 | 2025年 | 属性\n"
            "1 | 设施网络 | 高速公路通车里程 | 公里 | 410 | 520 | 预期性\n"
            "2 | 绿色安全 | 营运货车单位周转量能耗下降率 | % | — | 〔6〕 | 预期性\n"
            "3 | 投资规模 | 交通固定资产投资 | 亿元 | 〔530〕 | 〔760〕 | 预期性\n"
            "注：〔 〕内为五年累计数。\n\n第二章 重点任务\n"
        )
    return (
        "附表 “十四五”能源发展主要指标\n"
        "指标\t单位\t2020年\t2025年\t属性\n"
        "能源领域完成投资\t万元\t[86000]\t[120000]\t预期性\n"
        "单位地区生产总值能耗降低\t%\t—\t[13.5]\t约束性\n"
        "可再生能源装机容量\t万千瓦\t45\t80\t预期性\n"
        "注：[ ]内为五年累计数。\n\n第三章 保障措施\n"
    )


@pytest.mark.parametrize("layout", ["bars", "tabs"])
def test_a_bracketed_sum_of_money_and_a_bracketed_fall_in_percent_are_changes(layout):
    # A bracket is GOLD_SPEC's bracketed cumulative value, a change over the five years,
    # whatever the row sums: 〔760〕 亿元 of investment as much as a 下降率/降低 in %.
    # Under the base year (2020年) the bracket sums the plan before (2016-2020).
    facts = _facts(_money_table(layout), SECTOR_2021)
    money = sorted((f for k, f in facts.items() if "投资" in k[0]), key=lambda f: f.year)
    base, aim = money
    assert (aim.kind, aim.measure, aim.period_start) == (Kind.TARGET, Measure.CHANGE, 2021)
    assert (base.kind, base.measure, base.year, base.period_start) == (
        Kind.ACTUAL,
        Measure.CHANGE,
        2020,
        2016,
    )
    fall = next(f for k, f in facts.items() if ("下降" in k[0] or "降低" in k[0]))
    assert (fall.measure, fall.year, fall.period_start) == (Measure.CHANGE, 2025, 2021)
    assert fall.value > 0  # the direction word stays in the name


def test_a_bracketed_fall_in_an_evaluation_keeps_the_change_it_had():
    # Evaluations quote the plan's table in their own conventions (their rules decide).
    facts = _facts(_money_table("tabs"), MIDTERM_2023)
    fall = next(f for k, f in facts.items() if "降低" in k[0])
    assert fall.measure is Measure.CHANGE


@pytest.mark.parametrize(
    "cell, value, comparator",
    [
        ("〔＞0.2〕", 0.2, "ge"),
        ("[≥1.5]", 1.5, "ge"),
        ("〔约5〕", 5.0, "approx"),
        ("〔<3〕", 3.0, "le"),
    ],
)
def test_a_comparator_inside_a_bracket_keeps_the_figure(cell, value, comparator):
    (v,) = read_values(cell)
    assert (v.value, v.comparator.value, v.bracketed) == (value, comparator, True)


@pytest.mark.parametrize(
    "caption",
    ["表1 株洲市“十五五”生态环境保护主要指标", "附表2　张家口市“十四五”交通发展指标"],
)
def test_the_number_of_a_caption_is_no_figure(caption):
    # 表1 株洲市…: 株 and 张 are measure words too (1株, 2张); a caption's number is a label.
    text = f"展望2035年，生态环境根本好转。\n\n{caption}\n\n到2030年，森林覆盖率达到46%。\n"
    facts = facts_of(text, PLAN_2026)
    assert list(facts) == ["46%"]


def test_a_count_after_a_word_ending_in_the_caption_character_is_still_a_figure():
    # 代表 ends in 表: 人大代表12名 is a count, not a caption.
    text = "全市新增各级人大代表12名。\n"
    assert "12名" in facts_of(text, PLAN_2026)


BOX_NUMBERED = (
    "第四章　重点任务\n\n"
    "专栏3　“十四五”铁路重点项目\n"
    "1.甲乙高速铁路：新建正线长约126公里，设计时速350公里，估算总投资约210亿元。\n"
    "2.丙丁城际铁路：线路全长约48公里，估算投资约62亿元。\n"
)
BOX_PLAIN = (
    "专栏2　医疗卫生重点建设项目\n"
    "市中心医院新院区：编制床位1500张，总建筑面积18万平方米，总投资约21亿元。\n"
    "市疾控中心迁建项目：新增床位200张，总投资约3.5亿元。\n"
)


@pytest.mark.parametrize("box", [BOX_NUMBERED, BOX_PLAIN])
def test_a_project_size_in_a_box_of_key_projects_is_of_no_year(box):
    # A 专栏 of key projects lists each project's own size after its name and a colon
    # (线路长, 设计时速, 估算投资, 编制床位): what the project is, not an aim of a year.
    facts = facts_of(box, SECTOR_2021)
    sizes = [f for t, f in facts.items() if not t.startswith("200")]
    assert sizes and all((f.year, f.period_start) == (None, None) for f in sizes)
    assert all(f.kind is Kind.TARGET for f in facts.values())
    # A total investment is the project's, not that of the figure before it.
    totals = [f.indicator for f in facts.values() if f.indicator.endswith("总投资")]
    assert totals and all(n.startswith(("市", "甲", "丙")) for n in totals), totals


def test_a_flow_in_a_box_of_key_projects_keeps_the_plan_years():
    # 新增床位 is a flow the plan adds, not a size: it keeps the plan's years.
    facts = facts_of(BOX_PLAIN, SECTOR_2021)
    assert (facts["200张"].year, facts["200张"].period_start) == (2025, 2021)


def test_a_project_size_in_running_prose_keeps_the_plan_year():
    # Outside a box, a project and its cost in a sentence of the plan's aims stay aims of
    # the plan's last year.
    text = "第二章　发展目标\n\n到2025年，建成市中心医院新院区，总投资约21亿元。\n"
    assert facts_of(text, SECTOR_2021)["21亿元"].year == 2025


@pytest.mark.parametrize("sentence", ["全市年均开展远程会诊2.4万例。", "开展日间手术3500例，"])
def test_cases_counted_in_a_health_plan_are_figures_in_their_unit(sentence):
    (fact,) = facts_of("第一章　发展基础\n\n" + sentence + "\n", SECTOR_2021).values()
    assert fact.unit in ("万例", "例")


@pytest.mark.parametrize(
    "review",
    [
        "“十三五”规划确定的28项主要指标中，24项完成或超额完成，4项未达到预期目标。",
        "规划纲要提出的主要指标共31项，其中26项已完成，5项未完成。",
    ],
)
def test_a_plan_looking_back_counts_the_plan_before_indicators_by_status(review):
    # An outline's 发展基础 counts how the plan before's indicators fared: each count is
    # named by its status and stands at the end of the plan before (no period).
    meta = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
    )
    facts = facts_of("第一章　发展基础\n\n" + review + "\n", meta)
    counts = [f for f in facts.values() if f.unit == "项" and f.value < 28]
    assert len(counts) == 2
    for f in counts:
        assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2020, None)
        assert "完成" in f.indicator or "达到" in f.indicator


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("实际使用外资五年累计达到60亿美元。", "60亿美元"),
        ("“十五五”期间累计达到新增城镇就业30万人。", "30万人"),
    ],
)
def test_a_sum_over_the_plan_years_reached_is_a_flow_of_the_plan(sentence, value):
    # 累计达到 alone is a stock reached (经营主体累计达12万户); after a span of years (五年,
    # 期间) it is what those years sum to, over the plan's period.
    facts = facts_of("第二章　发展目标\n\n" + sentence + "\n", PLAN_2026)
    f = facts[value]
    assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2030, 2026)


def test_a_stock_reached_by_a_date_has_no_period():
    comm = DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, reference_year=2025)
    facts = facts_of("截至2024年底，全市经营主体累计达12.3万户。\n", comm)
    assert facts["12.3万户"].period_start is None


@pytest.mark.parametrize("sep", ["\t", " ", "　"])
def test_a_category_cell_after_the_list_number_heads_its_group_not_the_name(sep):
    # 序号 | 类别 | 指标名称 | 单位 | 现状值 | 目标值: the 类别 stands on the group's first
    # row, between the number and the name; sector plans use their own category words.
    lines = [
        ["序号", "类别", "指标名称", "单位", "现状值（2020年）", "目标值（2025年）", "指标属性"],
        ["1", "设施网络", "铁路营业里程", "公里", "812", "1050", "预期性"],
        ["2", "", "高速公路通车里程", "公里", "1285", "1500以上", "预期性"],
        ["3", "运输服务", "港口货物吞吐量", "亿吨", "1.8", "2.3", "预期性"],
    ]
    rows = [sep.join(c for c in line if c or sep == "\t") for line in lines]
    text = "表2　“十四五”综合交通运输发展主要指标\n" + "\n".join(rows) + "\n\n第三章 任务\n"
    facts = _facts(text, SECTOR_2021)
    assert {k[0] for k in facts} == {"铁路营业里程", "高速公路通车里程", "港口货物吞吐量"}
    rail = facts[("铁路营业里程", 1050)]
    assert (rail.kind, rail.year, rail.unit) == (Kind.TARGET, 2025, "公里")
    assert facts[("港口货物吞吐量", 1.8)].unit == "亿吨"


@pytest.mark.parametrize("unit", ["/10万", "/千人"])
def test_a_rate_per_a_round_base_is_a_unit_cell_not_a_name(unit):
    # 孕产妇死亡率 | /10万 | 15.8 | ≤14: the rate's unit, under the 单位 column.
    text = (
        "表1　某市“十五五”卫生健康主要指标\n"
        "领域\t指标\t单位\t2025年\t2030年\t指标性质\n"
        "健康水平\t人均预期寿命\t岁\t79.1\t80.2\t预期性\n"
        f"\t孕产妇死亡率\t{unit}\t11.6\t≤10\t预期性\n"
        "\t婴儿死亡率\t‰\t3.9\t≤3.5\t预期性\n\n第三章 任务\n"
    )
    facts = _facts(text, PLAN_2026)
    assert {k[0] for k in facts} == {"人均预期寿命", "孕产妇死亡率", "婴儿死亡率"}
    aim = facts[("孕产妇死亡率", 10)]
    assert (aim.kind, aim.year, aim.unit, aim.comparator.value) == (Kind.TARGET, 2030, unit, "le")
