"""A communiqué's PDF text layer breaks words at its hard wraps, a space or a line break
inside 增长 or 下降 (…比上年增 长 12.0%): the figure is still a growth, its fall still
negative. Sentences composed for these tests in the style of a district communiqué's text
layer; figures invented. So is a page number the text layer runs into a sentence (经 - 2 - 济).
"""

from planwatch.pipeline import analyse_text

_HEAD = "2024年某区国民经济和社会发展统计公报\n\n"


def _facts(sentence: str):
    text = _HEAD + sentence
    out = analyse_text("c.txt", text).facts
    return [(text[f.start : f.end], f.value, f.measure.value) for f in out]


def test_a_space_inside_the_growth_word_keeps_the_figure_a_growth():
    got = _facts("全年限额以上零售业企业网上零售额比上年增 长 12.0%。")
    assert [(v, m) for _, v, m in got] == [(12.0, "growth")]


def test_a_line_break_inside_the_fall_word_keeps_the_figure_a_fall():
    got = _facts("全年社会消费品零售总额 35.6 亿元,比上年下\n降 2.1%。")
    assert (-2.1, "growth") in [(v, m) for _, v, m in got]


def test_separate_words_across_a_space_are_not_joined():
    # (增 as the last character of a name before a space is no part of a move word)
    got = _facts("全年新增市场主体 3.96 万户,年末市场主体总数 26.40 万户。")
    assert [v for _, v, _ in got] == [3.96, 26.4]


def test_a_page_number_run_into_a_sentence_is_no_part_of_the_name():
    text = _HEAD + "从对经济增长的贡献看，二、三产业对全区经 - 2 - 济的贡献率分别为 12.5%、87.1%。"
    facts = analyse_text("c.txt", text).facts
    assert [f.value for f in facts] == [12.5, 87.1]
    assert all("- 2 -" not in f.indicator and "经济的贡献率" in f.indicator for f in facts)
