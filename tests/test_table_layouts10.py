"""Tables one cell a line (round 14, issue 10): an HTML table flattened by a page's text
export, each cell on a line of its own, composed here in the style of real final
evaluations (the cells are this file's own):

* a header two lines high without a 属性 column whose upper line heads the value columns
  with bare years (指标 2015年 2020年 2020年 评价) and whose lower line gives the kind
  words under them (基数 规划目标 实际完成), printed after the upper line's cells with
  their places lost: the kind words join the years in order, so that each figure is read
  as its column's year and kind, not shifted one column on.
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
