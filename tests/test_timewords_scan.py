"""The time-word scan takes the quotes and spaces around a plan's name without giving any
back (a possessive run: a plan's name never starts with a quote or a space, and nothing
after the run can use one it gave back), which spares the engine retrying the name at every
shorter run. The marks are those of the greedy run, checked on text generated from plan
names, quotes, spaces and the words around them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import time_marks as timewords

_POSSESSIVE = timewords._Q
_GREEDY = _POSSESSIVE.removesuffix("+")

_PIECES = [
    "“", "”", '"', "‘", "’", " ", "  ", "\n", "十三五", "十四五", "十五五", "第十四个五年规划",
    "时期", "期间", "期末", "末", "以来", "规划", "纲要", "规划期", "比", "较", "与", "同", "是",
    "从", "2020", "2025", "年", "的", "目标", "3.5%", "10", "增长", "提高", "。", "，", "、",
]  # fmt: skip


def test_the_plan_name_run_is_possessive() -> None:
    assert _POSSESSIVE.endswith("*+")
    assert _POSSESSIVE in timewords._MARK_RE.pattern


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=18))
def test_marks_are_those_of_the_greedy_run(pieces: list[str]) -> None:
    text = "".join(pieces)
    greedy = re.compile(timewords._MARK_RE.pattern.replace(_POSSESSIVE, _GREEDY))
    got = [(m.span(), m.lastgroup, m.groups()) for m in timewords._MARK_RE.finditer(text)]
    assert got == [(m.span(), m.lastgroup, m.groups()) for m in greedy.finditer(text)]
