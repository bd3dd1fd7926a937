"""core.linetable: the one table of a text's lines the stages share (round 26, issue 15)."""

import re

from planwatch.core.linetable import LineTable, line_table

_TEXTS = [
    "",
    "\n",
    "第一章 发展基础\n\n　　全市地区生产总值达到1200亿元，年均增长6.5%。\n  \n二、主要目标\n",
    "单位：万元\n指标名称\t2025年\n粮食产量\t二十万吨",
    "一、总体要求\r\n全面推进乡村振兴。\r\n",
    "上一页\x0c第二节 重点任务\n",
]


def test_lines_are_the_runs_a_line_pattern_finds():
    for text in _TEXTS:
        table = LineTable(text)
        spans = [m.span() for m in re.finditer(r"[^\n]+", text)]
        assert list(zip(table.starts, table.ends)) == spans
        assert table.raw == [text[a:b] for a, b in spans]
        assert table.stripped == [text[a:b].strip() for a, b in spans]


def test_plain_breaks_only_when_splitlines_sees_newlines_alone():
    assert LineTable(_TEXTS[2]).plain_breaks
    assert not LineTable(_TEXTS[4]).plain_breaks  # (\r\n: splitlines cuts the \r)
    assert not LineTable(_TEXTS[5]).plain_breaks  # (a PDF's form feed)
    for text in _TEXTS:
        table = LineTable(text)
        if table.plain_breaks:
            assert [x for x in text.splitlines() if x] == table.raw


def test_figures_flag_and_next_content():
    table = LineTable(_TEXTS[2])
    assert table.figures == [True, True, False, True]  # (二、 is a numeral: kept)
    assert table.next_content(1) == "二、主要目标"  # (the blank line between is passed over)
    assert table.next_content(3) == ""
    assert LineTable(_TEXTS[3]).figures == [False, True, True]


def test_one_table_per_text():
    text = "".join(_TEXTS)
    assert line_table(text) is line_table(text)
