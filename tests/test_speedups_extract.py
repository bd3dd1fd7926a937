"""Speed-ups of the extraction stages that must not change an answer.

Each faster helper is checked against the plain definition it replaced, on text
generated from the characters that matter to it (digits, signs, brackets, spaces,
unit words): the number pattern, the full-width view, the longest unit at a
position, the one-cell shortcut of the row-table finder and the table recovery
kept for the document's second ask.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.core.units import _table, match_unit_at
from planwatch.extract import numbers
from planwatch.extract.numbers import find_numbers, to_view
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_find import _CELL_GAP_RE, split_row_line
from planwatch.extract.tables import recover_all

# The number pattern as first written: the optional sign tried at every character.
_PLAIN_ARABIC_RE = re.compile(r"(?:(?<=[\[(（【:：\s])[-+])?" + numbers._ARABIC)

_NUMBER_CHARS = list("0123456789.,-+ [(（【:：\n") + ["增长", "亿元", "２", "．", "％", "　"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_CHARS), max_size=30))
def test_number_pattern_finds_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [(m.start(), m.end()) for m in numbers._ARABIC_RE.finditer(text)]
    assert fast == [(m.start(), m.end()) for m in _PLAIN_ARABIC_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_CHARS + ["３", "－", "∶", "，"]), max_size=30))
def test_full_width_view_is_the_whole_text_translated(pieces: list[str]) -> None:
    text = "".join(pieces)
    view = to_view(text)
    assert view == text.translate(numbers._FULLWIDTH)
    assert len(view) == len(text)


def test_numbers_in_full_width_text_index_the_stored_text() -> None:
    text = "全市生产总值４５８．５１亿元（－２．８％），人口1,234万。"
    found = [(text[n.span.start : n.span.end], n.value) for n in find_numbers(text)]
    assert found == [("４５８．５１", 458.51), ("－２．８", -2.8), ("1,234", 1234.0)]


def _plain_longest_unit(text: str, pos: int) -> tuple[str, int, int] | None:
    """At ``pos`` the longest form of the unit table, trying every length."""
    t = _table()
    for n in range(min(t.max_len, len(text) - pos), 0, -1):
        info = t.forms.get(text[pos : pos + n])
        if info is not None:
            return info.printed, pos, pos + n
    return None


_UNIT_PIECES = [
    "万",
    "亿",
    "元",
    "吨",
    "标准煤",
    "公里",
    "平方",
    "%",
    "个百分点",
    "人",
    "，",
    "增长",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), min_size=1, max_size=6))
def test_longest_unit_is_the_one_every_length_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    m = match_unit_at(text, 0, skip_spaces=False)
    plain = _plain_longest_unit(text, 0)
    if plain is None:
        assert m is None or "/" in m.info.printed  # (slash and per-scale forms: other rules)
    else:
        assert m is not None and (m.info.printed, m.start) == plain[:2]
        assert m.end >= plain[2]  # a compound rate (万元/亩) may run on past it


_LINE_PIECES = ["指标", "2025年", "序号", "属性", "地区生产总值", "6.5", "（亿元）", "—", "、"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=8))
def test_a_line_without_a_gap_is_one_cell(pieces: list[str]) -> None:
    """The row-table finder skips a line with no space, tab or pipe in it: it can
    never split into the two or more cells a header needs."""
    line = "".join(pieces)
    text = f"前文\n{line}\n后文"
    assert _CELL_GAP_RE.search(line) is None
    start = text.index(line)
    cell = TextCell(line, _span(start, start + len(line)))
    assert len(split_row_line(text, cell)[1]) <= 1


def _span(a: int, b: int):
    from planwatch.core.data import Span

    return Span(a, b)


_TABLE = "\n".join(
    [
        "某县主要指标",
        "序号|指标|2025年|2030年|属性",
        "1|地区生产总值(亿元)|320|430|预期性",
        "2|森林覆盖率(%)|62.1|62.5|约束性",
        "第二章 坚持创新驱动发展",
    ]
)


def _ctx(doc: str) -> ExtractContext:
    meta = DocumentMeta(period_start=2026, period_end=2030)
    return ExtractContext(doc=doc, meta=meta, outline=Outline())


def test_recovery_asked_twice_is_read_once_and_not_shared_state() -> None:
    ctx = _ctx("a.txt")
    read, unread = recover_all(_TABLE, ctx)
    assert {f.doc for t in read for f in t.facts} == {"a.txt"}
    again, unread_again = recover_all(_TABLE, ctx)
    assert again == read and unread_again == unread and again is not read
    again.clear()  # a caller's list is its own
    assert recover_all(_TABLE, ctx)[0] == read
    # Another document's context is read again, not answered from the last one.
    other = recover_all(_TABLE, _ctx("b.txt"))[0]
    assert {f.doc for t in other for f in t.facts} == {"b.txt"}


_SUBJECT_PIECES = ["全市", "2025年", "地区生产总值", "比上年", "增长", "保持", "其中", "，", "的",
                   "力争", "规划目标", "（下同）", " ", "人均", "均", "累计", "GDP"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=8))
def test_a_subject_is_named_as_the_stages_name_it(pieces: list[str]) -> None:
    """The reader's name for the words before a value (cleaned once per words) is what the
    naming stage gives them: the cleaned words, or nothing when a cue or hollow word is left."""
    from planwatch.extract.cues import cues
    from planwatch.extract.prose_names import clean_name, hollow_name
    from planwatch.extract.prose_reader import subject_name

    subject = "".join(pieces)
    plain = clean_name(subject)
    if plain and (
        cues().token_re.fullmatch(plain) or hollow_name(clean_name(subject, keep_lead=True))
    ):
        plain = ""
    assert subject_name(subject) == plain
    assert subject_name(subject) == plain  # (the second answer from the cache)


_SENTENCE_PIECES = ["全市", "增长", "。", "；", "！", "?", "”", "）", ")", "“", "（", "《", "》", " ",
                    "\u3000", "报告", "8%", "’", '"']  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=24), st.integers(0, 3))
def test_a_paragraph_without_openers_splits_as_the_quote_aware_split(
    pieces: list[str], lead: int
) -> None:
    """Sentences of a paragraph where no quote or bracket opens are found by one scan of
    its ends; they are those the quote-aware split finds (on any paragraph, opened or not)."""
    from planwatch.core.data import Span
    from planwatch.structure.sentences import _split_quoted, split_sentences

    text = "前文。" + "".join(pieces) + "。后文"
    span = Span(lead, len(text) - 2)
    assert split_sentences(text, span) == _split_quoted(text, span)
