"""Round 24's speed-ups (issue 15), each checked against the plain definition it replaced
on texts put together here from the pieces that matter to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.normalise import condense, fold, folded_away
from planwatch.extract.prose_script import DocumentWords

# Pieces of a page: simplified and traditional words, a mirror's pinyin brackets,
# full-width digits and punctuation (composed here, in the style of portal pages).
_PAGE_PIECES = [
    "地区生产总值", "地區生產總值", "(chǎn)", "(qū)", "产业", "產業", "增长", "增長", "１２", "12",
    "%", "％", "，", "。", "（", "）", "(", ")", "里", "裏", "裡", "发展", "發展", "亿元", "億元",
]  # fmt: skip


def _plain_printed(text: str) -> dict[str, str]:
    """DocumentWords' character map as first written: a walk over every character."""
    view = condense(text)
    return {c: text[view.offsets[i]] for i, c in enumerate(view.text) if text[view.offsets[i]] != c}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_PIECES), min_size=1, max_size=40))
def test_printed_character_as_the_walk_over_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = DocumentWords(text, text)  # (view made whatever the fold: "(" is in most)
    if words.view is None:
        words.view = condense(text)
    plain = _plain_printed(text)
    for c in set(words.view.text) | set("产业增长区亿元里发展生总值１"):
        assert words._printed(c) == plain.get(c, c)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_PAGE_PIECES, "\U0002f800", "𠀀"]), max_size=30))
def test_folded_away_as_each_character_folded(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert folded_away(text) == {ch for ch in text if fold(ch) != ch}
