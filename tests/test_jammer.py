"""read.jammer: a forum's anti-copy junk closing a line (98.9 t% O4, 指标3 k# E8 v) is read
as blank, and a table reposted with it reads as without it. Text composed for these tests
in the style of a board's copy of an evaluation report."""

from __future__ import annotations

import pytest

from planwatch.core.data import Kind
from planwatch.read.jammer import blank_jammer
from prosefacts import analysed_facts


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("| 98.9 t% O4", "| 98.9"),
        ("指标3 k# E8 v", "指标"),
        ("细颗粒物平均浓度（微克/立方米）& x0 _", "细颗粒物平均浓度（微克/立方米）"),
        ("| 86 H* y$ 9", "| 86"),
    ],
)
def test_a_jammer_run_closing_a_line_is_blanked(line: str, kept: str) -> None:
    out = blank_jammer(line)
    assert len(out) == len(line) and out.rstrip() == kept


@pytest.mark.parametrize("line", ["比上年增长 5 %", "PM 2.5", "注1 A B", "单位 km m2", "| 97.8"])
def test_units_figures_and_notes_stay(line: str) -> None:
    assert blank_jammer(line) == line


def test_a_reposted_table_with_a_jammer_reads_as_the_table() -> None:
    text = (
        "论坛 › 规划评估 › 某州生态环境保护规划中期评估报告\n"
        "某州“十四五”生态环境保护规划中期评估报告\n\n一、目标指标完成情况\n"
        "专栏 1　主要指标进展情况\n|\n指标5 q# W2 v\n| 2020年\n| 2025年目标\n| 2022年 ]3 k; B\n"
        "| 属性 |\n空气质量优良天数比率（%）& u0 _\n| 96.1\n| ＞96\n| 97.4 r% P8\n| 约束性 |\n"
        "森林覆盖率（%）\n| 21.2\n| 22\n| 21.7 6 m3 _\n| 约束性 |\n二、存在的问题\n"
    )
    facts = analysed_facts("帖子.txt", text)
    assert (facts["97.4"].kind, facts["97.4"].year) == (Kind.ACTUAL, 2022)
    assert (facts["22"].kind, facts["22"].year) == (Kind.TARGET, 2025)
    assert facts["21.7"].indicator == "森林覆盖率"


def test_only_each_lines_own_run_is_blanked() -> None:
    text = "森林覆盖率（%）\n| 86 H* y$ 9\n| 约束性 |\n备注 abc\n"
    out = blank_jammer(text)
    assert len(out) == len(text)
    assert out.splitlines() == ["森林覆盖率（%）", "| 86" + " " * 8, "| 约束性 |", "备注 abc"]


def test_a_long_run_closing_a_line_is_blanked() -> None:
    # (A news board's copy: seven tokens after a heading, 2015预期目标; P1 |( q" ~6 S( i.)
    line = '2015预期目标; P1 |( q" ~6 S( i'
    assert blank_jammer(line).rstrip() == "2015预期目标"


def test_a_run_opening_a_line_before_its_text_is_blanked() -> None:
    text = "4 o* d, v6 G: p ●城镇居民人均可支配收入增长12%以上\n回顾\n\" L' m7 ^: @+ 财政收入预计21.6亿元"
    out = blank_jammer(text)
    assert len(out) == len(text)
    lines = [line.strip() for line in out.splitlines()]
    assert lines == ["●城镇居民人均可支配收入增长12%以上", "回顾", "财政收入预计21.6亿元"]


@pytest.mark.parametrize("line", ["5A 级景区3个", "PM 2.5 年均浓度35微克", "A 股上市公司2家"])
def test_a_lines_own_ascii_opening_stays(line: str) -> None:
    assert blank_jammer(line) == line


def test_a_table_row_opening_on_empty_cells_and_an_ocred_index_stays() -> None:
    # (| | l2 | 养老…: a bar-delimited row under a merged cell, its index read as l2 by OCR.)
    line = "| | l2 | 养老机构护理型床位占比(%) | 62 | 75 | [13] | 约束性 |"
    assert blank_jammer(line) == line
