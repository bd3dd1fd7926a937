"""Monthly statistics news lists the growth of several trades after one rate word, some of
them falls printed with a minus sign (…销售额增速分别为-5.2%、3.4%、-12.6%): each figure is a
growth, and a minus after 、 or 和 is the figure's sign, not a dash. Sentences composed for
these tests in the style of county monthly releases; figures invented."""

from planwatch.pipeline import analyse_text

_HEAD = "2024年1-9月全县经济运行情况\n\n"


def _facts(sentence: str):
    text = _HEAD + sentence
    return [
        (text[f.start : f.end], f.value, f.measure.value) for f in analyse_text("m.txt", text).facts
    ]


def test_a_rate_word_before_a_list_makes_each_figure_a_growth_with_its_sign():
    got = _facts("1-9月，全县批发业、零售业、住宿业销售额增速分别为-5.2%、3.4%、-12.6%。")
    assert [(v, m) for _, v, m in got] == [(-5.2, "growth"), (3.4, "growth"), (-12.6, "growth")]
    assert got[2][0] == "-12.6%"


def test_a_minus_after_he_closing_a_list_is_the_last_figures_sign():
    got = _facts("1-9月，全县工业、建筑业、服务业投资分别增长-4.1%、6.2%和-8.3%。")
    assert [v for _, v, _ in got] == [-4.1, 6.2, -8.3]


def test_a_range_dash_stays_a_range():
    got = _facts("全县规上工业增加值预期增长6%-7%。")
    assert all(v > 0 for _, v, _ in got)
