"""Table forms that still misread in round 14, each composed here in the style of real
evaluations and plans (the cells are this file's own):

* a PDF's spaced header two lines high whose upper line is set in past the name
  column (2020年 over 基期值, 完成进度 over （%）, the name cell's word on the lower
  line only): the upper halves join the cells they stand over;
* a spaced row whose name fills its column, the first figure glued to it without a
  space (…床位数（张）5.1): cut apart where the figure stands under a value column, not
  where a footnote mark stands under the name's.
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
