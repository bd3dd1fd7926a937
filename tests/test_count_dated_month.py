"""A count of a plan's indicators by status is as of the date its sentence opens with,
also when that date is a month's end (截至2023年6月底) or, in news, this year's (截至今年
6月底): not the last whole year the evaluation's statistics close. Sentences composed in
the style of a county government's news of a meeting hearing a mid-term evaluation."""

from planwatch.pipeline import analyse_text

_HEAD = (
    "某县人民政府 > 新闻中心 > 政务动态\n\n"
    "县政府召开常务会议听取“十四五”规划纲要实施中期评估情况汇报\n"
    "发布时间：2023-08-22 09:15\n\n"
    "会议听取了县发展改革局关于规划纲要实施中期评估情况的汇报。"
)


def _years(body):
    text = _HEAD + body + "\n"
    return {f.value: (f.kind.value, f.year) for f in analyse_text("news.txt", text).facts}


def test_counts_as_of_this_years_month_end():
    got = _years("截至今年6月底，纲要确定的28项主要指标中，22项进展符合预期，6项进展滞后。")
    assert got[22.0] == ("actual", 2023)
    assert got[6.0] == ("actual", 2023)


def test_counts_as_of_a_dated_month_end():
    got = _years("截至2023年6月底，纲要确定的28项主要指标中，22项进展符合预期，6项进展滞后。")
    assert got[22.0] == ("actual", 2023)
