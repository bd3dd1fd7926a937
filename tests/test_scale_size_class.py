"""A county's investment release counts its projects by size with a bare magnitude, 元 left
out (其中5千万以上的N个, 5千万以下项目N个): the magnitude is a threshold that defines the
group, no fact; the counts are. Sentences composed for these tests in the style of county
monthly releases; figures invented."""

from planwatch.pipeline import analyse_text


def _values(sentence: str):
    text = "2024年1-9月全县经济运行情况\n\n" + sentence
    return [(text[f.start : f.end], f.value) for f in analyse_text("m.txt", text).facts]


def test_a_bare_magnitude_defining_a_size_class_is_no_fact():
    got = _values("1-9月，全县在库项目141个，其中5千万以上的67个，5千万以下项目74个。")
    assert [v for _, v in got] == [141, 67, 74]


def test_a_magnitude_with_its_own_unit_after_is_still_a_figure():
    got = _values("全年全县接待游客120万以上人次。")
    assert [v for _, v in got] == [120]
