"""Reading rules for further ways real pages print figures and tables (round 12): figures
grouped by thin spaces, footnote marks glued to figures, an HTML table's header cell two
rows high printed one cell a line. Every text here is composed for the test."""

from __future__ import annotations

from planwatch.extract.table_find import find_text_tables
from planwatch.pipeline import analyse_bytes
from planwatch.read.chrome import reading_view
from planwatch.read.figures import blank_marks, group_figures


def _facts(text: str, name: str = "t.txt") -> list[tuple[float, str | None, str, str, int]]:
    facts = analyse_bytes(text.encode("utf-8"), name).facts
    return [(f.value, f.unit, f.indicator, str(f.kind.value), f.year) for f in facts]


# --- figures grouped by thin spaces -------------------------------------------------

YEARBOOK = (
    "某县2023年国民经济和社会发展统计公报\n"
    "初步核算，全年全县地区生产总值2 418.6亿元，比上年增长5.2%。"
    "全年一般公共预算收入136.2亿元，增长4.1%；社会消费品零售总额1 052.4亿元，增长6.3%。\n"
    "年末全县户籍人口52 316人，比上年末增加812人。\n"
)


def test_a_document_grouping_its_figures_by_spaces_reads_them_whole():
    got = {(v, u) for v, u, *_ in _facts(YEARBOOK)}
    assert {(2418.6, "亿元"), (1052.4, "亿元"), (52316.0, "人")} <= got
    assert not {(2.0, "亿元"), (1.0, "亿元"), (52.0, "人")} & got


def test_the_grouping_view_keeps_every_offset():
    view = group_figures(YEARBOOK)
    assert len(view) == len(YEARBOOK)
    assert "2,418.6亿元" in view and "52,316人" in view
    assert reading_view(YEARBOOK, "txt").plain == view


def test_a_run_on_row_of_three_digit_cells_is_not_read_as_groups():
    # Cells a space apart, no figure grouped before a unit: the spaces are the cells'.
    text = (
        "某省“十四五”综合交通运输发展规划中期评估\n"
        "城市轨道交通运营里程 公里 186 412 275 滞后\n"
        "具备条件的建制村通客车比例 % 100 100 100 提前完成\n"
    )
    assert group_figures(text) == text


def test_a_grouped_figure_alone_in_its_cell_shows_the_grouping():
    table = (
        "指标\t2020年\t2025年\n地区生产总值\t1 856.2\t2 600\n化学需氧量减排量\t[3 120]\t[2 450]\n"
    )
    assert group_figures(table) == table.replace("1 856", "1,856").replace(
        "2 600", "2,600"
    ).replace("3 120", "3,120").replace("2 450", "2,450")


def test_one_grouped_figure_is_not_enough_to_show_the_grouping():
    text = "全年全县粮食总产量为5 618吨，比上年增长1.2%。全县共有学校18所。\n"
    assert group_figures(text) == text


# --- footnote marks glued to figures ------------------------------------------------

MARKED = (
    "某市2023年国民经济和社会发展统计公报\n"
    "初步核算，全年全市地区生产总值[1]3825.4亿元，比上年增长5.6%②。"
    "第二产业增加值①1508.6亿元，增长6.1%*；全年居民消费价格上涨0.4%③，"
    "增速居全省[4]第3位。\n"
    "注：[1]按现价计算；②按可比价格计算；③为快报数。\n"
    "表1　主要指标\n"
    "指标\t单位\t绝对数\t比上年增长（%）\n"
    "地区生产总值\t亿元\t3825.4①\t5.6\n"
    "一般公共预算收入\t亿元\t[2]215.3\t7.2*\n"
    "社会消费品零售总额\t亿元\t1620.8\t6.4②\n"
    "注：①按现价计算；②为快报数。\n"
)


def test_marks_glued_to_figures_and_names_are_read_as_blank():
    view = blank_marks(MARKED)
    assert len(view) == len(MARKED)
    assert "地区生产总值   3825.4亿元" in view
    assert "增长5.6% 。" in view and "增加值 1508.6" in view and "6.1% ；" in view
    assert "全省   第3位" in view
    assert "3825.4 \t5.6" in view and "\t   215.3\t7.2 \n" in view
    # A note line's marks open its items: they stay.
    assert "注：[1]按现价计算；②按可比价格计算" in view


