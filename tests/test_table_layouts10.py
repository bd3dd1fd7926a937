"""Tables one cell a line (round 14, issue 10): an HTML table flattened by a page's text
export, each cell on a line of its own, composed here in the style of real final
evaluations (the cells are this file's own):

* a header two lines high without a 属性 column whose upper line heads the value columns
  with bare years (指标 2015年 2020年 2020年 评价) and whose lower line gives the kind
  words under them (基数 规划目标 实际完成), printed after the upper line's cells with
  their places lost: the kind words join the years in order, so that each figure is read
  as its column's year and kind, not shifted one column on;
* a header two lines high whose name cell stands on the lower line only (the upper
  row's first cell empty: 2018年 2020年 2019年 完成进度 评价 over 指标 基期 目标值
  完成值 （%） 结论), printed one cell a line: the upper line's cells come before the
  name and each joins the lower cell in its place (2018年基期, 完成进度（%）, 评价结论);
  the same header with the whole table run together on one line, cells parted by a
  space, reads alike.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from tablefacts import one_table_facts

BEFORE = "“十三五”规划主要指标完成情况如下表。\n\n"
AFTER = "\n\n三、“十四五”时期发展建议\n"

FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION, period_start=2016, period_end=2020, reference_year=2021
)

UPPER = ["指标", "2015年", "2020年", "2020年", "评价"]
LOWER = ["基数", "规划目标", "实际完成"]
ROWS = [
    ["规模以上工业增加值（亿元）", "86.4", "140", "131.7", "基本完成"],
    ["社会消费品零售总额（亿元）", "57.2", "90", "93.5", "超额完成"],
    ["城镇登记失业率（%）", "3.6", "4.5以内", "3.1", "完成"],
]
WANT = {
    ("规模以上工业增加值", "actual", "level", 2015, 86.4, "亿元"),
    ("规模以上工业增加值", "target", "level", 2020, 140.0, "亿元"),
    ("规模以上工业增加值", "actual", "level", 2020, 131.7, "亿元"),
    ("社会消费品零售总额", "actual", "level", 2015, 57.2, "亿元"),
    ("社会消费品零售总额", "target", "level", 2020, 90.0, "亿元"),
    ("社会消费品零售总额", "actual", "level", 2020, 93.5, "亿元"),
    ("城镇登记失业率", "actual", "level", 2015, 3.6, "%"),
    ("城镇登记失业率", "target", "level", 2020, 4.5, "%"),
    ("城镇登记失业率", "actual", "level", 2020, 3.1, "%"),
}


def _table(sep: str, lower_gap: str) -> str:
    """The table one cell a line, cells parted by ``sep`` (a page's text export: a line
    break, or a blank line between paragraphs); ``lower_gap`` stands before the lower
    header line (the empty cell under 指标 printed as a blank line, or dropped)."""
    head = sep.join(UPPER) + lower_gap + sep.join(LOWER)
    body = sep.join(c for r in ROWS for c in r)
    return "表1 某县“十三五”规划主要指标完成情况表\n" + head + sep + body


def test_bare_years_over_kind_words_flattened_one_cell_a_line():
    for sep, gap in (("\n", "\n\n"), ("\n", "\n"), ("\n\n", "\n\n")):
        got = one_table_facts(BEFORE + _table(sep, gap) + AFTER, FINAL)
        assert got == WANT, (sep, gap)


def test_the_same_table_one_row_a_line_reads_alike():
    """The untransformed table (tab-parted rows, the lower line under the years) gives the
    same facts: the flattened copy reads as its own self."""
    head = "\t".join(UPPER) + "\n\t" + "\t".join(LOWER)
    body = "\n".join("\t".join(r) for r in ROWS)
    got = one_table_facts(
        BEFORE + "表1 某县主要指标完成情况表\n" + head + "\n" + body + AFTER, FINAL
    )
    assert got == WANT


def test_kind_words_fewer_than_the_years_change_nothing():
    """Two kind words under three bare years: no place for them is known, and the header
    is read as printed (no year column takes a word that is not its own)."""
    from planwatch.extract.table_cells import TextCell
    from planwatch.extract.table_header_lines import flat_lower_half

    cells = [TextCell(t, None) for t in [*UPPER, "基数", "实际完成"]]  # type: ignore[arg-type]
    assert [c.text for c in flat_lower_half(cells)] == [c.text for c in cells]
    joined = [TextCell(t, None) for t in [*UPPER, *LOWER]]  # type: ignore[arg-type]
    assert [c.text for c in flat_lower_half(joined)] == [
        "指标",
        "2015年基数",
        "2020年规划目标",
        "2020年实际完成",
        "评价",
    ]


# -- the name on the lower of two header lines, one cell a line ---------------------

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025, reference_year=2023
)
UPPER2 = ["2020年", "2025年", "2022年", "完成进度", "评价"]
LOWER2 = ["指标", "基期", "目标值", "完成值", "（%）", "结论"]
ROWS2 = [
    ["农林牧渔业总产值（亿元）", "74.8", "95", "83.6", "41.9", "符合预期"],
    ["城乡居民基本医疗保险参保率（%）", "96.2", "97", "96.8", "75.0", "符合预期"],
    ["新建改建农村公路（公里）", "[210]", "[600]", "[265]", "44.2", "滞后"],
]
WANT2 = {
    ("农林牧渔业总产值", "actual", "level", 2020, 74.8, "亿元"),
    ("农林牧渔业总产值", "target", "level", 2025, 95.0, "亿元"),
    ("农林牧渔业总产值", "actual", "level", 2022, 83.6, "亿元"),
    ("城乡居民基本医疗保险参保率", "actual", "level", 2020, 96.2, "%"),
    ("城乡居民基本医疗保险参保率", "target", "level", 2025, 97.0, "%"),
    ("城乡居民基本医疗保险参保率", "actual", "level", 2022, 96.8, "%"),
}


def test_a_name_on_the_lower_header_line_flattened_one_cell_a_line():
    for sep in ("\n", "\n\n", " "):
        table = "二、主要指标进展情况\n\n" + sep.join(
            UPPER2 + LOWER2 + [c for r in ROWS2 for c in r]
        )
        got = one_table_facts(BEFORE + table + AFTER, MIDTERM)
        progress = {
            ("农林牧渔业总产值完成进度", "actual", "level", 2022, 41.9, "%"),
            ("城乡居民基本医疗保险参保率完成进度", "actual", "level", 2022, 75.0, "%"),
            ("新建改建农村公路完成进度", "actual", "level", 2022, 44.2, "%"),
        }
        sums = {  # (bracketed: sums over the plan's years, each in its column's year)
            ("新建改建农村公路", "actual", "change", 2020, 210.0, "公里"),
            ("新建改建农村公路", "target", "change", 2025, 600.0, "公里"),
            ("新建改建农村公路", "actual", "change", 2022, 265.0, "公里"),
        }
        assert got == WANT2 | progress | sums, sep
