"""Indicator tables whose rows run together on one line, cells parted by spaces.

The tables are composed in the style of a county plan's main indicator table; each
is printed on one line as a PDF copy or a page without line breaks leaves it, its
rows told apart by their 序号 (glued to the name or alone before it).
"""

from __future__ import annotations

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract.table_find import find_text_tables
from planwatch.extract.tables import recover_tables

TITLE = "某县“十五五”主要指标表"
HEADER = ["指标名称", "单位", "2025年", "2030年", "年均增长（%）"]
ROWS = [
    ["港口吞吐量", "万吨", "812", "1050", "5.3"],
    ["社会消费品零售总额", "亿元", "96.4", "130", "6左右"],
    ["常住人口城镇化率", "%", "52.8", "58", "〔5.2〕"],
    ["城镇调查失业率", "%", "4.9", "<5.5", "—"],
    ["湿地保护率", "%", "—", "≥55", "—"],
]
# (indicator, kind, measure, year, period_start, value, unit, comparator)
EXPECTED = {
    ("港口吞吐量", "actual", "level", 2025, None, 812.0, "万吨", "eq"),
    ("港口吞吐量", "target", "level", 2030, None, 1050.0, "万吨", "eq"),
    ("港口吞吐量", "target", "growth", 2030, 2026, 5.3, "%", "eq"),
    ("社会消费品零售总额", "actual", "level", 2025, None, 96.4, "亿元", "eq"),
    ("社会消费品零售总额", "target", "level", 2030, None, 130.0, "亿元", "eq"),
    ("社会消费品零售总额", "target", "growth", 2030, 2026, 6.0, "%", "approx"),
    ("常住人口城镇化率", "actual", "level", 2025, None, 52.8, "%", "eq"),
    ("常住人口城镇化率", "target", "level", 2030, None, 58.0, "%", "eq"),
    ("常住人口城镇化率", "target", "change", 2030, 2026, 5.2, "%", "eq"),
    ("城镇调查失业率", "actual", "level", 2025, None, 4.9, "%", "eq"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le"),
    ("湿地保护率", "target", "level", 2030, None, 55.0, "%", "ge"),
}
BEFORE = "全县经济社会发展的主要目标如下。\n\n"
AFTER = "\n\n第三章 构建现代产业体系\n"


def _ctx() -> ExtractContext:
    return ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())


def _sig(f) -> tuple:
    return (
        f.indicator,
        f.kind.value,
        f.measure.value,
        f.year,
        f.period_start,
        f.value,
        f.unit,
        f.comparator.value,
    )


def _facts(line: str) -> set[tuple]:
    text = BEFORE + line + AFTER
    (table,) = recover_tables(text, _ctx())
    for f in table.facts:
        assert any(ch.isdigit() for ch in text[f.start : f.end])
    return {_sig(f) for f in table.facts}


def _glued(header: list[str] = HEADER) -> str:
    rows = " ".join(f"{i}{r[0]} " + " ".join(r[1:]) for i, r in enumerate(ROWS, 1))
    return f"{TITLE} {' '.join(header)} {rows}"


def test_rows_with_the_index_glued_to_the_name():
    assert _facts(_glued()) == EXPECTED


def test_rows_with_the_index_apart_under_an_index_column():
    rows = " ".join(f"{i} " + " ".join(r) for i, r in enumerate(ROWS, 1))
    assert _facts(f"{TITLE} 序号 {' '.join(HEADER)} {rows}") == EXPECTED


def test_rows_with_the_index_apart_and_no_index_column():
    rows = " ".join(f"{i} " + " ".join(r) for i, r in enumerate(ROWS, 1))
    assert _facts(f"{TITLE} {' '.join(HEADER)} {rows}") == EXPECTED


def test_group_rows_between_the_rows():
    parts = [TITLE, *HEADER, "一、经济发展"]
    for i, r in enumerate(ROWS, 1):
        if i == 3:
            parts.append("二、民生福祉")
        parts += [f"{i}{r[0]}", *r[1:]]
    assert _facts(" ".join(parts)) == EXPECTED


