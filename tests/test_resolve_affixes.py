"""The resolver's affix lists looked up by the name's own ends give what a scan of the
list in order gives: the earliest listed word the name ends (or starts) with, leaving
something behind. The fuzzy step's window of wordings (those whose length can reach its
floor) finds what the whole list finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.catalog.resolve import _Affixes

_CHARS = st.sampled_from("全市年实现增长率总值比上年县")
_WORDS = st.lists(st.text(_CHARS, min_size=1, max_size=4), max_size=12)
_TEXT = st.text(_CHARS, max_size=8)


def _scan(text: str, words: list[str], end: bool) -> str | None:
    for w in words:
        if len(text) > len(w) and (text.endswith(w) if end else text.startswith(w)):
            return w
    return None


@given(_WORDS, _TEXT, st.booleans())
def test_first_is_the_earliest_listed_word_at_that_end(words, text, end) -> None:
    assert _Affixes(tuple(words)).first(text, end) == _scan(text, words, end)


@given(_WORDS, _TEXT)
def test_starts_and_ends_are_any_word_at_that_end(words, text) -> None:
    table = _Affixes(tuple(words))
    assert table.starts(text) == any(text.startswith(w) for w in words)
    assert table.ends(text) == any(text.endswith(w) for w in words)


def test_a_listed_order_wins_over_length() -> None:
    # Rules list words longest first, but the order given is what counts.
    table = _Affixes(("增长", "比上年增长", "长"))
    assert table.first("产值比上年增长", end=True) == "增长"
    assert table.first("增长", end=True) == "长"  # a word must leave something behind
    assert table.first("长", end=True) is None


_NAME_PIECES = ["地区生产总值", "增长", "全市", "规模以上", "工业", "增加值", "研发", "经费", "投入",
                "强度", "10", "亿元以上", "项目", "城镇", "居民", "人均", "可支配收入", "率", "新"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=6))
def test_fuzzy_scores_only_the_wordings_within_reach_and_finds_the_same(pieces) -> None:
    """Scoring a name against the catalog wordings whose length can reach the fuzzy
    step's floor finds the same wordings, scores and order as scoring it against all."""
    from rapidfuzz import fuzz, process

    from planwatch.catalog.resolve import default_resolver

    resolver = default_resolver()
    name = "".join(pieces)
    floor = resolver.fuzzy_cutoff * 100 - 10
    choices, at = resolver._within_reach(len(name))
    assert len(choices) < len(resolver._choices)  # (some are always out of reach)
    near = process.extract(name, choices, scorer=fuzz.ratio, limit=8, score_cutoff=floor)
    whole = process.extract(name, resolver._choices, scorer=fuzz.ratio, limit=8, score_cutoff=floor)
    assert [(c, s, at[k]) for c, s, k in near] == whole
