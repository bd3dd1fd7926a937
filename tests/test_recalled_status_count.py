"""A count of indicators by status named again in a closing call to act (要对进展滞后的5项
指标逐一分析原因) is the count made before: named by its status, and as of the date that
earlier count's sentence opens with (截至今年6月底，…，5项进展滞后), not a year earlier.
Sentences composed in the style of a county government's news of a meeting hearing a
mid-term evaluation; every figure is invented."""

from planwatch.pipeline import analyse_text

_HEAD = (
    "某县人民政府 > 新闻中心 > 政务动态\n\n"
    "县政府召开常务会议听取“十四五”规划纲要实施中期评估情况汇报\n"
    "发布时间：2023-08-22 09:15\n\n"
    "会议听取了县发展改革局关于规划纲要实施中期评估情况的汇报。"
)


def _counts(body):
    facts = analyse_text("news.txt", _HEAD + body + "\n").facts
    return [(f.value, f.year, f.indicator) for f in facts if f.unit == "项"]


def test_count_named_again_in_a_call_to_act_keeps_its_date_and_status():
    got = _counts(
        "截至今年6月底，纲要确定的29项主要指标中，24项进展符合或快于预期，5项进展滞后。"
        "会议指出，要对进展滞后的5项指标逐一分析原因、制定措施。"
    )
    assert got[-1] == (5.0, 2023, "进展滞后")
    assert (5.0, 2023, "进展滞后") in got[:-1]


def test_count_first_made_without_a_date_is_unchanged():
    got = _counts(
        "纲要确定的29项主要指标中，24项进展符合或快于预期，5项进展滞后。"
        "会议指出，要对进展滞后的5项指标逐一分析原因。"
    )
    assert got[-1][0] == 5.0
    assert got[-1][1] == got[-2][1]
