"""Classes of writing in plans, sector plans, communiqués and news, round 15. Every text is
composed for these tests in the style of official documents and of the pages that copy them.

- A mirror page that inserts pinyin after characters may also lose bytes: a character and
  the opening bracket of its pinyin come out as ``?`` (里程 -> ``?yán)…``). The ``?``, the
  pinyin and its closing bracket are junk inside a word like the whole bracketed syllable
  (``core.normalise``): the name runs across them (高速公路通車…, not only the garbled
  characters after the bracket). A question mark after a word (…吗?) or an ASCII bracket of
  letters with its opening bracket (GDP(2023)) is no junk.
"""

from __future__ import annotations

from planwatch.core.normalise import condense
from prosefacts import analysed_facts

_MIRROR = (
    "新華社貴陽3月8日電(記者 王明)記者從全省水利建設推進會上了解到,目前,"
    "全省城鄉供水管網總?yǎo)锍踢_(dá)3.6萬公里,農村自來水普及率達(dá)到91.5%。"
)


def test_garbled_bracket_is_junk_inside_the_word() -> None:
    view = condense(_MIRROR).text
    assert "总锍踢_" in view and "?yǎo)" not in view
    facts = analysed_facts("mirror.txt", _MIRROR)
    name = facts["3.6萬公里"].indicator
    assert name.startswith(("全省城鄉供水管網總", "城鄉供水管網總")), name
    assert facts["91.5%"].indicator.endswith("農村自來水普及率")


def test_question_mark_and_letters_in_brackets_stay() -> None:
    text = "能否实现?(a)方案一：全市GDP(2023)增长5.2%。"
    assert condense(text).text == text
