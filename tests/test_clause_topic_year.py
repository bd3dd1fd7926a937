"""A year opening a clause holds for the rest of its sentence past a semicolon, over a
time the paragraph named before (今年): a news page quoting a report's review. Sentences
composed in the style of two-sessions news."""

from planwatch.pipeline import analyse_text

_NEWS = (
    "某市两会开幕 今年经济增长目标定为6%左右\n\n"
    "1月18日开幕的某市第十五届人民代表大会第三次会议上，市长在政府工作报告中提出，"
    "今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。报告回顾，2023年全市固定资产"
    "投资预计增长6.7%，社会消费品零售总额预计达到622.4亿元；全市地区生产总值预计达到1891亿元，"
    "增长5.8%。\n"
)


def _years(text):
    return {f.value: (f.kind.value, f.year) for f in analyse_text("news.txt", text).facts}


def test_the_clause_after_a_semicolon_keeps_the_year_opening_its_sentence():
    got = _years(_NEWS)
    assert got[6.7] == ("actual", 2023)
    assert got[1891.0] == ("actual", 2023)
    assert got[5.8] == ("actual", 2023)
    assert got[6.0] == ("target", 2024)  # (the paragraph's 今年, before the review)
