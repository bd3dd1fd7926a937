"""Indicator tables recovered into facts: the corpus's real tables and synthetic layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from planwatch.core.data import (
    Binding,
    Comparator,
    DocumentMeta,
    ExtractContext,
    Kind,
    Measure,
    Outline,
    SourceTable,
    Span,
    TableCell,
)
from planwatch.extract import base
from planwatch.extract.table_align import AlignItem, ItemClass, align
from planwatch.extract.table_cells import CellClass, classify, read_value
from planwatch.extract.table_header import HeaderCell, columns_from_cells, period_from_words
from planwatch.extract.tables import TableExtractor, recover_tables

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path(__file__).resolve().parents[1] / "examples"
HESHAN = "000_78da752c5f85d6f1.txt"


def _read(name: str) -> str:
    with open(CORPUS / name, encoding="utf-8", newline="") as f:
        return f.read()


def _ctx(tables: tuple[SourceTable, ...] = (), period: tuple[int, int] | None = None):
    meta = DocumentMeta(period_start=period[0], period_end=period[1]) if period else DocumentMeta()
    return ExtractContext(doc="t", meta=meta, outline=Outline(), tables=tables)


def _facts_by_text(text: str, facts) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in facts:
        out.setdefault(text[f.start : f.end], []).append(f)
    return out


def _sig(f) -> tuple:
    return (f.indicator, f.kind.value, f.measure.value, f.year, f.period_start, f.value, f.unit)


@pytest.fixture(scope="module")
def heshan():
    text = _read(HESHAN)
    return text, recover_tables(text, _ctx())


# --- the real tables of 鹤山市's plan ------------------------------------------------


def test_heshan_has_both_tables(heshan):
    _text, tables = heshan
    assert [t.title for t in tables] == [
        "鹤山市“十三五”规划主要目标完成情况表",
        "鹤山市“十四五”经济社会发展主要指标表",
    ]
    assert [t.layout for t in tables] == ["lines", "lines"]


def test_fourteenth_plan_rows(heshan):
    text, tables = heshan
    t = tables[1]
    assert t.brackets_change  # 注 3. 表中 []内为累计数
    assert [c.describe() for c in t.columns] == [
        "index",
        "name",
        "actual level 2020",
        "target level 2025",
        "target growth 2021-2025 [change]",
        "attribute",
    ]
    rows = {r.indicator: r for r in t.rows}
    # 地区生产总值增长(%) | 6左右 | 预期性: the one value is the growth column's.
    (gdp,) = rows["地区生产总值"].facts
    assert _sig(gdp) == ("地区生产总值", "target", "growth", 2025, 2021, 6.0, "%")
    assert gdp.comparator is Comparator.APPROX and gdp.binding is Binding.EXPECTED
    assert text[gdp.start : gdp.end] == "6左右"
    # 常住人口城镇化率(%) | 63.02 | 65 | [1.98] | 预期性
    urban = rows["常住人口城镇化率"].facts
    assert [_sig(f) for f in urban] == [
        ("常住人口城镇化率", "actual", "level", 2020, None, 63.02, "%"),
        ("常住人口城镇化率", "target", "level", 2025, None, 65.0, "%"),
        ("常住人口城镇化率", "target", "change", 2025, 2021, 1.98, "%"),
    ]
    assert text[urban[0].quote_start : urban[0].quote_end].startswith("3\n\n常住人口城镇化率(%)")
    assert text[urban[0].quote_start : urban[0].quote_end].endswith("预期性")
    # 数字经济核心产业增加值占GDP比例(%) | [5]: brackets go to the cumulative column.
    (digital,) = rows["数字经济核心产业增加值占GDP比例"].facts
    assert (digital.measure, digital.year, digital.period_start) == (Measure.CHANGE, 2025, 2021)
    # 城镇登记失业率(%) | 控制在3.0以内 | 控制在3.0以内: base and target, ceiling.
    jobless = rows["城镇登记失业率"].facts
    assert [(f.kind, f.year, f.comparator) for f in jobless] == [
        (Kind.ACTUAL, 2020, Comparator.LE),
        (Kind.TARGET, 2025, Comparator.LE),
    ]
    assert [text[f.start : f.end] for f in jobless] == ["3.0以内", "3.0以内"]
    # 城市空气质量优良天数比率(%) | 88.5 | 完成江门下达任务 | 约束性
    (air,) = rows["城市空气质量优良天数比率"].facts
    assert (air.kind, air.year, air.value, air.binding) == (
        Kind.ACTUAL,
        2020,
        88.5,
        Binding.BINDING,
    )
    assert rows["单位地区生产总值能源消耗降低"].facts == []
    forest = rows["森林覆盖率"].facts
    assert [f.value for f in forest] == [52.43, 49.0, -3.43]
    assert len(t.facts) == 37


def test_fourteenth_plan_matches_gold(heshan):
    """Every gold fact of the table (passage p3) is found with the same reading."""
    import json

    _text, tables = heshan
    gold_path = CORPUS.parent / "gold" / "000_78da752c5f85d6f1.gold.json"
    if not gold_path.exists():
        pytest.skip("gold not available")
    gold = json.loads(gold_path.read_text("utf-8"))
    t = tables[1]
    table_gold = [g for g in gold["facts"] if t.span.start <= g["start"] < t.span.end]
    assert len(table_gold) == 37
    facts = t.facts
    for g in table_gold:
        g_end = g["start"] + len(g["value_text"])
        hits = [
            f for f in facts if f.start < g_end and g["start"] < f.end and f.value == g["value"]
        ]
        assert len(hits) == 1, g
        f = hits[0]
        got = (
            f.kind.value,
            f.measure.value,
            f.year,
            f.period_start,
            f.unit,
            f.comparator.value,
            f.binding.value if f.binding else None,
            f.indicator,
        )
        want = (
            g["kind"],
            g["measure"],
            g["year"],
            g["period_start"],
            g["unit"],
            g["comparator"],
            g["binding"],
            g["indicator"],
        )
        assert got == want


def test_thirteenth_plan_completion_table(heshan):
    _text, tables = heshan
    t = tables[0]
    assert t.period is not None and (t.period.start, t.period.end) == (2016, 2020)
    assert [c.describe() for c in t.columns[2:6]] == [
        "target level 2020",
        "target growth 2016-2020",
        "actual level 2020",
        "actual growth 2016-2020",
    ]
    rows = {r.indicator: r for r in t.rows}
    # 居民人均可支配收入(元) | 30080 | 10 | 30395 | 7.8 | 预期性
    income = rows["居民人均可支配收入"].facts
    assert [_sig(f)[1:] for f in income] == [
        ("target", "level", 2020, None, 30080.0, "元"),
        ("target", "growth", 2020, 2016, 10.0, "%"),
        ("actual", "level", 2020, None, 30395.0, "元"),
        ("actual", "growth", 2020, 2016, 7.8, "%"),
    ]
    # 地区生产总值(亿元) | -- | 9.1 | 374.76 | 7: the placeholder keeps its column.
    gdp = rows["地区生产总值"].facts
    assert [(f.kind.value, f.measure.value, f.value) for f in gdp] == [
        ("target", "growth", 9.1),
        ("actual", "level", 374.76),
        ("actual", "growth", 7.0),
    ]
    # ☆万元GDP用水量(立方米) | 完成江门下达任务 | 75.29 | --: the phrase fills the target group.
    (water,) = rows["万元GDP用水量"].facts
    assert (water.kind, water.year, water.binding) == (Kind.ACTUAL, 2020, Binding.BINDING)
    # Parent rows spread over their sub-rows.
    forest = rows["森林蓄积量"]
    assert forest.parent == "☆森林发展" and forest.index is None
    (stock,) = forest.facts
    assert (stock.value, stock.unit, stock.kind) == (395.74, "万立方米", Kind.ACTUAL)
    assert rows["户籍人口城镇化率"].parent == "城镇化率"
    assert rows["户籍人口城镇化率"].binding is Binding.BINDING
    # Cells with no number give no fact; the notes' numbers (近 3 年) are not rows.
    assert rows["农村相对贫困人口脱贫"].facts == []
    assert rows["农村相对贫困人口脱贫"].unit == "户/人"  # printed on its own line
    assert all(f.start < t.notes[0].start for f in t.facts)
    assert len(t.notes) == 3


def test_every_fact_shows_its_number():
    for path in sorted(CORPUS.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        for fact in TableExtractor().extract(text, _ctx()):
            shown = text[fact.start : fact.end]
            assert any(ch.isdigit() for ch in shown), (path.name, shown)
            assert fact.origin == "table"
            assert fact.quote_start <= fact.start < fact.end <= fact.quote_end


def test_plans_without_tables_give_no_table_facts():
    text = _read("001_c1e3d254cc1d310b.txt")  # 江海区 plan: targets in prose only
    assert recover_tables(text, _ctx()) == []


def test_registered_as_table_extractor():
    ex = base.get("table")
    assert ex.name == "table" and isinstance(ex, TableExtractor)


# --- cells, header, alignment -----------------------------------------------------------


@pytest.mark.parametrize(
    "cell, value, comparator, bracketed, shown",
    [
        ("6左右", 6.0, Comparator.APPROX, False, "6左右"),
        ("控制在3.0以内", 3.0, Comparator.LE, False, "3.0以内"),
        ("[-3.43]", -3.43, Comparator.EQ, True, "[-3.43]"),
        ("≥95", 95.0, Comparator.GE, False, "95"),
        ("５.５％", 5.5, Comparator.EQ, False, "５.５％"),
        ("2.5以上", 2.5, Comparator.GE, False, "2.5以上"),
        # Odd cells of real tables: round or mismatched brackets, bare comparators,
        # a full stop for a decimal point, a range, a footnote mark after the value.
        ("〔18〕", 18.0, Comparator.EQ, True, "〔18〕"),
        ("(9)", 9.0, Comparator.EQ, True, "(9)"),
        ("（9）", 9.0, Comparator.EQ, True, "（9）"),
        ("[2.75)", 2.75, Comparator.EQ, True, "[2.75)"),
        (">6.5", 6.5, Comparator.GE, False, "6.5"),
        ("<5", 5.0, Comparator.LE, False, "5"),
        ("=100", 100.0, Comparator.EQ, False, "100"),
        ("76。7", 76.7, Comparator.EQ, False, "76。7"),
        ("15左右", 15.0, Comparator.APPROX, False, "15左右"),
        ("5-6", 5.0, Comparator.GE, False, "5-6"),
        ("320①", 320.0, Comparator.EQ, False, "320"),
    ],
)
def test_read_value(cell, value, comparator, bracketed, shown):
    v = read_value(cell)
    assert v is not None
    assert (v.value, v.comparator, v.bracketed) == (value, comparator, bracketed)
    assert cell[v.start : v.end] == shown


@pytest.mark.parametrize(
    "cell",
    ["--", "完成江门下达任务", "落实江门下达规模", "二氧化硫", "2020-2025年规划", "(2010年不变价)"],
)
def test_read_value_refuses_non_numbers(cell):
    assert read_value(cell) is None


@pytest.mark.parametrize("cell", ["-", "—", "一", "≥", "--", "/"])
def test_empty_cells_as_printed(cell):
    assert classify(cell) is CellClass.PLACEHOLDER


@pytest.mark.parametrize("cell", ["[确保完成省下达任务]", "〔城区约50 乡镇约10〕"])
def test_words_in_square_brackets_state_a_target(cell):
    # A cumulative column's statement in words, never a row's name.
    assert classify(cell) is CellClass.PHRASE


@pytest.mark.parametrize(
    "cell, value, comparator, unit",
    [
        ("【累计建成30个】", 30, "eq", "个"),
        ("[累计达到1000]", 1000, "ge", None),
        ("[五年累计约120]", 120, "approx", None),
        ("[累计1000以上]", 1000, "ge", None),
    ],
)
def test_a_cumulative_figure_said_in_words_in_brackets(cell, value, comparator, unit):
    v = read_value(cell)
    assert (v.value, v.comparator.value, v.unit, v.bracketed) == (value, comparator, unit, True)
    assert classify(cell) is CellClass.NUMBER


def test_period_from_words():
    assert period_from_words("鹤山市“十三五”规划主要目标完成情况表") is not None
    assert (period_from_words("“十五五”时期").start, period_from_words("十五五").end) == (
        2026,
        2030,
    )
    assert period_from_words("(2021-2025年)").end == 2025
    assert period_from_words("主要指标") is None


def test_header_with_base_target_growth_words_and_2035():
    cells = ["序号", "指标", "2025年基数", "2030年目标", "2035年", "年均增速", "指标属性"]
    cols = columns_from_cells([HeaderCell(c, Span(0, 0)) for c in cells], None)
    assert [c.describe() for c in cols] == [
        "index",
        "name",
        "actual level 2025",
        "target level 2030",
        "target level 2035",
        "target growth 2026-2030",
        "attribute",
    ]


def test_alignment_puts_lone_growth_value_in_growth_column():
    cells = ["指标", "2020年", "2025年", "年均增长[累计]", "属性"]
    cols = [
        c
        for c in columns_from_cells([HeaderCell(x, Span(0, 0)) for x in cells], None)
        if c.measure is not None
    ]
    assert align([AlignItem(ItemClass.NUMBER)], cols, growth_row=True) == [2]
    assert align([AlignItem(ItemClass.BRACKET)], cols, growth_row=False) == [2]
    two = [AlignItem(ItemClass.NUMBER), AlignItem(ItemClass.PHRASE)]
    assert align(two, cols, growth_row=False) == [0, 1]


# --- synthetic layouts --------------------------------------------------------------


def _lines(*cells: str, tail: str = "第三章 创新驱动,培育高质量发展新动能") -> str:
    return "\n\n".join(cells) + "\n\n" + tail + "\n"


def test_reordered_columns_flattened():
    # Target before base, attribute before the values: meaning follows the words.
    text = _lines(
        "某市“十五五”主要指标表",
        "指标",
        "属性",
        "2030年",
        "2025年",
        "年均增长",
        "一、经济发展",
        "地区生产总值(亿元)",
        "预期性",
        "800",
        "600",
        "6",
        "城镇化率",
        "常住人口城镇化率(%)",
        "预期性",
        "70",
        "66",
        "[4]",
        "户籍人口城镇化率(%)",
        "约束性",
        "55",
        "50",
        "注:[]内为累计数。",
    )
    (t,) = recover_tables(text, _ctx())
    by = _facts_by_text(text, t.facts)
    assert _sig(by["800"][0]) == ("地区生产总值", "target", "level", 2030, None, 800.0, "亿元")
    assert _sig(by["600"][0]) == ("地区生产总值", "actual", "level", 2025, None, 600.0, "亿元")
    assert _sig(by["6"][0]) == ("地区生产总值", "target", "growth", 2030, 2026, 6.0, "%")
    assert _sig(by["[4]"][0]) == ("常住人口城镇化率", "target", "change", 2030, 2026, 4.0, "%")
    registered = next(r for r in t.rows if r.indicator == "户籍人口城镇化率")
    assert registered.parent == "城镇化率" and registered.binding is Binding.BINDING
    assert [f.year for f in registered.facts] == [2030, 2025]


def test_missing_base_column():
    text = _lines(
        "“十四五”主要指标",
        "序号",
        "指标",
        "2025年",
        "年均增长",
        "属性",
        "1",
        "地区生产总值增长(%)",
        "6左右",
        "预期性",
        "2",
        "森林覆盖率(%)",
        "49",
        "约束性",
    )
    (t,) = recover_tables(text, _ctx())
    by = _facts_by_text(text, t.facts)
    assert by["6左右"][0].measure is Measure.GROWTH and by["6左右"][0].period_start == 2021
    assert (by["49"][0].kind, by["49"][0].measure, by["49"][0].year) == (
        Kind.TARGET,
        Measure.LEVEL,
        2025,
    )


def test_pipe_table_with_2035_column():
    text = (
        "某县“十五五”主要指标表\n"
        "| 序号 | 指标 | 2025年基数 | 2030年目标 | 2035年 | 年均增速 | 指标属性 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | 地区生产总值(亿元) | 500 | 700 |  | 7左右 | 预期性 |\n"
        "| 2 | 常住人口城镇化率(%) | 60 | 65 | 70 | [5] | 预期性 |\n"
        "| 3 | 单位地区生产总值能源消耗降低(%) |  |  |  | 完成上级下达任务 | 约束性 |\n"
        "注:[]内为五年累计数。\n"
    )
    (t,) = recover_tables(text, _ctx())
    assert t.layout == "delimited"
    by = _facts_by_text(text, t.facts)
    assert _sig(by["7左右"][0]) == ("地区生产总值", "target", "growth", 2030, 2026, 7.0, "%")
    assert _sig(by["70"][0]) == ("常住人口城镇化率", "target", "level", 2035, None, 70.0, "%")
    assert by["[5]"][0].measure is Measure.CHANGE
    assert _sig(by["500"][0])[1:4] == ("actual", "level", 2025)
    assert len(t.facts) == 7
    assert t.to_grid()[1][:4] == ["1", "地区生产总值", "500", "700"]


def test_tab_table_with_attribute_in_the_middle():
    text = (
        "主要指标\n序号\t指标\t属性\t2030年\t2025年\n1\t森林覆盖率(%)\t约束性\t53\t52.4\n"
        "2\t☆耕地保有量(万亩)\t\t≥30\t\n"
    )
    (t,) = recover_tables(text, _ctx(period=(2026, 2030)))
    by = _facts_by_text(text, t.facts)
    assert (by["53"][0].kind, by["53"][0].year) == (Kind.TARGET, 2030)
    assert (by["52.4"][0].kind, by["52.4"][0].year) == (Kind.ACTUAL, 2025)
    land = by["30"][0]
    assert (land.comparator, land.unit, land.binding, land.year) == (
        Comparator.GE,
        "万亩",
        Binding.BINDING,
        2030,
    )


def test_space_separated_rows_with_category_column():
    text = (
        "表1 “十五五”时期经济社会发展主要指标\n"
        "类别 指标 2025年 2030年 年均增长 属性\n"
        "经济发展 1 地区生产总值增长(%) 5.5 5左右 预期性\n"
        "2 人均地区生产总值(元) 80000 105000 5.6 预期性\n"
        "民生福祉 3 城镇调查失业率(%) -- <5.5 预期性\n"
        "注:地区生产总值增长为实际增长。\n"
    )
    (t,) = recover_tables(text, _ctx())
    assert t.layout == "spaced" and t.real_growth
    by = _facts_by_text(text, t.facts)
    assert _sig(by["5.5"][0]) == ("地区生产总值", "actual", "growth", 2025, None, 5.5, "%")
    assert _sig(by["5左右"][0]) == ("地区生产总值", "target", "growth", 2030, 2026, 5.0, "%")
    assert _sig(by["105000"][0]) == (
        "人均地区生产总值",
        "target",
        "level",
        2030,
        None,
        105000.0,
        "元",
    )
    (jobless,) = [f for f in t.facts if f.indicator == "城镇调查失业率"]
    assert jobless.comparator is Comparator.LE and jobless.kind is Kind.TARGET
    assert [r.index for r in t.rows] == ["1", "2", "3"]


def _grid_source(rows: list[list[tuple[str, int, int] | None]]) -> tuple[str, SourceTable]:
    """A SourceTable from rows of (text, rowspan, colspan) placed left to right."""
    parts: list[str] = []
    cells: list[TableCell] = []
    taken: set[tuple[int, int]] = set()
    pos = 0
    n_cols = 0
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            while (r, c) in taken:
                c += 1
            text, rs, cs = item  # type: ignore[misc]
            cells.append(TableCell(r, c, text, Span(pos, pos + len(text)), rs, cs))
            parts.append(text)
            pos += len(text) + 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            c += cs
            n_cols = max(n_cols, c)
    text = "\n".join(parts) + "\n"
    return text, SourceTable(Span(0, len(text)), tuple(cells), len(rows), n_cols)


def test_grid_with_rowspan_and_colspan():
    text, table = _grid_source(
        [
            [
                ("序号", 2, 1),
                ("指标", 2, 2),
                ("“十三五”规划目标值", 1, 2),
                ("实际完成情况", 1, 2),
                ("属性", 2, 1),
            ],
            [("2020年", 1, 1), ("年均增速", 1, 1), ("2020年", 1, 1), ("年均增速", 1, 1)],
            [("一、经济发展", 1, 8)],
            [
                ("1", 1, 1),
                ("地区生产总值(亿元)", 1, 2),
                ("--", 1, 1),
                ("9.1", 1, 1),
                ("374.76", 1, 1),
                ("7", 1, 1),
                ("预期性", 1, 1),
            ],
            [
                ("2", 2, 1),
                ("城镇化率", 2, 1),
                ("常住人口城镇化率(%)", 1, 1),
                ("65", 1, 1),
                ("--", 1, 1),
                ("63.02", 1, 1),
                ("--", 1, 1),
                ("预期性", 1, 1),
            ],
            [
                ("户籍人口城镇化率(%)", 1, 1),
                ("32.33", 1, 1),
                ("--", 1, 1),
                ("51.39", 1, 1),
                ("--", 1, 1),
                ("约束性", 1, 1),
            ],
        ]
    )
    (t,) = recover_tables(text, _ctx(tables=(table,)))
    assert t.layout == "grid"
    assert [c.describe() for c in t.columns[3:7]] == [
        "target level 2020",
        "target growth 2016-2020",
        "actual level 2020",
        "actual growth 2016-2020",
    ]
    by = _facts_by_text(text, t.facts)
    assert _sig(by["9.1"][0]) == ("地区生产总值", "target", "growth", 2020, 2016, 9.1, "%")
    assert _sig(by["374.76"][0]) == ("地区生产总值", "actual", "level", 2020, None, 374.76, "亿元")
    sub = next(r for r in t.rows if r.indicator == "户籍人口城镇化率")
    assert sub.parent == "城镇化率" and sub.group == "一、经济发展"
    assert [(f.kind.value, f.value, f.binding) for f in sub.facts] == [
        ("target", 32.33, Binding.BINDING),
        ("actual", 51.39, Binding.BINDING),
    ]
    assert len(t.facts) == 7


def test_record_shows_every_row_with_its_readings(heshan):
    from planwatch.extract.table_records import to_record

    text, tables = heshan
    record = to_record(tables[1])
    assert [label for label, _ in record.columns][:2] == ["序号", "指标"]
    assert ("年均增长[累计]", "target growth 2021-2025 [change]") in record.columns
    urban = next(r for r in record.rows if any(c.text == "常住人口城镇化率" for c in r))
    cells = {c.text: c for c in urban}
    assert cells["[1.98]"].reading == "target change 2021-2025 %"
    assert text[cells["[1.98]"].span.start : cells["[1.98]"].span.end] == "[1.98]"
    assert cells["63.02"].reading == "actual level 2020 %"
    assert record.reason is None and len(record.rows) == len(tables[1].rows)


def test_table_facts_carry_the_header_cells_that_decided_them(heshan):
    text, tables = heshan
    done = tables[0].facts[0]  # 地区生产总值 9.1 under “十三五”规划目标值 / 年均增速
    kind, year = done.evidence
    assert (kind.field, kind.basis, kind.text) == ("kind", "table_column", "“十三五”规划目标值")
    assert (year.field, year.text) == ("year", "年均增速")
    assert text[kind.start : kind.end] == kind.text


def test_a_communique_table_reports_its_year_in_the_unit_of_its_unit_line():
    from planwatch.core.data import DocType

    text = (
        "表3 主要工业产品产量\n单位:万吨\n产品名称 产量 比上年增长%\n"
        "原煤 1250 3.2\n其中:洗精煤 410 -1.5\n水泥 860 2.4\n"
    )
    meta = DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2024)
    ctx = ExtractContext(doc="t", meta=meta, outline=Outline())
    (t,) = recover_tables(text, ctx)
    assert t.title == "表3 主要工业产品产量"
    got = {(f.indicator, f.kind.value, f.measure.value, f.year, f.value, f.unit) for f in t.facts}
    assert got == {
        ("原煤", "actual", "level", 2024, 1250.0, "万吨"),
        ("原煤", "actual", "growth", 2024, 3.2, "%"),
        ("洗精煤", "actual", "level", 2024, 410.0, "万吨"),
        ("洗精煤", "actual", "growth", 2024, -1.5, "%"),
        ("水泥", "actual", "level", 2024, 860.0, "万吨"),
        ("水泥", "actual", "growth", 2024, 2.4, "%"),
    }
