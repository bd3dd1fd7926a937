"""Classes of writing in plan outlines, sector plans and communiqués: sentences and tables
composed for these tests in the style of 十四五/十五五 规划纲要, 专项规划 and 统计公报."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts as facts_of

# A 十五五 sector plan published in its first year.
SECTOR_PLAN_2026 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN,
    reference_year=2026,
    reference_date="2026-05",
    period_start=2026,
    period_end=2030,
)


def test_a_span_opening_a_paragraph_of_a_review_section_looks_back_on_the_section_period():
    # 五年累计 after a run-in heading, under “十四五”时期的成效: the five years reviewed
    # (2021-2025), and the paragraph's later sentences are results of 2025 too, not aims
    # of the plan's own five years ahead.
    text = (
        "第一节　“十四五”时期取得的成效\n\n"
        "污染治理持续深化。五年累计完成治污投资32.5亿元。"
        "全市城镇污水处理率达到97.2%，建成区黑臭水体消除比例100%。\n\n"
        "第二节　发展目标\n\n"
        "到2030年，全市城镇污水处理率达到98.5%。\n"
    )
    facts = facts_of(text, SECTOR_PLAN_2026)
    invest = facts["32.5亿元"]
    assert (invest.kind, invest.year, invest.period_start) == (Kind.ACTUAL, 2025, 2021)
    for value in ("97.2%", "100%"):
        assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2025), value
    assert (facts["98.5%"].kind, facts["98.5%"].year) == (Kind.TARGET, 2030)


def test_a_span_in_a_plan_with_no_review_section_is_still_the_plan_own_years():
    # No section says "review": 五年累计 in a plan is a length of its own years ahead.
    text = "生态保护修复全面加强。五年累计完成营造林120万亩，全市森林覆盖率稳定在62%以上。\n"
    facts = facts_of(text, SECTOR_PLAN_2026)
    afforest = facts["120万亩"]
    assert (afforest.kind, afforest.year, afforest.period_start) == (Kind.TARGET, 2030, 2026)


def _table_facts(text: str) -> list:
    from planwatch.core.data import ExtractContext, Outline
    from planwatch.extract.tables import recover_tables

    (table,) = recover_tables(text, ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline()))
    return table.facts


def test_a_ratio_cell_of_a_main_indicator_table_is_one_share_per_sector():
    # 三次产业结构 printed as a ratio in the base and the target column: each share is a
    # figure of its column's year and kind, named by its sector.
    rows = [
        ("1地区生产总值", "亿元", "210.5", "300", "7.5"),
        ("2三次产业结构", "%", "12.5:40.3:47.2", "9:38:53", "—"),
        ("3城乡居民收入比", "", "2.45:1", "2.2:1", "—"),
        ("4森林覆盖率", "%", "41.2", "43", "〔1.8〕"),
        ("5城镇调查失业率", "%", "4.6", "<5.5", "—"),
    ]
    body = " ".join(" ".join(c for c in r if c) for r in rows)
    line = f"表1 某县“十五五”主要指标 指标名称 单位 2025年 2030年 年均增长（%） {body}"
    text = "全县发展的主要目标如下。\n\n" + line + "\n\n第三章 产业体系\n"
    facts = {(f.indicator, f.year, f.value): f for f in _table_facts(text)}
    for sector, base, aim in (("第一", 12.5, 9.0), ("第二", 40.3, 38.0), ("第三", 47.2, 53.0)):
        name = f"{sector}产业比重"
        assert facts[(name, 2025, base)].kind.value == "actual"
        assert facts[(name, 2030, aim)].kind.value == "target"
        assert facts[(name, 2030, aim)].unit == "%"
    ratio = facts[("城乡居民收入比", 2030, 2.2)]
    assert ratio.kind.value == "target" and text[ratio.start : ratio.end] == "2.2"
    assert not [f for f in facts.values() if f.value == 1.0]  # (the 1 of 2.45:1 is no figure)


def test_a_cell_of_two_figures_that_are_no_ratio_against_one_states_nothing():
    from planwatch.extract.table_cells import read_values

    assert read_values("3:2") == []  # (a scale or a score, no one quantity)
    assert [v.value for v in read_values("2.45:1")] == [2.45]
    assert [v.part for v in read_values("9：38：53")] == [0, 1, 2]


# A county's statistical communiqué on 2024, issued in March 2025.
COMMUNIQUE_2025 = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE, reference_year=2025, reference_date="2025-03-18"
)


def test_a_part_year_aside_in_a_communique_is_of_the_year_it_reports():
    # 上半年 / 前三季度 beside the year's figures, with no year of their own: parts of the
    # year reported (2024), not of the year the communiqué is issued in; the part-year
    # word is a time, not the indicator's name.
    text = (
        "初步核算，全年全县地区生产总值386.52亿元，比上年增长5.6%。"
        "上半年地区生产总值增长4.9%，前三季度增长5.2%，全年逐季回升。\n"
    )
    facts = facts_of(text, COMMUNIQUE_2025)
    for value in ("4.9%", "5.2%"):
        f = facts[value]
        assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2024, None), value
        assert f.indicator == "地区生产总值", value


def test_a_part_year_with_its_own_year_keeps_it():
    text = "2023年前三季度，全县规模以上工业增加值增长6.1%。\n"
    assert facts_of(text, COMMUNIQUE_2025)["6.1%"].year == 2023


def test_the_planned_total_investment_of_a_size_class_is_no_aim():
    # 计划总投资500万元及以上项目: a size class of projects in statistics; its count is a
    # result of the year reported.
    text = "全年在建计划总投资500万元及以上项目412个，比上年增加18个。\n"
    facts = facts_of(text, COMMUNIQUE_2025)
    assert (facts["412个"].kind, facts["412个"].year) == (Kind.ACTUAL, 2024)
    assert facts["18个"].kind == Kind.ACTUAL


def test_what_moved_a_figure_is_not_its_name():
    # 在疫情冲击下 / 在投资带动下 between the year and the verb says why the figure is what
    # it is; the figure keeps the name its sentence gave before.
    plan = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
    )
    text = (
        "第一章　发展基础\n\n"
        "2019年全市地区生产总值突破3000亿元，2020年在疫情冲击下仍达到3125亿元；"
        "2020年在投资带动下规模以上工业增加值增长4.1%。\n"
    )
    facts = facts_of(text, plan)
    assert facts["3125亿元"].indicator == "地区生产总值"
    assert facts["3125亿元"].year == 2020
    assert facts["4.1%"].indicator == "规模以上工业增加值"


def test_a_merged_category_cell_printed_once_heads_its_group_not_its_first_row():
    # One cell a line: the 类别 cell of a group (绿色生态) stands once, before its first row.
    # Each row keeps its own name (森林覆盖率, not 绿色生态-森林覆盖率) and the group.
    from planwatch.core.data import ExtractContext, Outline
    from planwatch.extract.tables import recover_tables

    cells = ["类别", "指标", "单位", "2025年", "2030年", "属性"]
    cells += ["经济发展", "地区生产总值", "亿元", "410.2", "530", "预期性"]
    cells += ["研发经费投入强度", "%", "2.1", "2.6", "预期性"]
    cells += ["绿色生态", "森林覆盖率", "%", "51.3", "52", "约束性"]
    cells += ["空气优良率", "%", "88.5", "90", "约束性"]
    cells += ["耕地保有量", "万亩", "96.4", "96.4", "约束性"]
    text = "表1　某市“十五五”主要指标\n" + "\n".join(cells) + "\n\n第三章　产业\n"
    ctx = ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())
    (table,) = recover_tables(text, ctx)
    names = {f.indicator for f in table.facts}
    assert names == {"地区生产总值", "研发经费投入强度", "森林覆盖率", "空气优良率", "耕地保有量"}
    forest = {(f.kind.value, f.year, f.value) for f in table.facts if f.indicator == "森林覆盖率"}
    assert forest == {("actual", 2025, 51.3), ("target", 2030, 52.0)}


def test_a_year_named_as_the_basis_of_a_change_is_its_base_not_its_year():
    # 展望2035年 … 在2025年基础上翻一番: an aim of 2035 counted from 2025 (period 2026-2035);
    # the basis is no time of the figure, nor of the figures after it, nor part of a name.
    plan = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2026, period_start=2026, period_end=2030
    )
    text = (
        "第三节　2035年远景目标\n\n"
        "展望2035年，全市综合实力大幅跃升，地区生产总值在2025年的基础上翻一番，"
        "常住人口城镇化率达到72%。\n"
    )
    facts = facts_of(text, plan)
    double = facts["翻一番"]
    assert (double.kind, double.year, double.period_start) == (Kind.TARGET, 2035, 2026)
    assert double.indicator == "地区生产总值"
    assert (facts["72%"].kind, facts["72%"].year) == (Kind.TARGET, 2035)


def test_a_conversion_of_the_figure_before_keeps_its_name():
    # 按年平均汇率折算为…美元: the same figure in another unit, not a new indicator.
    text = "按常住人口计算，人均地区生产总值达到61250元，按年平均汇率折算为8620美元。\n"
    facts = facts_of(text, COMMUNIQUE_2025)
    assert facts["8620美元"].indicator == facts["61250元"].indicator == "人均地区生产总值"
    assert facts["8620美元"].year == 2024


def _spaced_table(header: list[str], rows: list[list[str]]) -> str:
    """Lines of cells padded to printed columns (a Chinese character two wide), as a PDF
    copy leaves a table: ``header`` is one or more lines of (column, label) pairs."""
    widths = [26, 10, 10, 12, 8]

    def width(s: str) -> int:
        return sum(2 if "\u4e00" <= ch <= "\u9fff" or ch in "〔〕（）" else 1 for ch in s)

    def line(cells: list[str]) -> str:
        return "".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True))

    return "\n".join(line(r).rstrip() for r in [*header, *rows])


def test_a_spaced_header_two_lines_high_joins_each_lower_half_to_its_column():
    # 2020年 over 基期值, 年均增长 over 〔累计〕: the second line is no columns of its own.
    header = [
        ["指标", "2020年", "2025年", "年均增长", "指标"],
        ["", "基期值", "目标值", "〔累计〕", "属性"],
    ]
    rows = [
        ["地区生产总值（亿元）", "512.6", "720", "7左右", "预期性"],
        ["研发经费投入强度（%）", "2.3", "3", "〔0.7〕", "预期性"],
        ["城镇化率（%）", "68.2", "72", "〔3.8〕", "预期性"],
        ["森林覆盖率（%）", "40.5", "41", "〔0.5〕", "约束性"],
    ]
    text = "表1　某区“十四五”主要指标\n" + _spaced_table(header, rows) + "\n\n第三章　产业\n"
    ctx_meta = DocumentMeta()
    from planwatch.core.data import ExtractContext, Outline
    from planwatch.extract.tables import recover_tables

    (table,) = recover_tables(text, ExtractContext(doc="t", meta=ctx_meta, outline=Outline()))
    got = {(f.indicator, f.kind.value, f.measure.value, f.year, f.value) for f in table.facts}
    assert ("地区生产总值", "actual", "level", 2020, 512.6) in got
    assert ("地区生产总值", "target", "level", 2025, 720.0) in got
    assert ("地区生产总值", "target", "growth", 2025, 7.0) in got
    assert ("研发经费投入强度", "target", "level", 2025, 3.0) in got
    assert ("城镇化率", "target", "change", 2025, 3.8) in got
    assert len(got) == 12
    assert {f.binding.value for f in table.facts if f.indicator == "森林覆盖率"} == {"binding"}


def test_a_two_level_spaced_header_keeps_its_groups():
    from planwatch.core.data import Span
    from planwatch.extract.table_cells import TextCell
    from planwatch.extract.table_header_lines import stacked_header

    text = "指标        规划目标\n            2025年  2035年\n"
    cells = []
    for word in ("指标", "规划目标", "2025年", "2035年"):
        at = text.index(word)
        cells.append(TextCell(word, Span(at, at + len(word))))
    assert stacked_header(text, cells) == cells  # (two under one: a group, left to the reader)


def test_a_lower_header_line_ending_in_the_attribute_column_joins_its_halves_to_the_last():
    # The upper line has no 属性 cell: the lower line prints it past the upper line's end,
    # and the 〔累计〕 before it, pushed left, stands mostly under 2025年 although it is
    # the lower half of 年均增长. Rows have one cell more than the upper line.
    from planwatch.core.data import ExtractContext, Outline
    from planwatch.extract.tables import recover_tables

    upper = "序号 指标名称 单位 2020年 2025年 年均增长"
    lower = "\u3000" * 13 + "〔累计〕 指标属性"
    rows = [
        "1 地区生产总值 亿元 302.4 430 7左右 预期性",
        "2 常住人口城镇化率 % 52.6 58 〔5.4〕 预期性",
        "3 森林覆盖率 % 28.4 30 〔1.6〕 约束性",
    ]
    text = "表1　某市“十四五”主要指标\n" + "\n".join([upper, lower, *rows]) + "\n\n第三章　产业\n"
    ctx = ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())
    (table,) = recover_tables(text, ctx)
    got = {(f.indicator, f.kind.value, f.measure.value, f.year, f.value) for f in table.facts}
    assert ("地区生产总值", "actual", "level", 2020, 302.4) in got
    assert ("地区生产总值", "target", "level", 2025, 430.0) in got
    assert ("地区生产总值", "target", "growth", 2025, 7.0) in got
    assert ("常住人口城镇化率", "target", "change", 2025, 5.4) in got
    assert ("森林覆盖率", "target", "level", 2025, 30.0) in got
    assert len(got) == 9
    assert {f.binding.value for f in table.facts if f.indicator == "森林覆盖率"} == {"binding"}
