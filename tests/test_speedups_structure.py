"""Faster paths of the outline give what the plain ones give (bench/peer_bench.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import Span
from planwatch.core.spans import span_unchecked
from planwatch.extract.table_cells import TextCell
from planwatch.structure.lines import split_lines
from planwatch.structure.sentences import split_paragraphs, split_sentences

_PIECES = ["全市", "增长", "。", "；", "！", "?", "”", "）", ")", "“", "（", "《", "》", " ",
           "\u3000", "报告", "8%", "’", '"', "\n", "\n\n", "\t"]  # fmt: skip


def test_an_unchecked_span_is_the_span_the_constructor_makes() -> None:
    made = span_unchecked(3, 9)
    assert made == Span(3, 9) and hash(made) == hash(Span(3, 9))
    assert made < Span(4, 5) and len(made) == 6 and made.of("0123456789") == "345678"


def test_sentences_of_several_paragraphs_in_one_scan() -> None:
    text = "全年增长8%。投资增长6%；\n他说：“今年。明年。”后来如此。\n\u3000（注：见上。）\n"
    paragraphs = [Span(x.start, x.end) for x in split_lines(text)]
    got = [s.of(text) for s in split_paragraphs(text, paragraphs)]
    assert got == [
        "全年增长8%。",
        "投资增长6%；",
        "他说：“今年。明年。”后来如此。",
        "（注：见上。）",
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_paragraphs_split_together_as_each_alone(pieces: list[str]) -> None:
    """The sentences of all paragraphs, split with the quotes found once for the text, are
    those each paragraph's own split finds, in order."""
    text = "".join(pieces)
    paragraphs = [Span(x.start, x.end) for x in split_lines(text)]
    alone = [s for p in paragraphs for s in split_sentences(text, p)]
    assert split_paragraphs(text, paragraphs) == alone


_CELL_PIECES = ["增长", "翻", "一番", "两番", "2", "０", "7.5", "%", "≥", "<", "(", ")", "（",
                "）", "/", ":", "约", "以上", "万元", "亿", "三", "十", "百分之", "成", " ",
                "分之", "左右", "累计", "[", "]"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CELL_PIECES), max_size=8))
def test_a_cell_without_a_digit_or_a_doubling_word_states_no_value(pieces: list[str]) -> None:
    """The table reader passes over a cell with no digit and no 翻 (a word of prose the
    finder tries to join): each way a cell states a value needs one of them."""
    from planwatch.extract import table_cells

    text = "".join(pieces)
    if re.search(r"[\d翻]", text):
        return
    assert table_cells.read_value(text) is None
    assert table_cells._ratio_parts(text) == ()
    assert table_cells._doubling(text) == []
    assert table_cells.read_values(text) == []


def test_cells_with_digits_or_a_doubling_word_are_still_read() -> None:
    from planwatch.extract.table_cells import read_values

    assert [v.value for v in read_values("≥ 7.5")] == [7.5]
    assert [v.value for v in read_values("翻一番")] == [100.0]
    assert [v.value for v in read_values("１２")] == [12.0]


def test_a_run_on_header_needs_three_short_tokens_in_a_row() -> None:
    """A spaced run-on table is still found when its header words stand among long
    tokens; a line whose short tokens never come three in a row holds no header."""
    from planwatch.extract.table_runon_spaced import spaced_runon_cells

    rows = " ".join(f"{i}地区指标{i} 亿元 {100 + i} {120 + i}" for i in range(1, 5))
    text = "全市主要经济指标完成情况一览如下所示说明文字较长的标题 指标 单位 2020年 2025年 " + rows
    found = spaced_runon_cells(text, TextCell(text, Span(0, len(text))))
    assert found is not None
    title, header, body = found
    assert [c.text for c in header] == ["指标", "单位", "2020年", "2025年"]
    assert title is not None and len(body) == 16
    prose = "全年地区生产总值比上年增长百分之六点五左右的水平 指标 单位 全年一般公共预算收入持续增长的态势良好"
    assert spaced_runon_cells(prose, TextCell(prose, Span(0, len(prose)))) is None


def test_a_header_block_without_a_table_is_read_once(monkeypatch) -> None:
    """Every anchor of a one-cell-per-line header block (序号, 规划名称, 项目类别) walks back to
    the block's first line: a block that held no table is not read again per anchor,
    and the tables found are those found when every anchor reads."""
    from planwatch.extract import table_find

    words_only = "\n".join(["序号", "规划名称", "项目类别", "1", "城区更新规划", "专项规划", "2"])
    table = "\n".join(["指标", "单位", "2020年", "2025年", "地区生产总值", "亿元", "300.5", "450.2",
                       "常住人口", "万人", "60.1", "66.3", "一般公共预算收入", "亿元", "20.4", "30.9"])  # fmt: skip
    text = f"前言。\n{words_only}\n说明文字写成一句话。\n{table}\n"
    reads: list[int] = []
    real = table_find._flattened_from

    def counted(t: str, start: int):
        reads.append(start)
        return real(t, start)

    monkeypatch.setattr(table_find, "_flattened_from", counted)
    found = table_find._find(text)
    assert len(reads) == len(set(reads)) == 2
    assert [b.header[0].text for b in found] == ["指标"] and not found[0].rejected
    every = [
        b
        for a in (text.index("序号"), text.index("规划名称"), text.index("项目类别"))
        if (b := table_find._flattened_table(text, table_find._strip(text, a, text.find("\n", a))))
    ]
    assert every == []


_QUOTE_PIECES = ["全市", "。", "；", "！", "?", "”", "）", ")", "“", "（", "(", "《", "》", "「",
                 "」", "’", "‘", '"', " ", "增长" * 60, "报告" * 100]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES), max_size=30), st.integers(0, 2))
def test_quotes_walked_alone_split_as_the_walk_over_every_mark(
    pieces: list[str], lead: int
) -> None:
    """A paragraph with quotes splits as the walk over every end and bracket splits it:
    ends inside a quote end nothing, closing marks go with the sentence they follow, and
    a quote open for more than MAX_QUOTE_CHARS (the 120- and 200-character pieces) stops
    protecting where the walk stops it."""
    from planwatch.structure.sentences import _split_quoted, _split_quoted_walk

    text = "前文。" + "".join(pieces) + "。后文"
    span = Span(lead, len(text) - 2)
    assert _split_quoted(text, span) == _split_quoted_walk(text, span)


def test_an_end_inside_a_quote_ends_no_sentence() -> None:
    text = "他说：“今年。明年。”后来（见上。）如此。又说“好"
    got = [s.of(text) for s in split_sentences(text, Span(0, len(text)))]
    assert got == ["他说：“今年。明年。”后来（见上。）如此。", "又说“好"]
    long = "“" + "增" * 400 + "。后来。"
    got = [s.of(long) for s in split_sentences(long, Span(0, len(long)))]
    assert got == ["“" + "增" * 400 + "。", "后来。"]  # a quote open too long protects no end
