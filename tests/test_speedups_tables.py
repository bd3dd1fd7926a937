"""Faster paths of the table finder give what the plain ones give (bench/peer_bench.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract.table_runon_spaced import _header, _may_hold_header, _tokens

_PIECES = ["指标名称", "指标", "单位", "2020年", "2025年", "年均增长(%)", "属性", "序号", "1",
           "2地区生产总值", "亿元", "303.8", "预期性", "一、经济发展", "附：主要指标：",
           "主要指标进展情况：指标名称", "全市经济运行总体平稳稳中有进发展质量持续提升",
           "：", ":", " ", " ", "\u3000", "，", "增长"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_a_line_passed_over_holds_no_header(pieces: list[str]) -> None:
    """A line the cheap look passes over (no three short cells in a row can be made of
    it) is one where the header finder finds no header."""
    text = "".join(pieces)
    if _header(_tokens(text, 0, len(text))) is not None:
        assert _may_hold_header(text, 0, len(text))


def test_prose_without_spaces_is_passed_over_and_a_header_is_not() -> None:
    prose = "全市经济运行总体平稳，地区生产总值增长百分之六，" * 12
    assert not _may_hold_header(prose, 0, len(prose))
    row = "主要指标表 指标名称 单位 2020年 2025年 1地区生产总值 亿元 303.8 440"
    assert _may_hold_header(row, 0, len(row)) and _header(_tokens(row, 0, len(row)))
