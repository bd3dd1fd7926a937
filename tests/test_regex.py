"""``core.regex.skipping``: a pattern led by its first characters finds exactly what the
pattern finds, on the patterns the extractors scan long texts with."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.periods import PLAN_NAME_RE
from planwatch.core.regex import first_characters, led_alternation, required_words, skipping
from planwatch.extract.cues import cues

_SIMPLE = [
    (r"指\s*标|序号|(?<!\d)(?:19|20)\d\d\s*年", "[12序指]"),
    (r"(?:(?<=[(\s])[-+])?\d+", r"[\+\-\d]"),
    (r"[a-c]x|y", "[a-cy]"),
    (r"\s*其中", None),  # may start with anything the next item allows: 其 or a space
    (r"(?:增长|下降)?了", "[下了增]"),
]


@pytest.mark.parametrize(("pattern", "lead"), _SIMPLE)
def test_first_characters_of_a_pattern(pattern: str, lead: str | None) -> None:
    got = first_characters(re.compile(pattern))
    if lead is None:
        assert got == r"[\s其]"
    else:
        assert got == lead


@pytest.mark.parametrize(
    "pattern",
    [r"a*", r".x", r"[^a]b", r"(?i)ab", r"(?=a)", r"$", r"(?:x|)y?"],
)
def test_patterns_without_a_known_start_are_kept_as_they_are(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert skipping(compiled) is compiled
    assert first_characters(compiled) is None


def _real_patterns() -> list[re.Pattern[str]]:
    C = cues()
    return [C.chain_re, C.token_re, C.lead_re, C.predicate_re, C.structure_re, PLAN_NAME_RE]


_PIECES = [
    "比上年", "增长", "提高到", "2025年", "“十四五”", "十四五", "时期", "达到", "以上", "左右",
    "全市", "地区生产总值", "，", " ", "8.5%", "过去五年", "年均", "在", "规划", "第十四个五年规划",
    "主要指标", "完成", "下降", "“", "较", "高",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_led_patterns_find_the_same_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern in _real_patterns():
        fast = skipping(pattern)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], pattern.pattern[:60]
        found, plain = fast.search(text), pattern.search(text)
        assert (found and found.groupdict()) == (plain and plain.groupdict())


def test_a_led_pattern_keeps_its_flags_and_groups() -> None:
    p = re.compile(r"(?P<y>(?:19|20)\d\d)年|^目录$", re.M)
    fast = skipping(p)
    assert fast.flags == p.flags
    text = "前言\n目录\n2025年"
    assert [m.group() for m in fast.finditer(text)] == ["目录", "2025年"]
    assert fast.search(text[5:])["y"] == "2025"


# Alternations of the form the time-word scanner is written in: a lead, then branches with
# named and nested groups, lookbehinds, optional words, classes holding ( | ) and escapes.
_ALTERNATIONS = [
    r"(?=[0-9比今过\(])(?:(?P<r>(?P<a>\d{2})\s*[-|~]\s*(?P<b>\d{2})年)|(?P<y>\d{4}年)"
    r"|(?<![此之])(?P<s>(?:过去|近)?(?P<n>[一二三]|\d)\s*年(?:来|间))|(?P<c>比\s*\d{4}年)"
    r"|(?P<t>今年(?!\()|今\(年\))|(?P<p>[\(（][^()（）|]{0,4}[\)）]))",
    r"(?:(?P<x>[a\]b]+)|(?P<z>\|+c)|(?<=q)(?P<w>w\d))",
]
_ALT_PIECES = [
    "2015", "2015年", "15-16年", "15 | 16年", "比", " ", "过去", "近", "三", "3年来", "年间",
    "今年", "今(年)", "(注|释)", "此", "之", "a", "]", "b", "|", "c", "q", "w1", "年", "(",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALT_PIECES), max_size=16))
def test_led_alternation_finds_the_same_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in _ALTERNATIONS:
        plain = re.compile(source)
        fast = led_alternation(source)
        assert fast.pattern != plain.pattern
        got = [(m.span(), m.lastgroup, m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.lastgroup, m.groupdict()) for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text, 2, 9)] == [
            m.span() for m in plain.finditer(text, 2, 9)
        ]


def test_each_branch_and_each_run_of_branches_gets_its_own_lead() -> None:
    fast = led_alternation(r"(?=[a-z\d])(?:(?P<w>\d+x)|(?:ab)?c|[yz]+)")
    assert fast.pattern == (
        r"(?=[a-z\d])(?:(?=[\dac])(?:(?=[\d])(?:(?P<w>\d+x))|(?=[ac])(?:(?:ab)?c))"
        r"|(?=[yz])(?:[yz]+))"
    )
    # (a branch that may start with anything stays as it is, and its run has no lead: .x)
    assert led_alternation(r"(?:a|.x)").pattern == r"(?:(?=[a])(?:a)|.x)"


@pytest.mark.parametrize(
    "pattern",
    [r"ab|cd", r"(?:ab|cd)x", r"(?i)(?:ab|cd)", r"x", r"(?P<g>ab|cd)", r"(?:ab)(?:c|d)|e"],
)
def test_patterns_not_ending_in_one_alternation_are_kept(pattern: str) -> None:
    assert led_alternation(pattern).pattern == pattern


def test_cue_patterns_match_as_built() -> None:
    """The cue patterns the extractors use are led by their first characters; they find
    what the patterns built from the word lists find."""
    from planwatch.extract import cues as cue_module

    built, used = cue_module._built(), cues()
    text = (
        "全市地区生产总值比上年增长8%，预计达到全省平均水平，按可比价格计算实际增长，实现目标任务"
    )
    for name in cue_module._LED:
        plain, fast = getattr(built, name), getattr(used, name)
        assert fast.pattern != plain.pattern
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ], name


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?:责任)?编辑[:：]", {"编辑"}),
        (r"\d{1,2}月\d{1,2}日电", {"日电"}),
        (r"(?:开幕|闭幕)式", {"开幕", "闭幕"}),
        (r"(?:^|\n)\s*各位代表\s*[:：,，]", {"各位代表"}),
        (r"(?:增长|下降)+了", {"增长", "下降"}),
        (r"[省市]长", {"长"}),
    ],
)
def test_required_words_of_a_pattern(pattern: str, words: set[str]) -> None:
    assert required_words(re.compile(pattern)) == words


@pytest.mark.parametrize(
    "pattern", [r"\d+", r"(?:增长)?\d", r"(?i)gdp", r"[省市]", r"ab|\d", r"(?:x|)y?"]
)
def test_patterns_without_a_required_word(pattern: str) -> None:
    assert required_words(re.compile(pattern)) is None


def _genre_cues() -> list[re.Pattern[str]]:
    from planwatch.describe.doctype import cues as genre_cues

    return [c.pattern for c in genre_cues()]


_GENRE_PIECES = [
    "各位代表", "：", "\n", "政府工作报告", "记者", "3月5日电", "编辑", "统计公报", "比上年", "增长",
    "“十四五”", "规划", "纲要", "中期评估", "符合预期", "12项", "指标", "，", " ", "2023年", "至",
    "2025年", "季度", "经济运行", "全文如下", "实施", "情况", "调整", "目标", "第十四个五年规划",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GENRE_PIECES), max_size=14))
def test_a_text_without_the_required_words_has_no_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern in _genre_cues():
        words = required_words(pattern)
        if words is not None and not any(w in text for w in words):
            assert pattern.search(text) is None, pattern.pattern[:60]


def test_a_long_alternation_is_made_whatever_bytes_the_module_digest_holds(
    tmp_path, monkeypatch
) -> None:
    """The led form of a long pattern is kept between runs keyed by this module's digest;
    a digest holding a NUL byte (as the one separating it from the pattern) still reads
    the pattern back whole."""
    from planwatch.core import regex

    monkeypatch.setenv("PLANWATCH_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PLANWATCH_REGEX_CACHE", "1")
    monkeypatch.setattr(regex, "_own_digest", lambda: b"\0ab\0\0cdefghi")
    words = [f"指标{i}项" for i in range(400)]
    source = "(?:" + "|".join(words) + ")"
    assert len(source) >= regex.CACHED_FROM
    for _ in range(2):  # (made, then read back from the cache folder)
        fast = led_alternation(source)
        assert fast.pattern == regex._led(source, 0)
        assert [m.group() for m in fast.finditer("指标12项和指标299项")] == [
            "指标12项",
            "指标299项",
        ]
