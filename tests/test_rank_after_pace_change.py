"""County monthly releases rank each pace in the city after telling how it moved since the
last month (…同比增长6.3%，比1-8月提高0.4个百分点，排名全市第三): the rank is of the pace,
not of its change. Sentences composed for these tests in the style of county releases;
figures invented."""

from planwatch.pipeline import analyse_text


def _rank(sentence: str):
    text = "2024年1-9月全县经济运行情况\n\n" + sentence
    facts = analyse_text("m.txt", text).facts
    return next(f for f in facts if f.indicator.endswith("排名"))


def test_a_rank_after_a_pace_change_is_the_paces_rank():
    f = _rank("1-9月，全县规模工业增加值同比增长6.3%，比1-8月提高0.4个百分点，排名全市第三。")
    assert f.value == 3
    assert "比1-8月" not in f.indicator and "增速" in f.indicator


def test_a_falls_rank_after_its_narrowing_keeps_the_fall_word():
    f = _rank(
        "1-9月，全县社会消费品零售总额同比下降2.0%，降幅比1-8月收窄0.7个百分点，排名全市第六。"
    )
    assert f.value == 6
    assert "收窄" not in f.indicator and "降幅" in f.indicator