def test_figures_with_marks_are_read_with_their_names():
    got = _facts(MARKED)
    names = {(v, n) for v, _u, n, *_ in got}
    assert (3825.4, "全市地区生产总值") in names or (3825.4, "地区生产总值") in names
    assert (1508.6, "第二产业增加值") in names
    assert (215.3, "一般公共预算收入") in names
    assert not any("[" in n or "①" in n for _v, n in names)
    # No figure is read from a mark: ① is no 1, [4] no 4.
    assert not any(v in (1.0, 2.0, 4.0) for v, *_ in got)


def test_list_numbers_and_bracketed_five_year_figures_are_no_marks():
    text = "主要任务：①加快产业升级；②推进城乡融合。五年目标[17]，两年累计提高[5]个百分点。\n"
    assert blank_marks(text) == text


def test_a_mark_after_brackets_and_asterisks_that_are_none_is_blanked():
    # Marks' first characters standing where no mark begins (a list's ①, a note's *, a
    # bracketed count) before the one mark glued to a figure: that one alone is blanked.
    text = "①加快产业升级；*为初步数；[5]项完成。\n全市地区生产总值3825.4[2]亿元，增长5.6%*。\n"
    view = blank_marks(text)
    assert view == text.replace("[2]亿元", "   亿元").replace("%*", "% ")


# --- a header cell two rows high, one cell a line -----------------------------------

HTML_CELLS = (
    "某市“十三五”规划纲要实施情况总结评估报告\n"
    "表1　主要指标完成情况\n"
    "指标\n\n2015年\n\n2020年\n规划目标\n\n2020年\n完成\n\n属性\n\n"
    "地区生产总值（亿元）\n\n1268\n\n1900\n\n1835\n\n预期性\n\n"
    "常住人口城镇化率（%）\n\n52.4\n\n60\n\n61.2\n\n预期性\n\n"
    "森林覆盖率（%）\n\n38.6\n\n40\n\n40.3\n\n约束性\n\n"
    "城镇登记失业率（%）\n\n3.6\n\n4.5\n\n3.2\n\n预期性\n"
)


def test_a_header_cell_two_rows_high_between_blank_lines_is_one_column():
    (block,) = [b for b in find_text_tables(HTML_CELLS) if not b.rejected]
    assert [c.text for c in block.header] == [
        "指标",
        "2015年",
        "2020年规划目标",
        "2020年完成",
        "属性",
    ]


def test_its_rows_read_under_the_right_years_and_kinds():
    got = {(v, n, k, y) for v, _u, n, k, y in _facts(HTML_CELLS)}
    assert (1268.0, "地区生产总值", "actual", 2015) in got
    assert (1900.0, "地区生产总值", "target", 2020) in got
    assert (1835.0, "地区生产总值", "actual", 2020) in got
    assert (40.0, "森林覆盖率", "target", 2020) in got


def test_a_header_one_cell_a_line_without_blank_lines_is_as_printed():
    text = HTML_CELLS.replace("\n\n", "\n")
    blocks = [b for b in find_text_tables(text) if not b.rejected]
    assert blocks and "2020年规划目标" not in [c.text for c in blocks[0].header]


# --- a comma inside a figure parts no clause -------------------------------------------

COMMA_GROUPED = (
    "某省“十三五”规划纲要实施情况的终期评估报告\n"
    "综合实力明显增强。全省生产总值由2015年的0.86万亿元增加到2020年的1.24万亿元，"
    "年均增长7.6%；人均生产总值由5,830美元增加到8,460美元；"
    "一般公共预算收入由1，042.6亿元增加到1，518.3亿元。\n"
)


def test_a_figure_grouped_by_a_comma_keeps_its_clause_and_its_year():
    got = {(v, y) for v, _u, _n, _k, y in _facts(COMMA_GROUPED)}
    assert {(5830.0, 2015), (8460.0, 2020), (1042.6, 2015), (1518.3, 2020)} <= got


def test_a_group_comma_is_told_from_a_clause_comma():
    from planwatch.core.numerals import is_group_comma

    text = "由5,830美元增至12,460美元，增长1,2倍，共计1，042.6亿元，达到2020，8项"
    commas = [i for i, ch in enumerate(text) if ch in ",，"]
    assert [is_group_comma(text, i) for i in commas] == [1, 1, 0, 0, 0, 1, 0, 0]