def test_words_after_the_last_row_are_no_cells():
    # A note run onto the same line ends the table; its words join no row.
    assert _facts(_glued() + " 注：〔〕内为五年累计数") == EXPECTED


def test_cells_keep_their_spans_and_the_title():
    text = BEFORE + _glued() + AFTER
    (block,) = find_text_tables(text)
    assert block.layout == "runon"
    assert block.title is not None and block.title.text == TITLE
    assert [c.text for c in block.header] == HEADER
    assert sum(c.line_end for c in block.body) == len(ROWS)
    for c in block.body:
        assert text[c.span.start : c.span.end] == c.text


def test_a_sentence_with_numbered_items_is_no_table():
    prose = (
        "指标名称 单位 2025年 2030年 这几个词出现在说明里，"
        "接着是1项重点工程 2项改革任务和3项民生实事，没有一行是表格的行。" * 3
    )
    assert recover_tables(BEFORE + prose + AFTER, _ctx()) == []


def test_a_bracket_in_a_growth_column_is_a_change_without_a_note():
    # One row a line, no note saying what brackets mean: the plans' convention holds.
    lines = [TITLE, "    ".join(HEADER)] + ["    ".join(r) for r in ROWS]
    text = BEFORE + "\n".join(lines) + AFTER
    (table,) = recover_tables(text, _ctx())
    got = {_sig(f) for f in table.facts}
    assert ("常住人口城镇化率", "target", "change", 2030, 2026, 5.2, "%", "eq") in got


def test_rows_without_an_index_are_told_by_the_headers_width():
    rows = " ".join(" ".join(r) for r in ROWS)
    assert _facts(f"{TITLE} {' '.join(HEADER)} {rows}") == EXPECTED


def test_rows_without_an_index_end_where_prose_runs_on():
    rows = " ".join(" ".join(r) for r in ROWS)
    line = f"{TITLE} {' '.join(HEADER)} 一、经济发展 {rows} 二、保障措施 加强组织领导 落实责任分工"
    assert _facts(line) == EXPECTED


# An annual plan report's table of the reviewed year: the year's aim beside what was done,
# the rows' units in brackets after names that hold a growth word (港口货物吞吐量增长(%)).
ANNUAL_ROWS = [
    ("港口货物吞吐量增长(%)", "9", "6.2"),
    ("外贸进出口总额增长(%)", "8", "-3.4"),
    ("新增城镇就业(万人)", "5.5", "5.81"),
    ("居民消费价格涨幅(%)", "3左右", "2.1"),
]
ANNUAL_EXPECTED = {
    ("港口货物吞吐量", "target", "growth", 2024, None, 9.0, "%", "eq"),
    ("港口货物吞吐量", "actual", "growth", 2024, None, 6.2, "%", "eq"),
    ("外贸进出口总额", "target", "growth", 2024, None, 8.0, "%", "eq"),
    ("外贸进出口总额", "actual", "growth", 2024, None, -3.4, "%", "eq"),
    ("新增城镇就业", "target", "level", 2024, None, 5.5, "万人", "eq"),
    ("新增城镇就业", "actual", "level", 2024, None, 5.81, "万人", "eq"),
    ("居民消费价格", "target", "growth", 2024, None, 3.0, "%", "approx"),
    ("居民消费价格", "actual", "growth", 2024, None, 2.1, "%", "eq"),
}


def _annual(title: str, head: str) -> str:
    rows = " ".join(" ".join(r) for r in ANNUAL_ROWS)
    return f"{title} {head} {rows}"


def test_an_annual_report_table_of_aims_and_results_on_one_line():
    # The title's year is the reviewed year, though a table number stands before it.
    assert (
        _facts(_annual("表2 2024年主要指标执行情况", "指标 预期目标 执行情况")) == ANNUAL_EXPECTED
    )


def test_a_row_name_holding_a_growth_word_is_no_header_cell():
    text = BEFORE + _annual("附表 2024年计划完成情况", "指标名称 年度目标 执行情况") + AFTER
    (block,) = find_text_tables(text)
    assert [c.text for c in block.header] == ["指标名称", "年度目标", "执行情况"]
    assert block.body[0].text == "港口货物吞吐量增长(%)"


