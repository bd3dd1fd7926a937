"""Classes of writing in plan outlines and sector plans, round 9: an indicator table whose
header was typed one cell per line over rows kept one per line (a word processor's table
pasted as text), its cells parted by tabs or by spaces, a bracketed lower half under a
year (2025年 / （基期）); a rank after the figure it ranks, the words before it naming only
how long it held (连续三年) or the group ranked in (在全省16市中). Each class fixed misses in more than one development document.
Every table is composed for these tests in the style of 规划纲要 and 专项规划."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Outline
from planwatch.extract.table_find import find_text_tables
from planwatch.extract.tables import recover_tables
from prosefacts import COMMUNIQUE_2023, prose_facts

BEFORE = "全市经济社会发展的主要指标见下表。\n"
AFTER = "\n注：〔 〕内为五年累计数。\n第三章　构建现代产业体系\n"


def _facts(table: str) -> set[tuple]:
    text = BEFORE + table + AFTER
    ctx = ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())
    facts = [f for t in recover_tables(text, ctx) for f in t.facts]
    for f in facts:  # (every figure stands in its own row's quote)
        assert f.quote_start <= f.start < f.end <= f.quote_end
    return {
        (f.indicator, f.kind.value, f.measure.value, f.year, f.period_start, f.value, f.unit)
        for f in facts
    }


# --- header cells one per line, rows one per line ------------------------------------------

TAB_TABLE = (
    "专栏2　“十五五”时期主要指标\n类别\n指标\n2025年\n2030年\n年均增长〔累计〕\n属性\n"
    "经济发展\t1.港口货物吞吐量增长（%）\t4.2\t—\t5左右\t预期性\n"
    "\t2.常住人口城镇化率（%）\t63.5\t68\t〔4.5〕\t预期性\n"
    "民生福祉\t3.每千人口拥有执业医师数（人）\t3.1\t3.6\t〔0.5〕\t约束性\n"
    "\t4.城镇调查失业率（%）\t5.2\t—\t—\t预期性"
)
SPACED_TABLE = (
    "表3　“十五五”卫生健康主要指标\n指标\n2025年\n（基期）\n2030年\n（目标）\n属性\n"
    "1.人均预期寿命（岁） 79.2 ≥80 预期性\n"
    "2.婴儿死亡率（‰） 4.6 ≤4 约束性\n"
    "3.每千人口医疗卫生机构床位数（张） 6.4 7.2 预期性"
)


def test_a_header_typed_one_cell_per_line_over_tab_parted_rows():
    (block,) = find_text_tables(BEFORE + TAB_TABLE + AFTER)
    assert block.layout == "delimited" and not block.rejected
    assert [c.text for c in block.header][:3] == ["类别", "指标", "2025年"]
    facts = _facts(TAB_TABLE)
    assert ("港口货物吞吐量", "actual", "growth", 2025, None, 4.2, "%") in facts
    assert ("港口货物吞吐量", "target", "growth", 2030, 2026, 5.0, "%") in facts
    assert ("常住人口城镇化率", "target", "level", 2030, None, 68.0, "%") in facts
    assert ("常住人口城镇化率", "target", "change", 2030, 2026, 4.5, "%") in facts
    # (the row under the category's first row keeps its columns: the empty first cell)
    assert ("每千人口拥有执业医师数", "actual", "level", 2025, None, 3.1, "人") in facts
    assert ("城镇调查失业率", "actual", "level", 2025, None, 5.2, "%") in facts


def test_a_header_typed_one_cell_per_line_over_space_parted_rows():
    (block,) = find_text_tables(BEFORE + SPACED_TABLE + AFTER)
    assert block.layout == "spaced" and not block.rejected
    # (（基期） and （目标） are the lower halves of the year cells above them)
    assert [c.text for c in block.header] == ["指标", "2025年（基期）", "2030年（目标）", "属性"]
    assert block.title is not None and block.title.text.startswith("表3")
    facts = _facts(SPACED_TABLE)
    assert ("人均预期寿命", "actual", "level", 2025, None, 79.2, "岁") in facts
    assert ("人均预期寿命", "target", "level", 2030, None, 80.0, "岁") in facts
    assert ("婴儿死亡率", "target", "level", 2030, None, 4.0, "‰") in facts
    assert ("每千人口医疗卫生机构床位数", "target", "level", 2030, None, 7.2, "张") in facts


@pytest.mark.parametrize(
    "lines",
    [
        # one cell per line throughout: read as before
        "指标\n2025年\n2030年\n港口货物吞吐量（万吨）\n812\n1050\n城镇化率（%）\n63.5\n68",
        # a cell holding a phrase with spaces is one cell, not a row of three
        "指标\n2025年\n2030年\n港口货物吞吐量（万吨）\n812\n1050\n城镇化率（%）\n63.5\n68\n"
        "森林覆盖率（%）\n保持 稳定 略增\n45",
    ],
)
def test_tables_typed_one_cell_per_line_are_read_as_before(lines):
    (block,) = find_text_tables(BEFORE + lines + AFTER)
    assert block.layout == "lines" and not block.rejected
    facts = _facts(lines)
    assert ("港口货物吞吐量", "target", "level", 2030, None, 1050.0, "万吨") in facts


# --- a rank after the figure it ranks: the words before it name nothing ----------------------


@pytest.mark.parametrize(
    ("text", "figure", "rank", "ranked"),
    [
        # how long the rank has held
        (
            "全年油料总产量41.6万吨，增长3.1%，连续五年居全省第一位。",
            "41.6万吨",
            "第一位",
            "油料总产量",
        ),
        (
            "年末全市高新技术企业达到812家，连续多年位居全省第2位。",
            "812家",
            "第2位",
            "高新技术企业",
        ),
        # the group ranked in
        (
            "全市外贸进出口总额286.3亿元，在全省11市中居第3位。",
            "286.3亿元",
            "第3位",
            "外贸进出口总额",
        ),
        # a count of medals, then how long the rank has held
        ("全市运动员在省运会上获金牌58枚，连续三届居全省第1位。", "58枚", "第1位", "金牌"),
    ],
)
def test_a_rank_after_a_figure_ranks_that_figure(text, figure, rank, ranked):
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts[figure].kind is Kind.ACTUAL and facts[figure].year == 2023
    assert ranked in facts[figure].indicator
    # (the rank names the figure before it, not 连续三年 or 在全省11市中, and where it is taken)
    assert facts[rank].indicator == facts[figure].indicator + "全省排名"


def test_a_rank_with_its_own_subject_keeps_it():
    facts = prose_facts("全市营商环境评价在全省排名第4位。", COMMUNIQUE_2023)
    assert facts["第4位"].indicator == "营商环境评价全省排名"


# --- travel times a transport plan aims at, and trains counted in 列 -----------------------

SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


@pytest.mark.parametrize(
    ("text", "value", "unit", "year"),
    [
        ("到2025年，实现中心城区至省会1小时通达，各县城30分钟上高速。", "1小时", "小时", 2025),
        ("到2025年，实现中心城区至省会1小时通达，各县城30分钟上高速。", "30分钟", "分钟", 2025),
        ("展望2035年，基本实现“市域1小时通达、长三角主要城市2小时通达”。", "2小时", "小时", 2035),
    ],
)
def test_a_travel_time_a_transport_plan_aims_at_is_a_target(text, value, unit, year):
    fact = prose_facts(text, SECTOR_2021)[value]
    assert (fact.kind, fact.year, fact.unit) == (Kind.TARGET, year, unit)


def test_hours_without_a_travel_word_are_still_no_figure():
    facts = prose_facts("全市组织志愿者开展服务活动，每次2小时，覆盖各个社区。", SECTOR_2021)
    assert "2小时" not in facts


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("2020年全年开行中欧班列135列，比上年增加41列。", "135列", 2020),
        ("中欧班列开行量由2016年的86列增长到2020年的1260列以上。", "1260列以上", 2020),
    ],
)
def test_trains_counted_in_lie_are_figures(text, value, year):
    fact = prose_facts(text, SECTOR_2021)[value]
    assert (fact.kind, fact.year, fact.unit) == (Kind.ACTUAL, year, "列")
    assert "中欧班列" in fact.indicator


def test_lie_as_a_verb_after_a_count_is_no_unit():
    facts = prose_facts("全市有12个项目列入省重点项目清单。", SECTOR_2021)
    assert facts["12个"].unit == "个"
