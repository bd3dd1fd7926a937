"""``core.regex.skipping``: a pattern led by its first characters finds exactly what the
pattern finds, on the patterns the extractors scan long texts with."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.periods import PLAN_NAME_RE
from planwatch.core.regex import first_characters, skipping
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