# An evaluation's table whose header was two lines high (the year over its kind, 评估 over
# 结论), run on into one line with its rows, each row ending in its verdict.
EVAL_ROWS = [
    ["港口吞吐量", "万吨", "预期性", "812", "1050", "934", "符合预期"],
    ["高速公路通车里程", "公里", "预期性", "306", "420", "398", "快于预期"],
    ["内河高等级航道里程", "公里", "预期性", "96", "160", "104", "滞后"],
]


def _eval_line(header: str) -> str:
    return f"表1 某市交通运输主要指标完成情况 {header} " + " ".join(" ".join(r) for r in EVAL_ROWS)


def _eval_facts(line: str) -> set[tuple]:
    text = "某市“十四五”交通运输发展规划中期评估报告\n" + line + AFTER
    ctx = ExtractContext(doc="t", meta=DocumentMeta(reference_year=2024), outline=Outline())
    (table,) = recover_tables(text, ctx)
    return {(f.indicator, f.kind.value, f.year, f.value) for f in table.facts}


EVAL_EXPECTED = {
    (r[0], kind, year, float(v))
    for r in EVAL_ROWS
    for kind, year, v in (("actual", 2020, r[3]), ("target", 2025, r[4]), ("actual", 2023, r[5]))
}


def test_an_evaluation_table_with_its_verdict_column_on_one_line():
    header = "指标名称 单位 属性 2020年基期值 2025年目标值 2023年完成值 评估结论"
    assert _eval_facts(_eval_line(header)) == EVAL_EXPECTED


def test_a_two_line_header_run_on_joins_its_lower_halves_in_order():
    line = _eval_line("指标名称 单位 属性 2020年 2025年 2023年 评估 基期值 目标值 完成值 结论")
    (block,) = find_text_tables(line + AFTER)
    assert [c.text for c in block.header][3:] == [
        "2020年基期值",
        "2025年目标值",
        "2023年完成值",
        "评估结论",
    ]
    assert _eval_facts(line) == EVAL_EXPECTED


def test_a_two_line_header_run_on_with_each_columns_halves_side_by_side():
    # 2020年 基数 / 年均增长 （累计）: halves side by side; rows numbered 1. under group rows.
    rows = " ".join(
        f"{i}.{r[0]}（{r[1]}） {r[2]} {r[3]} {r[4]} 预期性" + (" 民生福祉" if i == 2 else "")
        for i, r in enumerate(ROWS[:4], 1)
    )
    line = f"{TITLE} 类别 指标 2025年 基数 2030年 目标 年均增长 （累计） 属性 经济发展 {rows}"
    (block,) = find_text_tables(BEFORE + line + AFTER)
    assert [c.text for c in block.header] == [
        "类别",
        "指标",
        "2025年基数",
        "2030年目标",
        "年均增长（累计）",
        "属性",
    ]
    facts = _facts(line)
    assert ("港口吞吐量", "target", "level", 2030, None, 1050.0, "万吨", "eq") in facts
    assert ("常住人口城镇化率", "actual", "level", 2025, None, 52.8, "%", "eq") in facts


def test_a_one_line_header_keeps_a_year_and_the_aim_after_it_apart():
    # 2025年 then 规划目标 as two columns of a one-line header: rows as wide as that.
    rows = " ".join(f"{i}{r[0]} {r[1]} {r[2]} {r[3]}" for i, r in enumerate(ROWS[:4], 1))
    (block,) = find_text_tables(
        BEFORE + f"{TITLE} 序号 指标名称 单位 2025年 规划目标 {rows}" + AFTER
    )
    assert [c.text for c in block.header][3:] == ["2025年", "规划目标"]


def test_a_markdown_table_run_together_keeps_no_rule_cells():
    # A page converted to Markdown, then its line breaks lost: | a | b | rows and the
    # |---| rule under the header run together, the bars gone, the rule's dashes left.
    rows = " ".join(" ".join(r) for r in ROWS)
    rule = " ".join("---" for _ in HEADER)
    assert _facts(f"{TITLE} {' '.join(HEADER)} {rule} {rows}") == EXPECTED
    assert _facts(f"{TITLE} {' '.join(HEADER)} :---: |---| {rows}") == EXPECTED
