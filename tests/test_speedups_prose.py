"""Speed-ups of the sentence reader that must not change an answer.

Each faster path is checked against the plain definition it replaced, on words put
together from the pieces that matter to it (bullets, time words, scopes, lead words,
trailing particles, list numbers): a name cleaned once for both of its uses, the
start-anchored cuts made by one match.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import prose_names
from planwatch.extract.cues import cues
from planwatch.extract.prose_names import clean_name, clean_name_cut
from planwatch.extract.prose_script import BLANK

# Pieces of the words before a value: bullets, times, scopes, lead and cue words, names,
# particles, brackets and blanked junk (composed here, in the style of plans and reports).
_PIECES = [
    "1.", "（二）", "●", "2025年", "到2027年", "“十四五”时期", "今年", "上半年", "五年来",
    "其中", "全市", "我县", "全省", "在稳定就业的基础上", "从两年情况看", "按可比价格计算",
    "力争", "实现", "确保", "达到", "累计完成", "争取", "主要目标", "进一步", "地区生产总值",
    "城镇新增就业", "粮食产量", "研发投入强度", "人均", "均", "连续3年", "五年累计", "年均",
    "的", "是", "了", "，", "、", "“", "”", "(", ")", "（下同）", " ", "   ", BLANK, "GDP",
    "从", "由上年的", "增速将", "总量可望", "首都",
]  # fmt: skip


def _plain_clean_name(s: str, keep_lead: bool = False, min_cjk: int = 2) -> str:
    """``clean_name`` as written before its speed-ups: every step a substitution."""
    C = cues()
    P = prose_names
    prev = None
    s = P._SPACE_RUN_RE.sub("", s.strip())
    s = P._HEADLINE_HEAD_RE.sub("", s)
    s = P._ORDINAL_TAIL_RE.sub("", s)
    s = s.replace(BLANK, "")
    s = P._BRACKET_TAIL_RE.sub("", s)  # (round 41: the tail of a bracket opened before)
    while s != prev:
        prev = s
        b = P.BULLET_RE.match(s)
        if b and b.end():
            s = s[b.end() :]
        s = P.LEAD_TIME_RE.sub("", s)
        s = P._AREA_LEAD_RE.sub("", s)
        s = P._FRAME_LEAD_RE.sub("", s)
        if not keep_lead:
            s = P._scope_before_lead(s, C.lead_re)
            s = C.lead_re.sub("", s)
        s = P._TRAILING_ALL_RE.sub("", s)
        s = P._TRAILING_STREAK_RE.sub("", s)
        s = P._trailing_span(s)
        s = P._EDGE_JUNK.sub("", s)
        s = P._UNCLOSED_QUOTE_RE.sub("", s)
        s = P._strip_tail(s)
        s = P.FROM_TAIL_RE.sub("", s)
        s = P._strip_empty_tail(s, C.tails)
    s = P.own_scope_cut(s)
    if len(s) > 24 and (m := P.SCOPE_LEAD_RE.match(s)) is not None:
        s = s[m.end() :]
    if len(s) > 24:
        s = P._CUT_NUMBER_RE.sub("", s[-24:]) if s[-25].isdigit() else s[-24:]
        for op, cl in P.PAIRS:
            c = s.find(cl)
            if c >= 0 and op not in s[:c]:
                s = s[c + 1 :]
        s = P._EDGE_JUNK.sub("", s)
    first = P.CJK.search(s)
    enough = first is not None and (min_cjk < 2 or P.CJK.search(s, first.end()) is not None)
    named = enough or P._ACRONYM_RE.fullmatch(s) or P._SHARE_OF_ACRONYM_RE.search(s)
    return s if named else ""


_words = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_words, st.sampled_from([1, 2]))
def test_a_name_is_cleaned_as_the_plain_steps_clean_it(words: str, min_cjk: int) -> None:
    for keep_lead in (False, True):
        assert clean_name(words, keep_lead, min_cjk) == _plain_clean_name(words, keep_lead, min_cjk)


@settings(max_examples=500, deadline=None)
@given(_words)
def test_a_name_without_lead_words_is_its_own_name_with_them_kept(words: str) -> None:
    name, lead_cut = clean_name_cut(words)
    assert name == _plain_clean_name(words)
    if not lead_cut:
        assert name == _plain_clean_name(words, keep_lead=True)


def test_a_cut_lead_word_is_told() -> None:
    # 力争 is a lead word: cut from the name, kept when asked to keep it.
    name, lead_cut = clean_name_cut("力争地区生产总值")
    assert (name, lead_cut) == ("地区生产总值", True)
    assert clean_name("力争地区生产总值", keep_lead=True) == "力争地区生产总值"
    assert clean_name_cut("地区生产总值") == ("地区生产总值", False)


def _start_anchored() -> list[re.Pattern[str]]:
    P = prose_names
    return [P.LEAD_TIME_RE, P._AREA_LEAD_RE, P._FRAME_LEAD_RE, P._EDGE_JUNK, cues().lead_re]


def test_the_cut_patterns_are_anchored_at_the_start_only() -> None:
    # _cut_head stands for sub() only on patterns that can match at 0 alone.
    for pattern in _start_anchored():
        assert pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE


@settings(max_examples=400, deadline=None)
@given(_words)
def test_a_head_cut_by_one_match_is_the_substitution(words: str) -> None:
    for pattern in _start_anchored():
        assert prose_names._cut_head(pattern, words) == pattern.sub("", words)


def test_the_stage_bench_profiles_the_prose_extractor() -> None:
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        import prose_stages
    finally:
        sys.path.remove(str(bench))
    lines = prose_stages.profile_lines(rounds=1, top=5)
    # Both orders are printed, each led by the extractor's entry point or the reader.
    assert lines.count("--- by ") == 2
    # (Led by the counts per figure: calls and regex calls, the same on any machine.)
    head = lines.splitlines()[0]
    figures, calls, regex = (int(w) for w in re.findall(r"\d+", head))
    assert figures > 100 and calls > regex > 10
    assert "prose.py" in lines and "(extract)" in lines
