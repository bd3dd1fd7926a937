"""A web table pasted with tabs where one row's cells ran together with spaces.

Copying a portal's indicator table keeps tabs between most cells; a row whose cells the
page laid out with spaces arrives as one long tab cell (name   %   4.5   8   （3.5）). It is
parted as a spaced line's cells are, so the table does not end at it.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

TABLE = (
    "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "表1　某市“十四五”时期经济社会发展主要指标\n"
    "类别\t指标\t单位\t2020年\t2025年\t年均增长（累计）\t属性\n"
    "经济发展\t地区生产总值\t亿元\t412.6\t560\t6左右\t预期性\n"
    "\t数字经济核心产业增加值占地区生产总值比重   %   3.8   7   （3.2）\t   预期性\n"
    "创新驱动\t研发经费投入强度\t%\t1.6\t2.3\t（0.7）\t预期性\n"
    "民生福祉\t劳动年龄人口平均受教育年限\t年\t10.9\t11.4\t（0.5）\t约束性\n"
)


def test_a_row_whose_cells_ran_together_with_spaces_is_read_and_the_table_goes_on():
    facts = [f for f in analyse_text("t.txt", TABLE).facts if f.origin == "table"]
    got = {(f.indicator, f.kind, f.measure, f.year): f.value for f in facts}
    digital = "数字经济核心产业增加值占地区生产总值比重"
    assert got[(digital, Kind.ACTUAL, Measure.LEVEL, 2020)] == 3.8
    assert got[(digital, Kind.TARGET, Measure.LEVEL, 2025)] == 7
    assert got[(digital, Kind.TARGET, Measure.CHANGE, 2025)] == 3.2
    # the rows after it are still the table's
    assert got[("研发经费投入强度", Kind.TARGET, Measure.LEVEL, 2025)] == 2.3
    assert got[("劳动年龄人口平均受教育年限", Kind.ACTUAL, Measure.LEVEL, 2020)] == 10.9


def test_a_header_word_spread_over_its_tab_cell_stays_one_cell():
    from planwatch.core.data import Span
    from planwatch.extract.table_cells import TextCell
    from planwatch.extract.table_lines import split_row_line

    text = "指    标\t单位\t2020年\t2025年\n"
    _, cells = split_row_line(text, TextCell(text.rstrip(), Span(0, len(text) - 1)))
    assert [c.text for c in cells] == ["指    标", "单位", "2020年", "2025年"]
