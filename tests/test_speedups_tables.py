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


_ROW_PIECES = ["指标", "单位", "2020", "年", "2025年目标", "地区生产总值", "亿元", "7.5", "左右",
               "以内", "|", "｜", "\t", " ", "  ", "\u3000", "\xa0", "（%）", "预期性", "增长",
               "“", "链主", "”", "。", "\n"]  # fmt: skip


def _marked_as_before(cells: list, slots: int | None) -> list:
    """How split_row_line marked a line's cells before some were kept, not copied: the
    last rebuilt as ending the line, then every cell built again with the line's width."""
    from planwatch.extract.table_cells import TextCell

    if not cells:
        return cells
    last = cells[-1]
    cells[-1] = TextCell(last.text, last.span, True, last.slot)
    return [TextCell(c.text, c.span, c.line_end, c.slot, slots) for c in cells]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_ROW_PIECES), min_size=1, max_size=24),
    st.sampled_from([None, True, False]),
)
def test_a_row_lines_cells_are_those_built_anew(pieces: list[str], single: bool | None) -> None:
    """The cells of a one-row line, some kept rather than copied, equal field by field the
    cells the former marking built anew (the line's width, no indent, the last ending it)."""
    from planwatch.extract import table_lines as tl

    text = "".join(pieces)
    first = next((i for i, ch in enumerate(text) if not ch.isspace()), None)
    if first is None:
        return
    line = tl.strip_line(text, *tl.line_at(text, first))
    got = tl.split_row_line(text, line, single_space=single)
    marked, tl._mark_line_end = tl._mark_line_end, _marked_as_before
    try:
        before = tl.split_row_line(text, line, single_space=single)
    finally:
        tl._mark_line_end = marked
    assert got == before
    fields = ("text", "span", "line_end", "slot", "width", "indent")
    assert [[getattr(c, f) for f in fields] for c in got[1]] == [
        [getattr(c, f) for f in fields] for c in before[1]
    ]


_GLUED_PIECES = ["城镇居民人均可支配收入", "（元）", "(%)", "27860", "85.7", " ", "\u3000", "—",
                 "－", "–", "PM2.5", "-", "−", "3", "亿元", "以上", "翻一番", "²", "٣", "。"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GLUED_PIECES), max_size=8))
def test_a_glued_name_is_found_as_its_patterns_find_it(pieces: list[str]) -> None:
    """The look at a cell's last character (a digit or a dash) passes over no cell the
    glued-figure patterns read, and a cell ending on neither holds no glued figure."""
    from planwatch.extract import table_header_lines as hl
    from planwatch.extract.table_cells import CellClass, classify

    cell = "".join(pieces)
    m = hl._GLUED_RE.fullmatch(cell) or hl._GLUED_DASH_RE.fullmatch(cell)
    want = m if m is not None and classify(m["name"]) is CellClass.TEXT else None
    got = hl.glued_name(cell)
    assert (got and (got.span(), got["name"], got["figure"])) == (
        want and (want.span(), want["name"], want["figure"])
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["翻", "一番", "两番", "番多", "了", "增长", "2", "3", "飜", " ",
                                 "（", "）", "%", "亿元", "第三", "零", "一半", "占"]), max_size=8))  # fmt: skip
def test_a_doubling_cell_is_read_as_the_special_values_read_it(pieces: list[str]) -> None:
    """A cell whose view holds no 翻 states no doubling: of the special values only
    翻一番's is a growth; a cell holding one is read as before."""
    from planwatch.core.data import Measure
    from planwatch.extract import table_cells
    from planwatch.extract.numbers import to_view
    from planwatch.extract.prose_values import special_values

    text = "".join(pieces)
    view = to_view(text)
    growth = [v for v in special_values(view, 0, len(view)) if v.fixed_measure is Measure.GROWTH]
    got = table_cells._doubling(text)
    if "翻" not in view:
        assert growth == [] and got == []
