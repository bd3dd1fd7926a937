"""Table forms that still misread in round 14, each composed here in the style of real
evaluations and plans (the cells are this file's own):

* a PDF's spaced header two lines high whose upper line is set in past the name
  column (2020年 over 基期值, 完成进度 over （%）, the name cell's word on the lower
  line only): the upper halves join the cells they stand over;
* a spaced row whose name fills its column, the first figure glued to it without a
  space (…床位数（张）5.1): cut apart where the figure stands under a value column, not
  where a footnote mark stands under the name's;
* a narrow PDF line's header of years over kind words one space apart (2023年 2023年
  2024年 over 预计完成 增长 计划增长): the words go under the years in order;
* a figure in angle brackets (〈5.2〉: the plan's average yearly growth, as the notes
  say beside 〔 〕 for sums);
* a binding indicator's row opening with a star (*单位地区生产总值能耗降低（%） …): a
  row, not a note;
* a bracketed five-year sum in US dollars (实际使用外资 亿美元 [30]): a level, as one in
  yuan is;
* a unit line listing several units (单位：亿元、元、%) over rows printing none: a
  share's or rate's row takes %, a per-person figure 元, the others the first;
* a header two lines high flattened one cell a line (a web page's table as a converter
  prints it): the lower line's cells (基期值 (2025年) (2023年)) come after the upper
  line's 属性 and join the value columns before it in order;
* a one-cell-a-line table whose first row's name holds a header word (用水总量: 总量
  heads a column of amounts): a name followed by a figure opens the body;
* a spaced row whose name wraps, its first line alone and its last opening the row
  with the unit (城乡居民人均可支配收入 / 增长（%） 6.5 6.1): one name; not a parent row
  over sub-rows (总量（亿元） / 增长（%）).
"""

from __future__ import annotations

import unicodedata

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.tables import recover_tables
from tablefacts import one_table_facts, table_ctx

BEFORE = "各项主要指标进展情况见下表。\n\n"
AFTER = "\n\n三、存在的主要问题\n"

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025, reference_year=2024
)
ANNUAL = DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2025)


def _facts(table: str, meta: DocumentMeta | None = None) -> set[tuple]:
    return one_table_facts(BEFORE + table + AFTER, meta)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _line(cells: list[str], widths: list[int]) -> str:
    """``cells`` padded to printed ``widths`` (a Chinese character is two columns), as a
    PDF's text layer sets a table's columns; a cell as wide as its column runs into the
    next one."""
    out = ""
    for cell, w in zip(cells, widths, strict=True):
        out += cell + " " * max(w - _width(cell), 0)
    return out.rstrip()


# -- a spaced header two lines high, its upper line set in past the name ------------

WIDTHS = [32, 12, 12, 12, 12, 8]
# (name with unit, unit, base 2020, aim 2025, result 2023, progress %)
SET_IN_ROWS = [
    ("规模以上工业增加值（亿元）", "亿元", "812", "1150", "968", "46.2"),
    ("农村自来水普及率（%）", "%", "88", "95", "92.5", "64.3"),
    # (as wide as the name column: its first figure glued on)
    ("每千人口医疗卫生机构床位数（张）", "张", "5.1", "6.2", "5.7", "54.5"),
]


def _set_in_table() -> str:
    upper = _line(["", "2020年", "2025年", "2023年", "完成进度", "评估"], WIDTHS)
    lower = _line(["指标名称", "基期值", "规划目标", "实际完成", "（%）", "结论"], WIDTHS)
    rows = [
        _line([name, base, aim, got, pct, "符合预期"], WIDTHS)
        for name, _, base, aim, got, pct in SET_IN_ROWS
    ]
    return "\n".join(["表1 某县“十四五”规划主要指标中期评估表", upper, lower, *rows])


def test_the_set_in_upper_line_and_the_glued_figure_compose_as_written():
    table = _set_in_table()
    assert "（张）5.1" in table  # (the figure glued to the name, no space)
    assert table.splitlines()[1].startswith(" " * 32 + "2020年")


def test_a_header_whose_upper_line_is_set_in_past_the_name_column():
    expected = set()
    for name, unit, base, aim, got, pct in SET_IN_ROWS:
        bare = name[: name.index("（")]
        expected |= {
            (bare, "actual", "level", 2020, float(base), unit),
            (bare, "target", "level", 2025, float(aim), unit),
            (bare, "actual", "level", 2023, float(got), unit),
            (bare + "完成进度", "actual", "level", 2023, float(pct), "%"),
        }
    assert _facts(_set_in_table(), MIDTERM) == expected


def test_an_upper_line_with_a_figure_is_no_header_half():
    # A line of figures set in above the header is a row of another table, not a header.
    upper = _line(["", "2020年", "2025年", "2023年", "完成进度", "18"], WIDTHS)
    table = _set_in_table().splitlines()
    table[1] = upper
    (read,) = recover_tables(BEFORE + "\n".join(table) + AFTER, table_ctx(MIDTERM))
    assert [c.label for c in read.columns][1:3] == ["基期值", "规划目标"]
    (joined,) = recover_tables(BEFORE + _set_in_table() + AFTER, table_ctx(MIDTERM))
    assert [c.label for c in joined.columns][1:4] == [
        "2020年基期值",
        "2025年规划目标",
        "2023年实际完成",
    ]


