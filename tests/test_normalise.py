"""The matching views: fold (same length) and condense (junk removed, offsets back)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.normalise import condense, fold
from planwatch.core.periods import plan_mentions


def test_fold_makes_traditional_simplified_and_full_width_ascii():
    assert fold("地區生產總值增長６．２％") == "地区生产总值增长6.2%"
    assert fold("統計公報") == "统计公报"
    assert fold("地区生产总值") == "地区生产总值"  # simplified text is left as it is


@given(
    st.text(
        alphabet=st.sampled_from("地區生產總值增長國民經濟０１２%，。 \n年月日abc"), max_size=60
    )
)
def test_fold_keeps_the_length(text):
    assert len(fold(text)) == len(text)


def test_condense_drops_pinyin_and_maps_back():
    text = "廣東省(sheng)(sheng)常住人口,地區(qū)生產總值"
    view = condense(text)
    assert view.text == "广东省常住人口,地区生产总值"
    start = view.text.index("地区生产")
    s, e = view.span(start, start + 4)
    assert text[s:e] == "地區(qū)生產"  # the junk inside the match lies inside the span


def test_condense_can_drop_letter_spacing():
    text = "政 府 工 作 報 告\n正文 2023 年"
    view = condense(text, spaces=True)
    assert view.text.startswith("政府工作报告\n")
    assert "2023 年" in view.text  # spaces next to digits stay
    s, e = view.span(0, 6)
    assert text[s:e] == "政 府 工 作 報 告"


@given(st.text(alphabet=st.sampled_from("政府报 \t\xa0a1、"), max_size=16))
@settings(max_examples=300)
def test_condense_drops_spaces_only_between_two_chinese_characters(text):
    # Every run of spaces, tabs or no-break spaces with a Chinese character on both
    # sides goes, and nothing else does (the pattern's matches, spelled out).
    kept, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] in " \t\xa0":
            j += 1
        han = "\u3400" <= text[i - 1 : i] <= "\u9fff" and "\u3400" <= text[j : j + 1] <= "\u9fff"
        if j > i and i > 0 and han:
            i = j
            continue
        kept.append(text[i:j] if j > i else text[i])
        i = max(j, i + 1)
    assert condense(text, spaces=True).text == "".join(kept)


def test_plan_names_in_running_text():
    text = "第十四个五年规划和“十五五”时期,第十五届人大,十五年来,“十五”计划,十 三 五"
    found = [(m.number, text[m.start : m.end]) for m in plan_mentions(text)]
    assert found == [(14, "第十四个五年规划"), (15, "十五五"), (10, "十五"), (13, "十 三 五")]


def test_variant_characters_fold_one_for_one():
    # 陜 (U+965C) printed for 陕, a Japanese form, a Kangxi radical and a
    # simplified-radical form from a PDF text layer: each becomes the
    # character of simplified Chinese, and the view keeps the text's length.
    text = "陜西省経済发展⾼质量，⻓江经济带"
    view = fold(text)
    assert view == "陕西省经济发展高质量,长江经济带"
    assert len(view) == len(text)


def test_a_variant_that_is_a_simplified_character_is_left_alone():
    # 芸 is Japanese for 藝 but an ordinary character of simplified Chinese.
    assert fold("芸芸众生") == "芸芸众生"


def test_every_folded_character_stays_one_character():
    from planwatch.core.normalise import _mapping

    table, _ = _mapping()
    assert all(len(v) == 1 for v in table.values())


_FOLD_PIECES = [
    "地區生產總值", "增長", "８．５％", "，", "　", "全市", "经济", "發展", "⾼", "新", "\U0002f800",
    "2025年", "國(guó)民", "（", "）", "a", " ", "\n",
]  # fmt: skip


@settings(deadline=None)
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=120))
def test_fold_of_any_length_is_the_translation_of_every_character(pieces):
    """Short texts, paragraphs, short documents (kept) and documents are folded by
    different scans; each gives what translating every character gives."""
    from planwatch.core.normalise import _mapping

    text = "".join(pieces)
    table, _ = _mapping()
    assert fold(text) == text.translate(table)
    assert fold(text) == text.translate(table)  # (a second time: a kept text)
    whole = text * 12  # (up to a document's length: the documents' own scan and cache)
    assert fold(whole) == whole.translate(table)
