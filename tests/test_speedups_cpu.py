"""Speed-ups of extraction that must not change an answer (issue 15): each faster way
is checked against the plain definition it replaces, on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core import normalise

_TABLE, _REPLACED = normalise._mapping()
# Characters fold replaces, some whose replacement is replaced again (a chain), some
# beyond the Basic Multilingual Plane, and text it keeps.
_CHAINED = sorted(ch for ch in _REPLACED if _TABLE[ord(ch)] in _REPLACED)
_ASTRAL = sorted(ch for ch in _REPLACED if ord(ch) >= 0x10000)
_KEPT = ["发展", "，", "。", "8.5%", "\n", "地区生产总值", " ", "𠀀"]
_PIECES = st.one_of(
    st.sampled_from(sorted(_REPLACED)),
    st.sampled_from(_CHAINED or _KEPT),
    st.sampled_from(_ASTRAL or _KEPT),
    st.sampled_from(_KEPT),
)
# A whole document's length, so the long path (replace each) is the one taken.
_PAD = "经济社会发展" * (normalise._WHOLE_TEXT // 6 + 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.booleans())
def test_fold_of_a_whole_document_is_one_translate(pieces: list[str], padded: bool) -> None:
    text = "".join(pieces) + (_PAD if padded else "")
    assert normalise._fold_long(text) == text.translate(_TABLE)
    assert normalise.fold(text) == text.translate(_TABLE)


def test_fold_of_a_document_with_many_distinct_characters_to_replace() -> None:
    many = sorted(ch for ch in _REPLACED if ord(ch) < 0x10000)[:200]
    text = _PAD + "".join(many) * 3
    assert normalise._fold_long(text) == text.translate(_TABLE)
