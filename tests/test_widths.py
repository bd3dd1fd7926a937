"""One width rule for every stage: core.widths.display_width (UAX #11 classes)."""

from __future__ import annotations

from planwatch.core.widths import display_width
from planwatch.extract.table_lines import printed_columns
from planwatch.read import wrap
from planwatch.report import xlsx


def test_chinese_and_full_width_forms_take_two_columns():
    assert display_width("地区生产总值") == 12
    assert display_width("ＧＤＰ１２") == 10
    assert display_width("GDP 12.5%") == 9


def test_ambiguous_characters_are_wide_only_on_a_chinese_page():
    assert display_width("“双碳”·①") == 8
    assert display_width("“双碳”·①", ambiguous_wide=True) == 12


def test_a_no_break_space_is_as_narrow_as_a_space():
    assert display_width("\u00a0\u00a0增长") == display_width("  增长") == 6


def test_the_reading_stage_counts_in_chinese_characters_by_the_same_rule():
    line = "全县地区生产总值达到312.6亿元，“十四五”以来年均增长6.8%"
    assert wrap._width(line) == display_width(line, ambiguous_wide=True) / 2
    assert wrap._width("\u00a0\u00a0粮食产量") == 5.0


def test_table_columns_are_counted_from_the_line_start():
    text = "指标\n地区生产总值    亿元    312.6\n"
    start = text.index("亿元")
    assert printed_columns(text, start, "亿元") == (16, 20)


def test_spreadsheet_columns_are_as_wide_as_their_longest_cell():
    assert xlsx._width("“十四五”规划") == 14
    assert xlsx._width(None) == 0
    assert xlsx._width(12.5) == 4


def test_a_text_of_many_distinct_characters_is_measured_and_the_table_stays_bounded():
    import unicodedata

    from planwatch.core import widths

    text = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 80000))  # (on into the planes above)
    by_class = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    assert display_width(text) == by_class
    assert all(len(table) <= widths._KEPT for table in widths._COLUMNS.values())
    assert display_width("增长") == 4  # (still right once the table is full)