# -- a figure glued to the name in a one-line header's table ------------------------

ANNUAL_WIDTHS = [24, 12, 10, 8]


def test_a_figure_glued_to_a_name_that_fills_its_column():
    rows = [
        ("地区生产总值增长（%）", "6左右", "5.8"),
        ("规模以上工业增加值增长（%）", "7", "7.6"),  # (26 columns: runs into the next)
        ("固定资产投资增长（%）", "5", "-2.1"),
    ]
    lines = [_line(["指标", "年度目标", "完成", "评价"], ANNUAL_WIDTHS)]
    lines += [_line([n, aim, got, "完成"], ANNUAL_WIDTHS) for n, aim, got in rows]
    table = "\n".join(["表1 2024年主要指标完成情况", *lines])
    assert "（%）7 " in table
    got = _facts(table, ANNUAL)
    assert ("规模以上工业增加值", "target", "growth", 2024, 7.0, "%") in got
    assert ("规模以上工业增加值", "actual", "growth", 2024, 7.6, "%") in got
    assert len(got) == 6


def test_a_footnote_mark_under_the_name_column_stays_with_the_name():
    lines = [_line(["指标", "年度目标", "完成", "评价"], ANNUAL_WIDTHS)]
    lines.append(_line(["城镇调查失业率（%）1", "5.5", "5.2", "完成"], ANNUAL_WIDTHS))
    lines.append(_line(["居民消费价格涨幅（%）", "3", "0.4", "完成"], ANNUAL_WIDTHS))
    got = _facts("\n".join(["表1 2024年主要指标完成情况", *lines]), ANNUAL)
    assert {f[4] for f in got} == {5.5, 5.2, 3.0, 0.4}


# -- years over kind words, one space apart ------------------------------------------


def test_a_narrow_header_of_years_over_kind_words_one_space_apart():
    table = "\n".join(
        [
            "附表 某市2024年国民经济和社会发展主要指标",
            "单位：亿元、%",
            "指标名称 2023年 2023年 2024年",
            " 预计完成 增长 计划增长",
            "地区生产总值 2468.3 6.1 6左右",
            "一般公共预算收入 186.4 5.2 5",
        ]
    )
    got = _facts(table, DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2024))
    assert got == {
        ("地区生产总值", "actual", "level", 2023, 2468.3, "亿元"),
        ("地区生产总值", "actual", "growth", 2023, 6.1, "%"),
        ("地区生产总值", "target", "growth", 2024, 6.0, "%"),
        ("一般公共预算收入", "actual", "level", 2023, 186.4, "亿元"),
        ("一般公共预算收入", "actual", "growth", 2023, 5.2, "%"),
        ("一般公共预算收入", "target", "growth", 2024, 5.0, "%"),
    }


# -- angle brackets, a starred row, a sum in dollars ---------------------------------

FINAL = DocumentMeta(doc_type=DocType.FINAL_EVALUATION, period_start=2016, period_end=2020)


def test_angle_brackets_and_a_starred_row_in_an_evaluation_table():
    sep = "\u3000"
    rows = [
        ["序号", "指标", "2015年", "2020年规划目标", "2020年实际", "年均增长/累计", "完成情况"],
        ["1", "地区生产总值（亿元）", "1820.4", "2700", "2466.9", "〈5.2〉", "未完成"],
        ["2", "常住人口城镇化率（%）", "58.1", "63", "62.4", "〔4.3〕", "基本完成"],
    ]
    lines = [sep * 2 + sep.join(r) for r in rows]
    lines.append(sep * 2 + "*单位地区生产总值能耗降低（%）　—　〔16〕　〔17.2〕　—　完成")
    lines.append(sep * 2 + "注：〈 〉内为年均增速，〔 〕内为五年累计数；带*为约束性指标。")
    got = _facts("\n".join(["表1 某市“十三五”规划主要指标完成情况", *lines]), FINAL)
    assert ("地区生产总值", "actual", "growth", 2020, 5.2, "%") in got
    assert ("单位地区生产总值能耗降低", "target", "change", 2020, 16.0, "%") in got
    assert ("单位地区生产总值能耗降低", "actual", "change", 2020, 17.2, "%") in got


def test_a_starred_note_under_a_table_is_still_a_note():
    lines = ["指标\t2020年\t2025年\t属性", "森林覆盖率（%）\t61.2\t62\t约束性"]
    lines.append("*为约束性指标，其余为预期性指标")
    got = _facts("\n".join(["表1 某县主要指标", *lines]), MIDTERM)
    assert {f[4] for f in got} == {61.2, 62.0}


