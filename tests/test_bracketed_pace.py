"""Statistics news quotes the pace it compares with in brackets: an earlier part of the year
(…较上半年（4.8%）提高1.4个百分点) or the area above's average pace (高于全省平均增速（3.9%）
0.5个百分点). The bracketed figure is a growth of the indicator named before it; the area
above's is that area's. Sentences composed for these tests in the style of county and city
monthly releases; figures invented."""

from planwatch.pipeline import analyse_text


def _facts(text: str):
    out = analyse_text("m.txt", text).facts
    return {text[f.start : f.end]: f for f in out}


def test_an_earlier_part_of_the_year_in_brackets_is_the_indicators_growth():
    got = _facts(
        "2024年1-9月全县经济运行情况\n\n"
        "1-9月，全县规上工业增加值同比增长6.2%，较上半年(4.8%)提高1.4个百分点。"
    )
    f = got["4.8%"]
    assert f.measure.value == "growth"
    assert "规上工业增加值" in f.indicator and "较" not in f.indicator


def test_the_area_aboves_average_pace_in_brackets_is_that_areas_growth():
    got = _facts(
        "2024年1-9月四平市经济运行情况\n\n"
        "1-9月，全市邮政行业业务总量同比增长7.5%，高于全省平均增速(6.1%)1.4个百分点。"
    )
    f = got["6.1%"]
    assert f.measure.value == "growth"
    assert f.jurisdiction == "吉林省"
    assert got["1.4个百分点"].jurisdiction == "四平市"
