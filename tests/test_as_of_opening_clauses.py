"""An as-of date opening a sentence (截至2023年6月底，…; in news 截至今年6月底，…) dates the
clauses past its semicolons too, as a year opening a sentence does: the projects started
and the start rate stand at that date, not at the last whole year nor in the look back
named in an earlier sentence. Sentences composed in the style of a county government's
news of a meeting hearing a mid-term evaluation; every figure is invented."""

from planwatch.pipeline import analyse_text

_HEAD = (
    "某县人民政府 > 新闻中心 > 政务动态\n\n"
    "县政府召开常务会议听取“十四五”规划纲要实施中期评估情况汇报\n"
    "发布时间：2023-08-22 09:15\n\n"
    "会议听取了县发展改革局关于规划纲要实施中期评估情况的汇报。“十四五”以来，全县经济社会"
    "发展总体平稳。"
)


def _years(body):
    facts = analyse_text("news.txt", _HEAD + body + "\n").facts
    return {f.value: (f.kind.value, f.year, f.period_start) for f in facts}


def test_this_years_month_end_dates_clauses_past_a_semicolon():
    got = _years(
        "截至今年6月底，纲要确定的30项主要指标中，24项进展符合预期，6项进展滞后；"
        "42个重大项目已开工建设，开工率达到80.5%。"
    )
    assert got[42.0] == ("actual", 2023, None)
    assert got[80.5] == ("actual", 2023, None)


def test_a_dated_month_end_dates_clauses_past_a_semicolon():
    got = _years("截至2023年6月底，全县完成投资62.4亿元；42个重大项目已开工建设。")
    assert got[42.0] == ("actual", 2023, None)