def test_a_bracketed_sum_in_us_dollars_is_a_change():
    lines = ["序号\t指标名称\t单位\t2020年\t2025年\t属性"]
    lines.append("1\t实际使用外资\t亿美元\t[21.6]\t[30]\t预期性")
    lines.append("2\t货物进出口总额\t亿美元\t86.5\t120\t预期性")
    lines.append("注：[ ]内为五年累计数。")
    plan = DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2021, period_end=2025)
    got = _facts("\n".join(["表1 某市“十四五”商务发展主要指标", *lines]), plan)
    assert ("实际使用外资", "target", "change", 2025, 30.0, "亿美元") in got
    assert ("实际使用外资", "actual", "change", 2020, 21.6, "亿美元") in got


# -- a unit line listing several units ---------------------------------------------


def test_a_unit_line_listing_units_for_rows_printing_none():
    lines = ["单位：亿元、元、%", "指标\t2015年\t2020年\t完成情况", "\t基数\t规划目标"]
    lines += [
        "地区生产总值\t412.5\t620\t完成",
        "城镇居民人均可支配收入\t26480\t38000\t完成",
        "森林覆盖率\t64.8\t65\t完成",
    ]
    got = _facts("\n".join(["某县“十三五”规划主要指标完成情况表", *lines]), FINAL)
    units = {f[0]: f[5] for f in got}
    assert units == {"地区生产总值": "亿元", "城镇居民人均可支配收入": "元", "森林覆盖率": "%"}


# -- a two-line header flattened one cell a line -------------------------------------


def _flat_two_line_header(blank_lines: bool) -> str:
    upper = ["序号", "指标", "2020年", "规划目标", "实际完成", "属性", "进展情况"]
    lower = ["基期值", "(2025年)", "(2023年)"]
    rows = [
        ["1", "规模以上工业增加值(亿元)", "812", "1150", "968", "预期性", "滞后"],
        ["2", "农村自来水普及率(%)", "88", "95", "92.5", "预期性", "符合预期"],
    ]
    cells = upper + lower + [c for r in rows for c in r]
    sep = "\n\n" if blank_lines else "\n"
    return "表1 某市“十四五”规划主要指标中期评估表\n" + sep.join(cells)


def test_a_two_line_header_flattened_one_cell_a_line():
    for blank_lines in (False, True):
        got = _facts(_flat_two_line_header(blank_lines), MIDTERM)
        assert got == {
            ("规模以上工业增加值", "actual", "level", 2020, 812.0, "亿元"),
            ("规模以上工业增加值", "target", "level", 2025, 1150.0, "亿元"),
            ("规模以上工业增加值", "actual", "level", 2023, 968.0, "亿元"),
            ("农村自来水普及率", "actual", "level", 2020, 88.0, "%"),
            ("农村自来水普及率", "target", "level", 2025, 95.0, "%"),
            ("农村自来水普及率", "actual", "level", 2023, 92.5, "%"),
        }, blank_lines


# -- a first row's name that holds a header word, one cell a line ------------------


def test_a_first_row_name_holding_a_header_word_opens_the_body():
    cells = ["指标", "2020年", "2025年", "属性"]
    cells += ["能耗总量（万吨标准煤）", "1520", "≤1800", "约束性"]
    cells += ["森林覆盖率（%）", "61.2", "62", "约束性"]
    plan = DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2021, period_end=2025)
    got = _facts("表1 某市“十四五”能源发展主要指标\n" + "\n".join(cells), plan)
    assert ("能耗总量", "actual", "level", 2020, 1520.0, "万吨标准煤") in got
    assert ("森林覆盖率", "target", "level", 2025, 62.0, "%") in got
    assert len(got) == 4


# -- a name wrapped over two lines, the row on the last -----------------------------


def test_a_wrapped_name_whose_last_line_opens_the_row():
    lines = [_line(["指标", "年度目标", "完成", "评价"], ANNUAL_WIDTHS)]
    lines.append(_line(["地区生产总值增长（%）", "6左右", "5.8", "未完成"], ANNUAL_WIDTHS))
    lines.append("城乡居民人均可支配收入")
    lines.append(_line(["增长（%）", "6.5", "6.1", "未完成"], ANNUAL_WIDTHS))
    lines.append("规模以上工业增加值增长")
    lines.append(_line(["（%）", "7", "7.4", "完成"], ANNUAL_WIDTHS))
    got = _facts("\n".join(["表1 2024年主要指标完成情况", *lines]), ANNUAL)
    assert ("城乡居民人均可支配收入", "target", "growth", 2024, 6.5, "%") in got
    assert ("城乡居民人均可支配收入", "actual", "growth", 2024, 6.1, "%") in got
    assert ("规模以上工业增加值", "actual", "growth", 2024, 7.4, "%") in got
    assert len(got) == 6


def test_a_parent_row_over_two_sub_rows_is_no_wrapped_name():
    lines = [_line(["指标", "年度目标", "完成", "评价"], ANNUAL_WIDTHS)]
    lines.append("社会消费品零售总额")
    lines.append(_line(["总量（亿元）", "1200", "1185", "基本完成"], ANNUAL_WIDTHS))
    lines.append(_line(["增长（%）", "6", "4.8", "未完成"], ANNUAL_WIDTHS))
    got = _facts("\n".join(["表1 2024年主要指标完成情况", *lines]), ANNUAL)
    assert {f[0] for f in got} == {"社会消费品零售总额-总量", "社会消费品零售总额-增长"}
